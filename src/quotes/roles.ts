/**
 * Role phrases ("Ketua Umum PSSI", "Ketum PSSI", "Bos PSSI") compared by their parts:
 * the title words (abbreviations written out) and the rest (the organisation). The roles a person
 * holds are learned from the article itself.
 */
import { HEAD_WORDS, POINTERS, TITLE_ABBREVIATIONS, TITLE_WORDS } from "./lexicon.js";

export interface RoleParts {
  readonly titles: readonly string[];
  readonly rest: readonly string[];
}

// Words of a role phrase that say nothing about which role it is.
const IGNORED = new Set(["mantan", "sang", "the", "of", "dan", "bidang", "and", ...POINTERS]);

/** Lower-case words of a phrase with abbreviated titles written out. */
export function expandTitles(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 0)
    .flatMap((w) => (TITLE_ABBREVIATIONS[w] ?? w).split(" "));
}

/** The phrase split into title words and the other words. */
export function roleParts(phrase: string): RoleParts {
  const words = expandTitles(phrase).filter((w) => !IGNORED.has(w));
  return { titles: words.filter((w) => TITLE_WORDS.has(w)), rest: words.filter((w) => !TITLE_WORDS.has(w)) };
}

/** True when the phrase holds a title word (or an abbreviated one) and so can name a role. */
export function hasTitle(phrase: string): boolean {
  return roleParts(phrase).titles.length > 0;
}

/**
 * How well a role phrase someone wrote names a role the article gave a person: 0 for no match.
 * Every organisation word of the phrase must be in the role, and the titles must share a word, or the phrase's title be a
 * generic "head of" (Kepala, Pemimpin).
 */
export function roleMatch(query: RoleParts, role: RoleParts): number {
  if (query.titles.length === 0) return 0;
  const rest = new Set(role.rest);
  const sharedRest = query.rest.filter((w) => rest.has(w)).length;
  if (sharedRest < query.rest.length) return 0;
  const titles = new Set(role.titles);
  const sharedTitles = query.titles.filter((w) => titles.has(w)).length;
  const generic = query.titles.every((w) => HEAD_WORDS.has(w));
  if (sharedTitles === 0 && !generic) return 0;
  return sharedRest * 2 + sharedTitles + (query.rest.length === 0 ? 0 : 1);
}
