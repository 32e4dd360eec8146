/**
 * People the article names by one word only ("Sutrisno punya cerita lain. …"): a capitalised word the
 * article never writes in lower case, never marks as a place, that is not a title, an acronym or an
 * institution word, used at least twice outside quotations and at least once as the subject of a
 * clause (opening a sentence or following a comma, with a lower-case word after it).
 */
import { NOT_PERSON_WORDS } from "./lexicon.js";
import type { InsideQuotation } from "./inside.js";
import type { Cast } from "./people.js";
import { isTitle, type Run } from "./runs.js";
import { isAcronym, type Token } from "./tokens.js";

/** Uses a one-word name needs before it counts as a person. */
const MIN_USES = 2;

interface Use {
  count: number;
  asSubject: number;
  /** Uses inside a sentence: a connective ("Selain itu", "Sementara") only ever opens one. */
  inside: number;
  /** The word's first use (what a candidate is judged by: its text alone). */
  token: Token;
}

/**
 * The article's one-word names (see above), counted a paragraph at a time while the cast is learned
 * and added to it, as people, once every paragraph is counted.
 */
export class SingleNames {
  private readonly uses = new Map<string, Use>();

  constructor(private readonly inside: InsideQuotation) {}

  /** Counts the paragraph's one-word runs outside quotations. */
  count(index: number, tokens: readonly Token[], runs: readonly Run[]): void {
    for (const run of runs) {
      if (run.to - run.from !== 1) continue;
      const token = tokens[run.from]!;
      if (this.inside(index, token.start)) continue;
      const use = this.uses.get(token.text) ?? { count: 0, asSubject: 0, inside: 0, token };
      use.count++;
      if (isSubject(tokens, run.from)) use.asSubject++;
      if (!opensSentence(tokens, run.from)) use.inside++;
      this.uses.set(token.text, use);
    }
  }

  /** Adds the words used often enough, and never otherwise (the cast must hold every longer name by now). */
  learn(cast: Cast, lowerWords: ReadonlySet<string>): void {
    // The cast does not change until every word is judged.
    const names = [...this.uses].filter(([, use]) => use.count >= MIN_USES && use.asSubject > 0 && use.inside > 0 && candidate(cast, use.token, lowerWords));
    for (const [word] of names) cast.add(word, true);
  }
}

function candidate(cast: Cast, token: Token, lowerWords: ReadonlySet<string>): boolean {
  const lower = token.lower;
  if (token.text.length < 3 || lower.endsWith("nya") || isAcronym(token) || isTitle(token) || NOT_PERSON_WORDS.has(lower)) return false;
  return !lowerWords.has(lower) && !cast.places.has(lower) && cast.byName(token.text) === undefined;
}

function opensSentence(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  return !previous || /^[.!?:;"“”]$/.test(previous.text);
}

function isSubject(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  const next = tokens[at + 1];
  const opens = !previous || (!previous.word && previous.text !== "(" && !/^["“”]$/.test(previous.text));
  return opens && next !== undefined && next.word && /^\p{Ll}/u.test(next.text);
}
