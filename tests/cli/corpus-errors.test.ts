import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
// Root reads any directory: as root, the CLI runs without the capabilities that override file modes
// (setpriv, util-linux), so it meets the refusal a real user would. Running it as another user
// instead failed wherever the checkout itself is not readable by that user (a mode-700 temp dir).
const AS_USER = process.getuid?.() === 0 ? ["setpriv", "--bounding-set=-dac_override,-dac_read_search", TSX] : [TSX];

describe("the CLI on a corpus it cannot use", () => {
  it("names an unreadable corpus directory and its cause in one line, exit 1", () => {
    const dir = fs.mkdtempSync(join(tmpdir(), "corpus-unreadable-"));
    fs.chmodSync(dir, 0o000);
    const [command, ...prefix] = AS_USER;
    const run = spawnSync(command!, [...prefix, "adapters/cli.ts", "ask", "x", "--corpus", dir], { cwd: ROOT, timeout: 60_000 });
    expect(run.stderr.toString().trim()).toBe(`Corpus error: ${dir}: cannot be read (EACCES: permission denied, scandir '${dir}').`);
    expect(run.status).toBe(1);
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
