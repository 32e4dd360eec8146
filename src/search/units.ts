/**
 * Finding multi-word units (src/text/phrases.ts) in a run of words: a look-up of each word's forms
 * among the units' first words, then a check of the few units that start there; no scan of the table.
 */
import { indonesianUnitStarts, type UnitStarts } from "../text/phrases.js";
import { stems } from "../text/stem.js";
import type { Field, Terms } from "./field.js";
import { pushWordsOfToken } from "./terms.js";
import { TokenMemo } from "./token-memo.js";

/** A unit found at words [start, start + length). */
export interface UnitMatch {
  readonly start: number;
  readonly length: number;
  readonly key: string;
}

/**
 * The units in a run of words, each word given by its forms (stems, or English base forms): left to
 * right, the longest unit starting at a word first, units not overlapping.
 */
export function findUnits(forms: readonly (readonly string[])[], starts: UnitStarts): UnitMatch[] {
  const out: UnitMatch[] = [];
  for (let i = 0; i < forms.length; i++) {
    const found = longestAt(forms, i, starts);
    if (found === undefined) continue;
    out.push({ start: i, length: found.length, key: found.join(" ") });
    i += found.length - 1;
  }
  return out;
}

function longestAt(forms: readonly (readonly string[])[], at: number, starts: UnitStarts): readonly string[] | undefined {
  let best: readonly string[] | undefined;
  for (const form of forms[at]!) {
    for (const parts of starts.get(form) ?? []) {
      if (best !== undefined && parts.length <= best.length) break; // longest first
      if (at + parts.length <= forms.length && parts.every((part, k) => k === 0 || forms[at + k]!.includes(part))) best = parts;
    }
  }
  return best;
}

/** The keys of the Indonesian units in a run of words ("ibu kota negara" → "ibu kota"). */
export function unitKeysOf(words: readonly string[]): string[] {
  return findUnits(words.map((word) => stems(word)), indonesianUnitStarts()).map((unit) => unit.key);
}

/**
 * Reads the Indonesian units of an index's sentences, token by token: each distinct token's words
 * and their stems worked out once (as the index reads its terms).
 */
export class UnitReader {
  private readonly stemsOfToken = new TokenMemo((token) => {
    const words: string[] = [];
    pushWordsOfToken(token, words);
    return words.map((word) => stems(word));
  });
  private readonly forms: (readonly string[])[] = [];
  private readonly starts = indonesianUnitStarts();

  /** Adds a token of the sentence being read. */
  push(token: string): void {
    for (const wordStems of this.stemsOfToken.of(token)) this.forms.push(wordStems);
  }

  /** The keys of the units of the sentence read since the last call (repeats kept); starts the next. */
  take(): string[] {
    const keys = this.forms.length < 2 ? [] : findUnits(this.forms, this.starts).map((unit) => unit.key);
    this.forms.length = 0;
    return keys;
  }
}

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
