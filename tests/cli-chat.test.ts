/**
 * `chat --jsonl`, the contract the dialogue benchmark uses, as a process: one JSON object out per
 * line in, in order; `reply` hands the bot's last message in that chat back; chats never mix.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const env = { ...process.env, TELEGRAM_BOT_TOKEN: "", DISCORD_TOKEN: "", CORPUS: "" };

function chat(lines: readonly unknown[]): Record<string, unknown>[] {
  const input = lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n");
  const run = spawnSync(TSX, ["adapters/cli.ts", "chat", "--jsonl"], { cwd: ROOT, env, input: `${input}\n` });
  expect(run.status).toBe(0);
  return run.stdout.toString().trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("cli chat --jsonl", { timeout: 30_000 }, () => {
  it("reads a reply with the chat's last answer, a non-reply and another chat's reply alone, and a bad line as an error line", () => {
    const out = chat([
      { chat: "a", text: "Di mana NATO akan mengerahkan kelompok tempur baru?", reply: false },
      { chat: "b", text: "berapa kelompok?", reply: true },
      { chat: "a", text: "berapa kelompok?", reply: true },
      "not json",
      { chat: "a", text: "berapa kelompok?", reply: false },
    ]);
    expect(out).toHaveLength(5);
    const sentence = (o: Record<string, unknown>) => (o.answer as { sentence: number } | null)?.sentence;
    expect(out[0]!.answered).toBe(true);
    expect(out[1]!.followup).toBeUndefined();
    expect(out[2]!.followup).toEqual(expect.any(String));
    expect(out[2]!.question).toBe("berapa kelompok?");
    expect(sentence(out[2]!)).toBe(sentence(out[0]!));
    expect(String(out[2]!.reply)).toContain("empat kelompok tempur");
    expect(out[3]!.error).toContain("not JSON");
    expect(out[4]!.followup).toBeUndefined();
  });
});
