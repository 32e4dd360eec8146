import type { Bot } from "../src/index.js";
import type { Settings } from "./config.js";
import type { Logger } from "./logger.js";
import type { RunningService } from "./service.js";
import { startTelegram } from "./telegram/start.js";
import { startDiscord } from "./discord/start.js";

/**
 * Starts every platform whose token is set, together in one process. If one refuses to start, the
 * ones already running are stopped and its StartupError reaches main.
 */
export async function startPlatforms(bot: Bot, settings: Settings, log: Logger): Promise<RunningService[]> {
  const services: RunningService[] = [];
  if (settings.telegram) services.push(await startTelegram(bot, settings.telegram, log));
  if (settings.discord) {
    try {
      services.push(await startDiscord(bot, settings.discord, log));
    } catch (error) {
      // Telegram may already be serving: stop it, so the process exits with Discord's one-line reason.
      await Promise.allSettled(services.map((s) => s.stop()));
      throw error;
    }
  }
  return services;
}
