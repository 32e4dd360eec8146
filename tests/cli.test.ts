import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { runCli } from "./cli-run.js";
import { entry } from "./entry.js";

const CORPUS = join(import.meta.dirname, "..", "corpus");

describe("the command line (the contract the benchmarks use), in-process through main(argv, io)", () => {
  it("ask --jsonl answers each stdin line with one JSON object, in order", async () => {
    const run = await runCli(["ask", "--jsonl"], ["Siapa presiden Ukraina?", "Berapa harga emas?"]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
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

  it("ask QUESTION --json prints one answer; a broken corpus fails with a message naming it", async () => {
    const one = await runCli(["ask", "siapa", "sekjen", "nato", "--json"]);
    const answer = JSON.parse(one.stdout).answer;
    expect(answer.text).toMatch(/Stoltenberg/);
    // The answer span: UTF-16 offsets into answer.text, text the slice between them.
    expect(answer.span.text).toBe("Jens Stoltenberg");
    expect(answer.text.slice(answer.span.start, answer.span.end)).toBe(answer.span.text);
    const bad = await runCli(["ask", "x", "--corpus", "/nonexistent"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Corpus error: \/nonexistent: no such file/);
  });

  it("accepts --corpus=PATH as well as --corpus PATH", async () => {
    for (const args of [["--corpus", CORPUS], [`--corpus=${CORPUS}`]]) {
      const run = await runCli(["summary", "--sentences=1", ...args]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^\[\d+\] /);
    }
  });

  it("rejects an unknown flag, a flag without its value and stray words with the usage (exit 2)", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["ask", "x", "--jsnol"], /ask: Unknown option '--jsnol'/],
      [["summary", "--sentences"], /summary: Option '--sentences <value>' argument missing/],
      [["quotes", "Stoltenberg"], /quotes: Unexpected argument 'Stoltenberg'/],
      [["speakers", "--corpus", "--json"], /speakers: Option '--corpus' argument is ambiguous/],
      [["frobnicate"], /unknown command "frobnicate"/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toMatch(/usage: npm run --silent cli/);
      expect(run.stdout).toBe("");
    }
  });

  it("--help prints the usage and exits 0; no command is a usage error", async () => {
    expect(await runCli(["--help"])).toMatchObject({ status: 0, stdout: "" });
    expect((await runCli([])).status).toBe(2);
  });
});

// The one process-level test of `npm start`'s console (the built entry point, see tests/build-dist.ts).
describe("npm start without tokens (a process)", { timeout: 30_000 }, () => {
  it("runs the console chat, answers piped lines and exits 0", () => {
    const env = { ...process.env, TELEGRAM_BOT_TOKEN: "", DISCORD_TOKEN: "", CORPUS: "" };
    const questions = "siapa presiden ukraina?\nNATO mau kirim berapa kelompok tempur?\nkapan perangnya mulai?\n";
    const run = spawnSync(process.execPath, [entry("adapters/main.ts")], { env, input: `/about\n${questions}` });
    expect(run.status).toBe(0);
    expect(run.stderr.toString()).toMatch(/No platform token set/);
    expect(run.stdout.toString()).toMatch(/Sumber: CakapCakap/);
    expect(run.stdout.toString()).toMatch(/Zelenskyy/);
    // The exact answer first, the article's sentence quoted under it.
    expect(run.stdout.toString()).toMatch(/\nempat\n“Sebagai langkah awal[^\n]*empat kelompok tempur/);
    expect(run.stdout.toString()).toMatch(/\n24 Februari\n“Perang Rusia-Ukraina, yang dimulai pada 24 Februari/);
  });
});
