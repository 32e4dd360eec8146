/**
 * Indonesian affix stripping in the spirit of Nazief–Adriani: the ways a word may be read as prefixes
 * + root + suffix, each checked against the root list (roots.ts). Pure rules of the language: the
 * particles, possessives, derivational suffixes and prefixes with their nasal recodings, and the
 * colloquial "-in" and bare nasal prefixes ("ngomong", "nulis").
 */
import { applyRule, prefixRulesFor } from "./prefixes.js";
import { isRoot, rootTakes } from "./roots.js";

/** A reading of a word that reaches a known root, and how many affixes it stripped. */
export interface Reading {
  readonly root: string;
  /** Derivational affixes stripped (a colloquial nasal counts two). */
  readonly pieces: number;
  /** Particles and possessives stripped. */
  readonly inflections: number;
  /** Whether a derivational suffix was stripped (suffixes are stripped first). */
  readonly suffixed: boolean;
  /** Whether it read a spoken bare nasal ("nulis"). */
  readonly colloquial?: boolean;
}

const PARTICLE = /(?:kah|lah|pun|tah)$/;
const POSSESSIVE = /(?:nya|ku|mu)$/;
/** Derivational suffixes and their codes in the root list ("in" is colloquial -i/-kan). */
const SUFFIXES: readonly (readonly [string, string])[] = [["kan", "k"], ["an", "a"], ["i", "i"], ["in", "in"]];
/** Outer prefix and suffix that do not go together (Nazief–Adriani's disallowed pairs). */
const DISALLOWED = new Set(["b:i", "d:a", "k:i", "k:k", "m:a", "s:i", "s:k", "t:a"]);
const MIN_ROOT = 3;
const MAX_PREFIXES = 2;

/** Every reading of a lower-case word that reaches a known root. */
export function readings(word: string): Reading[] {
  const out: Reading[] = [];
  for (const [base, inflections] of inflectionalBases(word)) {
    if (inflections > 0 && isRoot(base)) out.push({ root: base, pieces: 0, inflections, suffixed: false });
    prefixedReadings(base, { suffix: "", pieces: 0, inflections, suffixed: false }, 0, "", out);
    for (const [suffix, code] of SUFFIXES) {
      if (!base.endsWith(suffix) || base.length - suffix.length < MIN_ROOT) continue;
      const stem = base.slice(0, -suffix.length);
      if (rootTakes(stem, "", code)) out.push({ root: stem, pieces: 1, inflections, suffixed: true });
      prefixedReadings(stem, { suffix: code, pieces: 1, inflections, suffixed: true }, 0, "", out);
    }
  }
  return out;
}

/** The word, without its particle, without its possessive, without both: with the pieces removed. */
function inflectionalBases(word: string): [string, number][] {
  const out: [string, number][] = [[word, 0]];
  const particle = PARTICLE.exec(word);
  if (particle && word.length - particle[0].length >= MIN_ROOT) out.push([word.slice(0, particle.index), 1]);
  for (const [base, pieces] of [...out]) {
    const possessive = POSSESSIVE.exec(base);
    if (possessive && base.length - possessive[0].length >= MIN_ROOT) out.push([base.slice(0, possessive.index), pieces + 1]);
  }
  return out;
}

/** What was stripped from the end of the word before its prefixes are read. */
interface Ending {
  readonly suffix: string;
  readonly pieces: number;
  readonly inflections: number;
  readonly suffixed: boolean;
}

/** Readings of `word` as prefixes + root, the root taking the outermost prefix and the suffix. */
function prefixedReadings(word: string, end: Ending, depth: number, outer: string, out: Reading[]): void {
  for (const rule of prefixRulesFor(word)) {
    if (depth > 0 && rule.colloquial) continue;
    const rest = applyRule(rule, word);
    const outermost = depth === 0 ? rule.cls : outer;
    if (rest === null || rest.length < MIN_ROOT || DISALLOWED.has(`${outermost}:${end.suffix}`)) continue;
    // A colloquial nasal costs one piece more: a standard reading wins over it.
    const pieces = end.pieces + depth + 1 + (rule.colloquial ? 1 : 0);
    if (rootTakes(rest, outermost, end.suffix)) out.push({ root: rest, pieces, inflections: end.inflections, suffixed: end.suffixed, colloquial: rule.colloquial });
    if (depth + 1 < MAX_PREFIXES && !rule.colloquial) prefixedReadings(rest, end, depth + 1, outermost, out);
  }
}
