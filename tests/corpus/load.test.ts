import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CorpusError, loadCorpus } from "../../src/index.js";

const DEFAULT = join(import.meta.dirname, "..", "..", "corpus");

function dirWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "corpus-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe("loadCorpus", () => {
  it("loads the default article with its metadata and keeps the section heading out of the body", () => {
    const [article] = loadCorpus(DEFAULT).articles;
    expect(article!.meta.source).toBe("CakapCakap");
    expect(article!.meta.language).toBe("id");
    const headings = article!.paragraphs.filter((p) => p.kind === "heading").map((p) => p.text);
    expect(headings).toEqual(["‘Perang nuklir tidak boleh dibiarkan’"]);
    expect(article!.sentences.some((s) => s.text.includes("Perang nuklir tidak boleh dibiarkan"))).toBe(false);
    expect(article!.sentences.length).toBeGreaterThanOrEqual(10);
  });

  it("reads plain text files line by line, and several articles from a directory", () => {
    const dir = dirWith({ "a.txt": "Kalimat pertama. Kalimat kedua.\nParagraf dua.", "b.md": "---\ntitle: B\n---\nIsi B." });
    const corpus = loadCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(["a", "b"]);
    expect(corpus.articles[0]!.sentences.map((s) => s.paragraph)).toEqual([1, 1, 2]);
    expect(corpus.articles[1]!.meta.title).toBe("B");
  });

  it.each([
    ["a missing path", () => "/nonexistent/corpus", /no such file or directory/],
    ["an empty directory", () => dirWith({}), /holds no articles/],
    ["an empty article", () => dirWith({ "x.md": "   \n\n" }), /x\.md: the article has no text/],
    ["unclosed front matter", () => dirWith({ "x.md": "---\ntitle: X\nIsi." }), /x\.md: front matter .* never closed/],
    ["a bad front matter line", () => dirWith({ "x.md": "---\nthis is not a pair\n---\nIsi." }), /x\.md: front matter line 2/],
    ["a binary file", () => dirWith({ "x.txt": Buffer.from([0x41, 0x00, 0x42]) }), /x\.txt: this is not a text file/],
    ["invalid UTF-8", () => dirWith({ "x.txt": Buffer.from([0x41, 0xff, 0xfe, 0x42]) }), /x\.txt: .*not valid UTF-8/],
    ["only front matter", () => dirWith({ "x.md": "---\ntitle: X\n---\n" }), /x\.md: the article has no text/],
  ])("fails at load on %s, naming the file and the problem", (_name, make, message) => {
    const path = make();
    expect(() => loadCorpus(path)).toThrow(CorpusError);
    expect(() => loadCorpus(path)).toThrow(message);
  });

  it("refuses a file that is not an article", () => {
    const dir = dirWith({ "x.pdf": "x" });
    mkdirSync(join(dir, "sub"));
    expect(() => loadCorpus(join(dir, "x.pdf"))).toThrow(/not an article file/);
  });
});
