import { describe, expect, it } from "vitest";
import { colloquialRoots } from "../../src/text/colloquial.js";
import { editDistance } from "../../src/text/edit-distance.js";
import { stems } from "../../src/text/stem.js";
import { synonymsOf } from "../../src/text/synonyms.js";
import { questionType } from "../../src/search/question-type.js";
import { asksDegree } from "../../src/search/asked-words.js";
import { questionWords } from "../../src/search/terms.js";

describe("word readings", () => {
  it("reads colloquial verb forms as standard roots", () => {
    expect(colloquialRoots("nambah")).toContain("tambah");
    expect(colloquialRoots("nyebar")).toContain("sebar");
    expect(colloquialRoots("ngirim")).toContain("kirim");
    expect(colloquialRoots("ngerusak")).toContain("rusak");
    expect(colloquialRoots("mukul")).toContain("pukul");
    expect(colloquialRoots("bantuin")).toContain("bantu");
    expect(colloquialRoots("meja")).not.toContain("meja");
  });

  it("splits a unit written onto its number, and nothing else", () => {
    expect(questionWords("baterainya 5kWh, jaraknya 2,5km")).toEqual(["baterainya", "5", "kwh", "jaraknya", "2,5", "km"]);
    expect(questionWords("G20 dan covid-19 pada 2017")).toEqual(["g20", "dan", "covid", "19", "pada", "2017"]);
  });

  it("adds the k-/t- root readings Snowball leaves out", () => {
    expect(stems("mengerahkan")).toEqual(expect.arrayContaining(["kerah"]));
    expect(stems("menekankan")).toEqual(expect.arrayContaining(["tekan"]));
    expect(stems("dikerahkan")).toContain("kerah");
  });

  it("measures edit distance with transpositions and stops past the limit", () => {
    expect(editDistance("stoltenbreg", "stoltenberg", 2)).toBe(1);
    expect(editDistance("nukir", "nuklir", 1)).toBe(1);
    expect(editDistance("serikat", "sepakat", 2)).toBe(2);
    expect(editDistance("serikat", "sepakat", 1)).toBe(2); // past the limit: limit + 1
    expect(editDistance("kota", "kota", 0)).toBe(0);
  });

  it("derives near-synonyms from shared English renderings", () => {
    const meeting = synonymsOf(stems("rapat")[0]!);
    expect(meeting).toContain(stems("pertemuan")[0]);
  });

  it("expands chat spellings, chat reduplication and title abbreviations in questions", () => {
    expect(questionWords("knp negara2 yg sdh ikut?")).toEqual(["mengapa", "negara", "yang", "sudah", "ikut"]);
    expect(questionWords("siapa sekjen pbb")).toEqual(["siapa", "sekretaris", "jenderal", "perserikatan", "bangsa"]);
    expect(questionWords("tahun 2022")).toEqual(["tahun", "2022"]);
    expect(questionWords("nenek itu ketauan abis liat apa?")).toEqual(["nenek", "itu", "ketahuan", "habis", "lihat", "apa"]);
    expect(questionWords("emangnya duitnya dikasih ke siapa?")).toEqual(["memangnya", "uangnya", "diberi", "ke", "siapa"]);
    expect(questionWords("bukunya tentang apa?")).toEqual(["bukunya", "tentang", "apa"]);
  });

  it("reads the kind of answer asked for, with or without -kah", () => {
    expect(questionType("kapankah ansor didirikan")).toBe("time");
    expect(questionType("siapa pelatihnya")).toBe("person");
    expect(questionType("di mana letaknya")).toBe("place");
    expect(questionType("berapa luasnya")).toBe("number");
    expect(questionType("tahun berapa dia lahir")).toBe("time");
    expect(questionType("why did it happen")).toBe("cause");
  });

  it("reads an English question by its first wh-word: later ones open relative clauses", () => {
    const type = (q: string) => questionType(questionWords(q).join(" "));
    expect(type("What was the score when the home side lost the final?")).toBe("number");
    expect(type("How far is the market from the place where the thief was caught?")).toBe("number");
    expect(type("Who represents the farmers who filed the complaint?")).toBe("person");
    expect(type("When did the mayor, who took office in May, open the bridge?")).toBe("time");
    expect(type("Between which two cities did the singer travel?")).toBe("place");
    expect(type("In what country was the ship built?")).toBe("place");
    expect(type("What took place in the square?")).toBe("thing");
  });

  it("keeps 'long' in 'how long' and 'far' in 'how far' for the question, out of the content words", () => {
    expect(asksDegree(["how", "long", "did", "it", "last"], 1)).toBe(true);
    expect(asksDegree(["how", "far", "is", "it"], 1)).toBe(true);
    expect(asksDegree(["a", "long", "war"], 1)).toBe(false);
    expect(asksDegree(["how", "many", "long", "roads"], 2)).toBe(false);
  });
});

describe("tokens", () => {
  it("drops English possessives and keeps numbers with separators whole", async () => {
    const { tokenize } = await import("../../src/text/tokens.js");
    expect(tokenize("NATO's plan, Putin's war")).toEqual(["nato", "plan", "putin", "war"]);
    expect(tokenize("4275,08 km² dan 301.757 jiwa")).toEqual(["4275,08", "km2", "dan", "301.757", "jiwa"]);
  });

  it("writes an English question's contractions out, and leaves other apostrophes as written", async () => {
    const { questionWords } = await import("../../src/search/terms.js");
    expect(questionWords("Why didn’t they come?")).toEqual(["why", "did", "not", "they", "come"]);
    expect(questionWords("Why won't they and can't we, isn't it?")).toEqual(["why", "will", "not", "they", "and", "can", "not", "we", "is", "not", "it"]);
    expect(questionWords("We're sure they've left, I'm told, who'd know?")).toEqual(["we", "are", "sure", "they", "have", "left", "i", "am", "told", "who", "would", "know"]);
    expect(questionWords("What did the Sa'd family say about Jum'at?")).toContain("sa'd");
    // An Indonesian question keeps a title's contraction as written: it is a word to look for.
    expect(questionWords("Siapa pemeran utama dalam Eiffel... I'm in Love?")).toContain("i'm");
  });
});
