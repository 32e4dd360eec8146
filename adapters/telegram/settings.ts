/**
 * Telegram settings from the environment: read once, validated, every problem named (never a value).
 */
import { RATE_LIMIT, type RateLimitOptions } from "../../src/index.js";
import { RETRY, TELEGRAM, type RetryOptions } from "./defaults.js";
import type { TimeoutOptions } from "./timeout.js";

type Env = Readonly<Record<string, string | undefined>>;

export interface WebhookSettings {
  /** The public HTTPS address Telegram posts updates to (TELEGRAM_WEBHOOK_URL). */
  readonly url: string;
  /** The path the local server answers on: that of `url`. */
  readonly path: string;
  readonly port: number;
  readonly host: string;
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token on every request; others get 401. */
  readonly secret: string;
  /** Larger request bodies get 413 before they are read. */
  readonly maxBodyBytes: number;
  /** On stop, how long requests already accepted may take before their connections are closed. */
  readonly shutdownGraceMs: number;
}

export interface TelegramSettings {
  readonly token: string;
  readonly apiRoot: string;
  /** Null: long polling. */
  readonly webhook: WebhookSettings | null;
  readonly retry: RetryOptions;
  /** Deadlines of Bot API calls (a hung call is abandoned and logged). */
  readonly timeouts: TimeoutOptions;
  /** Questions per person per window (the core's RateLimiter). */
  readonly rateLimit: RateLimitOptions;
  readonly pollTimeoutSeconds: number;
  readonly maxInFlight: number;
}

export interface TelegramSettingsResult {
  /** Null when TELEGRAM_BOT_TOKEN is unset or a variable is malformed. */
  readonly settings: TelegramSettings | null;
  readonly problems: readonly string[];
}

// BotFather tokens: the bot's numeric id, a colon, 35 URL-safe characters (we accept 20 or more).
const TOKEN = /^\d+:[\w-]{20,}$/;
// Telegram's rule for secret_token.
const SECRET = /^[A-Za-z0-9_-]{1,256}$/;

/** Telegram settings, or null with the reasons; null without problems when no token is set. */
export function readTelegramSettings(env: Env): TelegramSettingsResult {
  const problems: string[] = [];
  const token = value(env, "TELEGRAM_BOT_TOKEN");
  if (token !== null && !TOKEN.test(token)) problems.push("TELEGRAM_BOT_TOKEN does not look like a token (check for quotes or spaces).");
  const apiRoot = readApiRoot(value(env, "TELEGRAM_API_ROOT"), problems);
  const webhook = readWebhook(env, problems);
  if (token === null) {
    if (webhook !== null) problems.push("TELEGRAM_WEBHOOK_URL is set but TELEGRAM_BOT_TOKEN is not.");
    return { settings: null, problems };
  }
  if (problems.length > 0) return { settings: null, problems };
  const settings: TelegramSettings = {
    token,
    apiRoot,
    webhook,
    retry: RETRY,
    timeouts: { requestTimeoutMs: TELEGRAM.requestTimeoutMs, pollMarginMs: TELEGRAM.pollMarginMs },
    rateLimit: RATE_LIMIT,
    pollTimeoutSeconds: TELEGRAM.pollTimeoutSeconds,
    maxInFlight: TELEGRAM.maxInFlight,
  };
  return { settings, problems };
}

function readApiRoot(root: string | null, problems: string[]): string {
  if (root === null) return TELEGRAM.apiRoot;
  const url = parseUrl(root);
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    problems.push("TELEGRAM_API_ROOT must be an http(s) address such as https://api.telegram.org.");
    return TELEGRAM.apiRoot;
  }
  return root.replace(/\/+$/, "");
}

function readWebhook(env: Env, problems: string[]): WebhookSettings | null {
  const address = value(env, "TELEGRAM_WEBHOOK_URL");
  const portText = value(env, "TELEGRAM_WEBHOOK_PORT");
  const secret = value(env, "TELEGRAM_WEBHOOK_SECRET");
  if (address === null) {
    if (portText !== null || secret !== null) problems.push("TELEGRAM_WEBHOOK_PORT and TELEGRAM_WEBHOOK_SECRET need TELEGRAM_WEBHOOK_URL.");
    return null;
  }
  const url = parseUrl(address);
  // Telegram only posts to HTTPS; plain http is allowed on loopback for local testing.
  if (!url || !(url.protocol === "https:" || (url.protocol === "http:" && isLoopback(url.hostname)))) {
    problems.push("TELEGRAM_WEBHOOK_URL must be an https:// address.");
  }
  const port = portText === null ? TELEGRAM.webhookPort : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) problems.push("TELEGRAM_WEBHOOK_PORT must be a port number (1-65535).");
  if (secret === null) problems.push("TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL.");
  else if (!SECRET.test(secret)) problems.push("TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -.");
  if (!url || secret === null) return null;
  return {
    url: address,
    path: url.pathname,
    port,
    host: TELEGRAM.webhookHost,
    secret,
    maxBodyBytes: TELEGRAM.webhookMaxBodyBytes,
    shutdownGraceMs: TELEGRAM.webhookShutdownGraceMs,
  };
}

function value(env: Env, name: string): string | null {
  const text = env[name]?.trim();
  return text ? text : null;
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function isLoopback(host: string): boolean {
  return host === "127.0.0.1" || host === "localhost" || host === "[::1]";
}
