/**
 * Runs of capitalised words ("Menteri Luar Negeri Retno Marsudi") and how one splits into a
 * role and a name. A run at the start of a sentence loses a first word the article also writes in
 * lower case ("Namun", "Selain").
 */
import { isStopword } from "../text/stopwords.js";
import { ADVERBS, NOT_PERSON_WORDS, PRONOUNS, TITLE_ABBREVIATIONS, TITLE_WORDS } from "./lexicon.js";
import { isAcronym, isCapitalised, type Token } from "./tokens.js";

const NONE: ReadonlySet<string> = new Set();
// Title words that are also parts of names ("Lukman Hakim", "Raja Juli"): a title only at the start
// of a run or after another title or organisation word.
const NAME_OR_TITLE = new Set(["hakim", "raja", "ratu", "sultan", "agung", "wali", "besar", "umum", "utama", "putra", "mayor"]);
const ORG_HEADS = new Set(["partai", "universitas", "kampus", "klub", "tim", "pasukan", "kelompok", "gerakan", "yayasan", "kementerian", "dinas", "harian", "majalah", "bank", "kota", "kabupaten", "provinsi", "kecamatan", "desa"]);

export interface Run {
  /** Index of the first and one past the last token. */
  readonly from: number;
  readonly to: number;
}

/** A run split at its last title, acronym or organisation word: the role before it, the name after. */
export interface SplitRun {
  readonly role?: Run;
  readonly name?: Run;
  /** The role holds a title word (Ketua, Sekjen, Presiden). */
  readonly titled: boolean;
}

/** Maximal runs of capitalised tokens separated by spaces only ("dan" may join a title's parts). */
export function capitalisedRuns(tokens: readonly Token[], text: string, lowerWords: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && adjacent(tokens, text, j) && (isCapitalised(tokens[j]!) || joinsTitle(tokens, i, j))) j++;
    let from = i;
    const opensSentence = i === 0 || !tokens[i - 1]!.word;
    while (from < j && isFunctionWord(tokens[from]!, opensSentence && from === i ? lowerWords : NONE)) from++;
    if (from < j) runs.push({ from, to: j });
    i = j;
  }
  return runs;
}

function adjacent(tokens: readonly Token[], text: string, j: number): boolean {
  return /^\s+$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));
}

function joinsTitle(tokens: readonly Token[], from: number, j: number): boolean {
  const next = tokens[j + 1];
  return tokens[j]!.lower === "dan" && isTitle(tokens[from]!) && next !== undefined && isCapitalised(next);
}

function isFunctionWord(token: Token, lowerWords: ReadonlySet<string>): boolean {
  if (isTitle(token) || isAcronym(token)) return false;
  return isStopword(token.lower) || PRONOUNS.has(token.lower) || ADVERBS.has(token.lower) || lowerWords.has(token.lower);
}

/** A title word or an abbreviated title. */
export function isTitle(token: Token): boolean {
  return TITLE_WORDS.has(token.lower) || Object.hasOwn(TITLE_ABBREVIATIONS, token.lower);
}

function isOrganisational(token: Token, places: ReadonlySet<string>): boolean {
  return isTitle(token) || isAcronym(token) || NOT_PERSON_WORDS.has(token.lower) || places.has(token.lower);
}

/**
 * Splits a run into role and name; a name has at most three words (the last two of a longer tail).
 * `places` are the article's own place words (places.ts): like "Kota", they end a role.
 */
export function splitRun(tokens: readonly Token[], run: Run, places: ReadonlySet<string> = NONE): SplitRun {
  let last = -1;
  for (let k = run.from; k < run.to; k++) {
    const afterName = k > run.from && !isOrganisational(tokens[k - 1]!, places);
    if (isOrganisational(tokens[k]!, places) && !(afterName && NAME_OR_TITLE.has(tokens[k]!.lower))) last = k;
  }
  const titled = last >= 0 && tokens.slice(run.from, last + 1).some(isTitle);
  const role = last >= 0 ? { from: run.from, to: last + 1 } : undefined;
  // "Kementerian Agama", "Pasukan Penyelamat X": an organisation's name, not a role and a person;
  // but a team or town the article marks as a place ("pelatih Persikota Rudi Hartono") comes before a name.
  const placeOnly = role !== undefined && tokens.slice(role.from, role.to).every((t) => places.has(t.lower));
  if (last + 1 >= run.to || (role && !titled && !placeOnly)) return { role, titled };
  // "Partai Gerindra Prabowo Subianto": the word after an organisation head is the organisation's name.
  let from = Math.max(last + 1, run.from) + (last >= 0 && ORG_HEADS.has(tokens[last]!.lower) && run.to - last > 2 ? 1 : 0);
  if (run.to - from > 3) from = tokens[run.to - 3]!.text.length === 1 ? run.to - 3 : run.to - 2;
  return { role, name: { from, to: run.to }, titled };
}

/** The verbatim text of tokens [from, to). */
export function runText(tokens: readonly Token[], text: string, run: Run): string {
  return text.slice(tokens[run.from]!.start, tokens[run.to - 1]!.end);
}
