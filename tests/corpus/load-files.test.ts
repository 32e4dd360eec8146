import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/index.js";

const ARTICLE = "---\ntitle: Uji\n---\n\nKalimat pertama artikel ini cukup panjang. Kalimat kedua juga ada di sini.\n";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "corpus-files-"));
}

describe("loadCorpus on what a file system can hold", () => {
  it("follows symbolic links to regular files, as a Kubernetes ConfigMap mounts them", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "..data"));
    writeFileSync(join(dir, "..data", "berita.md"), ARTICLE);
    const corpus = join(dir, "corpus");
    mkdirSync(corpus);
    symlinkSync(join(dir, "..data", "berita.md"), join(corpus, "berita.md"));
    symlinkSync(join(corpus, "loop-b.md"), join(corpus, "loop-a.md"));
    symlinkSync(join(corpus, "loop-a.md"), join(corpus, "loop-b.md"));
    symlinkSync(join(dir, "missing.md"), join(corpus, "dangling.md"));
    const loaded = loadCorpus(corpus);
    expect(loaded.articles.map((a) => a.id)).toEqual(["berita"]);
    expect(loaded.articles[0]!.meta.title).toBe("Uji");
  });

  it("names a symbolic-link loop as such, not as a missing file", () => {
    const dir = tempDir();
    symlinkSync(join(dir, "b"), join(dir, "a"));
    symlinkSync(join(dir, "a"), join(dir, "b"));
    expect(() => loadCorpus(join(dir, "a"))).toThrow(/a: this is a loop of symbolic links/);
  });

  it("accepts a U+FFFD written in a valid UTF-8 file, and still refuses invalid bytes", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ok.md"), ARTICLE.replace("pertama", "pertama \uFFFD"));
    expect(loadCorpus(dir).articles[0]!.sentences[0]!.text).toContain("\uFFFD");
    writeFileSync(join(dir, "bad.md"), Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xc3, 0x28])]));
    expect(() => loadCorpus(dir)).toThrow(/bad\.md: this file is not valid UTF-8/);
  });

  it("reads front matter and paragraphs of a file with CR-only line endings", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "mac.md"), ARTICLE.replace(/\n/g, "\r"));
    const article = loadCorpus(dir).articles[0]!;
    expect(article.meta.title).toBe("Uji");
    expect(article.sentences.map((s) => s.text)).toEqual(["Kalimat pertama artikel ini cukup panjang.", "Kalimat kedua juga ada di sini."]);
  });
});
