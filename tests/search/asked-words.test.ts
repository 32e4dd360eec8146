import { describe, expect, it } from "vitest";
import { createBot } from "../../src/index.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { thesaurusSynonyms } from "../../src/text/thesaurus.js";
import { stems } from "../../src/text/stem.js";

// A made-up article: the father's name is given without the word "nama", his death as "meninggal".
const text = `---
title: Ayah Penyanyi Itu Meninggal
---
Penyanyi Rama Wiryawan sedang berduka.

Ayahanda tercinta, Budi Santosa, telah meninggal dunia pada Rabu pagi di Cimahi.

Rama Wiryawan mengatakan ayahnya sempat dirawat di rumah sakit selama satu minggu.

Nama album terbaru Rama adalah Senja di Pelabuhan.`;
const corpus = { articles: [parseArticle("ayah.md", "ayah", text)] };
const bot = createBot(corpus);
const index = new SearchIndex(corpus);

describe("'siapa nama …': the word 'nama' asks for the answer and is not searched for", () => {
  it("answers with the sentence that gives the name without the word 'nama'", () => {
    const answer = bot.ask("Siapa nama ayah Rama yang wafat?");
    expect(answer.answered).toBe(true);
    expect(answer.answer!.text).toMatch(/Budi Santosa/);
  });

  it("keeps 'nama' where it is not the asked thing", () => {
    const searched = (q: string) => analyseQuery(q, index).groups.map((g) => g.word);
    expect(searched("Siapa nama ayah Rama?")).not.toContain("nama");
    expect(searched("What is the name of Rama's father?")).not.toContain("name");
    expect(searched("Nama album terbaru Rama apa?")).toContain("nama");
    expect(searched("Kapan Rama mengganti nama albumnya?")).toContain("nama");
    expect(searched("Siapa nama asli ayah Rama?")).not.toContain("asli");
    expect(searched("What is the full name of Rama's father?")).not.toContain("full");
    expect(searched("Apakah lukisan Rama itu asli?")).toContain("asli");
  });

  it("does not search for 'hari', 'tahun' or 'bulan' in 'hari apa', 'tahun berapa', nor 'year' in 'what year'", () => {
    const searched = (q: string) => analyseQuery(q, index).groups.map((g) => g.word);
    expect(searched("Pada hari apa ayah Rama meninggal?")).not.toContain("hari");
    expect(searched("Tahun berapa album itu terbit?")).not.toContain("tahun");
    expect(searched("In what year was the album released?")).not.toContain("year");
    expect(searched("Berapa tahun ayah Rama dirawat?")).toContain("tahun");
    expect(searched("Jam berapa ayah Rama meninggal?")).toContain("jam");
  });

  it("does not search for the measure in 'berapa lama/jumlah/kali/usia', nor for 'kepanjangan'", () => {
    const searched = (q: string) => analyseQuery(q, index).groups.map((g) => g.word);
    expect(searched("Berapa lama ayah Rama dirawat?")).not.toContain("lama");
    expect(searched("Berapa jumlah album Rama?")).not.toContain("jumlah");
    expect(searched("Berapa kali Rama menjenguk ayahnya?")).not.toContain("kali");
    expect(searched("Apa kepanjangan dari nama album itu?")).not.toContain("kepanjangan");
    expect(searched("Album lama Rama apa?")).toContain("lama");
    expect(searched("Berapa usia ayah Rama?")).not.toContain("usia");
    expect(searched("Umurnya berapa ayah Rama?")).not.toContain("umurnya");
    expect(searched("Rama menulis lagu tentang usia senja?")).toContain("usia");
  });

  it("does not search for 'bahayanya' in 'apa bahayanya X', but keeps a danger the question names", () => {
    const searched = (q: string) => analyseQuery(q, index).groups.map((g) => g.word);
    expect(searched("Apa bahayanya dirawat terlalu lama di rumah sakit?")).not.toContain("bahayanya");
    expect(searched("Apa risikonya dirawat di rumah sakit?")).not.toContain("risikonya");
    expect(searched("Rumah sakit itu dalam bahaya apa?")).toContain("bahaya");
  });
});

describe("thesaurus: a word listed only as another's synonym takes that word back", () => {
  it("'wafat', listed under 'meninggal', reaches the stem of 'meninggal'", () => {
    const reached = thesaurusSynonyms("wafat").map((s) => s.stem);
    expect(reached).toContain(stems("meninggal")[0]);
    expect(thesaurusSynonyms("wafat").every((s) => !s.strong)).toBe(true);
  });

  it("a head word keeps its own entry", () => {
    expect(thesaurusSynonyms("meninggal").map((s) => s.stem)).toContain("wafat");
  });
});

describe("prepositions of topic ('terkait', 'mengenai') are function words", () => {
  it("does not search for them, so a sentence is not judged on lacking them", () => {
    const words = analyseQuery("Apa harapan Rama terkait album mengenai pelabuhan?", index).groups.map((g) => g.word);
    expect(words).toEqual(["harapan", "rama", "album", "pelabuhan"]);
  });
});

describe("a bound prefix written apart", () => {
  it("reads 'pascasarjana' as the article's 'pasca sarjana'", () => {
    const article = `---
title: Lulusan
---
Ia lulus pasca sarjana dari sebuah universitas di Bandung.`;
    const apart = new SearchIndex({ articles: [parseArticle("lulus.md", "lulus", article)] });
    const terms = analyseQuery("Di mana ia menempuh pascasarjana?", apart).groups.find((g) => g.word === "pascasarjana")?.alternatives.map((a) => a.term);
    expect(terms).toContain("sarjana");
  });
});
