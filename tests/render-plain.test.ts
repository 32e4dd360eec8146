import { describe, expect, it } from "vitest";
import type { Reply } from "../src/index.js";
import { quoted, renderPlain } from "../adapters/render-plain.js";
import { renderPlain as fromConsolePath } from "../adapters/console/render-plain.js";

const quote = { speaker: "Retno Marsudi", cue: "kata Retno", kind: "indirect" as const, text: "NATO siap", article: "a", paragraph: 2, sentence: 4 };

describe("renderPlain", () => {
  it("writes a quote list with its footer, marks indirect speech (no quotation marks) in the reply's language, and leaves buttons out", () => {
    const reply = (lang: "id" | "en"): Reply => ({
      lang,
      blocks: [
        { kind: "quotes", title: "Kutipan Retno Marsudi (12):", quotes: [quote], footer: "Halaman 1 dari 3" },
        { kind: "buttons", buttons: [{ label: "Berikutnya ›", action: "qp:abc123:id:0:2:" }] },
      ],
    });
    expect(renderPlain(reply("id"))).toBe("Kutipan Retno Marsudi (12):\n  [4] Retno Marsudi (tidak langsung): NATO siap\nHalaman 1 dari 3");
    expect(renderPlain(reply("en"))).toContain("Retno Marsudi (indirect): NATO siap");
  });

  it("puts the span on the first line, then the sentence quoted once, then where it stands with confidence in words", () => {
    const text = "NATO akan mengerahkan empat kelompok tempur baru.";
    const start = text.indexOf("empat");
    const reply = (lang: "id" | "en", span: { text: string; start: number; end: number } | null): Reply => ({
      lang,
      blocks: [
        { kind: "answer", sentence: { article: "a", paragraph: 5, sentence: 5, text }, confidence: 0.62, span },
        { kind: "citation", ref: { article: "a", paragraph: 5, sentence: 5, text }, label: "paragraf 5, kalimat 5" },
      ],
    });
    const span = { text: "empat", start, end: start + 5 };
    expect(renderPlain(reply("id", span))).toBe(`empat\n“${text}”\n— paragraf 5, kalimat 5 (cukup yakin)`);
    expect(renderPlain(reply("en", null))).toBe(`“${text}”\n— paragraf 5, kalimat 5 (fairly confident)`);
    const own = { kind: "answer" as const, sentence: { article: "a", paragraph: 1, sentence: 1, text: "“Kami siap,” kata dia." }, confidence: 0.9 };
    expect(renderPlain({ lang: "id", blocks: [own] })).toBe("“Kami siap,” kata dia.");
  });

  it("is still importable from its old place in adapters/console", () => {
    expect(fromConsolePath).toBe(renderPlain);
  });
});

describe("quoted", () => {
  it("quotes a sentence once, and a sentence that closes a quotation opened before it only at its start", () => {
    expect(quoted("NATO siap membantu.")).toBe("“NATO siap membantu.”");
    expect(quoted("“NATO siap membantu,” kata dia.")).toBe("“NATO siap membantu,” kata dia.");
    expect(quoted("Kami siap membantu,” ujar dia.")).toBe("“Kami siap membantu,” ujar dia.");
  });
});
