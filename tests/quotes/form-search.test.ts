import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { FilteredFuse } from "../../src/quotes/form-search.js";

const OPTIONS = Object.freeze({ includeScore: true, ignoreLocation: true as const, threshold: 0.45, keys: ["form"] });

// A seeded generator: the same strings on every run, many of them near one another.
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
}

const SYLLABLES = ["ja", "ko", "wi", "do", "ret", "no", "mar", "su", "di", "pra", "se", "tyo", "ke", "tu", "a", "umum", "ps", "si", "Ü", "’", " "];

function randomText(random: (n: number) => number, syllables: number): string {
  return Array.from({ length: syllables }, () => SYLLABLES[random(SYLLABLES.length)]).join("");
}

function forms(count: number): { form: string }[] {
  const random = generator(11);
  return Array.from({ length: count }, () => ({ form: randomText(random, 1 + random(8)) }));
}

function patterns(count: number): string[] {
  const random = generator(5);
  const out = ["", "a", "Jokowi", "x".repeat(40), "ketua umum pssi ketua umum pssi ketua umum"];
  for (let i = 0; i < count; i++) out.push(randomText(random, 1 + random(i % 10 === 0 ? 18 : 6)));
  return out;
}

const summary = (results: readonly { item: { form: string }; score?: number; refIndex: number }[]) => results.map((r) => [r.item.form, r.score, r.refIndex]);

describe("FilteredFuse", () => {
  const items = forms(600);
  const fuse = new Fuse(items, OPTIONS);
  const filtered = new FilteredFuse(items, (f) => f.form, OPTIONS);

  it("returns what Fuse.js returns over all the strings: same items, scores and order", () => {
    for (const pattern of patterns(400)) {
      expect(summary(filtered.search(pattern, 40)), pattern).toEqual(summary(fuse.search(pattern, { limit: 40 })));
    }
  });

  it("with a score bound, returns Fuse.js's results scored within it, in Fuse.js's order", () => {
    for (const pattern of patterns(300)) {
      const expected = fuse.search(pattern).filter((r) => r.score! <= 0.35).slice(0, 10).map((r) => [r.item.form, r.score]);
      const got = filtered.search(pattern, 1000, 0.35).slice(0, 10).map((r) => [r.item.form, r.score]);
      expect(got, pattern).toEqual(expected);
    }
  });
});
