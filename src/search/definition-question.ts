/**
 * Definition questions: "apa yang dimaksud dengan X", "apa itu X", "pengertian X", "X itu apa",
 * "siapakah X", "what is X", "what does X mean", and what they ask about (their subject X). Which
 * sentence defines X is in definition.ts.
 */
import { stems } from "../text/stem.js";

const ASKS_ID = /^(?:apa(?:kah)?|apa sih)\s+(?:(?:yang\s+)?(?:di\s*)?maksud(?:kan)?(?:\s+dengan|\s+denga|\s+dari)?|itu|pengertian(?:\s+dari)?|definisi(?:\s+dari)?|arti(?:\s+dari|\s+kata)?|maksud\s+kata|kepanjangan(?:\s+dari)?|singkatan(?:\s+dari)?)\s+(.+)$/;
const ASKS_ID_AFTER = /^(.+?)\s+(?:itu\s+)?(?:apa|apaan|apa\s+sih|artinya\s+apa|maksudnya\s+apa|kepanjangannya\s+apa|singkatan\s+dari\s+apa)$/;
const ASKS_WHO = /^siapa(?:kah)?\s+(?:itu\s+)?(?!yang\b|yg\b)(.+)$/;
// "Di mana letak X?": the sentence that defines X usually places it ("X adalah kabupaten di …").
const ASKS_WHERE = /^(?:di\s+mana(?:kah)?|dimanakah)\s+(?:letak|lokasi)\s+(.+)$/;
// "What is a geisha?", "who was Noah?"; not "what was the score?", which asks for a value.
const ASKS_EN = /^(?:what\s+(?:is|are)|who\s+(?:is|was))\s+(?:a\s+|an\s+)?(?!the\s)(.+)$|^what\s+(?:does|do)\s+(.+?)\s+mean$|^what\s+is\s+meant\s+by\s+(.+)$/;
// What a definition question may add after its subject ("… dalam agama Hindu"): context, not subject.
const CONTEXT = /\s+(?:dalam|di|pada|menurut|bagi|untuk|in|according|for)\s.*$/;
const MAX_SUBJECT_WORDS = 4;
const EXPANSION = /\b(?:kepanjangan(?:nya)?|singkatan)\b/;
// "What is X determined to do?": a verb in the English subject makes it a clause, which asks what
// someone does, not what X is.
const ENGLISH_VERB_WORD = /^(?:to|do|does|did|doing|done|will|would|can|could|should|may|might|must)$/;
const TRAILING_EXPLICIT = /\s(?:itu|artinya|maksudnya|pengertiannya|kepanjangannya)\s+apa/;
const ASKS_BY_PREPOSITION = new Set(["lewat", "melalui", "dengan", "pakai", "naik", "untuk", "buat", "dari", "ke", "di", "oleh", "karena", "sama", "tentang", "soal", "dalam", "pada", "bagi", "sebagai", "jadi", "menjadi", "berupa"]);

export interface DefinedSubject {
  /** The subject's folded words, at most four. */
  readonly words: readonly string[];
  /**
   * True when the question asks what the subject is ("apa itu X", "what is a X"): only a sentence
   * that names it answers. "Siapakah X?" and "di mana letak X?" may be answered by one that describes it.
   */
  readonly named: boolean;
  /** True when the question asks what the subject stands for ("apa kepanjangan X"). */
  readonly expands: boolean;
  /** True when the question says it asks what X is ("apa itu X", "X itu apa", "what is a X"), not only "X apa". */
  readonly explicit: boolean;
}

/** The subject of a definition question, or null. */
export function definedSubject(folded: string): DefinedSubject | null {
  const text = folded.replace(/\s+/g, " ").trim();
  const trailing = ASKS_ID_AFTER.exec(text);
  const english = ASKS_EN.exec(text);
  const what = ASKS_ID.exec(text) ?? english ?? trailing;
  const match = what ?? ASKS_WHO.exec(text) ?? ASKS_WHERE.exec(text);
  if (!match) return null;
  // "arti nama X", "kepanjangan dari nama X": the subject is X.
  const rest = match.slice(1).find((m) => m !== undefined)!.replace(CONTEXT, "").replace(/^nama\s+(?=\S)/, "");
  const words = rest.split(" ").filter(Boolean);
  // "X lewat apa", "X dengan apa", "X untuk apa" ask how or what for, not what X is.
  if (match === trailing && ASKS_BY_PREPOSITION.has(words[words.length - 1] ?? "")) return null;
  // Only "X itu apa", "X artinya apa" say they ask what X is: "X apa" may ask which X ("ikut proyek
  // apa?"), and with a verb ("China dikhawatirkan memberi apa?", "melanggar pasal apa?") asks for its object.
  const explicit = match !== trailing || TRAILING_EXPLICIT.test(text);
  if (!explicit && words.some(isVerbForm)) return null;
  if (match === english && words.some((word) => ENGLISH_VERB_WORD.test(word))) return null;
  const expands = EXPANSION.test(text);
  return words.length === 0 || words.length > MAX_SUBJECT_WORDS ? null : { words, named: what !== null, expands, explicit };
}

// A prefixed verb ("memberi", "dikirim", "bermain", "terjadi"): a known root stays a noun ("menteri").
const VERB_PREFIX = /^(?:me|di|ber|ter)\p{L}{3,}$/u;

function isVerbForm(word: string): boolean {
  return VERB_PREFIX.test(word) && !stems(word).includes(word);
}
