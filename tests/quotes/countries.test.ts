import { describe, expect, it } from "vitest";
import { COUNTRIES, COUNTRY_WORDS } from "../../src/quotes/countries.js";
import { NOT_PERSON_WORDS } from "../../src/quotes/lexicon.js";
import { quotesOf, summary } from "./helpers.js";

describe("the country gazetteer", () => {
  it("lists the 193 UN member states, the 2 observer states, Taiwan and Kosovo, each name once, in lower case", () => {
    expect(COUNTRIES).toHaveLength(197);
    const names = COUNTRIES.flat();
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toBe(name.toLowerCase());
  });

  it("gives the not-a-person list every word of the names, but not words that also name people", () => {
    for (const word of ["yordania", "nugini", "herzegovina", "guinea-bissau", "bissau", "emirat", "brasil", "brazil"]) {
      expect(COUNTRY_WORDS.has(word), word).toBe(true);
      expect(NOT_PERSON_WORDS.has(word), word).toBe(true);
    }
    for (const word of ["sri", "tanjung", "vincent", "lucia", "dan", "el"]) expect(NOT_PERSON_WORDS.has(word), word).toBe(false);
  });

  it("separates a country in a role from the person who holds it", () => {
    const speakers = (text: string) => summary(quotesOf(text)).map((q) => q[1]);
    expect(speakers("“Hubungan kedua negara terus membaik,” kata Duta Besar Papua Nugini Andrew Yamanea di Jakarta.")).toEqual(["Andrew Yamanea"]);
    expect(speakers("“Kami menolak,” ujar Menteri Luar Negeri Bosnia dan Herzegovina Elmedin Konakovic.")).toEqual(["Elmedin Konakovic"]);
    expect(speakers("Presiden Guinea-Bissau Umaro Sissoco Embalo mengatakan kudeta telah digagalkan.")).toEqual(["Umaro Sissoco Embalo"]);
    expect(speakers("Duta Besar Yordania Sudqi Al Omoush mengatakan bantuan segera dikirim.")).toEqual(["Sudqi Al Omoush"]);
  });

  it("keeps names that share a word with a country whole", () => {
    const speakers = (text: string) => summary(quotesOf(text)).map((q) => q[1]);
    expect(speakers("“Anggaran tahun depan tetap hati-hati,” kata Menteri Keuangan Sri Mulyani di Jakarta.")).toEqual(["Sri Mulyani"]);
    expect(speakers("“Kami siap,” kata Akbar Tanjung kepada wartawan.")).toEqual(["Akbar Tanjung"]);
  });
});
