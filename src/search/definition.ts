/**
 * Definition questions: "apa yang dimaksud dengan X", "apa itu X", "pengertian X", "X itu apa",
 * "siapakah X", "what is X", "what does X mean". Their answer is the sentence that defines X ("X
 * adalah …", "X (…) merupakan …"), which may share no word with the question but X.
 */
import { termsOfWord, words } from "./terms.js";
import type { SearchIndex } from "./index.js";
import type { TermGroup } from "./query.js";

const ASKS_ID = /^(?:apa(?:kah)?|apa sih)\s+(?:(?:yang\s+)?(?:di\s*)?maksud(?:kan)?(?:\s+dengan|\s+denga|\s+dari)?|itu|pengertian(?:\s+dari)?|definisi(?:\s+dari)?|arti(?:\s+dari|\s+kata)?|maksud\s+kata)\s+(.+)$/;
const ASKS_ID_AFTER = /^(.+?)\s+(?:itu\s+)?(?:apa|apaan|apa\s+sih|artinya\s+apa|maksudnya\s+apa)$/;
const ASKS_WHO = /^siapa(?:kah)?\s+(?:itu\s+)?(?!yang\b|yg\b)(.+)$/;
// "Di mana letak X?": the sentence that defines X usually places it ("X adalah kabupaten di …").
const ASKS_WHERE = /^(?:di\s+mana(?:kah)?|dimanakah)\s+(?:letak|lokasi)\s+(.+)$/;
// "What is a geisha?", "who was Noah?"; not "what was the score?", which asks for a value.
const ASKS_EN = /^(?:what\s+(?:is|are)|who\s+(?:is|was))\s+(?:a\s+|an\s+)?(?!the\s)(.+)$|^what\s+(?:does|do)\s+(.+?)\s+mean$|^what\s+is\s+meant\s+by\s+(.+)$/;
// What a definition question may add after its subject ("… dalam agama Hindu"): context, not subject.
const CONTEXT = /\s+(?:dalam|di|pada|menurut|bagi|untuk|in|according|for)\s.*$/;
const MAX_SUBJECT_WORDS = 4;
/** The words a definition question uses to ask, not to name its subject. */
export const DEFINING_WORDS: ReadonlySet<string> = new Set(["maksud", "dimaksud", "dimaksudkan", "pengertian", "definisi", "arti", "artinya", "maksudnya", "mean", "meant"]);
const COPULA = new Set(["adalah", "merupakan", "ialah", "yaitu", "yakni", "is", "are", "was", "were"]);
/** How far into a sentence its copula may stand: a name's gloss in parentheses comes first. */
const MAX_HEAD_WORDS = 25;

/** The subject of a definition question (its folded words, at most four), or null. */
export function definedSubject(folded: string): string[] | null {
  const text = folded.replace(/\s+/g, " ").trim();
  const match = ASKS_ID.exec(text) ?? ASKS_WHO.exec(text) ?? ASKS_WHERE.exec(text) ?? ASKS_EN.exec(text) ?? ASKS_ID_AFTER.exec(text);
  if (!match) return null;
  const rest = match.slice(1).find((m) => m !== undefined)!.replace(CONTEXT, "");
  const subject = rest.split(" ").filter(Boolean);
  return subject.length === 0 || subject.length > MAX_SUBJECT_WORDS ? null : subject;
}

/**
 * True when the sentence defines the subject: a copula in its first words, with the subject's words
 * (any of each word's index terms) before it; a subject of several words may miss one.
 */
export function definesSubject(index: SearchIndex, sentence: number, subject: readonly TermGroup[]): boolean {
  // Most sentences hold none of the subject's terms: they are passed over without being read.
  if (!subject.some((group) => group.alternatives.some((alt) => index.sentenceHas(sentence, alt.term)))) return false;
  const head = words(index.sentences[sentence]!.ref.text).slice(0, MAX_HEAD_WORDS);
  const copula = head.findIndex((word) => COPULA.has(word));
  if (copula <= 0) return false;
  const before = new Set(head.slice(0, copula).flatMap((word) => termsOfWord(word)));
  const held = subject.filter((group) => group.alternatives.some((alt) => before.has(alt.term)));
  return held.length >= Math.max(1, subject.length - (subject.length > 1 ? 1 : 0));
}
