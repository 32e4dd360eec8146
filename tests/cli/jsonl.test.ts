import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../../adapters/cli.js";
import { lineWriter, type CliIo } from "../../adapters/cli/io.js";

const QUESTION = "Siapa presiden Ukraina?";

// stdin as a generator that counts how many lines the CLI has taken.
function countingStdin(total: number, line: (i: number) => string): { stdin: AsyncIterable<string>; taken: () => number } {
  let taken = 0;
  async function* lines(): AsyncGenerator<string> {
    for (let i = 0; i < total; i++) {
      taken++;
      yield line(i);
    }
  }
  return { stdin: lines(), taken: () => taken };
}

async function jsonlOf(input: string[]): Promise<Record<string, unknown>[]> {
  const out: string[] = [];
  const io: CliIo = { stdout: (l) => void out.push(l), stderr: () => undefined, stdin: countingStdin(input.length, (i) => input[i]!).stdin };
  expect(await main(["ask", "--jsonl"], io)).toBe(0);
  return out.map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe("ask --jsonl", () => {
  it("stops reading questions while its reader is not taking the answers (waits for drain)", async () => {
    const held: Array<() => void> = [];
    // A reader that takes nothing until told: every write is held, the buffer fills after a few lines.
    const stdout = new Writable({ highWaterMark: 1024, write: (_chunk, _enc, callback) => void held.push(callback) });
    const input = countingStdin(2_000, () => QUESTION);
    const io: CliIo = { stdout: lineWriter(stdout), stderr: () => undefined, stdin: input.stdin };
    const done = main(["ask", "--jsonl"], io);
    // Bounded waits: the corpus loads first, then the first answers fill the buffer.
    for (let i = 0; i < 3_000 && input.taken() === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    for (let tick = 0; tick < 200; tick++) await new Promise((resolve) => setImmediate(resolve));
    expect(input.taken()).toBeLessThan(10);
    while (input.taken() < 2_000 || held.length > 0) {
      held.splice(0).forEach((callback) => callback());
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await done).toBe(0);
  });

  it("answers '/ask Q' exactly as it answers Q", async () => {
    const [plain, command] = await jsonlOf([QUESTION, `/ask ${QUESTION}`]);
    expect(command!.answered).toBe(true);
    expect(command!.confidence).toBe(plain!.confidence);
    expect(command!.answer).toEqual(plain!.answer);
    expect(command!.reply).toBe(plain!.reply);
  });

  it("keeps a 1 MB '/ask' line's answer fields and its reply in agreement", async () => {
    const question = "nato ukraina ".repeat(80_000);
    const [plain, command] = await jsonlOf([question, `/ask ${question}`]);
    expect(command!.answered).toBe(plain!.answered);
    expect(command!.reply).toBe(plain!.reply);
    const text = (command!.answer as { text: string } | null)?.text;
    expect(command!.answered).toBe(text !== undefined && (command!.reply as string).includes(text));
  });
});
