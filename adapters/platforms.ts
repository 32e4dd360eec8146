import type { Bot } from "../src/index.js";
import type { Settings } from "./config.js";
import type { Logger } from "./logger.js";
import type { Ops } from "./ops/index.js";
import { countingLogger, countingState, CountingRateLimiter, instrument } from "./ops/instrument.js";
import { withAdmin } from "./ops/reload.js";
import type { RunningService } from "./service.js";
import { startTelegram } from "./telegram/start.js";
import { startDiscord } from "./discord/start.js";

/**
 * Starts every platform whose token is set, together in one process. If one refuses to start, the
 * ones already running are stopped and its StartupError reaches main. With `ops`, each platform is
 * counted in the metrics, reported in /healthz, and its admins may /reload.
 */
export async function startPlatforms(bot: Bot, settings: Settings, log: Logger, ops?: Ops): Promise<RunningService[]> {
  const services: RunningService[] = [];
  const watch = (service: RunningService) => {
    ops?.health.platform(service.name, "connected");
    void service.failed.then(() => ops?.health.platform(service.name, "failed"));
    services.push(service);
  };
  if (settings.telegram) ops?.health.platform("Telegram", "starting");
  if (settings.discord) ops?.health.platform("Discord", "starting");
  if (settings.telegram) {
    const core = ops ? withAdmin(instrument(bot, ops.metrics, "telegram"), settings.ops.admins.telegram, ops.reload) : bot;
    const logger = ops ? countingLogger(log, ops.metrics, "telegram") : log;
    const extra = ops
      ? { routes: ops.routes, state: countingState(ops.state, ops.metrics, "telegram") }
      : {};
    watch(await startTelegram(core, settings.telegram, logger, extra));
  }
  if (settings.discord) {
    try {
      const core = ops ? withAdmin(instrument(bot, ops.metrics, "discord"), settings.ops.admins.discord, ops.reload) : bot;
      const logger = ops ? countingLogger(log, ops.metrics, "discord") : log;
      watch(await startDiscord(core, settings.discord, logger, ops ? { limiter: new CountingRateLimiter(ops.metrics, "discord") } : {}));
    } catch (error) {
      // Telegram may already be serving: stop it, so the process exits with Discord's one-line reason.
      await Promise.allSettled(services.map((s) => s.stop()));
      throw error;
    }
  }
  return services;
}
