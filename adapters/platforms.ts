import type { Bot } from "../src/index.js";
import type { Settings } from "./config.js";
import type { Logger } from "./logger.js";
import { StartupError, type RunningService } from "./service.js";

/**
 * Starts every platform whose token is set. The platform adapters are added here as they land;
 * until then a set token is reported as not yet supported rather than silently ignored.
 */
export async function startPlatforms(_bot: Bot, settings: Settings, _log: Logger): Promise<RunningService[]> {
  const missing = [settings.telegramToken ? "Telegram" : null, settings.discordToken ? "Discord" : null].filter(Boolean);
  throw new StartupError(`${missing.join(" and ")} support is not in this build yet; unset the token to use the console chat.`);
}
