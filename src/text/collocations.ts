/**
 * English collocations of content words ("united states", "prime minister", "press conference") and
 * the Indonesian compounds and names WordNet's synsets give them through Wordnet Bahasa (WordNet 3.0
 * licence, Wordnet Bahasa MIT; see LEXICON-NOTICE.md). Data: `lexicon-collocations.json`, rebuilt by
 * `scripts/build-thesaurus.ts`.
 */
import table from "./lexicon-collocations.json" with { type: "json" };
import { englishBaseForms } from "./english.js";

const COLLOCATIONS: Readonly<Record<string, string>> = table;

/** What a run of question words says together. */
export interface Collocation {
  /** Where the run starts among the words, and how many words it has. */
  readonly start: number;
  readonly length: number;
  /** The Indonesian words of its senses, most used first, each compound as its words ("perdana menteri"). */
  readonly words: readonly string[];
  /** True when its first sense is a name ("Amerika Serikat"): its words mean nothing apart. */
  readonly name: boolean;
}

function lookUp(key: string): string | undefined {
  return Object.hasOwn(COLLOCATIONS, key) ? COLLOCATIONS[key] : undefined;
}

// The entry for words [start, start + length): as written, else with the last word's base forms
// ("prime ministers"), else with the first word's ("took part" is read by the caller's tokens as is).
function entryAt(words: readonly string[], start: number, length: number): string | undefined {
  const run = words.slice(start, start + length);
  const head = run.slice(0, -1).join(" ");
  const lasts = [run.at(-1)!, ...englishBaseForms(run.at(-1)!)];
  for (const last of lasts) {
    const entry = lookUp(head ? `${head} ${last}` : last);
    if (entry !== undefined) return entry;
  }
  return undefined;
}

function parse(start: number, length: number, entry: string): Collocation {
  const senses = entry.split("|").map((sense) => sense.slice(2).split(" "));
  const words = [...new Set(senses.flat().map((lemma) => lemma.replaceAll("_", " ").toLowerCase()))];
  return { start, length, words, name: senses[0]!.some((lemma) => /^\p{Lu}/u.test(lemma)) };
}

/**
 * The collocations among an English question's lower-case words, longest first at each place, none
 * overlapping ("the united states president": "united states").
 */
export function collocationsIn(words: readonly string[]): Collocation[] {
  const out: Collocation[] = [];
  for (let start = 0; start < words.length - 1; start++) {
    for (const length of [3, 2]) {
      if (start + length > words.length) continue;
      const entry = entryAt(words, start, length);
      if (entry === undefined) continue;
      out.push(parse(start, length, entry));
      start += length - 1;
      break;
    }
  }
  return out;
}
