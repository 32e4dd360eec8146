/**
 * Numbers with what they count: quantities with their unit ("49,07 detik"), money ("Rp 5 miliar",
 * "160 juta dollar AS"), percentages, durations ("tiga tahun"), ages ("berusia 60 tahun"),
 * ordinals ("ke-7", "ketiga"), counts of people ("12 orang"), distances ("200 meter"), speeds ("60
 * km/jam"), areas ("5.000 hektare") and weights ("12 ton"). Each candidate says which of these it is.
 */
import type { Candidate } from "./candidate.js";
import { APPROXIMATORS, AREA_UNITS, CURRENCIES, LENGTH_UNITS, WEIGHT_UNITS, NUMBER_WORDS, PEOPLE_COUNTERS, PERCENT, SPEED_UNITS, TIME_UNITS, UNITS } from "./lexicon.js";
import { gapBetween, isNumberToken, type Token } from "./tokens.js";

export type NumberKind = "quantity" | "money" | "percentage" | "duration" | "age" | "ordinal" | "people" | "distance" | "speed" | "area" | "weight";

export interface NumberCandidate extends Candidate {
  readonly kind: NumberKind;
}

const ORDINAL_WORD = /^(ke-?\p{N}+|ke-?(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus)(\s|$)|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh|kesebelas|pertama|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\p{N}+(st|nd|rd|th))$/u;
const AGE_BEFORE = new Set(["usia", "umur", "berusia", "berumur", "aged", "age"]);
const YEAR = /^(1[0-9]|20)\d{2}$/;
// "60 km / jam", "60 km per jam": a unit of time after a length makes a speed.
const PER_TIME = /^\s*(\/|per)\s*(jam|j|h|hour|detik|second|menit|minute)(?![\p{L}])/iu;
// "Perang Dunia II", "Abdullah I": a Roman numeral after a name is its ordinal.
const ROMAN = /^(?=[IVXL]{1,5}$)X{0,3}(IX|IV|V?I{0,3})$|^X{1,3}$|^L$/;
// Durations without a number: "dalam jangka panjang", "long-term".
const TERM = /(?<![\p{L}])(?:jangka (?:panjang|pendek|menengah)|(?:long|short|medium)[- ]term)(?![\p{L}])/giu;

/** Durations named by their length, not by a number. */
export function termCandidates(text: string): NumberCandidate[] {
  return [...text.matchAll(TERM)].map((m) => ({ start: m.index, end: m.index + m[0].length, prior: 0.7, kind: "duration" as const, keepAsked: true }));
}

function isNumberWord(token: Token | undefined): boolean {
  return token !== undefined && (isNumberToken(token) || NUMBER_WORDS.has(token.folded)) && !ORDINAL_WORD.test(token.folded);
}

/** Every number phrase of the sentence, with its unit and kind. */
export function numberCandidates(text: string, tokens: readonly Token[]): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (ORDINAL_WORD.test(token.folded)) out.push({ start: token.start, end: token.end, prior: 0.9, kind: "ordinal" });
    else if (ROMAN.test(token.text) && i > 0 && CAPITAL_FIRST.test(tokens[i - 1]!.text)) out.push({ start: token.start, end: token.end, prior: 0.7, kind: "ordinal" });
    else if (token.folded === "ke" && isNumberWord(tokens[i + 1])) out.push({ start: token.start, end: tokens[i + 1]!.end, prior: 0.9, kind: "ordinal" });
    if (!isNumberWord(token) || (i > 0 && isNumberWord(tokens[i - 1]) && tight(text, tokens, i - 1))) continue;
    let to = i;
    while (isNumberWord(tokens[to + 1]) && tight(text, tokens, to)) to++;
    out.push(phrase(text, tokens, i, to));
  }
  return out;
}

// Two tokens with only spaces between them belong to one phrase; a comma or a bracket splits.
function tight(text: string, tokens: readonly Token[], at: number): boolean {
  return /^\s*$/.test(gapBetween(text, tokens[at]!, tokens[at + 1]!));
}

function phrase(text: string, tokens: readonly Token[], from: number, to: number): NumberCandidate {
  let start = from;
  let end = to;
  const before = tokens[from - 1];
  const lone = from === to && YEAR.test(tokens[from]!.text);
  let kind: NumberKind = "quantity";
  if (before && CURRENCIES.has(before.folded)) [start, kind] = [from - 1, "money"];
  else if (before && APPROXIMATORS.has(before.folded)) start = from - 1;
  if (/%$/.test(tokens[to]!.text)) kind = "percentage";
  // The unit: up to two unit words ("meter persegi", "dollar AS"), tightly after the number.
  for (let k = 0; k < 2 && tokens[end + 1] && tight(text, tokens, end); k++) {
    const unit = tokens[end + 1]!;
    const kindOfUnit = unitKind(unit, kind);
    if (!kindOfUnit) break;
    [end, kind] = [end + 1, kindOfUnit];
  }
  if (kind === "money" && tokens[end + 1] && /^(AS|US|USD|Singapura|Australia)$/.test(tokens[end + 1]!.text)) end++;
  if (AGE_BEFORE.has(tokens[start - 1]?.folded ?? "") || (tokens[end + 1]?.folded === "old" && kind === "duration")) kind = "age";
  if (kind === "quantity" && from === to && ageAfterName(text, tokens, from)) kind = "age";
  let last = tokens[end]!.end;
  if (kind === "distance" && PER_TIME.test(text.slice(last))) {
    kind = "speed";
    last += PER_TIME.exec(text.slice(last))![0].length;
  }
  // A bare year is a date, not a quantity: it stays a candidate, far down.
  const prior = lone && kind === "quantity" ? 0.3 : end > to || kind !== "quantity" ? 0.9 : 0.7;
  // The unit is part of the answer even when the question names it ("30 persen" for "berapa persen").
  const keepUnit = kind === "percentage" || kind === "duration" || kind === "age" || kind === "speed";
  return { start: tokens[start]!.start, end: last, prior, kind, ...(keepUnit ? { keepUnit } : {}) };
}

// A module constant: the build lowers a \p{...} literal to a `new RegExp` at every call.
const CAPITAL_FIRST = /^\p{Lu}/u;

// "Siti (63)", "Siti, 63, ...": a small number in brackets or commas right after a capitalised word.
function ageAfterName(text: string, tokens: readonly Token[], at: number): boolean {
  const [before, number] = [tokens[at - 1], tokens[at]!];
  if (!before || !CAPITAL_FIRST.test(before.text) || !/^\d{1,3}$/.test(number.text) || Number(number.text) > 120) return false;
  const gap = gapBetween(text, before, number);
  const after = text.slice(number.end, number.end + 3);
  return (/^\s*\(\s*$/.test(gap) && /^\s*\)/.test(after)) || (/^\s*,\s*$/.test(gap) && /^\s*([,.;)]|$)/.test(after));
}

function unitKind(unit: Token, current: NumberKind): NumberKind | null {
  if (PERCENT.has(unit.folded)) return "percentage";
  if (CURRENCIES.has(unit.folded)) return "money";
  if (current === "money" || current === "percentage") return null;
  if (TIME_UNITS.has(unit.folded)) return "duration";
  if (SPEED_UNITS.has(unit.folded)) return "speed";
  if (AREA_UNITS.has(unit.folded)) return "area";
  if (WEIGHT_UNITS.has(unit.folded)) return "weight";
  if (LENGTH_UNITS.has(unit.folded)) return "distance";
  if (PEOPLE_COUNTERS.has(unit.folded)) return "people";
  if (UNITS.has(unit.folded)) return current;
  return null;
}
