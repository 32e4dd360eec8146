/**
 * `startTelegram`: wires the grammY client to the core. Start-up failures (bad token, another
 * instance) reject with a StartupError; the same causes while running resolve the service's `failed`.
 * Updates are handled concurrently across chats, in order within each chat, each behind the error
 * boundary in handle.ts.
 */
import { Bot as Client } from "grammy";
import type { Update } from "grammy/types";
import type { Bot } from "../../src/index.js";
import type { Logger } from "../logger.js";
import type { RunningService } from "../service.js";
import type { Routes } from "../ops/routes.js";
import { memoryState, type SharedState } from "../state/index.js";
import { ChatQueue } from "./chat-queue.js";
import { TELEGRAM } from "./defaults.js";
import { handleUpdate, type Handling } from "./handle.js";
import { setMenus } from "./menu.js";
import { startPolling } from "./polling.js";
import { retryTransformers } from "./retry.js";
import type { TelegramSettings } from "./settings.js";
import { atStartup } from "./startup-error.js";
import { callTimeout } from "./timeout.js";
import { startWebhook } from "./webhook.js";

export interface StartOptions {
  /**
   * Also told when Telegram stops a running bot (token revoked, another instance took over), with
   * the same error `failed` resolves with. The adapter never exits the process itself.
   */
  readonly onFatal?: (error: Error) => void;
  /** /healthz and /metrics, served on the webhook server too. */
  readonly routes?: Routes;
  /** Where rate limits and taken update ids live (default: this process's memory). */
  readonly state?: SharedState;
}

/** The update kinds the bot reads; Telegram sends no others. */
export const ALLOWED_UPDATES = Object.freeze(["message", "callback_query", "inline_query", "my_chat_member"] as const);

/** The intake every update goes through: drop repeats and late arrivals, queue the rest per chat. */
export interface Intake {
  accepting: boolean;
  readonly queue: ChatQueue;
}

export async function startTelegram(core: Bot, settings: TelegramSettings, log: Logger, options: StartOptions = {}): Promise<RunningService> {
  const client = new Client(settings.token, { client: { apiRoot: settings.apiRoot } });
  client.api.config.use(callTimeout(settings.timeouts, log), ...retryTransformers(settings.retry));
  const me = await atStartup(() => client.api.getMe(), settings.apiRoot);
  client.botInfo = me;
  await setMenus(client.api, core.commands).catch((error: unknown) => log.error("could not set the command menu", error));
  const state = options.state ?? memoryState();
  const deps: Handling = {
    core,
    me: { id: me.id, username: me.username, commands: new Set(core.commands.map((c) => c.name)) },
    limiter: state.limiter("telegram", settings.rateLimit),
    log,
  };
  const overflow = (key: string) => log.warn(`chat ${key} has ${TELEGRAM.maxWaitingPerChat} updates waiting; newer ones are dropped until it catches up`);
  const limits = { maxWaitingPerChat: TELEGRAM.maxWaitingPerChat, maxQueued: settings.maxInFlight * TELEGRAM.queuedPerRunning };
  const intake: Intake = { accepting: true, queue: new ChatQueue(settings.maxInFlight, limits, overflow) };
  const taken = state.seenIds("telegram", TELEGRAM.dedupeWindow, TELEGRAM.dedupeTtlMs);
  client.use(async (ctx) => {
    if (!intake.accepting || !(await taken.claim(ctx.update.update_id))) return;
    await intake.queue.push(chatKey(ctx.update), () => handleUpdate(ctx.api, ctx.update, deps));
  });
  client.catch((error) => log.error(`update ${error.ctx.update.update_id} failed`, error.error));
  const service = settings.webhook
    ? await startWebhook(client, settings.webhook, intake, settings.apiRoot, log, options.routes)
    : await startPolling(client, settings, intake);
  if (options.onFatal) void service.failed.then(options.onFatal);
  log.info(`Telegram: serving @${me.username} by ${settings.webhook ? "webhook" : "long polling"}`);
  return service;
}

// Updates of one chat are handled in order; inline queries and buttons without a chat, per person.
function chatKey(update: Update): string {
  const chat = update.message?.chat.id ?? update.callback_query?.message?.chat.id ?? update.my_chat_member?.chat.id;
  if (chat !== undefined) return `c${chat}`;
  return `u${update.callback_query?.from.id ?? update.inline_query?.from.id ?? 0}`;
}
