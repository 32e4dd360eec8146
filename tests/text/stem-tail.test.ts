/**
 * stemTail's promise (src/text/stem.ts): a word has a stem only if it holds the stem's tail. The span
 * finder and the definition check skip the stem look-up of words without it, so a broken promise
 * would silently change answers: checked on every word of the default article and on affixed forms
 * of each (nasal prefixes, two prefixes, suffixes, particles, colloquial nasals).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { words } from "../../src/search/terms.js";
import { stems, stemTail } from "../../src/text/stem.js";

const CORPUS = join(import.meta.dirname, "..", "..", "corpus");
const PREFIXES = ["", "me", "mem", "men", "meng", "meny", "menge", "pe", "pem", "pen", "peng", "peny", "ber", "be", "bel", "di", "ter", "te", "ke", "se", "per", "pel", "memper", "diper", "n", "ng", "ny", "m", "nge"];
const SUFFIXES = ["", "kan", "an", "i", "in", "nya", "ku", "mu", "lah", "kah", "pun", "kannya", "annya"];

function wordsToCheck(): Set<string> {
  const out = new Set<string>(["memukul", "menyapu", "mengerahkan", "belajar", "mempelajari", "memerintah", "nulis", "ngomong"]);
  for (const file of readdirSync(CORPUS)) for (const word of words(readFileSync(join(CORPUS, file), "utf8"))) out.add(word);
  for (const word of [...out]) {
    const bare = stems(word)[0] ?? word;
    for (const prefix of PREFIXES) for (const suffix of SUFFIXES) out.add(`${prefix}${bare}${suffix}`);
  }
  return out;
}

describe("stemTail", () => {
  it("is held by every word that has the stem", () => {
    const broken: string[] = [];
    for (const word of wordsToCheck()) for (const stem of stems(word)) if (!word.includes(stemTail(stem))) broken.push(`${word} → ${stem}`);
    expect(broken).toEqual([]);
  });

  it("keeps what a nasal prefix leaves of the root", () => {
    expect(stems("memukul")).toContain("pukul");
    expect("memukul".includes(stemTail("pukul"))).toBe(true);
    expect("menyapu".includes(stemTail("sapu"))).toBe(true);
  });
});
