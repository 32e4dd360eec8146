/**
 * The production install an operator (and the Dockerfile) does: the package's files in a fresh
 * folder, `npm ci --omit=dev` (its `prepare` step builds dist/), then `npm start` and the container's
 * command answer a piped question. No dev dependency may be needed. The npm cache is reused
 * (--prefer-offline), so this needs the registry only for packages not cached yet.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INSTALL, PACKAGE_FILES, START } from "./recipe.js";

const ROOT = join(import.meta.dirname, "..", "..");
const env = { ...process.env, TELEGRAM_BOT_TOKEN: "", DISCORD_TOKEN: "", CORPUS: "", NODE_ENV: "production", npm_config_loglevel: "error" };

let dir: string;

beforeAll(() => {
  // A space in the path: the entry points must not depend on the path's spelling.
  dir = mkdtempSync(join(tmpdir(), "production install-"));
  for (const name of PACKAGE_FILES) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  execFileSync("npm", [...INSTALL, "--prefer-offline"], { cwd: dir, env, stdio: "pipe" });
}, 240_000);

// Removing a node_modules folder takes seconds on a busy machine: more than the default 10 s hook time.
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe("production install (npm ci --omit=dev)", { timeout: 60_000 }, () => {
  it("installs no dev dependency and builds dist/ on install", () => {
    expect(existsSync(join(dir, "node_modules", "tsx"))).toBe(false);
    expect(existsSync(join(dir, "node_modules", "vitest"))).toBe(false);
    expect(existsSync(join(dir, "dist", "adapters", "main.js"))).toBe(true);
  });

  it("npm start answers a piped question in the console chat", () => {
    const run = spawnSync("npm", ["start", "--silent"], { cwd: dir, env, input: "siapa presiden ukraina?\n" });
    expect(run.stderr.toString()).toMatch(/No platform token set/);
    expect(run.status).toBe(0);
    expect(run.stdout.toString()).toMatch(/Zelenskyy/);
  });

  it("the container's command (node dist/adapters/main.js) answers from a mounted corpus path", () => {
    const run = spawnSync(process.execPath, START.slice(1), { cwd: dir, env: { ...env, CORPUS: join(dir, "corpus") }, input: "/about\n" });
    expect(run.status).toBe(0);
    expect(run.stdout.toString()).toMatch(/Sumber: CakapCakap/);
  });

  it("the CLI entry point runs from a path with a space (its main-module check)", () => {
    const run = spawnSync(process.execPath, ["dist/adapters/cli.js", "ask", "--corpus=corpus", "siapa sekjen nato", "--json"], { cwd: dir, env });
    expect(run.stderr.toString()).toBe("");
    expect(JSON.parse(run.stdout.toString()).answer.text).toMatch(/Stoltenberg/);
  });
});
