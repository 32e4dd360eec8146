import { foldForMatching } from "./normalize.js";

// Letters and digits, with inner apostrophes, hyphens and decimal/thousands separators kept inside
// one token ("negara-negara", "24,5", "301.757").
const TOKEN = /[\p{L}\p{N}]+(?:[-'.,][\p{L}\p{N}]+)*/gu;

/** Lower-cased, folded word tokens of a text, in order. */
export function tokenize(text: string): string[] {
  // English possessives ("NATO's", "Putin's") name the word itself.
  return (foldForMatching(text).match(TOKEN) ?? []).map((token) => (token.endsWith("'s") ? token.slice(0, -2) : token));
}

// A word as written, capitalisation kept.
const WRITTEN_WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;
const CAPITALISED = /^\p{Lu}/u;

/** The words of a text as written, case kept, not folded ("Ketua", "Komisi", "KPK"). */
export function writtenWords(text: string): string[] {
  return text.match(WRITTEN_WORD) ?? [];
}

/** True when the word (as written) opens with a capital letter. */
export function isCapitalised(word: string): boolean {
  return CAPITALISED.test(word);
}

// A number with its unit written on ("5kwh", "100km", "2,5jam"): the unit is a word of its own.
const NUMBER_UNIT = /^(\p{N}+(?:[.,]\p{N}+)*)(\p{L}{2,})$/u;
// A module constant: the build lowers a \p{...} literal to a `new RegExp` at every call.
const NUMERIC = /^\p{N}+(?:[.,]\p{N}+)*$/u;

/**
 * Reduplication "negara-negara" -> "negara"; other hyphenated words split into their parts; a unit
 * written onto its number split from it ("5kwh" -> "5", "kwh").
 */
export function splitCompound(token: string): string[] {
  const unit = NUMBER_UNIT.exec(token);
  if (unit) return [unit[1]!, unit[2]!];
  if (!token.includes("-")) return [token];
  const parts = token.split("-").filter((p) => p.length > 0);
  if (parts.length === 2 && parts[0] === parts[1]) return [parts[0]!];
  return parts;
}

/** True for tokens made only of digits and separators. */
export function isNumeric(token: string): boolean {
  return NUMERIC.test(token);
}
