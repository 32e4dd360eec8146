/**
 * "Siapa yang dikalahkan timnas?" asks who the verb was done to, not who did it: in "Timnas berhasil
 * mengalahkan Vietnam" that is the name right after the active verb, not the subject before it.
 */
import { rememberLast } from "../text/last-call.js";
import { stems } from "../text/stem.js";
import type { Token } from "./tokens.js";

// "siapa yang dikalahkan", "tim mana yang dikalahkan": a passive verb right after the question's "yang".
const PASSIVE_ASKED = /\b(?:siapa|siapakah|apa|apakah|mana|manakah)\s+yang\s+(di\p{L}{3,})/iu;
/** What standing right after the active form of the asked passive verb is worth to a candidate. */
export const PATIENT_BONUS = 0.3;

/**
 * The root of the passive verb a "who/what was …-ed" question asks about, or null. Remembered for
 * the question asked last: the span finder asks it for each sentence it reads.
 */
export const passiveAskedRoot = rememberLast((question: string): string | null => {
  const verb = PASSIVE_ASKED.exec(question)?.[1]?.toLowerCase();
  if (verb === undefined) return null;
  const root = stems(verb)[0]!;
  return root === verb ? null : root;
});

/** Whether the range starts right after an active form of the root ("mengalahkan Vietnam"). */
export function followsActiveVerb(from: number, tokens: readonly Token[], root: string): boolean {
  const before = tokens[from - 1];
  // Any of the active form's readings: "mengalahkan" is "alah" or "kalah".
  return before !== undefined && before.folded.startsWith("me") && stems(before.folded).includes(root);
}
