/**
 * The finer kinds of number a sentence holds, read with the span finder's own number phrases so that
 * what the ranker counts and what the span finder cuts agree: a duration ("tiga jam"), an age
 * ("berusia 45 tahun", "Ahmad (45)"), money ("Rp 5 juta"), a percentage, an ordinal ("ke-3"), a count
 * of people ("12 orang"), a distance ("200 meter"), a speed ("100 km/jam"), an area, a weight, or a
 * bare number (no unit, not part of a date), which may answer a duration, age, count, distance,
 * speed, area or weight question whose unit the writer left out, and a score ("21 - 19").
 */
import type { Candidate } from "../span/candidate.js";
import { pinnedDateCandidates } from "../span/candidates-dates.js";
import { numberCandidates, termCandidates, type NumberCandidate } from "../span/candidates-numbers.js";
import { MONTHS, NUMBER_WORDS, UNITS, VOLUME_UNITS } from "../span/lexicon.js";
import { isCapitalised, tokensOf, type Token } from "../span/tokens.js";
import type { NumberDetail } from "./question-type.js";
import { isStopword } from "../text/stopwords.js";

export type NumberKindFound = Exclude<NumberDetail, "score" | "volume"> | "bare";

/** Words before an amount that make it money: "senilai 5 juta", "seharga 200 ribu". */
const VALUE_CUES: ReadonlySet<string> = new Set(["senilai", "seharga", "bernilai", "berharga", "bertarif", "dibanderol"]);
// "berjam-jam", "bertahun-tahun": a duration without a number.
const REDUPLICATED_TIME = /\bber(jam|hari|minggu|pekan|bulan|tahun)-\1\b|\bfor (hours|days|weeks|months|years|decades)\b/i;
// "1966 hingga 1978", "sejak 2012": a stretch of years is a duration.
const YEAR_SPAN = /\b(1[5-9]|20)\d{2}\s*(hingga|sampai|[-–]|to|until)\s*(tahun\s+)?(1[5-9]|20)\d{2}\b|\b(sejak|since)\s+(tahun\s+)?(1[5-9]|20)\d{2}\b/i;
// What every such date holds (a month, a year, "pukul", "abad", "tahun N", "10/3"): the date patterns,
// slow, run only on the sentences that have one.
const DATE_HINT = new RegExp(`${MONTHS}|\\b(pukul|jam|at|abad|milenium|century|tahun|year|in)\\s|(1\\d|20)\\d{2}|\\d\\s*(SM|M|Masehi|BC|AD|CE|H)\\b|\\d\\s?/\\s?\\d|\\d(st|nd|rd|th)\\b`, "i");
// A quick test before the full reading: most sentences hold no number at all.
const MAY_HOLD_NUMBER = new RegExp(`\\p{N}|\\bke-|\\b(pertama|first|second|third|jangka|term|ber(jam|hari|minggu|pekan|bulan|tahun)-|for (hours|days|weeks|months|years|decades)|${[...NUMBER_WORDS].join("|")})`, "iu");

const MONEY_RANGE_BEFORE = /(?:Rp|US\$|\$)\.?\s*[\d.,]+\s*(?:ribu|juta|miliar|triliun)?\s*(?:[-–]|hingga|sampai)\s*$/i;
// "Perang Dunia II": a Roman numeral after a name is an ordinal.
const ROMAN = /\b[IVXL]{1,5}\b/;

/** The finer kinds of number the sentence holds. */
export function numberKindsOf(text: string): ReadonlySet<NumberKindFound> {
  const kinds = new Set<NumberKindFound>();
  if (!MAY_HOLD_NUMBER.test(text) && !ROMAN.test(text)) return kinds;
  if (REDUPLICATED_TIME.test(text) || YEAR_SPAN.test(text) || termCandidates(text).length > 0) kinds.add("duration");
  const tokens = tokensOf(text);
  const candidates = numberCandidates(text, tokens);
  if (candidates.length === 0) return kinds;
  // Only the dates that pin a day, a month or a year down take a number from the counts. They are
  // read only when a number would add a kind: most numbers of news are lone years or repeat a kind.
  let dates: readonly Candidate[] | undefined;
  for (const candidate of candidates) {
    const kind = kindOf(candidate, tokens, text);
    if (!kind || kinds.has(kind)) continue;
    dates ??= DATE_HINT.test(text) ? pinnedDateCandidates(text) : [];
    if (dates.some((d) => d.start <= candidate.start && candidate.end <= d.end)) continue;
    kinds.add(kind);
  }
  return kinds;
}

function kindOf(candidate: NumberCandidate, tokens: readonly Token[], text: string): NumberKindFound | null {
  if (candidate.kind !== "quantity") return candidate.kind;
  const inside = tokens.filter((t) => t.start >= candidate.start && t.end <= candidate.end);
  const last = inside[inside.length - 1]!;
  const before = tokens.filter((t) => t.end <= candidate.start).at(-1);
  const next = tokens.find((t) => t.start >= candidate.end);
  if ((before && VALUE_CUES.has(before.folded)) || endsMoneyRange(text, candidate.start)) return "money";
  if (/^\d+-years?-old$/.test(last.folded)) return "age";
  if (inside.length === 1 && inName(inside[0]!, before, next)) return null;
  // "hingga 05.00 WIB": a time of day the date patterns left (they take "pukul 04.30 WIB").
  if (/^\d{1,2}[.:]\d{2}$/.test(last.text) && /^(wib|wita|wit|am|pm)$/.test(next?.folded ?? "")) return null;
  // "5.000 liter" answers a volume question, which takes a bare number: no kind of its own.
  if (inside.some((t) => t !== inside[0] && VOLUME_UNITS.has(t.folded))) return "bare";
  if (inside.some((t) => t !== inside[0] && UNITS.has(t.folded))) return null;
  // "dua kru", "tiga linting": a count of things right before them, which no finer question takes.
  if (countsThing(candidate, next)) return null;
  // A lone year is a date.
  return inside.length === 1 && /^(1[5-9]|20)\d{2}$/.test(last.text) ? null : "bare";
}

// A lower-case content word right after the number: the thing it counts ("dua kru", not "dua, kru").
function countsThing(candidate: NumberCandidate, next: Token | undefined): boolean {
  return next !== undefined && next.start - candidate.end <= 1 && LOWER_WORD.test(next.text) && !isStopword(next.folded);
}
const LOWER_WORD = /^\p{Ll}{3,}$/u;

// "Rp 7.500 - 9.000": the range's second amount is money too.
function endsMoneyRange(text: string, start: number): boolean {
  return MONEY_RANGE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

// "BBM Satu Harga", "Institut Teknologi Sepuluh Nopember": a number word between capitalised words
// (not first in the sentence) is part of a name.
function inName(word: Token, before: Token | undefined, next: Token | undefined): boolean {
  return before !== undefined && next !== undefined && !/\d/.test(word.text) && isCapitalised(word) && isCapitalised(next);
}
