import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/parse.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { rankSentences } from "../../src/search/rank.js";
import { definedSubject } from "../../src/search/definition.js";
import { questionWords } from "../../src/search/terms.js";

const subject = (q: string) => definedSubject(questionWords(q).join(" "));

describe("definition questions", () => {
  it.each([
    ["Apa yang dimaksud dengan membran?", ["membran"]],
    ["apakah yang di maksud dengan masyarakat?", ["masyarakat"]],
    ["Apa itu NATO?", ["nato"]],
    ["Apa pengertian dari antibiotik?", ["antibiotik"]],
    ["kelompok tani itu apa sih?", ["kelompok", "tani"]],
    ["Siapakah Nuh dalam agama Abrahamik?", ["nuh"]],
    ["What is a membrane?", ["membrane"]],
    ["Dimanakah letak Desa Sukamaju?", ["desa", "sukamaju"]],
    ["di mana letak kantor itu?", ["kantor", "itu"]],
    ["What does geisha mean?", ["geisha"]],
  ])("reads %s as asking what %j is", (q, want) => {
    expect(subject(q)).toEqual(want);
  });

  it.each([
    "Siapa yang mendirikan organisasi itu?",
    "Apa yang dilakukan warga setelah banjir?",
    "Who is the coach of the national badminton doubles team?",
    "Berapa luas pulau itu?",
    "What was the score?",
    "What is the capital of the province?",
  ])("does not read %s as one", (q) => {
    expect(subject(q)).toBeNull();
  });

  // A made-up article: the defining sentence shares only "membran" with the question; another
  // sentence, shorter, says "membran" three times.
  const text = `---
title: Sel
---
Membran sel dan membran inti berbeda dari membran lain.

Membran adalah lapisan tipis yang berfungsi sebagai pemisah selektif antara bagian dalam dan bagian luar sebuah sel hidup, baik pada tumbuhan maupun pada hewan.`;
  const index = new SearchIndex({ articles: [parseArticle("sel.md", "sel", text)] });

  it("ranks the sentence that defines the subject first", () => {
    const ranked = rankSentences(analyseQuery("Apa yang dimaksud dengan membran?", index), index);
    expect(index.sentences[ranked[0]!.sentence]!.ref.text).toMatch(/^Membran adalah/);
  });

  it("does not search for the asking words ('dimaksud', 'pengertian')", () => {
    expect(analyseQuery("Apa pengertian membran?", index).groups.map((g) => g.word)).toEqual(["membran"]);
  });
});
