import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const env = { ...process.env, TELEGRAM_BOT_TOKEN: "", DISCORD_TOKEN: "", CORPUS: "" };

describe("the command line and the console chat (the contract the benchmarks use)", { timeout: 30_000 }, () => {
  it("ask --jsonl answers each stdin line with one JSON object, in order", () => {
    const out = execFileSync(TSX, ["adapters/cli.ts", "ask", "--jsonl"], { cwd: ROOT, env, input: "Siapa presiden Ukraina?\nBerapa harga emas?\n" }).toString();
    const lines = out.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ question: "Siapa presiden Ukraina?", answered: true });
    expect((lines[0]!.answer as { text: string }).text).toMatch(/Zelenskyy/);
    expect(lines[1]).toMatchObject({ answered: false, answer: null });
    for (const line of lines) {
      expect(typeof line.reply).toBe("string");
      expect(Array.isArray(line.alternatives)).toBe(true);
      expect(line.confidence).toBeGreaterThanOrEqual(0);
    }
  });

  it("ask QUESTION --json prints one answer; a broken corpus fails with a message naming it", () => {
    const one = JSON.parse(execFileSync(TSX, ["adapters/cli.ts", "ask", "siapa sekjen nato", "--json"], { cwd: ROOT, env }).toString());
    expect(one.answer.text).toMatch(/Stoltenberg/);
    const bad = spawnSync(TSX, ["adapters/cli.ts", "ask", "x", "--corpus", "/nonexistent"], { cwd: ROOT, env });
    expect(bad.status).toBe(1);
    expect(bad.stderr.toString()).toMatch(/Corpus error: \/nonexistent: no such file/);
  });

  it("npm start without tokens runs the console chat, answers piped lines and exits 0", () => {
    const run = spawnSync(TSX, ["adapters/main.ts"], { cwd: ROOT, env, input: "/about\nsiapa presiden ukraina?\n" });
    expect(run.status).toBe(0);
    expect(run.stderr.toString()).toMatch(/No platform token set/);
    expect(run.stdout.toString()).toMatch(/Sumber: CakapCakap/);
    expect(run.stdout.toString()).toMatch(/Zelenskyy/);
  });
});
