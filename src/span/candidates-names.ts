/**
 * Names in a sentence: runs of capitalised words ("Siti Rahma", "Dewan Kota Medan"),
 * lists of them ("Aceh, Riau, Jambi, dan Bengkulu"), quoted titles, and places after
 * "di/ke/dari". A person's name is read without the title before it ("Gubernur Riau ...").
 */
import { COUNTRY_WORDS } from "../quotes/countries.js";
import { isStopword } from "../text/stopwords.js";
import type { Candidate } from "./candidate.js";
import { isCommonWord } from "./common-words.js";
import { commonPlaces } from "./candidates-common-places.js";
import { LIST_JOINERS, NAME_JOINERS, PLACE_COMMON_NOUNS, PLACE_NOUNS, PLACE_PREPOSITIONS, SENTENCE_OPENERS, TITLES } from "./lexicon.js";
import { gapBetween, isCapitalised, type Token } from "./tokens.js";

// A module constant: the build lowers a \p{...} literal to a `new RegExp` at every call.
const ACRONYM = /^\p{Lu}{2,}$/u;

type Run = readonly [from: number, to: number];

/** Maximal runs of capitalised words, joined across "bin", "van", hyphens and plain spaces. */
export function capitalisedRuns(text: string, tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsName(tokens[i]!)) {
      i++;
      continue;
    }
    let to = i;
    while (to + 1 < tokens.length && /^[ \t-]*$/.test(gapBetween(text, tokens[to]!, tokens[to + 1]!))) {
      const next = tokens[to + 1]!;
      if (isCapitalised(next)) to++;
      else if (NAME_JOINERS.has(next.folded) && tokens[to + 2] && isCapitalised(tokens[to + 2]!)) to += 2;
      else break;
    }
    // An ordinary word opening the sentence is capitalised for the sentence, not as a name
    // ("Sekutu NATO khawatir ..." names NATO).
    const from = i === 0 && isCommonWord(tokens[0]!.folded) && !TITLES.has(tokens[0]!.folded) ? 1 : i;
    if (from <= to && !tokens.slice(from, to + 1).every((t) => TITLES.has(t.folded))) runs.push([from, to]);
    i = to + 1;
  }
  return runs;
}

// A capitalised function word ("Dia", "Sementara", "The") begins a sentence, not a name.
function startsName(token: Token): boolean {
  return isCapitalised(token) && !isStopword(token.folded) && !SENTENCE_OPENERS.has(token.folded);
}

// Only a comma between two runs.
function commaBetween(text: string, tokens: readonly Token[], a: Run, b: Run): boolean {
  return /^\s*,\s*$/.test(gapBetween(text, tokens[a[1]]!, tokens[b[0]]!));
}

/** Runs joined into lists that end with "dan"/"and": "A, B, dan C". */
export function listsOf(text: string, tokens: readonly Token[], runs: readonly Run[]): Run[] {
  const lists: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    // A list starts at its first item, not halfway through.
    if (i > 0 && commaBetween(text, tokens, runs[i - 1]!, runs[i]!)) continue;
    let j = i;
    while (j + 1 < runs.length && /^\s*,\s*$/.test(gapBetween(text, tokens[runs[j]![1]]!, tokens[runs[j + 1]![0]]!))) j++;
    const next = runs[j + 1];
    if (!next || next[0] < 1) continue;
    const joiner = tokens[next[0] - 1]!;
    const before = runs[j]![1];
    if (next[0] - 1 === before + 1 && LIST_JOINERS.has(joiner.folded)) lists.push([runs[i]![0], next[1]]);
  }
  return lists;
}

function span(tokens: readonly Token[], [from, to]: Run, prior: number): Candidate {
  return { start: tokens[from]!.start, end: tokens[to]!.end, prior, named: true };
}

