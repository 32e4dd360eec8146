import { readFileSync, readdirSync, statSync, type Stats } from "node:fs";
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
  // A FIFO or a device would block the read (or never end): only regular files are articles.
  if (!stat.isDirectory() && !stat.isFile()) throw new CorpusError(path, CORPUS_PROBLEMS.notRegular);
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

// Follows symbolic links (a Kubernetes ConfigMap mounts every file as one).
function statOrThrow(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new CorpusError(path, CORPUS_PROBLEMS.notFound);
    if (code === "ELOOP") throw new CorpusError(path, CORPUS_PROBLEMS.linkLoop);
    throw new CorpusError(path, CORPUS_PROBLEMS.unreadable((error as Error).message));
  }
}

function articleFiles(dir: string): string[] {
  const files = listDirectory(dir)
    .filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()))
    .map((name) => join(dir, name))
    .filter(isRegularFile)
    .sort();
  if (files.length === 0) throw new CorpusError(dir, CORPUS_PROBLEMS.noArticles);
  return files;
}

function listDirectory(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    throw new CorpusError(dir, CORPUS_PROBLEMS.unreadable((error as Error).message));
  }
}

// A symlink counts as the file it points to; a dangling link or a link loop is skipped like any non-file.
function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
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
