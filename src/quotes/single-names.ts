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
}

/** Adds the article's one-word names (see above) to the cast, as people. */
export function learnSingleNames(cast: Cast, paras: readonly { index: number; tokens: readonly Token[]; runs: readonly Run[] }[], inside: InsideQuotation, lowerWords: ReadonlySet<string>): void {
  const uses = new Map<string, Use>();
  // The cast does not change until every use is counted: each word is judged once, not at each use.
  const judged = new Map<string, boolean>();
  const isCandidate = (token: Token) => {
    let yes = judged.get(token.text);
    if (yes === undefined) judged.set(token.text, (yes = candidate(cast, token, lowerWords)));
    return yes;
  };
  for (const { index, tokens, runs } of paras) {
    for (const run of runs) {
      if (run.to - run.from !== 1) continue;
      const token = tokens[run.from]!;
      if (!isCandidate(token)) continue;
      if (inside(index, token.start)) continue;
      const use = uses.get(token.text) ?? { count: 0, asSubject: 0, inside: 0 };
      use.count++;
      if (isSubject(tokens, run.from)) use.asSubject++;
      if (!opensSentence(tokens, run.from)) use.inside++;
      uses.set(token.text, use);
    }
  }
  for (const [word, use] of uses) if (use.count >= MIN_USES && use.asSubject > 0 && use.inside > 0) cast.add(word, true);
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
