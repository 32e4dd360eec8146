import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { Article, Corpus } from "../types.js";
import { CORPUS_PROBLEMS, CorpusError } from "../errors.js";
import { parseArticle } from "./parse.js";

const ARTICLE_EXTENSIONS = new Set([".md", ".txt"]);

/**
 * Loads the corpus at `path`: one article file, or a directory whose *.md / *.txt files are each an
 * article (id = file name without extension). The only place the core touches the file system.
 * Throws CorpusError naming the file and the problem.
 */
export function loadCorpus(path: string): Corpus {
  const stat = statOrThrow(path);
  const files = stat.isDirectory() ? articleFiles(path) : [path];
  if (!stat.isDirectory() && !ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) {
    throw new CorpusError(path, CORPUS_PROBLEMS.unsupported);
  }
  const articles: Article[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const id = basename(file, extname(file));
    if (seen.has(id)) throw new CorpusError(file, CORPUS_PROBLEMS.duplicateId(id));
    seen.add(id);
    articles.push(parseArticle(file, id, readUtf8(file)));
  }
  return { articles };
}

function statOrThrow(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new CorpusError(path, CORPUS_PROBLEMS.notFound);
  }
}

function articleFiles(dir: string): string[] {
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(dir, entry.name))
    .sort();
  if (files.length === 0) throw new CorpusError(dir, CORPUS_PROBLEMS.noArticles);
  return files;
}

function readUtf8(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new CorpusError(file, CORPUS_PROBLEMS.unreadable((error as Error).message));
  }
  if (bytes.includes(0)) throw new CorpusError(file, CORPUS_PROBLEMS.binary);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CorpusError(file, CORPUS_PROBLEMS.notUtf8);
  }
}
