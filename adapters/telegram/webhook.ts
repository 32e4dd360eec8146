/**
 * Webhook mode: a plain HTTP server (put it behind a TLS proxy) that checks Telegram's secret token
 * on every request. Updates are queued and acknowledged at once, so Telegram never times out and
 * re-sends; a re-sent update is still dropped by update_id. While stopping, requests get 503 so that
 * Telegram keeps the update for the next start. Telegram cannot tell a webhook that it was replaced,
 * so this service never reports a failure.
 */
import { createServer, type Server } from "node:http";
import { webhookCallback, type Bot as Client } from "grammy";
import type { Logger } from "../logger.js";
import type { Routes } from "../ops/routes.js";
import { failureSignal, StartupError, type RunningService } from "../service.js";
import type { WebhookSettings } from "./settings.js";
import { ALLOWED_UPDATES, type Intake } from "./start.js";
import { atStartup } from "./startup-error.js";

export async function startWebhook(client: Client, webhook: WebhookSettings, intake: Intake, apiRoot: string, log: Logger, routes?: Routes): Promise<RunningService> {
  const callback = webhookCallback(client, "http", { secretToken: webhook.secret, onTimeout: "return", timeoutMilliseconds: 9_000 });
  const server = createServer((req, res) => {
    if (routes?.(req, res)) return;
    if (req.method !== "POST" || new URL(req.url ?? "/", "http://localhost").pathname !== webhook.path) return void res.writeHead(404).end();
    if (!intake.accepting) return void res.writeHead(503).end();
    callback(req, res).catch((error: unknown) => {
      log.error("webhook request failed", error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await listen(server, webhook);
  await atStartup(
    () => client.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] }),
    apiRoot,
  ).catch(async (error: unknown) => {
    await close(server);
    throw error;
  });
  return {
    name: "Telegram",
    failed: failureSignal().failed,
    stop: async () => {
      intake.accepting = false;
      await close(server);
      await intake.queue.drain();
    },
  };
}

/** The port the server listens on (useful when the settings ask for port 0). */
export function portOf(server: Server): number {
  const address = server.address();
  return typeof address === "object" && address ? address.port : 0;
}

function listen(server: Server, webhook: WebhookSettings): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      const why = error.code === "EADDRINUSE" ? "is in use" : `cannot be opened (${error.code ?? error.message})`;
      reject(new StartupError(`Webhook port ${webhook.port} on ${webhook.host} ${why}: set TELEGRAM_WEBHOOK_PORT to a free port.`));
    });
    server.listen(webhook.port, webhook.host, () => resolve());
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
