/**
 * Speech cues around a quotation and in reported speech, as token positions: "…," kata X / ujarnya;
 * X mengatakan, "…"; X mengatakan (bahwa) …; menurut X, …; …, kata X, ….
 */
import { AFTER_VERBS, BAHWA_VERBS, POINTERS, REPORT_VERBS } from "./lexicon.js";
import { phraseAfter, type Phrase } from "./phrases.js";
import { openerStatement, passiveStatement } from "./openers.js";
import { speakerAfter, subjectBefore } from "./subject.js";
import type { Token } from "./tokens.js";

/** A cue: the tokens that name the speaker (absent for a clitic: "katanya"), and the cue's extent. */
export interface Cue {
  readonly speaker?: Phrase;
  readonly from: number;
  readonly to: number;
}

const OPENING_MARK = /^["“„«‘']$/;
const CLOSING_MARK = /^["”»’']$/;

function isClitic(token: Token): boolean {
  return token.lower.endsWith("nya") && token.lower !== "nya";
}

/** The cue after a closing mark at token `at`: ", kata X", "ujarnya", "X menambahkan". */
export function cueAfter(tokens: readonly Token[], at: number): Cue | undefined {
  let k = at;
  while (tokens[k] && (tokens[k]!.text === "," || CLOSING_MARK.test(tokens[k]!.text))) k++;
  const verb = tokens[k];
  if (!verb) return undefined;
  if (AFTER_VERBS.has(verb.lower) || REPORT_VERBS.has(verb.lower)) {
    if (isClitic(verb) && AFTER_VERBS.has(verb.lower)) return { from: k, to: k + 1 };
    const speaker = speakerAfter(tokens, k + 1);
    return speaker ? { speaker, from: k, to: speaker.to } : undefined;
  }
  const subject = phraseAfter(tokens, k);
  const next = subject && tokens[subject.to];
  if (!subject || !next || !(REPORT_VERBS.has(next.lower) || AFTER_VERBS.has(next.lower))) return undefined;
  return { speaker: subject, from: subject.from, to: subject.to + 1 };
}

/** The cue before an opening mark at token `at`: "Dia memperingatkan, “…”", "X menegaskan bahwa “…”". */
export function cueBefore(tokens: readonly Token[], at: number): Cue | undefined {
  let k = at - 1;
  while (k >= 0 && [",", ":", "bahwa"].includes(tokens[k]!.lower)) k--;
  if (k < 0 || !REPORT_VERBS.has(tokens[k]!.lower)) return undefined;
  const speaker = subjectBefore(tokens, k);
  return speaker ? { speaker, from: speaker.from, to: k + 1 } : undefined;
}

/** A reported statement in a sentence: its cue and the tokens of what was said. */
export interface Statement extends Cue {
  readonly contentFrom: number;
  readonly contentTo: number;
  /** Only a person can have said it ("Bagi X, …" also opens with things). */
  readonly personOnly?: boolean;
  /** The cue's own clause says too little ("X mengaku senang."): what was said may follow. */
  readonly short?: boolean;
}

/** Fewer words than this after a cue are not a statement by themselves. */
const MIN_CONTENT = 3;

/**
 * The first reported statement in tokens [from, to) (one sentence): "menurut X, …", "…, kata X",
 * "Bagi X, …", "… dibenarkan oleh X" or "X mengatakan (bahwa) …". `inQuote` tells which tokens are
 * inside a direct quotation. A cue with too little after it comes back marked short.
 */
export function statementIn(tokens: readonly Token[], from: number, to: number, inQuote: (i: number) => boolean): Statement | undefined {
  let end = to;
  while (end > from && /^[.!?]$/.test(tokens[end - 1]!.text)) end--;
  let short: Statement | undefined;
  for (let i = from; i < end; i++) {
    if (inQuote(i)) continue;
    const found = menurut(tokens, i, from, end) ?? openerStatement(tokens, i, from, end) ?? commaCue(tokens, i, from, end)
      ?? passiveStatement(tokens, i, from) ?? reporting(tokens, i, end);
    if (!found || OPENING_MARK.test(tokens[found.contentFrom]?.text ?? "")) continue;
    if (found.contentTo - found.contentFrom >= MIN_CONTENT) return found;
    short ??= { ...found, short: true };
  }
  return short;
}

function menurut(tokens: readonly Token[], i: number, from: number, end: number): Statement | undefined {
  const word = tokens[i]!.lower;
  if (word !== "menurut" && word !== "menurutnya") return undefined;
  const speaker = word === "menurutnya" ? undefined : phraseAfter(tokens, i + 1);
  if (word === "menurut" && !speaker) return undefined;
  const after = speaker ? speaker.to : i + 1;
  const opensClause = i === from || tokens[i - 1]!.text === ",";
  if (opensClause && tokens[after]?.text === ",") return { speaker, from: i, to: after, contentFrom: after + 1, contentTo: end };
  return { speaker, from: i, to: after, contentFrom: from, contentTo: end };
}

function commaCue(tokens: readonly Token[], i: number, from: number, end: number): Statement | undefined {
  const verb = tokens[i]!;
  if (i === from || tokens[i - 1]!.text !== "," || !AFTER_VERBS.has(verb.lower)) return undefined;
  if (i >= 2 && CLOSING_MARK.test(tokens[i - 2]!.text)) return undefined;
  const speaker = isClitic(verb) ? undefined : speakerAfter(tokens, i + 1);
  if (!isClitic(verb) && !speaker) return undefined;
  let after = speaker ? speaker.to : i + 1;
  if (tokens[after] && POINTERS.has(tokens[after]!.lower)) after++;
  const midSentence = tokens[after]?.text === "," && end - after > 3;
  return { speaker, from: i, to: after, contentFrom: from, contentTo: midSentence ? end : i - 1 };
}

function reporting(tokens: readonly Token[], i: number, end: number): Statement | undefined {
  const bahwa = tokens[i + 1]?.lower === "bahwa" || (tokens[i + 1]?.text === "," && tokens[i + 2]?.lower === "bahwa");
  if (!REPORT_VERBS.has(tokens[i]!.lower) && !(bahwa && BAHWA_VERBS.has(tokens[i]!.lower))) return undefined;
  const speaker = subjectBefore(tokens, i);
  if (!speaker) return undefined;
  let content = i + 1;
  while (content < end && [",", ":", "bahwa"].includes(tokens[content]!.lower)) content++;
  return { speaker, from: speaker.from, to: i + 1, contentFrom: content, contentTo: end };
}
