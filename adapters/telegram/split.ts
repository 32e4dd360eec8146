/**
 * Splitting rendered text into Telegram messages: between lines first, then between sentences, then
 * between words, and only as a last resort inside a word, never inside a surrogate pair. Lines are
 * made of runs of plain text with one optional tag; text is escaped after it is cut, so a cut can
 * never fall inside a tag or an HTML entity.
 */
import { escapeHtml } from "./escape.js";

export type Tag = "b" | "i" | "blockquote";

/** Plain text shown with at most one tag. */
export interface Run {
  readonly text: string;
  readonly tag?: Tag;
}

export type Line = readonly Run[];

/** The HTML of one line. */
export function formatLine(line: Line): string {
  return line.map((run) => (run.tag ? `<${run.tag}>${escapeHtml(run.text)}</${run.tag}>` : escapeHtml(run.text))).join("");
}

/** Messages of at most `max` UTF-16 units of HTML each, lines joined by newlines, none empty. */
export function splitLines(lines: readonly Line[], max: number): string[] {
  const messages: string[] = [];
  let current = "";
  for (const html of lines.flatMap((line) => fitLine(line, max))) {
    if (current !== "" && current.length + 1 + html.length > max) {
      messages.push(current);
      current = "";
    }
    current = current === "" ? html : `${current}\n${html}`;
  }
  if (current.trim() !== "") messages.push(current);
  return messages.filter((m) => m.trim() !== "");
}

// A line that fits is one piece; an overlong one becomes a piece per run chunk, each still tagged.
function fitLine(line: Line, max: number): string[] {
  const html = formatLine(line);
  if (html.length <= max) return [html];
  return line.flatMap((run) => {
    const overhead = run.tag ? run.tag.length * 2 + 5 : 0;
    return chunks(run.text, max - overhead).map((text) => formatLine([{ ...run, text }]));
  });
}

// Pieces whose escaped form is at most `max`: whole sentences where they fit, words, then characters.
function chunks(text: string, max: number): string[] {
  const out: string[] = [];
  let current = "";
  let size = 0;
  for (const piece of splitSentences(text).flatMap((s) => (escapedLength(s) <= max ? [s] : splitWords(s, max)))) {
    const length = escapedLength(piece);
    // Trailing spaces are trimmed when the piece is cut off, so they need not fit.
    if (current !== "" && size + escapedLength(piece.trimEnd()) > max) {
      out.push(current);
      current = "";
      size = 0;
    }
    current += piece;
    size += length;
  }
  if (current !== "") out.push(current);
  return out.map((piece) => piece.trim()).filter((piece) => piece !== "");
}

/** Sentences with their trailing spaces, so that joining them gives the text back. */
export function splitSentences(text: string): string[] {
  return text.match(/[^.!?…]*(?:[.!?…]+["”’)\]]*|$)\s*/g)?.filter((s) => s !== "") ?? [text];
}

function splitWords(sentence: string, max: number): string[] {
  const words = sentence.match(/\S+\s*/g) ?? [sentence];
  return words.flatMap((word) => (escapedLength(word) <= max ? [word] : cutSafely(word, max)));
}

/** Cuts text into pieces whose escaped form is at most `max`, never between a surrogate pair. */
export function cutSafely(text: string, max: number): string[] {
  const out: string[] = [];
  let current = "";
  let size = 0;
  // for...of walks code points, so a surrogate pair is never separated.
  for (const char of text) {
    const length = escapedLength(char);
    if (current !== "" && size + length > max) {
      out.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += length;
  }
  if (current !== "") out.push(current);
  return out;
}

function escapedLength(text: string): number {
  return escapeHtml(text).length;
}
