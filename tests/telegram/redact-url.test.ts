import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/logger.js";
import { startupError } from "../../adapters/telegram/startup-error.js";

const ROOT = "https://bot:Pa55w0rd-root@telegram.internal:8081";

describe("URL credentials are never printed", () => {
  it("start-up errors name the Bot API address without its user and password", () => {
    const unreachable = startupError(new HttpError("Network request for 'getMe' failed!", new Error("connect ECONNREFUSED")), ROOT);
    expect(unreachable.message).toBe("Cannot reach the Telegram Bot API at https://[redacted]@telegram.internal:8081: Network request for 'getMe' failed!");
    const notFound = startupError(new GrammyError("Call to 'getMe' failed!", { ok: false, error_code: 404, description: "Not Found" }, "getMe", {}), ROOT);
    expect(notFound.message).toMatch(/^The Bot API at https:\/\/\[redacted\]@telegram\.internal:8081 answered 404/);
    const other = startupError(new Error(`fetch ${ROOT}/getMe failed`), ROOT);
    expect(other.message).not.toContain("Pa55w0rd-root");
  });

  it("the logger leaves out the credentials of any URL in a message or an error", () => {
    const lines: string[] = [];
    const log = createLogger([], (line) => lines.push(line));
    log.info(`using ${ROOT} and ftp://anne@files.example/x`);
    log.error("request failed", new Error(`POST http://u:p%40ss@127.0.0.1:9/x refused`));
    expect(lines.join("\n")).not.toMatch(/Pa55w0rd|anne|p%40ss/);
    expect(lines[0]).toContain("https://[redacted]@telegram.internal:8081 and ftp://[redacted]@files.example/x");
  });
});
