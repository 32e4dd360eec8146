import { parseDocument } from "yaml";
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
 * Separates a `---`-fenced YAML block from the text (the `yaml` package: quoting, comments, folded
 * and multi-line titles, lists). A list (`author: [A, B]`) becomes "A, B". Unknown keys are kept out
 * of the metadata but are not an error (an operator may note anything); malformed YAML is.
 */
export function splitFrontMatter(file: string, text: string): FrontMatterSplit {
  // Line by line up to the closing fence only: splitting a 30 MB article into lines and joining its
  // body again made two more copies of it.
  const first = nextLine(text, 0);
  if (first.line.trim() !== "---") return { meta: {}, body: text, hasFrontMatter: false };
  const block: string[] = [];
  for (let at = first.next; at >= 0; ) {
    const { line, next } = nextLine(text, at);
    if (line.trim() === "---") return { meta: metaOf(file, block), body: bodyFrom(text, next), hasFrontMatter: true };
    block.push(line);
    at = next;
  }
  throw new CorpusError(file, CORPUS_PROBLEMS.unclosedFrontMatter);
}

// The line at `from` without its "\n" or "\r\n", and where the next begins (-1 after the last line).
function nextLine(text: string, from: number): { line: string; next: number } {
  const end = text.indexOf("\n", from);
  if (end < 0) return { line: text.slice(from), next: -1 };
  return { line: text.slice(from, text[end - 1] === "\r" && end > from ? end - 1 : end), next: end + 1 };
}

// The text after the fence's line, with "\r\n" written "\n" (as its lines joined again would be).
function bodyFrom(text: string, next: number): string {
  if (next < 0) return "";
  const body = text.slice(next);
  return body.includes("\r") ? body.split(/\r?\n/).join("\n") : body;
}

function metaOf(file: string, block: readonly string[]): ArticleMeta {
  const doc = parseDocument(block.join("\n"), { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line ?? 1;
    throw new CorpusError(file, CORPUS_PROBLEMS.badFrontMatter(line + 1, error.message.split("\n")[0]!));
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    const at = block.findIndex((line) => line.trim() !== "" && !line.trimStart().startsWith("#"));
    throw new CorpusError(file, CORPUS_PROBLEMS.badFrontMatterLine(at + 2, block[at] ?? ""));
  }
  const meta: Record<string, string> = {};
  for (const [rawKey, value] of Object.entries(data)) {
    const key = rawKey.toLowerCase();
    if (!KNOWN_KEYS.has(key)) continue;
    const text = textOf(value);
    if (text === null) throw new CorpusError(file, CORPUS_PROBLEMS.frontMatterValue(key));
    if (text !== "") meta[key] = text;
  }
  return meta;
}

// Text, a number or a date as written, or a list of those joined by commas; null for anything else.
function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(textOf);
    return parts.some((p) => p === null) ? null : parts.filter((p) => p !== "").join(", ");
  }
  return null;
}
