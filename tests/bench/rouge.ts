/**
 * ROUGE-1, ROUGE-2 and ROUGE-L (summary-level LCS over the joined text) as F1, on lower-cased
 * whitespace tokens. Both sides are tokenised by the same function, so pre-tokenised IndoSum text
 * and a system's verbatim sentences are compared word for word.
 */

export interface RougeScores {
  readonly r1: number;
  readonly r2: number;
  readonly rl: number;
}

/** Lower-cased whitespace tokens: the one tokenizer for system and reference. */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter((t) => t.length > 0);
}

/** F1 of ROUGE-1, ROUGE-2 and ROUGE-L between a system text and a reference text. */
export function rouge(system: string, reference: string): RougeScores {
  const sys = rougeTokens(system);
  const ref = rougeTokens(reference);
  return { r1: ngramF1(sys, ref, 1), r2: ngramF1(sys, ref, 2), rl: lcsF1(sys, ref) };
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join("\u0001");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Clipped n-gram overlap F1. */
export function ngramF1(sys: readonly string[], ref: readonly string[], n: number): number {
  const a = ngrams(sys, n);
  const b = ngrams(ref, n);
  let overlap = 0;
  for (const [gram, count] of a) overlap += Math.min(count, b.get(gram) ?? 0);
  const sysTotal = Math.max(0, sys.length - n + 1);
  const refTotal = Math.max(0, ref.length - n + 1);
  return f1(overlap, sysTotal, refTotal);
}

/** Longest-common-subsequence F1. */
export function lcsF1(sys: readonly string[], ref: readonly string[]): number {
  return f1(lcsLength(sys, ref), sys.length, ref.length);
}

/** Length of the longest common subsequence (two-row dynamic programme). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

function f1(overlap: number, sysTotal: number, refTotal: number): number {
  if (overlap === 0 || sysTotal === 0 || refTotal === 0) return 0;
  const precision = overlap / sysTotal;
  const recall = overlap / refTotal;
  return (2 * precision * recall) / (precision + recall);
}
