import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main } from "../../adapters/cli.js";
import type { CliIo } from "../../adapters/cli/io.js";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const UNREADABLE = join(tmpdir(), "tanya-artikel-unreadable-corpus");

// The tests run as root, who may read any directory: a refused readdir is simulated for one path.
vi.mock("node:fs", async (original) => {
  const real = await original<typeof import("node:fs")>();
  const readdirSync = ((path: fs.PathLike, ...rest: unknown[]) => {
    if (String(path) === UNREADABLE) throw Object.assign(new Error(`EACCES: permission denied, scandir '${UNREADABLE}'`), { code: "EACCES" });
    return (real.readdirSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof real.readdirSync;
  return { ...real, default: { ...real, readdirSync }, readdirSync };
});

describe("the CLI on a corpus it cannot use", () => {
  it("names an unreadable corpus directory and its cause in one line, exit 1", async () => {
    fs.mkdirSync(UNREADABLE, { recursive: true });
    const errors: string[] = [];
    const io: CliIo = { stdout: () => undefined, stderr: (l) => void errors.push(l), stdin: [] as unknown as AsyncIterable<string> };
    expect(await main(["ask", "x", "--corpus", UNREADABLE], io)).toBe(1);
    expect(errors).toEqual([`Corpus error: ${UNREADABLE}: cannot be read (EACCES: permission denied, scandir '${UNREADABLE}').`]);
  });

  it("refuses a FIFO as the corpus at once instead of hanging on it", () => {
    const fifo = join(fs.mkdtempSync(join(tmpdir(), "corpus-fifo-")), "pipe.md");
    execFileSync("mkfifo", [fifo]);
    // The timeout only bounds a regression (a hang); the assertion is on the message.
    const run = spawnSync(TSX, ["adapters/cli.ts", "ask", "x", "--corpus", fifo], { cwd: ROOT, timeout: 60_000 });
    expect(run.stderr.toString().trim()).toBe(`Corpus error: ${fifo}: not a regular file or directory (a pipe or a device). Point CORPUS or --corpus at an article file or a directory of them.`);
    expect(run.status).toBe(1);
  });
});
