/**
 * Webhook mode: a plain HTTP server (put it behind a TLS proxy) that checks Telegram's secret token
 * on every request. Updates are queued and acknowledged at once, so Telegram never times out and
 * re-sends; a re-sent update is still dropped by update_id. A body over `maxBodyBytes` gets 413 before
 * it is read. While stopping, requests get 503 so that Telegram keeps the update for the next start;
 * requests already accepted get `shutdownGraceMs` to finish, then every connection is closed.
 * Telegram cannot tell a webhook that it was replaced, so this service never reports a failure.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { Readable } from "node:stream";
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
    void readBody(req, res, webhook.maxBodyBytes).then((request) => {
      if (!request) return;
      callback(request, res).catch((error: unknown) => {
        log.error("webhook request failed", error);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
  });
  await listen(server, webhook);
  await atStartup(
    () => client.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] }),
    apiRoot,
  ).catch(async (error: unknown) => {
    await close(server, 0);
    throw error;
  });
  return {
    name: "Telegram",
    failed: failureSignal().failed,
    stop: async () => {
      intake.accepting = false;
      await close(server, webhook.shutdownGraceMs);
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

/**
 * The request with its body read into memory, for grammY to parse; null when the body is over the
 * limit (413 sent at once when Content-Length says so, else as soon as the bytes read pass it, without
 * buffering more) or the client went away before sending all of it.
 */
function readBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<IncomingMessage | null> {
  const refuse = () => void res.writeHead(413, { connection: "close" }).end();
  if (Number(req.headers["content-length"] ?? 0) > limit) {
    refuse();
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= limit) return void chunks.push(chunk);
      chunks.length = 0;
      if (res.headersSent) return;
      refuse();
      res.once("finish", () => req.destroy());
    });
    req.once("end", () => {
      if (bytes > limit) return resolve(null);
      resolve(Object.assign(Readable.from([Buffer.concat(chunks)]), { headers: req.headers }) as unknown as IncomingMessage);
    });
    req.once("close", () => resolve(null));
    req.once("error", () => resolve(null));
  });
}

// Stops listening and closes idle connections; those still busy get the grace time, then are cut.
async function close(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
  await Promise.race([closed, grace]);
  clearTimeout(timer);
  server.closeAllConnections();
  await closed;
}
