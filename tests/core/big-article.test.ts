/**
 * Work that grows with the article, counted (not timed): how often the sentence list is read. Start-up
 * must read it a number of times linear in the article's length, and /summary must not read it all
 * again per request.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createBot, parseArticle, type Article } from "../../src/index.js";

const DEFAULT = readFileSync(join(import.meta.dirname, "..", "..", "corpus", "stoltenberg-nato-dukungan-ukraina.md"), "utf8");

/** The default article's body repeated `times` times, and a counter of reads of its sentence list. */
function counted(times: number): { article: Article; reads: () => number; reset: () => void } {
  const [, front, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(DEFAULT)!;
  const article = parseArticle("big.md", "big", `${front}${Array.from({ length: times }, () => body).join("\n\n")}`);
  let reads = 0;
  const sentences = new Proxy(article.sentences as object[], {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { article: { ...article, sentences } as Article, reads: () => reads, reset: () => void (reads = 0) };
}

describe("a big article", () => {
  it("is indexed with reads of its sentences linear in its length", () => {
    const small = counted(8);
    createBot({ articles: [small.article] });
    const large = counted(16);
    createBot({ articles: [large.article] });
    expect(large.article.sentences.length).toBe(2 * small.article.sentences.length);
    expect(large.reads() / small.reads()).toBeLessThan(2.5);
  });

  it("answers /summary from the ranking made at start-up, without reading every sentence again", () => {
    const big = counted(8);
    const bot = createBot({ articles: [big.article] });
    big.reset();
    for (const text of ["/summary", "/summary 5", "/summary panjang"]) bot.handle({ text, chat: { id: "c", kind: "group" }, from: { id: "u" } });
    expect(big.reads()).toBeLessThan(big.article.sentences.length / 2);
  });
});
