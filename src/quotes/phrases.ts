/**
 * Speaker phrases next to a speech cue: the words after "kata"/"ujar" ("kata Retno pada …",
 * "ujar dia", "kata mantan Ketua Bawaslu ini") and the subject before a reporting verb
 * ("Menteri Luar Negeri Retno Marsudi mengatakan", "Dia juga menegaskan").
 */
import { isStopword } from "../text/stopwords.js";
import { ADVERBS, ANONYMOUS, CONJUNCTIONS, NAME_STOPS, PRONOUNS, TITLE_WORDS } from "./lexicon.js";
import { isCapitalised, type Token } from "./tokens.js";

/** Tokens [from, to) that name a speaker. */
export interface Phrase {
  readonly from: number;
  readonly to: number;
  /** A description ending in "itu"/"ini"/"tersebut": someone already in the story, not a new name. */
  readonly pointer?: boolean;
}

const MAX_WORDS = 10;

function rolePart(token: Token, first: boolean): boolean {
  return TITLE_WORDS.has(token.lower) || (first && ANONYMOUS.has(token.lower)) || token.lower === "mantan";
}

// "Gubernur DKI terpilih Anies Baswedan": one lower-case word inside a titled phrase, before a name.
function inTitledPhrase(tokens: readonly Token[], at: number, to: number): boolean {
  const next = tokens[to + 1];
  return to > at && tokens[to]!.word && !NAME_STOPS.has(tokens[to]!.lower) && next !== undefined && isCapitalised(next)
    && tokens.slice(at, to).some((t) => TITLE_WORDS.has(t.lower));
}

// A phrase that opens with a function word ("Mereka", "Namun") names nobody by itself.
function trimmed(tokens: readonly Token[], phrase: Phrase): Phrase | undefined {
  let from = phrase.from;
  const keep = (t: Token) => PRONOUNS.has(t.lower) || ANONYMOUS.has(t.lower);
  while (from < phrase.to && (isStopword(tokens[from]!.lower) || CONJUNCTIONS.has(tokens[from]!.lower)) && !keep(tokens[from]!)) from++;
  return from < phrase.to ? { from, to: phrase.to } : undefined;
}

function namePart(token: Token): boolean {
  return isCapitalised(token) || rolePart(token, true);
}

// "Menteri Pendidikan dan Kebudayaan": "dan" between two capitalised words of a title.
function joiner(tokens: readonly Token[], at: number): boolean {
  return tokens[at]!.lower === "dan" && at > 0 && isCapitalised(tokens[at - 1]!) && isCapitalised(tokens[at + 1] ?? tokens[at]!);
}

/** The speaker named right after a cue at `at`: a pronoun, or role words and a capitalised name. */
export function phraseAfter(tokens: readonly Token[], at: number): Phrase | undefined {
  const first = tokens[at];
  if (!first?.word) return undefined;
  if (PRONOUNS.has(first.lower)) return { from: at, to: at + 1 };
  let to = at;
  while (to < tokens.length && to - at < MAX_WORDS) {
    if (isCapitalised(tokens[to]!) || rolePart(tokens[to]!, to === at)) to++;
    else if (inTitledPhrase(tokens, at, to)) to += 2;
    else break;
  }
  return to === at ? undefined : trimmed(tokens, { from: at, to });
}

/**
 * The subject of a reporting verb at `verb`: adverbs ("juga", "pun") and one appositive comma are
 * skipped, then a pronoun or a capitalised run (with role words such as "seorang pejabat").
 */
export function phraseBefore(tokens: readonly Token[], verb: number): Phrase | undefined {
  let end = verb;
  while (end > 0 && ADVERBS.has(tokens[end - 1]!.lower)) end--;
  if (end > 1 && tokens[end - 1]!.text === "," && isCapitalised(tokens[end - 2]!)) end--;
  const last = tokens[end - 1];
  if (!last?.word) return undefined;
  if (PRONOUNS.has(last.lower)) return { from: end - 1, to: end };
  let from = end;
  while (from > 0 && end - from < MAX_WORDS && (namePart(tokens[from - 1]!) || joiner(tokens, from - 1))) from--;
  return from === end ? undefined : trimmed(tokens, { from, to: end });
}
