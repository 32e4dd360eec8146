/**
 * Splitting rendered text into Telegram messages: whole lines are packed into messages, and a line
 * too long for one is cut as adapters/split-text.ts cuts (sentences, then words, then anywhere but
 * inside a surrogate pair), measuring the escaped HTML. Lines are made of runs of plain text with one
 * optional tag; text is escaped after it is cut, so a cut can never fall inside a tag or an entity.
 */
import { splitText, type SplitOptions } from "../split-text.js";
import { escapeHtml } from "./escape.js";

export type Tag = "b" | "i" | "blockquote";

/** Plain text shown with at most one tag, optionally inside a quotation block. */
export interface Run {
  readonly text: string;
  readonly tag?: Tag;
  /** Inside a <blockquote>: consecutive quoted runs share one, each keeping its own tag. */
  readonly quote?: boolean;
}

export type Line = readonly Run[];

const QUOTE_OVERHEAD = "<blockquote></blockquote>".length;

/** The HTML of one line. */
export function formatLine(line: Line): string {
  let html = "";
  line.forEach((run, i) => {
    const inner = run.tag ? `<${run.tag}>${escapeHtml(run.text)}</${run.tag}>` : escapeHtml(run.text);
    const opens = run.quote && !line[i - 1]?.quote;
    const closes = run.quote && !line[i + 1]?.quote;
    html += `${opens ? "<blockquote>" : ""}${inner}${closes ? "</blockquote>" : ""}`;
  });
  return html;
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

// A line that fits is one piece; an overlong one is cut run by run, each chunk still tagged, and
// the chunks packed back together while they fit (a quoted sentence stays one quotation per piece).
function fitLine(line: Line, max: number): string[] {
  const html = formatLine(line);
  if (html.length <= max) return [html];
  const pieces: Run[][] = [[]];
  for (const run of line) {
    const overhead = (run.tag ? run.tag.length * 2 + 5 : 0) + (run.quote ? QUOTE_OVERHEAD : 0);
    let rest = run.text;
    while (rest !== "") {
      const current = pieces[pieces.length - 1]!;
      if (formatLine([...current, { ...run, text: rest }]).length <= max) {
        current.push({ ...run, text: rest });
        break;
      }
      const room = max - formatLine(current).length - overhead;
      if (room < MIN_ROOM && current.length > 0) {
        pieces.push([]);
        continue;
      }
      // The cut drops spaces at its edges; the space before a run is the line's own and stays.
      const lead = current.length > 0 ? /^\s*/.exec(rest)![0] : "";
      const head = cutSafely(rest, room - lead.length)[0]!;
      current.push({ ...run, text: lead + head });
      rest = rest.slice(rest.indexOf(head) + head.length).trimStart();
      pieces.push([]);
    }
  }
  return pieces.filter((piece) => piece.length > 0).map(formatLine);
}

// Less room than this left in a piece: the next chunk starts a new piece instead of a sliver.
const MIN_ROOM = 200;

const ESCAPED: SplitOptions = Object.freeze({ measure: (text: string) => escapeHtml(text).length });

/**
 * Cuts plain text into pieces whose escaped HTML is at most `max`, where adapters/split-text.ts cuts
 * (never inside a surrogate pair); escaping each piece afterwards keeps entities whole.
 */
export function cutSafely(text: string, max: number): string[] {
  return splitText(text, max, ESCAPED);
}
