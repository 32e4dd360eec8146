import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/index.js";
import { buttonLine, choicesOf, readPress } from "../../adapters/console/buttons.js";
import { PLAIN, renderPlain } from "../../adapters/render-plain.js";

const answer = (lang: "id" | "en"): Reply => ({
  lang,
  blocks: [
    { kind: "text", text: "Jawaban" },
    {
      kind: "buttons",
      buttons: [
        { label: lang === "en" ? "Context" : "Konteks", action: "ctx:abc123:0:4" },
        { label: lang === "en" ? "More" : "Lainnya", action: "more:abc123:0.5" },
      ],
    },
  ],
});
const plain: Reply = { lang: "id", blocks: [{ kind: "text", text: "Tanpa tombol" }] };

describe("buttonLine", () => {
  it("numbers the buttons and says how to press them, in the reply's language", () => {
    expect(buttonLine(choicesOf(answer("id")), PLAIN)).toBe("Tombol: [1] Konteks  [2] Lainnya — ketik #1, #2");
    expect(buttonLine(choicesOf(answer("en")), PLAIN)).toBe("Buttons: [1] Context  [2] More — type #1, #2");
  });

  it("is empty without buttons, and is never part of renderPlain (the CLI's reply text)", () => {
    expect(buttonLine(choicesOf(plain), PLAIN)).toBe("");
    expect(renderPlain(answer("id"))).toBe("Jawaban");
  });
});

describe("readPress", () => {
  it("reads exactly #N, spaces around it allowed, as a press of button N", () => {
    expect(readPress("#2", choicesOf(answer("id")))).toEqual({ button: { label: "Lainnya", action: "more:abc123:0.5" } });
    expect(readPress("  #1 ", choicesOf(answer("id")))).toEqual({ button: { label: "Konteks", action: "ctx:abc123:0:4" } });
  });

  it("leaves anything else to the core", () => {
    for (const line of ["#", "#1 lagi", "# 1", "1", "#satu", "#1234567", "apa #1"]) expect(readPress(line, choicesOf(answer("id"))), line).toBeNull();
  });

  it("answers a number without a button with a short line, word for word", () => {
    expect(readPress("#9", choicesOf(answer("id")))).toEqual({ notice: "Tidak ada tombol #9; pilih #1, #2." });
    expect(readPress("#0", choicesOf(answer("en")))).toEqual({ notice: "There is no button #0; choose #1, #2." });
    expect(readPress("#1", choicesOf(plain))).toEqual({ notice: "Jawaban terakhir tidak punya tombol." });
    expect(readPress("#1", choicesOf({ ...plain, lang: "en" }))).toEqual({ notice: "The last reply has no buttons." });
  });
});
