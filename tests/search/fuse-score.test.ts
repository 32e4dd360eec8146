import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { RETRIEVAL } from "../../src/defaults.js";
import { fuseScore, fuseScoreCovers } from "../../src/search/fuse-score.js";

// The typo look-up's Fuse.js options (src/search/fuzzy.ts).
const OPTIONS = { includeScore: true, ignoreLocation: true, threshold: RETRIEVAL.fuzzyMaxScore, isCaseSensitive: true };
const fuse = new Fuse<string>([], OPTIONS);

function byFuse(pattern: string, text: string): number | null {
  fuse.setCollection([text]);
  return fuse.search(pattern)[0]?.score ?? null;
}

// A small alphabet makes near words, repeats and stretches common: the cases Bitap's edge rules touch.
function randomWord(random: () => number, letters: string, min: number, max: number): string {
  const length = min + Math.floor(random() * (max - min + 1));
  return Array.from({ length }, () => letters[Math.floor(random() * letters.length)]!).join("");
}

function typoOf(random: () => number, word: string, letters: string): string {
  let out = word;
  for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
    const at = Math.floor(random() * (out.length + 1));
    const letter = letters[Math.floor(random() * letters.length)]!;
    const kind = Math.floor(random() * 5);
    if (kind === 0) out = out.slice(0, at) + letter + out.slice(at);
    else if (kind === 1) out = out.slice(0, at) + out.slice(at + 1);
    else if (kind === 2) out = out.slice(0, at) + letter + out.slice(at + 1);
    else if (kind === 3 && at + 1 < out.length) out = out.slice(0, at) + out[at + 1] + out[at] + out.slice(at + 2);
    else out = random() < 0.5 ? letter + out : out + letter;
  }
  return out;
}

// A fixed seed: the same cases every run (mulberry32).
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("fuseScore", () => {
  it("is Fuse.js's score, or null where Fuse.js finds no match, on real words and their typos", () => {
    const words = ["mengatakan", "pertemuan", "presiden", "kebakaran", "tekad", "tekat", "desakan", "menyerang", "negara", "negeri", "pemerintahan", "pemerintah", "sekretaris", "jenderal", "ukraina", "ukrainia", "kapal", "kapan", "parlemen", "perlemen", "abcde", "ab", "a"];
    for (const pattern of words) for (const text of words) expect([pattern, text, fuseScore(pattern, text, OPTIONS.threshold)]).toEqual([pattern, text, byFuse(pattern, text)]);
  });

  it("is Fuse.js's score on 20,000 random pairs of near and far words", () => {
    const random = seeded(9);
    let matched = 0;
    for (let n = 0; n < 20_000; n++) {
      const letters = n % 2 === 0 ? "abn" : "aeiknrst";
      const pattern = randomWord(random, letters, 1, 14);
      const text = random() < 0.7 ? typoOf(random, pattern, letters) : randomWord(random, letters, 1, 16);
      if (!fuseScoreCovers(pattern, text)) continue;
      const ours = fuseScore(pattern, text, OPTIONS.threshold);
      if (ours !== null) matched++;
      expect([pattern, text, ours]).toEqual([pattern, text, byFuse(pattern, text)]);
    }
    expect(matched).toBeGreaterThan(5_000);
  });

  it("leaves to Fuse.js a pattern Bitap reads in chunks and a text of several words", () => {
    expect(fuseScoreCovers("a".repeat(33), "a")).toBe(false);
    expect(fuseScoreCovers("kapal", "kapal laut")).toBe(false);
    expect(fuseScoreCovers("kapal", "kapal")).toBe(true);
  });
});
