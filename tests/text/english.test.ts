import { describe, expect, it } from "vitest";
import { englishBaseForms, irregularBase, lookupForms, spellingVariants } from "../../src/text/english.js";
import { translateEnglishWord } from "../../src/text/lexicon.js";
import { wordnetTranslations } from "../../src/text/thesaurus.js";

describe("English forms for the lexicon look-ups", () => {
  it("knows irregular forms from WordNet's exception lists", () => {
    expect(irregularBase("won")).toBe("win");
    expect(irregularBase("children")).toBe("child");
    expect(irregularBase("said")).toBe("say");
    expect(irregularBase("walked")).toBeUndefined();
  });

  it("undoes -ly and -ily", () => {
    expect(englishBaseForms("temporarily")).toContain("temporary");
    expect(englishBaseForms("quickly")).toContain("quick");
  });

  it("strips re-/un- only for words no table knows", () => {
    const known = (form: string) => ["open", "report"].includes(form);
    expect(lookupForms("reopen", known)).toContain("open");
    expect(lookupForms("report", known)).not.toContain("port");
    expect(lookupForms("re", known)).toEqual(["re"]);
  });

  it("spells British words the American way and back", () => {
    expect(spellingVariants("defence")).toContain("defense");
    expect(spellingVariants("programmes")).toContain("programs");
    expect(spellingVariants("behaviours")).toContain("behaviors");
    expect(spellingVariants("labor")).toContain("labour");
    expect(spellingVariants("centre")).toContain("center");
    expect(spellingVariants("organisation")).toContain("organization");
    expect(spellingVariants("analysed")).toContain("analyzed");
    expect(spellingVariants("catalogue")).toContain("catalog");
    expect(spellingVariants("travelled")).toContain("traveled");
    // Short words and words no rule fits have no other spelling.
    expect(spellingVariants("four")).toEqual([]);
    expect(spellingVariants("offer")).toEqual([]);
    // A one-syllable word's double l and "our" are its own: "filled" is not "filed", "scoured" not "scored".
    expect(spellingVariants("filled")).toEqual([]);
    expect(spellingVariants("polling")).toEqual([]);
    expect(spellingVariants("scoured")).toEqual([]);
    expect(spellingVariants("fuelled")).toContain("fueled");
  });

  it("reads a British spelling by the American one where only that is in the dictionary", () => {
    // WordNet knows "defence" and "programme"; FreeDict knows only "defense" and "program".
    expect(translateEnglishWord("defence")).toEqual(translateEnglishWord("defense"));
    expect(translateEnglishWord("programmes")).toContain("program");
    expect(translateEnglishWord("labour")).toContain("kerja");
    expect(translateEnglishWord("behaviours")).toContain("perilaku");
    expect(translateEnglishWord("rumours")).toContain("rumor");
    // A word WordNet knows is not read without its prefix in the dictionary: "revise" is not "vise".
    expect(translateEnglishWord("revise")).toEqual([]);
    expect(translateEnglishWord("recalled")).not.toContain("telepon");
    // A word the dictionary knows as written is not read another way.
    expect(translateEnglishWord("neighbour")).toEqual(["tetangga"]);
    // WordNet lacks "prioritise" but knows "prioritize".
    expect(wordnetTranslations("prioritise").flat()).toContain("prioritas");
  });

  it("does not read WordNet's senses of a word without its prefix", () => {
    // "open" the verb has "menggelar" (to hold a meeting), which "reopen" never means.
    expect(wordnetTranslations("reopen").flat()).not.toContain("menggelar");
    expect(translateEnglishWord("reopen")).toContain("buka");
  });

  it("translates irregular forms by their base, beside the form's own entry", () => {
    expect(translateEnglishWord("won")).toEqual(expect.arrayContaining(["menang"]));
    expect(translateEnglishWord("sent")).toContain("kirim");
    expect(translateEnglishWord("caught")).toContain("tangkap");
    expect(translateEnglishWord("reopen")).toContain("buka");
  });

  it("finds WordNet words for verbs and adjectives (aligned offsets) and through derivations", () => {
    // Verbs and adjectives past Debian's patched glosses found nothing before the offsets were aligned.
    const flat = (word: string) => wordnetTranslations(word).flat();
    expect(flat("seize").length).toBeGreaterThan(0);
    expect(flat("seized")).toEqual(flat("seize"));
    expect(flat("provide").length).toBeGreaterThan(0);
    expect(flat("temporary")).toContain("sementara");
    expect(flat("temporarily")).toContain("sementara");
    expect(flat("evacuated")).toContain("mengungsikan");
  });

  it("keeps WordNet's words by sense use across parts of speech, most used first", () => {
    const senses = wordnetTranslations("family");
    expect(senses[0]).toContain("keluarga");
    expect(senses.length).toBeLessThanOrEqual(5);
    // "public" the adjective is tagged more often than the noun: "umum" before "rakyat".
    expect(wordnetTranslations("public")[0]).toContain("umum");
    // One word per stem in a sense: "memenangkan" stands for "menang", room is left for other words.
    expect(wordnetTranslations("win")[0]!.filter((w) => w.includes("menang"))).toHaveLength(1);
  });

  it("keeps a large synset's words that the dictionary confirms for the word", () => {
    // "die" shares its first synset with "go", "pass", "expire"…: their "pergi", "hidup" are not its own.
    expect(wordnetTranslations("die")[0]).toEqual(expect.arrayContaining(["mati", "meninggal"]));
    expect(wordnetTranslations("die").flat()).not.toContain("hidup");
  });

  it("reads a regular inflection by its base's senses of the parts of speech it can be", () => {
    // "mattered" is a verb: "penting" (to matter), not the noun's "hal", "soal".
    expect(wordnetTranslations("mattered")[0]).toContain("penting");
    expect(wordnetTranslations("mattered").flat()).not.toContain("soal");
    // "harder": the adverb's exception-list entry, and the adjective "hard" ("sulit").
    expect(wordnetTranslations("harder").flat()).toContain("sulit");
    // "used" has one word of its own ("terpakai"): the verb "use" is read after it.
    expect(wordnetTranslations("used")[0]).toEqual(["terpakai"]);
    expect(wordnetTranslations("used").flat()).toContain("guna");
    // "located" has words of its own: "locate" the verb's "menemui" ("pertemuan") is not read.
    expect(wordnetTranslations("located").flat()).toContain("terletak");
    expect(wordnetTranslations("located").flat()).not.toContain("menemui");
  });

  it("can leave out the hand list or the dictionary", () => {
    expect(translateEnglishWord("officials")).toContain("pejabat");
    expect(translateEnglishWord("officials", { newsLexicon: {} })).not.toContain("pejabat");
    expect(translateEnglishWord("war", { dictionary: false })).toEqual([]);
  });
});
