/**
 * The operator's HTTP endpoints: GET /healthz (200 or 503, JSON) and GET /metrics (Prometheus text).
 * Served on the webhook server in webhook mode, and on HTTP_PORT when it is set.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { StartupError } from "../service.js";
import type { Health } from "./health.js";
import type { Metrics } from "./metrics.js";

/** Answers the request and returns true when it is one of these endpoints; false leaves it alone. */
export type Routes = (req: IncomingMessage, res: ServerResponse) => boolean;

export function opsRoutes(health: Health, metrics: Metrics): Routes {
  return (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== "/healthz" && path !== "/metrics") return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return true;
    }
    if (path === "/healthz") {
      const report = health.report();
      res.writeHead(report.status === "ok" ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : JSON.stringify(report));
      return true;
    }
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { "content-type": metrics.registry.contentType }).end(req.method === "HEAD" ? undefined : text),
      () => res.writeHead(500).end(),
    );
    return true;
  };
}

/** A server for the endpoints alone (HTTP_PORT); every other path is 404. */
export async function startOpsServer(routes: Routes, port: number, host: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (!routes(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new StartupError(`HTTP_PORT ${port} on ${host} ${error.code === "EADDRINUSE" ? "is in use" : `cannot be opened (${error.code ?? error.message})`}: set HTTP_PORT to a free port.`)),
    );
    server.listen(port, host, () => resolve());
  });
  return server;
}
