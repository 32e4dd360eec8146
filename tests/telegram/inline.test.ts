import { describe, expect, it } from "vitest";
import { createBot, parseArticle, type Incoming, type Reply } from "../../src/index.js";
import { inlineResults, nextOffset } from "../../adapters/telegram/inline.js";

// One speaker quoted 12 times: three pages of five.
const lines = [
  "Wali Kota Budi Santoso meninjau tanggul di Semarang pada hari Senin.",
  ...Array.from({ length: 12 }, (_, i) => `“Kalimat ${i + 1} tentang banjir,” kata Budi Santoso.`),
];
const bot = createBot({ articles: [parseArticle("banjir.txt", "banjir", lines.join("\n"))] });
const from: Pick<Incoming, "chat" | "from"> = { chat: { id: "inline:1", kind: "private" }, from: { id: "1" } };
// An inline query as to-incoming.ts makes it: the offset, when there is one, is pressed as an action.
const ask = (offset: string): Reply => bot.handle({ text: "/quote Budi Santoso", ...(offset === "" ? {} : { action: offset }), ...from });
const numbers = (offset: string) => inlineResults(ask(offset), offset).map((r) => Number(/Kalimat (\d+)/.exec(r.description ?? "")![1]));

describe("inline paging", () => {
  it("offers the next page as next_offset until the last page", () => {
    const second = nextOffset(ask(""));
    expect(second).toMatch(/^qp:/);
    const third = nextOffset(ask(second));
    expect(third).toMatch(/^qp:/);
    expect(third).not.toBe(second);
    expect(nextOffset(ask(third))).toBe("");
    expect([...numbers(""), ...numbers(second), ...numbers(third)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("gives every result of every page its own id", () => {
    const second = nextOffset(ask(""));
    const third = nextOffset(ask(second));
    const ids = [second, third, ""].flatMap((offset) => inlineResults(ask(offset), offset).map((r) => r.id));
    expect(new Set(ids).size).toBe(12);
    for (const id of ids) expect(Buffer.byteLength(id)).toBeLessThanOrEqual(64);
  });

  it("pages only quote lists: an answer's buttons (context, more) are no next page", () => {
    const answer = bot.handle({ text: "Siapa yang meninjau tanggul?", ...from });
    expect(answer.blocks.some((b) => b.kind === "buttons")).toBe(true);
    expect(nextOffset(answer)).toBe("");
    const short: Reply = { lang: "id", blocks: [{ kind: "quotes", title: "Kutipan", quotes: [] }] };
    expect(nextOffset(short)).toBe("");
  });
});