/** Who: names without their titles, and lists of names. */
export function personCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const runs = capitalisedRuns(text, tokens);
  // A name after a title is surely a person's; a full name more surely than one word.
  const named = runs.map((run) => {
    const name = withoutTitle(tokens, run);
    // "di Bulgaria", "ke Jakarta": a place, not who.
    const placed = /^(di|ke|in|at|to)$/.test(tokens[run[0] - 1]?.folded ?? "") ? 0.15 : 0;
    return span(tokens, name, 0.9 + (name[0] > run[0] ? 0.05 : 0) + (name[1] > name[0] ? 0.02 : 0) - placed);
  });
  // Several people often answer "who" together (founders, directors): a list beats one of its names.
  const lists = listsOf(text, tokens, runs).map((run) => span(tokens, run, /^(di|ke|in|at|to)$/.test(tokens[run[0] - 1]?.folded ?? "") ? 0.83 : 0.98));
  return [...named, ...lists];
}

// "Gubernur Riau Siti Rahma" -> "Siti Rahma": titles, the country or body they
// belong to (an acronym, a country), while a name is left after them.
function withoutTitle(tokens: readonly Token[], [from, to]: Run): Run {
  let at = from;
  let sawTitle = false;
  while (at < to) {
    const word = tokens[at]!;
    const title = TITLES.has(word.folded);
    // The body is dropped only while a name of two words or more is left after it.
    const body = sawTitle && to - at >= 2 && (COUNTRY_WORDS.has(word.folded) || ACRONYM.test(word.text)) && !COUNTRY_WORDS.has(tokens[at + 1]!.folded);
    if (!title && !body) break;
    sawTitle ||= title;
    at++;
  }
  return [at, to];
}

/** Where: names after a place preposition or a place noun first, then any name. */
export function placeCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const runs = capitalisedRuns(text, tokens);
  const out: Candidate[] = [];
  const lists = listsOf(text, tokens, runs);
  for (const run of [...runs, ...lists]) {
    const before = tokens[run[0] - 1];
    // A list of places answers "where" whole; a country is more often the answer than another name.
    const country = (COUNTRY_WORDS.has(tokens[run[0]]!.folded) ? 0.05 : 0) + (lists.includes(run) ? 0.05 : 0);
    const placed = before && (PLACE_NOUNS.has(before.folded) || PLACE_COMMON_NOUNS.has(before.folded) || PLACE_PREPOSITIONS.has(before.folded));
    const from = before && PLACE_NOUNS.has(before.folded) ? run[0] - 1 : run[0];
    const prior = (placed ? 0.95 : 0.6) + country;
    out.push(span(tokens, [from, run[1]], prior));
    const address = addressEnd(text, tokens, runs, run);
    if (address > run[1]) out.push(span(tokens, [from, address], prior + 0.03));
  }
  return [...out, ...commonPlaces(text, tokens)];
}

// "Surabaya, Jawa Timur", "Toulouse, Perancis": a place, then the larger places it lies in, each
// after a comma. The index of the address's last word.
function addressEnd(text: string, tokens: readonly Token[], runs: readonly Run[], run: Run): number {
  let end = run[1];
  for (let k = 0; k < 3; k++) {
    const next = runs.find((r) => r[0] > end);
    if (!next || !/^\s*,\s*$/.test(gapBetween(text, tokens[end]!, tokens[next[0]]!))) break;
    end = next[1];
  }
  return end;
}

// Quoted words ("lagu “Kimigayo”"): titles and names given in quotation marks.
const QUOTED = /["“‘']([^"“”‘’']{2,60})["”’']/gu;

/** What (is it called): names and short quoted titles. */
export function nameCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const runs = capitalisedRuns(text, tokens);
  const out: Candidate[] = [...runs, ...listsOf(text, tokens, runs)].map((run) => ({ ...span(tokens, run, 0.8), keepAsked: true }));
  for (const m of text.matchAll(QUOTED)) {
    if (m[1]!.split(/\s+/).length <= 8) out.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length, prior: 0.85, keepAsked: true });
  }
  return out;
}
