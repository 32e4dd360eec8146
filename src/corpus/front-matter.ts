import type { ArticleMeta } from "../types.js";
import { CORPUS_PROBLEMS, CorpusError } from "../errors.js";

const KNOWN_KEYS = new Set(["title", "source", "url", "language", "date", "author"]);

export interface FrontMatterSplit {
  readonly meta: ArticleMeta;
  /** The text after the front matter (or the whole text when there is none). */
  readonly body: string;
  readonly hasFrontMatter: boolean;
}

/**
 * Separates a `---`-fenced block of `key: value` lines from the text. Unknown keys are kept out of
 * the metadata but are not an error (an operator may note anything); malformed lines are.
 */
export function splitFrontMatter(file: string, text: string): FrontMatterSplit {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== "---") return { meta: {}, body: text, hasFrontMatter: false };
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  if (close < 0) throw new CorpusError(file, CORPUS_PROBLEMS.unclosedFrontMatter);
  const meta: Record<string, string> = {};
  for (let i = 1; i < close; i++) {
    const line = lines[i]!;
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!match) throw new CorpusError(file, CORPUS_PROBLEMS.badFrontMatterLine(i + 1, line));
    const key = match[1]!.toLowerCase();
    const value = unquote(match[2]!.trim());
    if (KNOWN_KEYS.has(key) && value !== "") meta[key] = value;
  }
  return { meta, body: lines.slice(close + 1).join("\n"), hasFrontMatter: true };
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2]! : value;
}
