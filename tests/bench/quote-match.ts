/**
 * Matching found quotations against labelled ones: same kind, and word overlap (bag-of-words F1 on
 * lower-case letter/digit words) of at least MATCH_F1, one to one, best pairs first. Speakers agree
 * when one name's words hold the other's ("Stoltenberg" and "Jens Stoltenberg").
 */
import type { Quote } from "../../src/types.js";

export interface GoldQuote {
  readonly speaker: string;
  readonly kind: "direct" | "indirect";
  readonly text: string;
}

export interface GoldArticle {
  readonly article: string;
  readonly source: "corpus" | "indosum";
  readonly quotes: readonly GoldQuote[];
}

/** Word overlap a found quotation needs with a labelled one to count as the same. */
export const MATCH_F1 = 0.6;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Bag-of-words F1 of two texts. */
export function overlapF1(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const counts = new Map<string, number>();
  for (const w of wb) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wa) {
    const c = counts.get(w) ?? 0;
    if (c > 0) [shared] = [shared + 1, counts.set(w, c - 1)];
  }
  if (shared === 0) return 0;
  const p = shared / wa.length;
  const r = shared / wb.length;
  return (2 * p * r) / (p + r);
}

/** True when the two names are the same person by their words. */
export function sameSpeaker(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  return wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w));
}

export interface Pair {
  readonly gold: GoldQuote;
  readonly found: Quote;
}

/** One-to-one pairs of labelled and found quotations of one article. */
export function matchQuotes(gold: readonly GoldQuote[], found: readonly Quote[]): Pair[] {
  const candidates: { g: number; f: number; score: number }[] = [];
  gold.forEach((g, gi) =>
    found.forEach((f, fi) => {
      if (f.kind !== g.kind) return;
      const score = overlapF1(g.text, f.text);
      if (score >= MATCH_F1) candidates.push({ g: gi, f: fi, score });
    }),
  );
  candidates.sort((a, b) => b.score - a.score);
  const [usedG, usedF] = [new Set<number>(), new Set<number>()];
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedF.has(c.f)) continue;
    usedG.add(c.g);
    usedF.add(c.f);
    pairs.push({ gold: gold[c.g]!, found: found[c.f]! });
  }
  return pairs;
}
