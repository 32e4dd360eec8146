/**
 * Cutting long text into pieces of at most `max` UTF-16 units (Discord counts characters; UTF-16
 * units are never fewer, so the bound is safe). Cuts fall, in order of preference, at a line break,
 * at the end of a sentence, between words, and only then anywhere that splits no surrogate pair
 * and no Markdown escape.
 */

// A sentence ends at . ! ? or … optionally followed by closing quotes or brackets, then a space.
const SENTENCE_END = /[.!?…]["”’')\]]*\s/g;

export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = cutPoint(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== "") pieces.push(rest);
  return pieces;
}

function cutPoint(text: string, max: number): number {
  const head = text.slice(0, max + 1);
  const line = head.lastIndexOf("\n");
  if (line > max / 2) return line + 1;
  const sentence = lastSentenceEnd(head);
  if (sentence > max / 3) return sentence;
  const space = head.lastIndexOf(" ");
  if (space > 0) return space + 1;
  return hardCut(text, max);
}

function lastSentenceEnd(head: string): number {
  let end = -1;
  for (const match of head.matchAll(SENTENCE_END)) end = match.index + match[0].length;
  return end;
}

function hardCut(text: string, max: number): number {
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  if (text[cut - 1] === "\\") cut -= 1;
  return Math.max(1, cut);
}
