/**
 * Finding multi-word units (src/text/phrases.ts) in a run of words: a look-up of each word's forms
 * among the units' first words, then a check of the few units that start there; no scan of the table.
 */
import { indonesianUnitStarts, type UnitParts, type UnitStarts } from "../text/phrases.js";
import { stems } from "../text/stem.js";
import type { Field, Terms } from "./field.js";

/** A unit found at words [start, start + length). */
export interface UnitMatch {
  readonly start: number;
  readonly length: number;
  readonly key: string;
}

/** A word as units are looked for: its forms, and the units that may start at it, longest first. */
export interface UnitWord {
  readonly forms: readonly string[];
  readonly starts: readonly UnitParts[];
}

const NO_STARTS: readonly UnitParts[] = Object.freeze([]);

/**
 * The units in a run of words, each word given by its forms (stems, or English base forms): left to
 * right, the longest unit starting at a word first, units not overlapping.
 */
export function findUnits(forms: readonly (readonly string[])[], starts: UnitStarts): UnitMatch[] {
  return unitsIn(forms.map((f) => unitWord(f, starts)));
}

function unitWord(forms: readonly string[], starts: UnitStarts): UnitWord {
  const found = forms.flatMap((form) => starts.get(form) ?? NO_STARTS);
  if (found.length === 0) return { forms, starts: NO_STARTS };
  return { forms, starts: forms.length === 1 ? found : found.sort((a, b) => b.parts.length - a.parts.length) };
}

// Plain loops: this runs for every word of every sentence when the index is built.
function unitsIn(words: readonly UnitWord[]): UnitMatch[] {
  const out: UnitMatch[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    const starts = words[i]!.starts;
    for (let u = 0; u < starts.length; u++) {
      const { key, parts } = starts[u]!;
      if (!fits(words, i, parts)) continue;
      out.push({ start: i, length: parts.length, key });
      i += parts.length - 1;
      break;
    }
  }
  return out;
}

function fits(words: readonly UnitWord[], at: number, parts: readonly string[]): boolean {
  if (at + parts.length > words.length) return false;
  for (let k = 1; k < parts.length; k++) if (!words[at + k]!.forms.includes(parts[k]!)) return false;
  return true;
}

/** The keys of the Indonesian units in a run of words ("ibu kota negara" → "ibu kota"). */
export function unitKeysOf(words: readonly string[]): string[] {
  return findUnits(words.map((word) => stems(word)), indonesianUnitStarts()).map((unit) => unit.key);
}

/**
 * Reads the Indonesian units of an index's sentences, token by token: each distinct token's words,
 * their stems and the units they may start are worked out once, with its terms (sentence-terms.ts).
 */
export class UnitReader {
  private readonly starts = indonesianUnitStarts();
  private readonly words: UnitWord[] = [];
  /** Whether a word of the sentence may start a unit: a sentence where none does is not scanned. */
  private mayHold = false;

  /** A token's words (as `words` reads them) as units are looked for: worked out once per distinct token. */
  wordsOf(words: readonly string[]): readonly UnitWord[] {
    return words.map((word) => unitWord(stems(word), this.starts));
  }

  /** Adds a token of the sentence being read, by its words (from wordsOf). */
  push(tokenWords: readonly UnitWord[]): void {
    for (const word of tokenWords) {
      this.words.push(word);
      if (word.starts.length > 0) this.mayHold = true;
    }
  }

  /** The keys of the units of the sentence read since the last call (repeats kept); starts the next. */
  take(): readonly string[] {
    const keys = this.mayHold && this.words.length > 1 ? unitsIn(this.words).map((unit) => unit.key) : NO_KEYS;
    this.words.length = 0;
    this.mayHold = false;
    return keys;
  }
}

const NO_KEYS: readonly string[] = Object.freeze([]);

/**
 * Gives each multi-word unit of the field the idf of its words together when that is more than its
 * own: a question's "mata uang" read as one word weighs in the ranking and the confidence what "mata"
 * and "uang" weighed, and a sentence holding both words apart no longer scores for it.
 */
export function weighUnits(field: Field, terms: Terms): void {
  for (const term of terms.keys()) {
    if (!term.includes(" ")) continue;
    const id = terms.idOf(term)!;
    let words = 0;
    // A function word ("ikut serta") has no term and weighs nothing.
    for (const part of term.split(" ")) if (field.documentFrequency(part) > 0) words += field.idf(part);
    if (words > field.idfOf(id)) field.setIdf(id, words);
  }
}
