import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createBot, loadCorpus, type Incoming, type Reply } from "../../src/index.js";

const bot = createBot(loadCorpus(join(import.meta.dirname, "..", "..", "corpus")));
const message = (text: string, action?: string): Incoming => ({ text, action, chat: { id: "t", kind: "group" }, from: { id: "u" } });

function allText(reply: Reply): string[] {
  return reply.blocks.flatMap((b) => {
    switch (b.kind) {
      case "text": return [b.text];
      case "answer": return [b.sentence.text];
      case "citation": return [b.label];
      case "context": case "alternatives": case "sentences": return b.sentences.map((s) => s.text);
      case "quotes": return b.quotes.map((q) => q.text);
      case "buttons": return b.buttons.map((x) => x.label + x.action);
    }
  });
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("the core never throws and bounds its output", () => {
  const nasty = [
    "", "   ", "\n\t", "🙂🙂🙂", "x".repeat(100_000), "siapa ".repeat(20_000), "\u0000\u0007\u001b[31m",
    "\u202Eسلام\u202C siapa?", "\uD800\uD800 kapan?", "\uDC00", "<b>bold</b> &amp; </a>", "**markdown** _x_ `code`",
    "@everyone siapa sekjen?", "/", "/ask", "/ask@OtherBot siapa?", "/summary 999", "/quote", "/unknown x", "/ASK SIAPA",
    "🇮🇩".repeat(5_000) + "?", "constructor", "toString __proto__ hasOwnProperty", "What is constructor?", "a\u0301\u0301\u0301 combining", "\uFEFFzero\u200Bwidth",
  ];
  it.each(nasty.map((t) => [t.slice(0, 30), t]))("handles %j", (_label, text) => {
    const reply = bot.handle(message(text));
    expect(reply.blocks.length).toBeGreaterThan(0);
    expect(allText(reply).join(" ")).not.toMatch(/terjadi kesalahan|something went wrong/);
    for (const piece of allText(reply)) {
      expect(piece.length).toBeLessThanOrEqual(3_000);
      expect(LONE_SURROGATE.test(piece)).toBe(false);
    }
  });

  it("answers garbage button actions with an 'expired' reply", () => {
    for (const action of ["ctx", "ctx:zzzzzz:0:1", "more:abc:1.999", "x".repeat(200)]) {
      const reply = bot.handle(message("", action));
      expect(allText(reply).join(" ")).toMatch(/kedaluwarsa|expired/);
    }
  });
});
