/** SQuAD-style span scores: exact match and token F1 after folding case, punctuation and spaces. */

function normalise(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((w) => w !== "");
}

export function exactMatch(predicted: string, gold: string): boolean {
  return normalise(predicted).join(" ") === normalise(gold).join(" ");
}

export function tokenF1(predicted: string, gold: string): number {
  const p = normalise(predicted);
  const g = normalise(gold);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const w of g) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of p) {
    const n = counts.get(w) ?? 0;
    if (n === 0) continue;
    common++;
    counts.set(w, n - 1);
  }
  if (common === 0) return 0;
  const precision = common / p.length;
  const recall = common / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The best score over several gold answers. */
export function bestScores(predicted: string, golds: readonly string[]): { em: number; f1: number } {
  return {
    em: golds.some((g) => exactMatch(predicted, g)) ? 1 : 0,
    f1: Math.max(0, ...golds.map((g) => tokenF1(predicted, g))),
  };
}
