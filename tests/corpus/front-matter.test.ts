import { describe, expect, it } from "vitest";
import { CorpusError } from "../../src/index.js";
import { splitFrontMatter } from "../../src/corpus/front-matter.js";

const meta = (yaml: string) => splitFrontMatter("a.md", `---\n${yaml}\n---\nIsi artikel.`).meta;

describe("front matter (YAML)", () => {
  it("reads folded and multi-line titles, quoted values with colons, comments and lists", () => {
    const read = meta(
      [
        "# written by the operator",
        "title: >-",
        "  Banjir rendam ratusan rumah",
        "  di Kota Hilir",
        'source: "Kabar Uji: edisi pagi"',
        "author:",
        "  - Rina Wulandari",
        "  - Budi Santoso",
        "date: 2022-03-24",
        "tags: [banjir, kota]",
      ].join("\n"),
    );
    expect(read).toEqual({
      title: "Banjir rendam ratusan rumah di Kota Hilir",
      source: "Kabar Uji: edisi pagi",
      author: "Rina Wulandari, Budi Santoso",
      date: "2022-03-24",
    });
  });

  it("accepts flow lists, literal blocks and numbers as text", () => {
    expect(meta("author: [A, B]\ntitle: |\n  Satu\n  dua\nlanguage: 1")).toEqual({ author: "A, B", title: "Satu dua", language: "1" });
  });

  it("names the line of malformed YAML, and refuses a nested value for a known key", () => {
    expect(() => meta('title: "unclosed')).toThrow(CorpusError);
    expect(() => meta("title: X\nsource: [a, b\n")).toThrow(/a\.md: front matter line \d+ is not valid YAML/);
    expect(() => meta("title:\n  inner: x")).toThrow(/front matter 'title' must be text or a list/);
  });

  it("reads CRLF lines, refuses an unclosed block, and reads a fence on the last line as an empty body", () => {
    expect(splitFrontMatter("a.md", "---\r\ntitle: Judul\r\n---\r\nSatu.\r\n\r\nDua.")).toEqual({ meta: { title: "Judul" }, body: "Satu.\n\nDua.", hasFrontMatter: true });
    expect(() => splitFrontMatter("a.md", "---\ntitle: Judul\nIsi.")).toThrow(CorpusError);
    expect(splitFrontMatter("a.md", "---\ntitle: Judul\n---")).toEqual({ meta: { title: "Judul" }, body: "", hasFrontMatter: true });
    expect(splitFrontMatter("a.md", " --- \n---\nIsi.")).toEqual({ meta: {}, body: "Isi.", hasFrontMatter: true });
    expect(splitFrontMatter("a.md", "Isi.\n---\n")).toEqual({ meta: {}, body: "Isi.\n---\n", hasFrontMatter: false });
  });

  it("treats an empty block as no metadata, and keeps the body intact", () => {
    const split = splitFrontMatter("a.md", "---\n---\nIsi: dengan titik dua.");
    expect(split).toEqual({ meta: {}, body: "Isi: dengan titik dua.", hasFrontMatter: true });
  });
});
