import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/parse.js";
import { SearchIndex, type IndexOptions } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { rankSentences } from "../../src/search/rank.js";
import { unitKeysOf } from "../../src/search/units.js";
import { unitSynonyms, wordUnits } from "../../src/text/phrases.js";

// A made-up article: each unit's words also stand apart in another sentence.
const text = `---
title: Pohon Tumbang di Desa
---
Kepala desa menunggu jawaban pemerintah kabupaten soal perbaikan jalan.

Tanggung jawab perbaikan jalan ada pada dinas kabupaten.

Korban luka dibawa warga dengan mobil bak terbuka ke rumah sakit terdekat di kota kabupaten.

Korban lain dibawa ke rumah kakaknya yang sakit.

Pencuri sepeda motor itu dibawa ke kantor polisi.

Seorang kakek tutup usia pada Senin pagi.

Stasiun kereta ditutup sementara karena banyak polisi berjaga.`;
const corpus = { articles: [parseArticle("desa.md", "desa", text)] };

function ranked(question: string, options?: IndexOptions): string[] {
  const index = new SearchIndex(corpus, options);
  return rankSentences(analyseQuery(question, index), index).map((r) => index.sentences[r.sentence]!.ref.text);
}

const index = new SearchIndex(corpus);
const sentences = index.sentences.map((s) => s.ref.text);
const groupOf = (question: string, word: string) => analyseQuery(question, index).groups.find((g) => g.word === word);
const terms = (question: string, word: string) => groupOf(question, word)?.alternatives.map((a) => a.term) ?? [];

describe("multi-word units", () => {
  it("finds a unit under its affixes ('bertanggung jawab', 'tanggung jawabnya') and within longer text", () => {
    expect(unitKeysOf(["bertanggung", "jawab"])).toEqual(["tanggung jawab"]);
    expect(unitKeysOf(["tanggung", "jawabnya"])).toEqual(["tanggung jawab"]);
    expect(unitKeysOf(["ibu", "kota", "negara"])).toEqual(["ibu kota"]);
    expect(unitKeysOf(["kota", "ibu"])).toEqual([]);
  });

  it("reads 'tanggung jawab' as one word: 'jawaban' no longer stands for it", () => {
    const group = groupOf("Siapa yang bertanggung jawab?", "bertanggung jawab");
    expect(group?.alternatives.find((a) => a.term === "tanggung jawab")?.weight).toBe(1);
    expect(group?.alternatives.find((a) => a.term === "jawab")?.weight ?? 0).toBeLessThan(1);
    expect(analyseQuery("Siapa yang bertanggung jawab?", index).groups.map((g) => g.word)).not.toContain("jawab");
    expect(ranked("Siapa yang bertanggung jawab?")[0]).toBe(sentences[1]);
  });

  it("prefers the sentence with 'rumah sakit' to one with 'rumah' and 'sakit' apart", () => {
    const question = "Korban dibawa ke rumah sakit mana?";
    expect(ranked(question)[0]).toBe(sentences[2]);
    // Word by word, the shorter sentence that holds every word apart wins.
    expect(ranked(question, { resources: { phrases: false } })[0]).toBe(sentences[3]);
  });

  it("links a word to a unit that says the same: 'meninggal' finds 'tutup usia'", () => {
    expect(wordUnits("meninggal").map((t) => t.term)).toContain("tutup usia");
    expect(terms("Kapan kakek itu meninggal?", "meninggal")).toContain("tutup usia");
    expect(ranked("Kapan kakek itu meninggal?")[0]).toBe(sentences[5]);
  });

  it("gives a unit its synonyms from the lexicons", () => {
    expect(unitSynonyms("tinggal dunia").map((t) => t.term)).toEqual(expect.arrayContaining(["wafat", "tinggal"]));
    expect(unitSynonyms("kepala desa").map((t) => t.term)).toContain("lurah");
  });

  it("translates an English collocation as one: 'police station' is 'kantor polisi', not 'stasiun'", () => {
    const question = "Where is the police station?";
    expect(terms(question, "police station")).toContain("kantor polisi");
    expect(terms(question, "police station")).not.toContain("stasiun");
    expect(ranked(question)[0]).toBe(sentences[4]);
    expect(ranked(question, { resources: { phrases: false } })[0]).toBe(sentences[6]);
  });

  it("reads an English word's multi-word translation as its unit: 'hospital' is 'rumah sakit'", () => {
    expect(terms("Which hospital were the injured taken to?", "hospital")).toContain("rumah sakit");
    expect(ranked("Which hospital were the injured taken to?")[0]).toBe(sentences[2]);
  });

  it("leaves a unit the corpus lacks to its words", () => {
    expect(analyseQuery("Di mana ibu kota provinsi?", index).groups.map((g) => g.word)).toEqual(expect.arrayContaining(["kota", "provinsi"]));
  });

  it("indexes units as terms of their own that add no length to a sentence", () => {
    expect(index.hasTerm("rumah sakit")).toBe(true);
    expect(index.hasTerm("kantor polisi")).toBe(true);
    const words = new SearchIndex(corpus, { resources: { phrases: false } });
    expect(words.hasTerm("rumah sakit")).toBe(false);
    expect([...index.sentenceField.lengths]).toEqual([...words.sentenceField.lengths]);
  });
});

const SOURCES = ["/usr/share/mythes/th_id_ID_v2.dat", "/usr/share/wordnet/index.noun", "/usr/share/dictd/freedict-eng-ind.index", "../shared/lexicons/wordnet-bahasa/wn-data-ind.tab"];

describe.skipIf(!SOURCES.every((path) => existsSync(path)))("the phrase table", () => {
  it("is rebuilt as committed from the lexicons", () => {
    const dir = mkdtempSync(join(tmpdir(), "phrases-"));
    try {
      const out = join(dir, "phrases.json");
      execFileSync("npx", ["tsx", "scripts/build-phrases.ts", `--out=${out}`], { stdio: "pipe" });
      expect(readFileSync(out, "utf8")).toBe(readFileSync("src/text/phrases.json", "utf8"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
