import { describe, expect, it } from "vitest";
import { inlineToCommand, parseMessage } from "../../src/commands/parse.js";

describe("inlineToCommand", () => {
  it("reads 'kutipan <name>' and 'quote <name>' (any case, any spacing) as /quote", () => {
    expect(inlineToCommand("kutipan Jens Stoltenberg")).toBe("/quote Jens Stoltenberg");
    expect(inlineToCommand("  Kutipan   sekjen nato nuklir ")).toBe("/quote sekjen nato nuklir");
    expect(inlineToCommand("QUOTE Zelenskyy")).toBe("/quote Zelenskyy");
    expect(parseMessage(inlineToCommand("quote stoltenberg tentang nuklir"))).toEqual({ name: "quote", args: "stoltenberg tentang nuklir" });
  });

  it("takes anything else as a question, trimmed: the word alone, or inside a sentence", () => {
    expect(inlineToCommand(" Siapa Sekretaris Jenderal NATO? ")).toBe("Siapa Sekretaris Jenderal NATO?");
    expect(inlineToCommand("kutipan")).toBe("kutipan");
    expect(inlineToCommand("kutipanku hilang")).toBe("kutipanku hilang");
    expect(inlineToCommand("apa kutipan Stoltenberg?")).toBe("apa kutipan Stoltenberg?");
    expect(parseMessage(inlineToCommand("what did Stoltenberg say?")).name).toBeNull();
  });
});
