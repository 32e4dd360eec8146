import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./cli-run.js";

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
    expect(JSON.parse(one.stdout).answer.text).toMatch(/Stoltenberg/);
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
