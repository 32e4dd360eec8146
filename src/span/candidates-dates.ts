/**
 * Dates and times: "Kamis, 24 Maret 2022", "March 24, 2022", "Januari-Februari 2006", "1973",
 * "abad ke-19", "pukul 13.10 WIB", "13/8", "2000-an", "pekan lalu". Full dates come first.
 */
import { matchesOf, type Candidate } from "./candidate.js";
import { DAYS, MONTHS } from "./lexicon.js";

const D = String.raw`\d{1,2}`;
const M = `(?:${MONTHS})`;
const Y = String.raw`\d{3,4}`;
const DAY = `(?:${DAYS})`;
const ERA = String.raw`(?:\s*(?:SM|M|Masehi|BC|AD|CE))?`;

// What some patterns cannot match without (\d is ASCII in them; names are matched with the same
// flags): the date patterns are the slowest part of the span finder, and most sentences lack most.
const DIGIT = /[0-9]/;
const MONTH = new RegExp(M, "iu");
const DAY_NAME = new RegExp(DAY, "iu");

// [pattern, prior, what it needs]: the more a pattern pins down, the higher its prior. A pattern is
// not run on a sentence that lacks what it needs.
const PATTERNS: ReadonlyArray<readonly [source: string, prior: number, needs: readonly RegExp[]]> = [
  [String.raw`(?:${DAY}\s*,?\s*)?${D}(?:\s*[-–]\s*${D})?\s+${M}(?:\s*,?\s*${Y})?`, 1, [DIGIT, MONTH]],
  [String.raw`(?:${DAY}\s*,?\s*)?${M}\s+${D}(?:st|nd|rd|th)?(?:\s*,\s*${Y}|\s+${Y})?`, 1, [DIGIT, MONTH]],
  [String.raw`${M}(?:\s*[-–]\s*${M})?\s+${Y}`, 0.95, [DIGIT, MONTH]],
  [String.raw`(?:pukul|jam|at)\s+\d{1,2}(?:[.:]\d{2})?(?:\s*(?:WIB|WITA|WIT|am|pm))?`, 0.9, [DIGIT]],
  [String.raw`(?:abad|milenium|century)\s+(?:ke\s*-?\s*)?(?:\d+|[IVXLC]+)(?:\s*(?:hingga|sampai|-)\s*(?:abad\s+)?(?:ke\s*-?\s*)?(?:\d+|[IVXLC]+))?${ERA}`, 0.9, []],
  [String.raw`\d{1,2}(?:st|nd|rd|th)\s+century`, 0.9, [DIGIT]],
  [String.raw`(?:1\d|20)\d{2}(?:\s*[-–]\s*(?:1\d|20)\d{2})?(?:-an|an|s)?${ERA}`, 0.8, [DIGIT]],
  [String.raw`(?<=(?:tahun|year|in)\s)\d{1,4}(?:\s*(?:SM|M|Masehi|BC|AD|CE|H))?`, 0.85, [DIGIT]],
  [String.raw`\d{1,4}\s*(?:SM|Masehi|BC|AD|CE|H)`, 0.85, [DIGIT]],
  // "10/3/2017", and "10 / 3 / 2017" as tokenized text writes it.
  [String.raw`\d{1,2}\s?/\s?\d{1,2}(?:\s?/\s?\d{2,4})?`, 0.8, [DIGIT]],
  [String.raw`(?:kemarin|besok|lusa|hari ini|tadi (?:pagi|siang|sore|malam)|(?:pekan|minggu|bulan|tahun) (?:lalu|depan|ini)|yesterday|tomorrow|today|(?:last|next|this) (?:week|month|year))`, 0.6, []],
  [String.raw`${DAY}`, 0.6, [DAY_NAME]],
  [String.raw`(?:bulan\s+)?${M}`, 0.6, [MONTH]],
  [String.raw`(?:masa|zaman|era|periode)\s+\p{Lu}[\p{L}-]+`, 0.5, []],
];

const COMPILED = PATTERNS.map(([source, prior, needs]) => ({
  pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`, "giu"),
  prior,
  needs,
}));
/** The prior of the dates that pin a day, a month or a year down. */
export const PINNED_PRIOR = 0.8;

// A question that names the part of a date it wants ("tahun berapa", "hari apa") gets that part.
const PARTS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\b(tahun berapa|tahun apa|what year|which year|in what year)\b/i, /^\d{4}(?:-an|s)?$/],
  [/\b(hari apa|what day|which day)\b/i, new RegExp(`^${DAY}$`, "i")],
  [/\b(bulan apa|what month|which month)\b/i, new RegExp(`^(?:bulan\\s+)?${M}$`, "i")],
  [/\b(jam berapa|pukul berapa|what time)\b/i, /^(?:pukul|jam|at)\s/i],
];

/** Every date or time in the sentence; the part the question names first. */
export function dateCandidates(text: string, question = ""): Candidate[] {
  const wanted = PARTS.find(([asks]) => asks.test(question))?.[1];
  return datesOf(text, 0).map((c) => (wanted?.test(text.slice(c.start, c.end)) ? { ...c, prior: c.prior + 0.5 } : c));
}

function datesOf(text: string, minPrior: number): Candidate[] {
  // Each of DIGIT, MONTH, DAY_NAME tested at most once, when a pattern needs it.
  const holds = new Map<RegExp, boolean>();
  return COMPILED.flatMap(({ pattern, prior, needs }) => (prior < minPrior || !needs.every((need) => holdsNeed(text, need, holds)) ? [] : matchesOf(text, pattern, prior)))
    // "may" is a month only when written "May": the English modal verb is far more common.
    .filter((c) => text.slice(c.start, c.end) !== "may");
}

// Whether the text holds what a pattern needs, remembered in `holds`.
function holdsNeed(text: string, need: RegExp, holds: Map<RegExp, boolean>): boolean {
  let found = holds.get(need);
  if (found === undefined) holds.set(need, (found = need.test(text)));
  return found;
}

/**
 * dateCandidates(text).filter((d) => d.prior >= PINNED_PRIOR), without running the patterns that
 * cannot pin one down (building a big article's index asks it of every sentence with a number).
 */
export function pinnedDateCandidates(text: string): Candidate[] {
  return datesOf(text, PINNED_PRIOR);
}
