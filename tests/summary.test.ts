import { describe, expect, it } from "vitest";
import { createBot, loadCorpus, parseArticle, type Corpus, type Reply } from "../src/index.js";
import { summarize } from "../src/summary.js";
import { lcsLength, ngramF1, rouge, rougeTokens } from "./bench/rouge.js";
import { hasIndoSum, loadIndoSum } from "./bench/indosum.js";
import { scoreSummaries } from "./bench/eval-summary.js";

const corpus = loadCorpus("corpus");
const article = corpus.articles[0]!;

function send(c: Corpus, text: string): Reply {
  return createBot(c).handle({ text, chat: { id: "t", kind: "private" }, from: { id: "u" } });
}

describe("ROUGE (hand-computed cases)", () => {
  it("tokenises both sides the same way: lower case, whitespace", () => {
    expect(rougeTokens("Kata Dia ,  ujar X .")).toEqual(["kata", "dia", ",", "ujar", "x", "."]);
  });

  it("ROUGE-1: 'the cat sat' vs 'the cat ran away' shares 2 unigrams: P 2/3, R 2/4, F1 4/7", () => {
    expect(ngramF1(["the", "cat", "sat"], ["the", "cat", "ran", "away"], 1)).toBeCloseTo(4 / 7, 10);
  });

  it("ROUGE-2: one shared bigram of 2 and 3: P 1/2, R 1/3, F1 0.4", () => {
    expect(ngramF1(["the", "cat", "sat"], ["the", "cat", "ran", "away"], 2)).toBeCloseTo(0.4, 10);
  });

  it("clips repeated n-grams to the reference count", () => {
    // "a a a" vs "a b": overlap min(3,1) = 1; P 1/3, R 1/2, F1 0.4.
    expect(ngramF1(["a", "a", "a"], ["a", "b"], 1)).toBeCloseTo(0.4, 10);
  });

  it("ROUGE-L: LCS of 'a b c d' and 'a c b d' is 3", () => {
    expect(lcsLength(["a", "b", "c", "d"], ["a", "c", "b", "d"])).toBe(3);
    expect(rouge("a b c d", "a c b d").rl).toBeCloseTo(0.75, 10);
  });

  it("is 1 for identical texts and 0 for empty or disjoint ones", () => {
    expect(rouge("Ini sama .", "ini sama .")).toEqual({ r1: 1, r2: 1, rl: 1 });
    expect(rouge("", "x y")).toEqual({ r1: 0, r2: 0, rl: 0 });
    expect(rouge("a b", "c d")).toEqual({ r1: 0, r2: 0, rl: 0 });
  });
});

describe("summarize", () => {
  it("returns whole sentences of the article, verbatim, in article order", () => {
    const picked = summarize(article);
    expect(picked).toHaveLength(3);
    const numbers = picked.map((s) => s.sentence);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const s of picked) expect(article.sentences).toContainEqual(s);
  });

  it("never returns a heading, and never half of a quotation", () => {
    const text = [
      "Judul Berita",
      "Menteri itu berbicara di depan wartawan di Jakarta pada hari Senin pagi.",
      "“Kami akan bekerja keras. Semua warga harus ikut membantu,” kata menteri itu kepada wartawan.",
      "Rapat itu dihadiri oleh banyak pejabat daerah dari seluruh provinsi di Indonesia.",
      "Baca juga: Menteri lain berbicara tentang hal yang sama di tempat lain",
    ].join("\n");
    const a = parseArticle("t.txt", "t", text);
    for (let n = 1; n <= 4; n++) {
      const picked = summarize(a, n);
      expect(picked.length).toBeLessThanOrEqual(n);
      expect(picked.every((s) => !s.text.startsWith("Judul") && !s.text.startsWith("Baca juga"))).toBe(true);
      const halves = picked.filter((s) => s.opensQuote || s.continuesQuote).length;
      expect(halves === 0 || halves === 2).toBe(true);
    }
  });

  it("gives fewer sentences when the article is shorter", () => {
    const a = parseArticle("t.txt", "t", "Satu kalimat saja yang ada di artikel ini.");
    expect(summarize(a, 5)).toHaveLength(1);
  });
});

describe("/summary", () => {
  const sentencesOf = (reply: Reply) => reply.blocks.flatMap((b) => (b.kind === "sentences" ? b.sentences : []));

  it("defaults to 3 sentences; takes N, pendek and panjang", () => {
    expect(sentencesOf(send(corpus, "/summary"))).toHaveLength(3);
    expect(sentencesOf(send(corpus, "/summary 5"))).toHaveLength(5);
    expect(sentencesOf(send(corpus, "/summary pendek"))).toHaveLength(2);
    expect(sentencesOf(send(corpus, "/summary panjang"))).toHaveLength(6);
  });

  it("refuses a length outside 1 to 10, in words", () => {
    const reply = send(corpus, "/summary 11");
    expect(reply.blocks).toEqual([{ kind: "text", text: 'Panjang ringkasan 1 sampai 10 kalimat, atau "pendek" / "panjang". Contoh: /summary 5' }]);
  });

  it("names the article when there are several, and picks one by a fuzzy id or title", () => {
    const other = parseArticle("b.txt", "banjir-jakarta", "Banjir Melanda Jakarta\nHujan deras membuat banjir di Jakarta pada hari Senin.\nWarga mengungsi ke tempat yang lebih tinggi.");
    const several: Corpus = { articles: [article, other] };
    const first = send(several, "/summary");
    const block = first.blocks[0]!;
    expect(block.kind === "sentences" && block.title).toContain(article.meta.title!);
    const picked = send(several, "/summary 1 banjr jakarta").blocks[0]!;
    expect(picked.kind === "sentences" && picked.title).toContain("Banjir Melanda Jakarta");
    expect(picked.kind === "sentences" && picked.sentences[0]!.article).toBe("banjir-jakarta");
  });
});

describe.runIf(hasIndoSum())("IndoSum regression floor (measured: LEAD-3 67.11, ours 69.08 R-1)", () => {
  it("beats LEAD-3 by at least 1.0 ROUGE-1 F1, with the same scorer", () => {
    const [lead, ours] = scoreSummaries(loadIndoSum());
    expect(ours!.scores.r1 - lead!.scores.r1).toBeGreaterThanOrEqual(0.015);
    expect(ours!.scores.r1).toBeGreaterThanOrEqual(0.685);
    expect(ours!.scores.r2).toBeGreaterThanOrEqual(lead!.scores.r2);
    expect(ours!.scores.rl).toBeGreaterThanOrEqual(lead!.scores.rl);
  });
});
