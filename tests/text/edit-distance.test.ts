import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/text/edit-distance.js";

// The whole table, no band, no early stop: what the banded editDistance must agree with.
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

// A fixed pseudo-random sequence (no flaky inputs): short words over four letters, so that near
// pairs, transpositions and far pairs all occur.
function* words(count: number): Generator<[string, string]> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = () => Array.from({ length: 1 + Math.floor(next() * 8) }, () => "abcd"[Math.floor(next() * 4)]).join("");
  for (let k = 0; k < count; k++) {
    const a = word();
    yield [a, next() < 0.5 ? word() : a.slice(0, 2) + word().slice(0, 1) + a.slice(3)];
  }
}

describe("editDistance", () => {
  it("equals the full table's distance up to the limit, and is limit + 1 beyond it", () => {
    const wrong: string[] = [];
    for (const [a, b] of words(5000)) {
      const full = fullDistance(a, b);
      for (const limit of [0, 1, 2, 3]) {
        const want = full <= limit ? full : limit + 1;
        if (editDistance(a, b, limit) !== want) wrong.push(`${a} ${b} ${limit}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("handles words longer than its first rows after short ones", () => {
    const long = "pertanggungjawabannyapemberdayaanmasyarakat"; // 43 letters: the rows grow
    expect(editDistance("kota", "kita", 1)).toBe(1);
    expect(editDistance(long, long, 2)).toBe(0);
    expect(editDistance(long, long.replace("jawab", "jwaab"), 2)).toBe(1);
    expect(editDistance(long, `${long}ku`, 2)).toBe(2);
    expect(editDistance(long, `${long}nya`, 2)).toBe(3);
  });
});
