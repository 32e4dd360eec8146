/**
 * The ways one Indonesian prefix may be read off the front of a word, with the root's first letter
 * restored where the prefix's nasal replaced it (me-/pe- + tulis → menulis, + kirim → mengirim,
 * + sebar → menyebar, + pukul → memukul), and the colloquial bare nasal ("nulis", "ngirim", "nge-").
 * Class letters: b ber-, d di-, k ke-, m me-, p pe-, r per-, s se-, t ter-.
 */
export interface PrefixRule {
  /** What the word starts with. */
  readonly surface: string;
  /** The root's first letter the nasal replaced, or "". */
  readonly restore: string;
  readonly cls: string;
  /** What must follow the surface (tested before restoring). */
  readonly next: RegExp | null;
  readonly colloquial: boolean;
}

const VOWEL = /^[aeiou]/;
const CONSONANT = /^[^aeiou]/;

function rule(surface: string, cls: string, next: RegExp | null = null, restore = "", colloquial = false): PrefixRule {
  return { surface, restore, cls, next, colloquial };
}

/** me- and pe- with their nasal allomorphs, for class m or p. */
function nasal(base: "me" | "pe", cls: string): PrefixRule[] {
  return [
    rule(base, cls, base === "pe" ? CONSONANT : /^[lmnrwy]/), // pe- also before any consonant: "petani"
    rule(`${base}m`, cls, /^[bfvp]/),
    rule(`${base}m`, cls, VOWEL, "p"),
    rule(`${base}n`, cls, /^(?:[cdjz]|tr|s[kmptwy])/),
    rule(`${base}n`, cls, VOWEL, "t"),
    rule(`${base}ny`, cls, VOWEL, "s"),
    rule(`${base}ng`, cls, /^(?:[aeiough]|k[hlr]|q)/),
    rule(`${base}ng`, cls, VOWEL, "k"),
    rule(`${base}nge`, cls), // before one syllable: "mengebom", "pengecat"
  ];
}

const RULES: readonly PrefixRule[] = [
  rule("di", "d"), rule("ke", "k"), rule("se", "s"), rule("ber", "b"), rule("ter", "t"), rule("per", "r"),
  rule("be", "b", CONSONANT), // "berasa" ← rasa, "bekerja"
  rule("te", "t", /^r/), rule("pe", "r", /^r/),
  ...nasal("me", "m"), ...nasal("pe", "p"),
  // Spoken nasal verbs without me-: "ngerusak", "ngomong", "ngirim", "nyebar"/"nyari", "nulis", "mikir".
  rule("nge", "m", CONSONANT, "", true), rule("ng", "m", VOWEL, "", true), rule("ng", "m", VOWEL, "k", true),
  rule("ny", "m", VOWEL, "s", true), rule("ny", "m", VOWEL, "c", true),
  rule("n", "m", VOWEL, "t", true), rule("m", "m", VOWEL, "p", true),
];

/** The rules by the word's first letter: most words start with a letter no prefix starts with. */
const BY_FIRST = new Map<string, PrefixRule[]>();
for (const r of RULES) BY_FIRST.set(r.surface[0]!, [...(BY_FIRST.get(r.surface[0]!) ?? []), r]);
const NONE: readonly PrefixRule[] = [];

/** The prefix rules that may apply to a word (check `applies`). */
export function prefixRulesFor(word: string): readonly PrefixRule[] {
  return BY_FIRST.get(word[0] ?? "") ?? NONE;
}

/** The rest of the word (the root's letter restored) if the rule applies, else null. */
export function applyRule(rule: PrefixRule, word: string): string | null {
  if (!word.startsWith(rule.surface)) return null;
  const rest = word.slice(rule.surface.length);
  if (rule.next !== null && !rule.next.test(rest)) return null;
  return rule.restore + rest;
}
