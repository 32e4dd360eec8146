/**
 * The subject of a reporting verb when it is not simply the words before it: a name with a clause
 * between it and the verb ("X yang hadir di Y mengatakan", "X, yang …, kemudian mengatakan",
 * "X sebagai ketua Y mengatakan"), and a description that points back to someone already in the
 * story ("Mantan gubernur itu menyatakan", "Lembaga tersebut memutuskan").
 */
import { ADVERBS, POINTERS, PRONOUNS, REPORT_VERBS } from "./lexicon.js";
import { phraseAfter, phraseBefore, type Phrase } from "./phrases.js";
import { isCapitalised, type Token } from "./tokens.js";

/** Words that open a clause describing the noun before them. */
const CLAUSE_OPENERS = new Set(["yang", "sebagai", "selaku"]);
/** How far back (in tokens) a clause opener may be. */
const CLAUSE_REACH = 24;
/** Punctuation a subject never reaches across. */
const BARRIER = /^[.!?;:"“”«»]$/;

/** The subject of the reporting verb at `verb`, or undefined when there is none. */
export function subjectBefore(tokens: readonly Token[], verb: number): Phrase | undefined {
  const clause = clauseSubject(tokens, verb);
  const pointer = pointerBefore(tokens, verb);
  if (clause && (!pointer || surelyAName(tokens, clause))) return clause.subject;
  return pointer ?? clause?.subject ?? phraseBefore(tokens, verb);
}

// "Dokter yang … tersebut menegaskan" is a description (one capitalised word opening the
// sentence may be a common noun); "Jepang sebagai …", "Rudi Hartono yang …", ", X yang …" name someone.
function surelyAName(tokens: readonly Token[], clause: { subject: Phrase; opener: number }): boolean {
  const { subject, opener } = clause;
  const opensSentence = subject.from === 0 || /^[.!?"“”]$/.test(tokens[subject.from - 1]!.text);
  return tokens[opener]!.lower !== "yang" || subject.to - subject.from >= 2 || !opensSentence;
}

function skipAdverbs(tokens: readonly Token[], at: number): number {
  let end = at;
  while (end > 0 && ADVERBS.has(tokens[end - 1]!.lower)) end--;
  return end;
}

// "X yang … mengatakan": the noun before the first clause opener between the sentence's start and
// the verb, when nothing but the clause stands between them.
function clauseSubject(tokens: readonly Token[], verb: number): { subject: Phrase; opener: number } | undefined {
  let opener = -1;
  for (let k = verb - 1; k >= 0 && verb - k <= CLAUSE_REACH; k--) {
    const token = tokens[k]!;
    if (BARRIER.test(token.text) || REPORT_VERBS.has(token.lower) || token.lower === "bahwa") break;
    if (CLAUSE_OPENERS.has(token.lower)) opener = k;
  }
  if (opener < 1) return undefined;
  const before = tokens[opener - 1]!.text === "," ? tokens[opener - 2] : tokens[opener - 1];
  if (!before || !isCapitalised(before)) return undefined;
  const subject = phraseBefore(tokens, opener);
  return subject && { subject, opener };
}

// "Vokalis band itu mengatakan", "Sang kiper tersebut menegaskan": a description ending in a pointer
// word, from the clause's start (the sentence's or a comma's) to the pointer.
function pointerBefore(tokens: readonly Token[], verb: number): Phrase | undefined {
  const end = skipAdverbs(tokens, verb);
  if (end < 2 || !POINTERS.has(tokens[end - 1]!.lower)) return undefined;
  let from = end - 1;
  while (from > 0 && end - from < CLAUSE_REACH && tokens[from - 1]!.word) from--;
  if (from > 0 && (tokens[from - 1]!.word || /^["“”]$/.test(tokens[from - 1]!.text))) return undefined;
  return from < end - 1 ? { from, to: end, pointer: true } : undefined;
}

/**
 * The speaker named after a speech verb at `at`: a description pointing back ("kata mantan
 * gubernur dua periode itu") or the usual name or role phrase.
 */
export function speakerAfter(tokens: readonly Token[], at: number): Phrase | undefined {
  return pointerAfter(tokens, at) ?? phraseAfter(tokens, at);
}

function pointerAfter(tokens: readonly Token[], at: number): Phrase | undefined {
  if (!tokens[at]?.word || PRONOUNS.has(tokens[at]!.lower)) return undefined;
  for (let k = at + 1; k < tokens.length && k - at < CLAUSE_REACH / 2; k++) {
    const token = tokens[k]!;
    const next = tokens[k + 1];
    if (POINTERS.has(token.lower) && (!next || !next.word)) return { from: at, to: k + 1, pointer: true };
    if (!token.word && token.text !== "-") return undefined;
  }
  return undefined;
}
