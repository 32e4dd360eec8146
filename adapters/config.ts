/**
 * Configuration, read once at the edge: environment (and .env, loaded by main) into typed settings.
 * Problems are collected and reported together, naming each variable, never its value.
 */
import { parseArgs } from "node:util";
import { corpusPath } from "./corpus-path.js";
import { readOpsSettings, redisSecret, type OpsSettings } from "./ops/settings.js";
import { readTelegramSettings, type TelegramSettings } from "./telegram/settings.js";
import { discordSettings, type DiscordSettings } from "./discord/settings.js";

type Env = Readonly<Record<string, string | undefined>>;

export interface Settings {
  readonly corpusPath: string;
  readonly telegramToken: string | null;
  /** Set exactly when telegramToken is: API root, webhook, retry and rate-limit settings. */
  readonly telegram: TelegramSettings | null;
  readonly discordToken: string | null;
  /** Set exactly when discordToken is: application, guild, API override, shards. */
  readonly discord: DiscordSettings | null;
  /** Health/metrics port, /reload admins, Redis for several workers. */
  readonly ops: OpsSettings;
  /** Every secret, for the logger to redact. */
  readonly secrets: readonly string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Configuration problems:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Settings from the environment and command-line flags (`--corpus PATH` or `--corpus=PATH`; no other). */
export function readSettings(env: Env, argv: readonly string[]): Settings {
  const problems: string[] = [];
  const flag = corpusFlag(argv, problems);
  const { settings: telegram, problems: telegramProblems } = readTelegramSettings(env);
  problems.push(...telegramProblems);
  const telegramToken = telegram?.token ?? null;
  const discordToken = token(env, "DISCORD_TOKEN", /^[\w.-]{30,}$/, problems);
  const discord = discordToken ? discordSettings(env, discordToken, problems) : null;
  const ops = readOpsSettings(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const secrets = [telegramToken, telegram?.webhook?.secret ?? null, discordToken, redisSecret(ops.redisUrl)].filter((s): s is string => s !== null);
  return { corpusPath: corpusPath(flag, env), telegramToken, telegram, discordToken, discord, ops, secrets };
}

function token(env: Env, name: string, shape: RegExp, problems: string[]): string | null {
  const value = env[name]?.trim();
  if (!value) return null;
  if (!shape.test(value)) problems.push(`${name} does not look like a token (check for quotes or spaces).`);
  return value;
}

// `node:util` parseArgs: an unknown flag, a stray word or a missing path is a problem, named.
function corpusFlag(argv: readonly string[], problems: string[]): string | undefined {
  try {
    return parseArgs({ args: [...argv], options: { corpus: { type: "string" } }, strict: true, allowPositionals: false }).values.corpus;
  } catch (error) {
    problems.push(error instanceof Error ? `${error.message} (npm start takes only --corpus PATH).` : String(error));
    return undefined;
  }
}
