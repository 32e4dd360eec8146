/**
 * Discord's part of the configuration: read once from an env object, every problem named (never a
 * value). The token itself is validated by adapters/config.ts with the other platform tokens.
 */
type Env = Readonly<Record<string, string | undefined>>;

export interface DiscordSettings {
  readonly token: string;
  /** The application (client) id: needed to register commands; the gateway also reports it. */
  readonly applicationId: string | null;
  /** Register commands in this one server (instant, for development) instead of globally. */
  readonly guildId: string | null;
  /**
   * REST API base, e.g. "http://127.0.0.1:4000/api" (tests against a fake Discord). The gateway
   * URL is whatever that API's `GET /gateway/bot` answers, so it needs no variable of its own.
   */
  readonly apiUrl: string | null;
  /** Shards for `npm run start:sharded`: a number, or "auto" for Discord's recommendation. */
  readonly shards: number | "auto";
}

// Discord ids are snowflakes: 64-bit integers written in decimal (17 to 20 digits today).
const SNOWFLAKE = /^\d{15,21}$/;

/** Discord settings for this token, pushing a line to `problems` for each malformed variable. */
export function discordSettings(env: Env, token: string, problems: string[]): DiscordSettings {
  return {
    token,
    applicationId: snowflake(env, "DISCORD_APPLICATION_ID", problems),
    guildId: snowflake(env, "DISCORD_GUILD_ID", problems),
    apiUrl: url(env, "DISCORD_API_URL", problems),
    shards: shardCount(env, "DISCORD_SHARDS", problems),
  };
}

function value(env: Env, name: string): string | null {
  const raw = env[name]?.trim();
  return raw ? raw : null;
}

function snowflake(env: Env, name: string, problems: string[]): string | null {
  const raw = value(env, name);
  if (raw !== null && !SNOWFLAKE.test(raw)) problems.push(`${name} must be a Discord id (digits only; Developer Mode > Copy ID).`);
  return raw;
}

function url(env: Env, name: string, problems: string[]): string | null {
  const raw = value(env, name);
  if (raw !== null && !/^https?:\/\/[^\s]+$/.test(raw)) problems.push(`${name} must be an http(s) URL such as http://127.0.0.1:4000/api.`);
  return raw?.replace(/\/+$/, "") ?? null;
}

function shardCount(env: Env, name: string, problems: string[]): number | "auto" {
  const raw = value(env, name);
  if (raw === null || raw === "auto") return "auto";
  const count = Number(raw);
  if (Number.isInteger(count) && count >= 1 && count <= 1_000) return count;
  problems.push(`${name} must be "auto" or a whole number of shards from 1 to 1000.`);
  return "auto";
}
