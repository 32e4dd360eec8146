/** A stretch of the sentence that may be the answer, before it is trimmed and scored. */
export interface Candidate {
  /** UTF-16 offsets into the sentence. */
  readonly start: number;
  readonly end: number;
  /** How likely this kind of stretch answers this kind of question, before distance (0..1). */
  readonly prior: number;
  /** Keep a leading function word ("melalui konferensi video": the means shows how). */
  readonly keepLead?: boolean;
  /** Keep words the question says at the edges ("Dewan Keamanan PBB" for "dewan apa"): part of a name. */
  readonly keepAsked?: boolean;
  /**
   * Show the candidate through its end even when the question names its last words: a unit of
   * measure ("30 persen" for "berapa persen"). It is scored as if they were trimmed.
   */
  readonly keepUnit?: boolean;
  /** A clause: its last words stay even when they are function words ("... begitu saja"). */
  readonly clause?: boolean;
  /** A name: it must keep a capitalised word or a number once trimmed. */
  readonly named?: boolean;
}

/** Candidates from regular expressions over the sentence (global flag required). */
export function matchesOf(text: string, pattern: RegExp, prior: number, group = 0): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(pattern)) {
    const part = m[group];
    if (part === undefined || part.trim() === "") continue;
    const start = m.index + m[0].indexOf(part);
    out.push({ start, end: start + part.length, prior });
  }
  return out;
}
