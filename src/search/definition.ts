/**
 * The sentence that answers a definition question (read in definition-question.ts): the one that
 * defines X ("X adalah …", "X (…) merupakan …"), which may share no word with the question but X,
 * spells X out ("apa kepanjangan X"), or at least may say what something is ("Apa itu X?").
 */
import { foldForMatching, foldsToLowerCase } from "../text/normalize.js";
import { isCapitalised, writtenWords } from "../text/tokens.js";
import { termsOfWord, words } from "./terms.js";
import { stemTail } from "../text/stem.js";
import type { SearchIndex } from "./index.js";
import type { Alternative, TermGroup } from "./query.js";

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
  const heads = index.copulaHeads;
  return heads.has(sentence) && heldGroups(subject, (alt) => heads.holds(sentence, alt)) >= needed;
}

/**
 * True when the sentence's copula defines something else: "Karapas merupakan penutup … dari zat
 * tanduk" does not say what "tanduk" is, however fully it holds the word. The subject right after
 * the copula is the kind the defined thing is ("Membran adalah lapisan tipis sel" says what a cell
 * layer may be), and a sentence that ends with it names it by its definition ("Nama yang berdasarkan
 * nama ibu adalah matronimik."): neither defines something else.
 */
export function definesOther(index: SearchIndex, sentence: number, subject: readonly TermGroup[]): boolean {
  const heads = index.copulaHeads;
  if (!heads.has(sentence) || heldGroups(subject, (alt) => heads.holds(sentence, alt)) > 0) return false;
  const written = words(index.sentences[sentence]!.ref.text);
  const copula = written.findIndex((word) => COPULA.has(word));
  const named = [...written.slice(copula + 1, copula + 1 + GENUS_WORDS), written.at(-1) ?? ""].flatMap((word) => termsOfWord(word));
  return !subject.some((group) => group.alternatives.some((alt) => named.includes(alt.term)));
}
// How many words after a copula may name the kind of thing defined ("adalah sebuah lapisan").
const GENUS_WORDS = 3;

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
  // A word without any alternative's stem tail cannot have it as a stem: its stems are not looked up.
  const tails = first.alternatives.map((alt) => stemTail(alt.term));
  const at = written.findIndex((word) => {
    const lower = word.toLowerCase();
    return tails.some((tail) => lower.includes(tail)) && termsOfWord(lower).some((term) => first.alternatives.some((alt) => alt.term === term));
  });
  return at >= 2 && isCapitalised(written[at - 1]!) && isCapitalised(written[at - 2]!);
}

/**
 * The terms before the sentence's copula, when one stands among its first words with words before
 * it; else null. Worked out for every sentence when the index is built (SearchIndex.copulaHeads).
 */
export function copulaHead(text: string): ReadonlySet<string> | null {
  const head = mayHoldCopula(text) ? words(text).slice(0, MAX_HEAD_WORDS) : [];
  const copula = head.findIndex((word) => COPULA.has(word));
  return copula <= 0 ? null : new Set(head.slice(0, copula).flatMap((word) => termsOfWord(word)));
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
