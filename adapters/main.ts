/**
 * `npm start`: loads the corpus, builds the bot, and serves the console (no platform token) or the
 * platforms whose tokens are set. Exits non-zero with one clear line on a broken corpus, bad
 * configuration, or a platform refusing to start or failing while running (the others are stopped).
 */
import { config as loadDotenv } from "dotenv";
import { createBot, CorpusError, loadCorpus, type Bot } from "../src/index.js";
import { ConfigError, readSettings, type Settings } from "./config.js";
import { startConsole } from "./console/repl.js";
import { createLogger, redactor, redactUrlCredentials, type Logger } from "./logger.js";
import { StartupError, type RunningService } from "./service.js";
import { startPlatforms } from "./platforms.js";
import { startOps, type Ops } from "./ops/index.js";

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const settings = readSettings(process.env, process.argv.slice(2));
  const log = createLogger(settings.secrets);
  const bot = createBot(loadCorpus(settings.corpusPath));
  if (!settings.telegramToken && !settings.discordToken) return runConsole(bot);
  return runPlatforms(bot, settings, log);
}

async function runConsole(bot: Bot): Promise<number> {
  process.stderr.write("No platform token set (TELEGRAM_BOT_TOKEN, DISCORD_TOKEN): console chat. /help lists commands, Ctrl-D quits.\n");
  await startConsole(bot, process.stdin, process.stdout).done;
  return 0;
}

async function runPlatforms(bot: Bot, settings: Settings, log: Logger): Promise<number> {
  const ops = await startOps(bot, settings, log);
  try {
    return await servePlatforms(settings, log, ops);
  } finally {
    await ops.close();
  }
}

async function servePlatforms(settings: Settings, log: Logger, ops: Ops): Promise<number> {
  const services: RunningService[] = await startPlatforms(ops.bot, settings, log, ops);
  ops.health.phase = "serving";
  log.info(`serving ${services.map((s) => s.name).join(" and ")}; Ctrl-C stops`);
  const signal = new Promise<null>((resolve) => {
    process.once("SIGINT", () => resolve(null));
    process.once("SIGTERM", () => resolve(null));
  });
  const failure = Promise.race(services.map((s) => s.failed.then((error) => ({ service: s, error }))));
  const ended = await Promise.race([signal, failure]);
  ops.health.phase = "stopping";
  if (ended === null) {
    log.info("stopping");
    await Promise.allSettled(services.map((s) => s.stop()));
    return 0;
  }
  // One platform failed: the rest stop cleanly, then the reason is the process's last line.
  await Promise.allSettled(services.filter((s) => s !== ended.service).map((s) => s.stop()));
  // The adapters' messages never contain a token; redacting is the belt to those braces.
  process.stderr.write(`${redactor(settings.secrets)(ended.error.message)}\n`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CorpusError) process.stderr.write(`Corpus error: ${error.message}\n`);
    else if (error instanceof ConfigError || error instanceof StartupError) process.stderr.write(`${redactUrlCredentials(error.message)}\n`);
    else process.stderr.write(`Unexpected error: ${redactUrlCredentials(error instanceof Error ? error.message : String(error))}\n`);
    process.exit(1);
  },
);
