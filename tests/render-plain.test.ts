import { describe, expect, it } from "vitest";
import type { Reply } from "../src/index.js";
import { renderPlain } from "../adapters/render-plain.js";
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

  it("is still importable from its old place in adapters/console", () => {
    expect(fromConsolePath).toBe(renderPlain);
  });
});
