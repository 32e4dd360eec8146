/**
 * The default article in corpus/ is the whole article: every paragraph of the shared copy
 * (../shared/articles), verbatim and in order. Skipped, saying so, where ../shared is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createBot, loadCorpus } from "../../src/index.js";
import { extractQuotes } from "../../src/quotes/extract.js";

const ROOT = join(import.meta.dirname, "..", "..");
const SHARED_TEXT = join(ROOT, "..", "shared", "articles", "cakapcakap-stoltenberg-nato-ukraina.txt");
const article = loadCorpus(join(ROOT, "corpus")).articles[0]!;

// Unicode NFC and whitespace folding, so only a change of the words themselves counts.
const fold = (text: string) => text.normalize("NFC").replace(/\s+/gu, " ").trim();

describe.skipIf(!existsSync(SHARED_TEXT))("the default article against ../shared/articles (skipped: ../shared/articles not found)", () => {
  it("holds every paragraph of the shared text, verbatim and in order", () => {
    const shared = readFileSync(SHARED_TEXT, "utf8").split(/\r?\n/u).map(fold).filter((line) => line.length > 0);
    expect(article.paragraphs.map((p) => fold(p.text))).toEqual(shared);
  });
});

describe("the default article", () => {
  it("reaches the last paragraph: the start of the war and the sanctions on Moscow", () => {
    const last = article.sentences.at(-1)!;
    expect(last.text).toMatch(/^Perang Rusia-Ukraina, yang dimulai pada 24 Februari/u);
    expect(last.text.endsWith("terhadap Moskow.")).toBe(true);
  });

  it("attributes every quotation to the one person who speaks, never to people only mentioned", () => {
    const { quotes, cast } = extractQuotes(article);
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(["Jens Stoltenberg"]));
    const mentioned = ["Zelenskyy", "Putin", "Assad"].flatMap((name) => cast.byName(name)?.name ?? []);
    expect(quotes.some((q) => mentioned.includes(q.speaker))).toBe(false);
  });

  it("finds the quotations of the closing paragraphs, with the speaker named by 'dia' and after the quotation", () => {
    const { quotes } = extractQuotes(article);
    const at = (sentence: number) => quotes.filter((q) => q.sentence === sentence).map((q) => `${q.kind}: ${q.cue}`);
    expect(at(13)).toEqual(expect.arrayContaining(["indirect: Dia mengatakan"]));
    expect(at(14)).toEqual(["indirect: tambah Stoltenberg"]);
    expect(at(15)).toEqual(expect.arrayContaining(["direct: ungkap dia"]));
  });

  it("answers the questions the cut copy could not, each from its own sentence", () => {
    const bot = createBot({ articles: [article] });
    const cases: [string, RegExp][] = [
      ["kapan perangnya mulai?", /dimulai pada 24 Februari/u],
      ["China dikhawatirkan memberi apa?", /dukungan material/u],
      ["Moskow dikenai sanksi apa oleh Barat?", /sanksi ekonomi yang keras/u],
      ["Belarus diminta apa oleh NATO?", /menyerukan Belarus untuk mengakhiri keterlibatan/u],
    ];
    for (const [question, expected] of cases) {
      const answer = bot.ask(question);
      expect(answer.answered, question).toBe(true);
      expect(answer.answer?.text, question).toMatch(expected);
    }
  });
});
