/**
 * English lemmas for looking a question word up in the English→Indonesian tables: irregular forms
 * from WordNet's exception lists (`english-irregular.json`, rebuilt by scripts/build-thesaurus.ts;
 * WordNet 3.0 licence, see LEXICON-NOTICE.md), regular inflections undone, "-ly" adverbs, and the
 * prefixes "re-" and "un-" for words no table knows ("reopen" → "open"), and the other side's spelling
 * of a British or American word one table knows only one way ("programme" / "program").
 */
import irregular from "./english-irregular.json" with { type: "json" };

const IRREGULAR: Readonly<Record<string, string>> = irregular;

/** Suffixes to strip, and whether the stem may have lost a final "e" / doubled its last consonant. */
const SUFFIXES: readonly (readonly [string, boolean])[] = [
  ["s", false],
  ["es", false],
  ["ed", true],
  ["ing", true],
  ["er", true],
  ["est", true],
  ["ly", false],
];

/** Prefixes that leave the word's meaning findable in its base: "reopen", "unhealthy". */
const PREFIXES = ["re", "un"];

/** Possible base forms of `word`, most likely first (e.g. "planned" → "plann", "planne", "plan"). */
function baseForms(word: string): string[] {
  const out: string[] = [];
  for (const [suffix, verbLike] of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length < 2) continue;
    if (!verbLike) {
      if (!stem.endsWith("s") || suffix !== "s") out.push(stem); // "boss" is not a plural of "bos"
    } else {
      // A short vowel+consonant ending ("us|ing", "hop|ed") usually lost an "e".
      const eFirst = /(?:^|[^aeiou])[aeiou][^aeiouwxy]$/.test(stem);
      out.push(...(eFirst ? [stem + "e", stem] : [stem, stem + "e"]));
      const last = stem.at(-1)!;
      if (stem.length >= 3 && last === stem.at(-2) && !"aeiou".includes(last)) out.push(stem.slice(0, -1)); // "planned"
    }
    if (stem.endsWith("i")) out.push(stem.slice(0, -1) + "y"); // "countries", "carried", "happier", "temporarily"
  }
  // Bases under 3 letters are mostly false hits ("used", "uses" → "us"); "goes" → "go" is kept.
  return out.filter((b) => b.length >= 3 || (word === b + "es" && b.endsWith("o")));
}

/** Base forms of a lower-case English word, most likely first ("leaders" → "leader", "lead"). */
export function englishBaseForms(word: string): string[] {
  const bases = baseForms(word);
  if (word.endsWith("s")) bases.push(...baseForms(word.slice(0, -1)));
  return bases;
}

/**
 * The parts of speech (WordNet letters) a regularly inflected word can be: "-ed"/"-ing" a verb or an
 * adjective, "-s" a noun or a verb, "-er"/"-est"/"-ly" an adjective or an adverb; any for other words.
 */
export function inflectionParts(word: string): string {
  if (word.endsWith("ed") || word.endsWith("ing")) return "va";
  if (word.endsWith("s")) return "nv";
  if (word.endsWith("er") || word.endsWith("est") || word.endsWith("ly")) return "ar";
  return "nvar";
}

/** The base of an irregular form ("won" → "win", "children" → "child"), if it is one. */
export function irregularBase(word: string): string | undefined {
  return Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined;
}

/**
 * The forms to look a lower-case English word up by, in order: the word and its irregular base;
 * then its regular base forms; then, when `known` holds for none of those, the same for the word
 * without a "re-"/"un-" prefix. A table takes the first form it knows (the word and its irregular
 * base both, see translateEnglishWord).
 */
export function lookupForms(word: string, known: (form: string) => boolean): string[] {
  return formsToLookUp(word, known).forms;
}

/** lookupForms, and whether `known` held for one of the word's own forms (else its fallbacks follow them). */
export function formsToLookUp(word: string, known: (form: string) => boolean): { forms: string[]; ownKnown: boolean } {
  const own = ownForms(word);
  if (own.some(known)) return { forms: own, ownKnown: true };
  return { forms: [...own, ...fallbackForms(word)], ownKnown: false };
}

/** The word and its irregular and regular base forms (see lookupForms). */
export function ownForms(word: string): string[] {
  const base = irregularBase(word);
  return [...new Set([word, ...(base ? [base] : []), ...englishBaseForms(word)])];
}

/**
 * Forms to try when a table knows none of the word's own: its other spellings ("defence" →
 * "defense"), then the word without a "re-"/"un-" prefix ("reconsider" → "consider").
 */
export function fallbackForms(word: string): string[] {
  return [...new Set(fallbackWords(word).flatMap(ownForms))];
}

/** The forms of the word's other spellings ("defences" → "defenses", "defense"). */
export function spellingForms(word: string): string[] {
  return [...new Set(spellingVariants(word).flatMap(ownForms))];
}

/** The words fallbackForms reads by their own forms: the other spellings, the word without its prefix. */
export function fallbackWords(word: string): string[] {
  const prefix = PREFIXES.find((p) => word.startsWith(p) && word.length - p.length >= 4);
  return prefix ? [...spellingVariants(word), word.slice(prefix.length)] : spellingVariants(word);
}

/**
 * British and American spellings of one word, each way: -our/-or ("labour"), -re/-er after t or b
 * ("centre"), -ence/-ense ("defence"), -ise/-ize and -yse/-yze ("organise", "analyse"), -mme/-m
 * ("programme"), -ogue/-og ("catalogue"), a doubled l before a suffix ("travelled"). A variant is
 * only looked up where a table lacks the word as written, so one that is no word costs nothing.
 */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  // After a syllable of its own: "colour", "behaviour", not "scour" ("score") or "flour".
  [/(?<=[aeiouy][^aeiouy]*[^aeo])our(?=s?$|ed$|ing$|ite|able|ful|hood)/, "or"],
  [/(?<=[aeiouy][^aeiouy]*[^aeo])or(?=s?$|ed$|ing$|ite|able|ful|hood)/, "our"],
  [/(?<=[tb])re(?=s?$)/, "er"],
  [/(?<=[tb])er(?=s?$)/, "re"],
  [/ence(?=s?$)/, "ense"],
  [/ense(?=s?$)/, "ence"],
  [/(?<=[^aeiou])is(?=e$|es$|ed$|ing$|ation|er$|ers$)/, "iz"],
  [/(?<=[^aeiou])iz(?=e$|es$|ed$|ing$|ation|er$|ers$)/, "is"],
  [/ys(?=e$|es$|ed$|ing$)/, "yz"],
  [/yz(?=e$|es$|ed$|ing$)/, "ys"],
  [/(?<=m)me(?=s?$)/, ""],
  [/ogue(?=s?$)/, "og"],
  // After a syllable of its own: "travelled", "fuelled", not "filled" ("filed") or "rolled".
  [/(?<=[aeiou][^aeiou]*[aeiou])ll(?=ed$|ing$|er$|ers$)/, "l"],
];

/** The word as the other side spells it, by each rule that applies ("defence" → ["defense"]). */
export function spellingVariants(word: string): string[] {
  if (word.length < 5) return [];
  const out: string[] = [];
  for (const [pattern, replacement] of SPELLINGS) {
    const variant = word.replace(pattern, replacement);
    if (variant !== word) out.push(variant);
  }
  return out;
}
