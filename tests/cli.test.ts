import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const env = { ...process.env, TELEGRAM_BOT_TOKEN: "", DISCORD_TOKEN: "", CORPUS: "" };

// Each test spawns tsx: seconds of start-up on a loaded machine, so more than the default 5 s.
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
    // The answer span: UTF-16 offsets into answer.text, text the slice between them.
    expect(one.answer.span.text).toBe("Jens Stoltenberg");
    expect(one.answer.text.slice(one.answer.span.start, one.answer.span.end)).toBe(one.answer.span.text);
    const bad = spawnSync(TSX, ["adapters/cli.ts", "ask", "x", "--corpus", "/nonexistent"], { cwd: ROOT, env });
    expect(bad.status).toBe(1);
    expect(bad.stderr.toString()).toMatch(/Corpus error: \/nonexistent: no such file/);
  });

  it("npm start without tokens runs the console chat, answers piped lines and exits 0", () => {
    const questions = "siapa presiden ukraina?\nNATO mau kirim berapa kelompok tempur?\nkapan perangnya mulai?\n";
    const run = spawnSync(TSX, ["adapters/main.ts"], { cwd: ROOT, env, input: `/about\n${questions}` });
    expect(run.status).toBe(0);
    expect(run.stderr.toString()).toMatch(/No platform token set/);
    expect(run.stdout.toString()).toMatch(/Sumber: CakapCakap/);
    expect(run.stdout.toString()).toMatch(/Zelenskyy/);
    // The exact answer first, the article's sentence quoted under it.
    expect(run.stdout.toString()).toMatch(/\nempat\n“Sebagai langkah awal[^\n]*empat kelompok tempur/);
    expect(run.stdout.toString()).toMatch(/\n24 Februari\n“Perang Rusia-Ukraina, yang dimulai pada 24 Februari/);
  });
});
