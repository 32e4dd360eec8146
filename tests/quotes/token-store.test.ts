import { describe, expect, it } from "vitest";
import { TokenStore } from "../../src/quotes/token-store.js";
import { tokensOf, type Token } from "../../src/quotes/tokens.js";

const plain = (tokens: readonly Token[]) => tokens.map((t) => ({ text: t.text, lower: t.lower, start: t.start, end: t.end, word: t.word, capitalised: t.capitalised, acronym: t.acronym }));

const TEXTS = [
  "“Kami akan membantu,” kata Menteri Luar Negeri Retno Marsudi di Jakarta, Senin (7/3).",
  "Presiden Ukraina , Volodymyr Zelenskyy mengatakan \" kami butuh senjata \" .",
  "",
  "   ",
  "PBB, MPR-RI dan Co-founder X-Men: 3,5 juta orang; e-KTP ’nya’ 'kata' d’Arc rock’n’roll 𝐀𝐛𝐜 ǅemal — … !?",
  "Jalan-jalan ke Kota\tBandung\u00a0bersama\u2003SBY (Susilo Bambang Yudhoyono).\nBaris baru",
];

describe("TokenStore", () => {
  it("gives each paragraph the tokens tokensOf gives its text, whatever was read before it", () => {
    const store = new TokenStore(TEXTS);
    const order = [0, 5, 1, 1, 4, 2, 3, 0, 5, 4, 3, 2, 1];
    for (const i of order) expect(plain(store.tokens(i)), TEXTS[i]).toEqual(plain(tokensOf(TEXTS[i]!)));
  });

  it("marks capitalised words and acronyms as the readers defined them", () => {
    const tokens = new TokenStore(TEXTS).tokens(4);
    for (const t of tokens) {
      expect(t.capitalised, t.text).toBe(t.word && /^\p{Lu}/u.test(t.text));
      expect(t.acronym, t.text).toBe(t.word && t.text.length >= 2 && /^[\p{Lu}\p{N}-]+$/u.test(t.text));
    }
    expect(tokens.filter((t) => t.acronym).map((t) => t.text)).toEqual(["PBB", "MPR-RI"]);
  });

  it("holds many paragraphs across its blocks (more tokens than one block)", () => {
    const texts = Array.from({ length: 3000 }, (_, i) => `Kata ${i} dia, “Rudi Hartono ${i % 7} menang.” ujar X-${i}.`);
    const store = new TokenStore(texts);
    for (const i of [0, 1, 1499, 2048, 2999]) expect(plain(store.tokens(i))).toEqual(plain(tokensOf(texts[i]!)));
  });

  it("shares one form among equal words", () => {
    const store = new TokenStore(["Rudi kata Rudi", "kata Rudi"]);
    const [a, b] = [store.tokens(0), store.tokens(1)];
    expect(a[0]!.text).toBe("Rudi");
    expect(a[2]!.lower).toBe(b[1]!.lower);
    expect(a.map((t) => t.start)).toEqual([0, 5, 10]);
  });
});
