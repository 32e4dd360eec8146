/**
 * How the Discord scripts (register, sharded start) end: exit code 0 on success, or one line on
 * standard error and exit code 1, never with a secret in it.
 */
import { config as loadDotenv } from "dotenv";
import { CorpusError } from "../../src/index.js";
import { ConfigError, readSettings } from "../config.js";
import { createLogger, type Logger } from "../logger.js";
import { StartupError } from "../service.js";
import type { DiscordSettings } from "./settings.js";

/** Settings from .env and the environment, requiring Discord's token (and the application id if asked). */
export function discordFromEnv(needApplicationId: boolean): { discord: DiscordSettings; corpusPath: string; log: Logger } {
  loadDotenv({ quiet: true });
  const settings = readSettings(process.env, process.argv.slice(2));
  const problems: string[] = [];
  if (!settings.discord) problems.push("DISCORD_TOKEN is not set (Developer Portal > your application > Bot > Reset Token).");
  else if (needApplicationId && !settings.discord.applicationId) {
    problems.push("DISCORD_APPLICATION_ID is not set (Developer Portal > your application > General Information > Application ID).");
  }
  if (problems.length > 0 || !settings.discord) throw new ConfigError(problems);
  return { discord: settings.discord, corpusPath: settings.corpusPath, log: createLogger(settings.secrets) };
}

/** Runs an entry point and exits with its code, or with one line and 1 when it throws. */
export function runEntry(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${explain(error)}\n`);
      process.exit(1);
    },
  );
}

function explain(error: unknown): string {
  if (error instanceof CorpusError) return `Corpus error: ${error.message}`;
  if (error instanceof ConfigError || error instanceof StartupError) return error.message;
  const status = (error as { status?: unknown }).status;
  if (status === 401) return "Discord refused DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal (Bot > Reset Token).";
  if (status === 403) return "Discord refused the request (403 Forbidden): is the bot in that server, and was it invited with the applications.commands scope?";
  return `Discord error: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
}
