/**
 * Error classes by cause. Everything a user can type gets a reply, never an exception; these are for
 * operators (a broken corpus) and for programmer errors.
 */

/** The corpus cannot be used: the message names the file and what to do. */
export class CorpusError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "CorpusError";
  }
}

/** Every corpus problem's wording, in one place. */
export const CORPUS_PROBLEMS = Object.freeze({
  notFound: "no such file or directory. Point CORPUS or --corpus at an article file or a directory of them.",
  noArticles: "this directory holds no articles (*.md or *.txt files).",
  linkLoop: "this is a loop of symbolic links. Point CORPUS or --corpus at the article file or directory itself.",
  notRegular: "not a regular file or directory (a pipe or a device). Point CORPUS or --corpus at an article file or a directory of them.",
  unsupported: "not an article file: use a .md or .txt file.",
  empty: "the article has no text.",
  binary: "this is not a text file (it contains NUL bytes).",
  notUtf8: "this file is not valid UTF-8 text. Save it as UTF-8.",
  unclosedFrontMatter: "front matter opened with '---' is never closed by a second '---' line.",
  badFrontMatterLine: (line: number, text: string) =>
    `front matter line ${line} is not 'key: value' (${JSON.stringify(text.slice(0, 60))}).`,
  badFrontMatter: (line: number, reason: string) => `front matter line ${line} is not valid YAML (${reason}).`,
  frontMatterValue: (key: string) => `front matter '${key}' must be text or a list of texts.`,
  noSentences: "the article has no sentences in its body (only headings or front matter).",
  duplicateId: (id: string) => `two articles would have the id "${id}"; rename one of the files.`,
  unreadable: (reason: string) => `cannot be read (${reason}).`,
});
