import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/parse.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { stems } from "../../src/text/stem.js";

const text = `---
title: Peringatan Banjir
---
Kepala desa mengingatkan warga agar menjauhi sungai selama hujan deras.`;
const index = new SearchIndex({ articles: [parseArticle("banjir.md", "banjir", text)] });
const alternatives = (q: string, word: string) => analyseQuery(q, index).groups.find((g) => g.word === word)?.alternatives.map((a) => a.term) ?? [];

describe("colloquial verb forms reach the article's root", () => {
  it("through the chat spelling of the root ('ngingetin' ← 'inget' ← 'ingat')", () => {
    expect(alternatives("yg ngingetin warga siapa?", "ngingetin")).toContain(stems("mengingatkan")[0]);
  });
});
