/**
 * Speaker phrases next to a speech cue: the words after "kata"/"ujar" ("kata Stoltenberg pada …",
 * "ujar dia", "kata mantan Ketua Bawaslu ini") and the subject before a reporting verb
 * ("Sekretaris Jenderal NATO Jens Stoltenberg mengatakan", "Dia juga menegaskan").
 */
import { ADVERBS, ANONYMOUS, POINTERS, PRONOUNS, TITLE_WORDS } from "./lexicon.js";
import { isCapitalised, type Token } from "./tokens.js";

/** Tokens [from, to) that name a speaker. */
export interface Phrase {
  readonly from: number;
  readonly to: number;
}

const MAX_WORDS = 10;

function rolePart(token: Token): boolean {
  return TITLE_WORDS.has(token.lower) || ANONYMOUS.has(token.lower) || token.lower === "mantan";
}

function namePart(token: Token): boolean {
  return isCapitalised(token) || rolePart(token);
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
  while (to < tokens.length && to - at < MAX_WORDS && (isCapitalised(tokens[to]!) || rolePart(tokens[to]!))) to++;
  if (to === at) return undefined;
  if (tokens[to] && POINTERS.has(tokens[to]!.lower)) to++;
  return { from: at, to };
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
  return from === end ? undefined : { from, to: end };
}
