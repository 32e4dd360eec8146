import type { Article, ArticleMeta, Paragraph, Sentence } from "../types.js";
import { CORPUS_PROBLEMS, CorpusError } from "../errors.js";
import { cleanText } from "../text/normalize.js";
import { splitFrontMatter } from "./front-matter.js";
import { splitSentences } from "./sentences.js";

// A heading is short and does not end like a sentence (no . ! ? : ; before any closing quote).
const HEADING_MAX_WORDS = 14;
const SENTENCE_END = /[.!?:;…]["'”’»)\]]*$/;

/**
 * Turns one article file's text into an Article. With front matter, paragraphs are blocks separated
 * by blank lines (Markdown); without, each non-empty line is a paragraph (plain text).
 */
export function parseArticle(file: string, id: string, raw: string): Article {
  if (raw.includes("\u0000")) throw new CorpusError(file, CORPUS_PROBLEMS.binary);
  // Invalid UTF-8 is refused by the loader's strict decoder; a U+FFFD written in the file is a character.
  // Old Mac (CR-only) and Windows line endings become "\n", so front matter and paragraphs read alike.
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const { meta, body, hasFrontMatter } = splitFrontMatter(file, cleanText(text));
  const blocks = hasFrontMatter ? markdownBlocks(body) : plainLines(body);
  if (blocks.length === 0) throw new CorpusError(file, CORPUS_PROBLEMS.empty);
  const paragraphs = blocks.map((text, i): Paragraph => toParagraph(text, i + 1, i === blocks.length - 1));
  const sentences = sentencesOf(id, paragraphs);
  if (sentences.length === 0) throw new CorpusError(file, CORPUS_PROBLEMS.noSentences);
  return { id, meta: withTitle(meta, paragraphs), paragraphs, sentences };
}

function markdownBlocks(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, " ").trim())
    .filter((block) => block.length > 0);
}

function plainLines(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line.length > 0);
}

// The last paragraph is never a heading: a heading introduces what follows it.
function toParagraph(text: string, number: number, last: boolean): Paragraph {
  const markdownHeading = /^#{1,6}\s+(.*)$/.exec(text);
  if (markdownHeading) return { number, kind: "heading", text: markdownHeading[1]!.trim() };
  const words = text.split(/\s+/).length;
  const isHeading = !last && words <= HEADING_MAX_WORDS && !SENTENCE_END.test(text);
  return { number, kind: isHeading ? "heading" : "body", text };
}

function sentencesOf(article: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== "body") continue;
    for (const piece of splitSentences(paragraph.text)) {
      out.push({ article, paragraph: paragraph.number, sentence: out.length + 1, ...piece });
    }
  }
  return out;
}

// Without a title in the front matter, a heading that opens the article is its title.
function withTitle(meta: ArticleMeta, paragraphs: readonly Paragraph[]): ArticleMeta {
  if (meta.title !== undefined || paragraphs[0]?.kind !== "heading") return meta;
  return { ...meta, title: paragraphs[0].text };
}
