/**
 * How often each English WordNet sense is used, for ordering a word's senses across parts of speech
 * (used by scripts/build-thesaurus.ts). WordNet's `cntlist.rev` counts how often each sense was tagged
 * in the SemCor corpus: "public" the adjective (50 tags) before "public" the noun (35), "matter" the
 * verb ("penting", 21) before the noun's third sense (7). Same WordNet 3.0 licence as the data files.
 */
import { readFileSync } from "node:fs";

/** One sense of an English lemma: its part of speech (n, v, a, r), tag count and Indonesian words. */
export interface Sense {
  readonly part: string;
  readonly count: number;
  /** The sense's number within its part of speech (1: WordNet's first sense). */
  readonly number: number;
  readonly words: readonly string[];
  /** How many English lemmas the sense's synset has (the Indonesian words translate all of them). */
  readonly synonyms: number;
}

/** Sense-key part-of-speech numbers (5: adjective satellite) → the letter the table uses. */
const PART_LETTERS: Readonly<Record<string, string>> = { 1: "n", 2: "v", 3: "a", 4: "r", 5: "a" };

/** `lemma|part|number` → how often that sense was tagged; senses never tagged are absent. */
export function readTagCounts(path: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const [key, number, count] = line.split(" ");
    if (!key || !number || !count) continue;
    const [lemma, rest] = key.split("%");
    const part = PART_LETTERS[rest?.[0] ?? ""];
    if (!lemma || !part) continue;
    const at = `${lemma}|${part}|${number}`;
    counts.set(at, (counts.get(at) ?? 0) + Number(count));
  }
  return counts;
}

/**
 * Senses never tagged in SemCor are kept only among a word's first three: a rare fifth sense of
 * "happen" ("find, happen, chance, bump": "menemui") matched "pertemuan" (a meeting) and turned an
 * English "when did X happen?" from "the article does not say when" to another sentence. Measured on
 * every set: no figure changed (news dev English 18/28, labelled 131/158), and the table is 1.55 MB
 * instead of 1.59.
 */
const UNTAGGED_AFTER = 3;

/**
 * Synsets with at least this many English lemmas keep only their Indonesian words that the dictionary
 * confirms for the lemma, when it confirms some. Measured on every set: 8 kept news dev near-topic
 * declined at 26/28 ("died" no longer matched "hidup") and took news dev English to 18/28, for one
 * labelled English question (25 → 24/30: "first" lost "awal", a word of "beginning"); 3, 5, 6 lost
 * English, 10 and 12 lost the near-topic question again.
 */
const CONFIRMED_SYNSET_SIZE = 8;

/**
 * A lemma's senses with the words of its large synsets cut to those the dictionary confirms (by stem).
 * Wordnet Bahasa gives a synset the Indonesian words of all its English lemmas: "die" shares a
 * synset with "go", "pass", "exit", "expire" and seven more, whose words include "pergi" and "hidup";
 * FreeDict's "mati", "meninggal" for "die" pick the words that are the lemma's own.
 */
export function keepConfirmed(senses: readonly Sense[], confirmed: ReadonlySet<string>, stemOf: (word: string) => string): Sense[] {
  return senses.map((sense) => {
    if (sense.synonyms < CONFIRMED_SYNSET_SIZE) return sense;
    const agreed = sense.words.filter((word) => confirmed.has(stemOf(word)));
    return agreed.length > 0 ? { ...sense, words: agreed } : sense;
  });
}

/**
 * A lemma's senses, most used first across parts of speech: by tag count, then WordNet's own order
 * (sense number), then noun, verb, adjective, adverb. Senses without Indonesian words are left out.
 */
export function orderSenses(senses: readonly Sense[]): Sense[] {
  const partOrder = "nvar";
  return senses
    .filter((sense) => sense.words.length > 0)
    .sort((a, b) => b.count - a.count || a.number - b.number || partOrder.indexOf(a.part) - partOrder.indexOf(b.part));
}

/**
 * One table entry: `part:words|part:words…`, at most `maxSenses` senses, past the third only senses
 * SemCor tagged (see UNTAGGED_AFTER); each sense's words (at most
 * `perSense`) whose stem no earlier word has: the ranker matches stems, and "memenangkan", "memenangi"
 * and "menang" would fill a sense's places with one word.
 */
export function encodeSenses(senses: readonly Sense[], maxSenses: number, perSense: number, stemOf: (word: string) => string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const sense of senses) {
    if (out.length >= UNTAGGED_AFTER && sense.count === 0) break;
    const words = sense.words.filter((w) => !seen.has(stemOf(w)) && seen.add(stemOf(w))).slice(0, perSense);
    if (words.length > 0) out.push(`${sense.part}:${words.join(" ")}`);
    if (out.length === maxSenses) break;
  }
  return out.join("|");
}
