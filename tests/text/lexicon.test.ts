import { describe, it, expect } from "vitest";
import { translateEnglishWord } from "../../src/text/lexicon.js";

describe("translateEnglishWord", () => {
  it("translates common news words from the dictionary", () => {
    expect(translateEnglishWord("war")).toContain("perang");
    expect(translateEnglishWord("weapon")).toContain("senjata");
    expect(translateEnglishWord("nuclear")).toContain("nuklir");
    expect(translateEnglishWord("country")).toContain("negara");
    expect(translateEnglishWord("meeting")).toEqual(expect.arrayContaining(["rapat", "pertemuan"]));
    expect(translateEnglishWord("support")).toContain("mendukung");
    expect(translateEnglishWord("attack")).toContain("serangan");
    expect(translateEnglishWord("when")).toEqual(expect.arrayContaining(["kapan", "ketika"]));
    expect(translateEnglishWord("who")).toContain("siapa");
  });

  it("ignores case and surrounding spaces", () => {
    expect(translateEnglishWord(" War ")).toContain("perang");
  });

  it("puts single-word translations first and caps the list at 6", () => {
    const army = translateEnglishWord("army");
    expect(army[0]).toBe("tentara");
    expect(army).toContain("angkatan darat");
    expect(translateEnglishWord("support").length).toBeLessThanOrEqual(6);
  });

  it("undoes plurals", () => {
    expect(translateEnglishWord("weapons")).toContain("senjata");
    expect(translateEnglishWord("troops")).toContain("tentara");
    expect(translateEnglishWord("countries")).toContain("negara");
    expect(translateEnglishWord("buses")).toContain("bus");
    expect(translateEnglishWord("meetings")).toContain("rapat");
  });

  it("undoes -ed, -ing and doubled consonants", () => {
    expect(translateEnglishWord("attacked")).toContain("serang");
    expect(translateEnglishWord("supporting")).toContain("mendukung");
    expect(translateEnglishWord("planned")).toContain("rencana");
    expect(translateEnglishWord("hoping")).toContain("berharap");
  });

  it("undoes comparatives and agent nouns via -er", () => {
    expect(translateEnglishWord("bigger")).toContain("besar");
    expect(translateEnglishWord("happier")).toContain("senang");
    // "leader" is not in the dictionary; "-er" falls back to "lead".
    expect(translateEnglishWord("leader")).toEqual(translateEnglishWord("lead"));
    expect(translateEnglishWord("leaders")).toEqual(translateEnglishWord("lead"));
    expect(translateEnglishWord("lead").length).toBeGreaterThan(0);
  });

  it("does not fall back to very short bases", () => {
    // "use" is missing; "us" (the abbreviation US → AS) must not be hit.
    expect(translateEnglishWord("used")).toEqual([]);
    expect(translateEnglishWord("uses")).toEqual([]);
  });

  it("returns [] for unknown words and non-words", () => {
    expect(translateEnglishWord("xyzzyplugh")).toEqual([]);
    expect(translateEnglishWord("")).toEqual([]);
    expect(translateEnglishWord("constructor")).toEqual([]);
    expect(translateEnglishWord("__proto__")).toEqual([]);
  });
});
