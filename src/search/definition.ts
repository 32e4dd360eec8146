/**
 * Definition questions: "apa yang dimaksud dengan X", "apa itu X", "pengertian X", "X itu apa",
 * "siapakah X", "what is X", "what does X mean". Their answer is the sentence that defines X ("X
 * adalah …", "X (…) merupakan …"), which may share no word with the question but X.
 */
import { foldForMatching, foldsToLowerCase } from "../text/normalize.js";
import { isCapitalised, writtenWords } from "../text/tokens.js";
import { termsOfWord, words } from "./terms.js";
import { stems } from "../text/stem.js";
import type { SearchIndex } from "./index.js";
import type { Alternative, TermGroup } from "./query.js";

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
const COPULA = new Set(["adalah", "merupakan", "ialah", "yaitu", "yakni", "is", "are", "was", "were"]);
/**
 * A copula in the folded text with no letter on either side. `words` can only give a copula where
 * this matches (a whole token, a part of "x-y", a unit after a number, "is's"), so a sentence it
 * does not match is passed over without being read word by word, as most are.
 */
const MAY_HOLD_COPULA = new RegExp(`(?<!\\p{L})(?:${[...COPULA].join("|")})(?!\\p{L})`, "u");
// The same on text that folding only lower-cases, read as written: ASCII letters in either case.
const MAY_HOLD_COPULA_ASCII = new RegExp(`(?<![a-z])(?:${[...COPULA].join("|")})(?![a-z])`, "i");
/** How far into a sentence its copula may stand: a name's gloss in parentheses comes first. */
const MAX_HEAD_WORDS = 25;

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

// What a sentence that says what something is holds: a copula or a verb of meaning or naming, or a
// gloss after its first words ("Tsarevich, gelar bagi putra tsar", "Sanqing (hanzi …)").
const DEFINING_CUE = /^(?:\S+\s+){0,4}\S+\s*[,(]|\b(?:adalah|merupakan|ialah|yaitu|yakni|didefinisikan|diartikan|disebut|dinamakan|dikenal sebagai|berarti|artinya|bermakna|merujuk|mengacu|is|are|was|were|means|refers)\b/i;

/**
 * True when the sentence (verbatim text) may say what something is. "Apa itu X?" is not answered by
 * a sentence that only mentions X ("Dia mengatakan X sangat prihatin …"); the ranker's definesSubject
 * is stricter (X before the copula) and only boosts.
 */
export function mayDefine(text: string): boolean {
  return DEFINING_CUE.test(text);
}

/**
 * True when the sentence defines the subject: a copula in its first words, with the subject's words
 * (any of each word's index terms) before it; a subject of several words may miss one.
 */
export function definesSubject(index: SearchIndex, sentence: number, subject: readonly TermGroup[], person = false, expands = false): boolean {
  const needed = Math.max(1, subject.length - (subject.length > 1 ? 1 : 0));
  // Most sentences hold too few of the subject's words anywhere: they are passed over without being
  // read (a common subject word such as "pertama" is in thousands of them).
  if (heldGroups(subject, (alt) => index.sentenceHasId(sentence, alt.id)) < needed) return false;
  if (person && titlesSubject(index.sentences[sentence]!.ref.text, subject[0]!)) return true;
  if (expands && glossesSubject(index, sentence, subject)) return true;
  const before = headTerms(index, sentence);
  return before !== null && heldGroups(subject, (alt) => before.has(alt.term)) >= needed;
}

/**
 * True when the sentence glosses a word of the subject in parentheses, or the subject glosses an
 * acronym: "Sigap (Sistem Gerak Antarkota Praktis)", "Komisi Pemberantasan Korupsi (KPK)"; or
 * says the subject is short for something ("… atau disingkat KASAD").
 */
export function glossesSubject(index: SearchIndex, sentence: number, subject: readonly TermGroup[]): boolean {
  const text = index.sentences[sentence]!.ref.text;
  if (EXPANSION_CUE.test(text) && heldGroups(subject, (alt) => index.sentenceHasId(sentence, alt.id)) > 0) return true;
  if (!text.includes("(")) return false;
  for (const match of text.matchAll(GLOSS)) {
    const glossed = [match[1]!, match[2]!].flatMap((part) => termsOfWord(part.toLowerCase()));
    if (subject.some((group) => group.alternatives.some((alt) => glossed.includes(alt.term)))) return true;
  }
  return false;
}
// Words that say a name is short for another: "… atau disingkat KASAD", "X kependekan dari …".
const EXPANSION_CUE = /\b(?:disingkat|singkatan|kependekan|akronim|stands for|short for)\b/i;

// A word and the parenthesis right after it: the word, and the parenthesis's first word if it is alone.
const GLOSS = /([\p{L}\p{N}][\p{L}\p{N}-]*)\s*\(\s*([\p{L}\p{N}][\p{L}\p{N}-]*)/gu;

/**
 * True when the sentence introduces the person by a title: two capitalised words right before their
 * name ("Ketua Komisi Pemilihan Budiman", "Presiden Joko Widodo"), which says who they are
 * as "X adalah …" does.
 */
function titlesSubject(text: string, first: TermGroup): boolean {
  const written = writtenWords(text);
  const at = written.findIndex((word) => termsOfWord(word.toLowerCase()).some((term) => first.alternatives.some((alt) => alt.term === term)));
  return at >= 2 && isCapitalised(written[at - 1]!) && isCapitalised(written[at - 2]!);
}

// Per index, the terms before each read sentence's copula (null: no copula in its first words). The
// same sentences come back question after question; the memory is bounded.
const heads = new WeakMap<SearchIndex, Map<number, ReadonlySet<string> | null>>();
const MAX_HEADS = 100_000;

function headTerms(index: SearchIndex, sentence: number): ReadonlySet<string> | null {
  let known = heads.get(index);
  if (!known) heads.set(index, (known = new Map()));
  const cached = known.get(sentence);
  if (cached !== undefined) return cached;
  const text = index.sentences[sentence]!.ref.text;
  const head = mayHoldCopula(text) ? words(text).slice(0, MAX_HEAD_WORDS) : [];
  const copula = head.findIndex((word) => COPULA.has(word));
  const terms = copula <= 0 ? null : new Set(head.slice(0, copula).flatMap((word) => termsOfWord(word)));
  if (known.size >= MAX_HEADS) known.clear();
  known.set(sentence, terms);
  return terms;
}

function mayHoldCopula(text: string): boolean {
  return foldsToLowerCase(text) ? MAY_HOLD_COPULA_ASCII.test(text) : MAY_HOLD_COPULA.test(foldForMatching(text));
}

function heldGroups(subject: readonly TermGroup[], holds: (alt: Alternative) => boolean): number {
  let held = 0;
  for (const group of subject) if (group.alternatives.some(holds)) held++;
  return held;
}

/** Weight from which an alternative stands for the word itself: its stems, translations, WordNet words. */
const SUBJECT_WEIGHT = 0.8;

/**
 * True when the sentence holds every word of the subject as itself (or its translation), not only
 * as a near-synonym or a look-alike: a definition of something the article never names is not one.
 */
export function holdsSubject(subject: readonly TermGroup[], index: SearchIndex, sentence: number): boolean {
  return subject.every((group) => group.alternatives.some((alt) => alt.weight >= SUBJECT_WEIGHT && index.sentenceHasId(sentence, alt.id)));
}
