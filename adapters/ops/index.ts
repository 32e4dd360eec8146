/**
 * Everything that makes the platform mode a service: the swappable bot, health, metrics, reload
 * (SIGHUP and admins' /reload), shared state (memory or Redis), and the HTTP_PORT server.
 */
import type { Server } from "node:http";
import type { Bot } from "../../src/index.js";
import type { Settings } from "../config.js";
import type { Logger } from "../logger.js";
import { sharedState, type SharedState } from "../state/index.js";
import { Health } from "./health.js";
import { LiveBot } from "./live-bot.js";
import { createMetrics, type Metrics } from "./metrics.js";
import { reloader, type Reload } from "./reload.js";
import { opsRoutes, startOpsServer, type Routes } from "./routes.js";

// How long the start waits for Redis before serving without it (fail open).
const REDIS_CONNECT_MS = 10_000;

export interface Ops {
  readonly bot: LiveBot;
  readonly health: Health;
  readonly metrics: Metrics;
  readonly routes: Routes;
  readonly state: SharedState;
  readonly reload: Reload;
  /** Stops the HTTP_PORT server and the Redis connection (after the platforms have stopped). */
  close(): Promise<void>;
}

export async function startOps(bot: Bot, settings: Settings, log: Logger): Promise<Ops> {
  const health = new Health();
  const metrics = createMetrics();
  const live = new LiveBot(bot);
  health.corpusLoaded = true;
  metrics.corpusLoaded(bot.corpus);
  const routes = opsRoutes(health, metrics);
  const server = await opsServer(settings, routes, log);
  const state = sharedState(settings.ops.redisUrl, log);
  if (state.kind === "redis") {
    const connected = await state.ready(REDIS_CONNECT_MS);
    if (connected) log.info("shared state (rate limits, update ids) in Redis");
    else log.warn(`redis: not reachable within ${REDIS_CONNECT_MS / 1000} s; serving without shared limits or de-duplication until it is`);
  }
  const reload = reloader(live, () => settings.corpusPath, log, metrics);
  const onHangup = () => void reload();
  process.on("SIGHUP", onHangup);
  return {
    bot: live,
    health,
    metrics,
    routes,
    state,
    reload,
    close: async () => {
      process.off("SIGHUP", onHangup);
      if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
      await state.close();
    },
  };
}

// The webhook server already serves the endpoints; a separate one only on another port.
async function opsServer(settings: Settings, routes: Routes, log: Logger): Promise<Server | null> {
  const port = settings.ops.httpPort;
  if (port === null || port === settings.telegram?.webhook?.port) return null;
  const server = await startOpsServer(routes, port, "0.0.0.0");
  log.info(`health and metrics on port ${port} (/healthz, /metrics)`);
  return server;
}
