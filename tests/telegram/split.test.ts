import { describe, expect, it } from "vitest";
import { splitSentences } from "../../adapters/split-text.js";
import { cutSafely, splitLines } from "../../adapters/telegram/split.js";

describe("splitSentences", () => {
  it("splits after sentence ends (closing quotes kept) and gives the text back when joined", () => {
    const text = "Dia datang. “Kami siap!” katanya… Lalu? Selesai";
    expect(splitSentences(text)).toEqual(["Dia datang. ", "“Kami siap!” ", "katanya… ", "Lalu? ", "Selesai"]);
    expect(splitSentences(text).join("")).toBe(text);
  });
});

describe("cutSafely", () => {
  it("never separates a surrogate pair and counts escaped length", () => {
    const pieces = cutSafely("😀".repeat(5), 3);
    expect(pieces).toEqual(["😀", "😀", "😀", "😀", "😀"]);
    expect(cutSafely("&&&", 10)).toEqual(["&&", "&"]);
  });
});

describe("splitLines", () => {
  it("packs whole lines into messages under the limit", () => {
    const lines = ["satu.", "dua.", "tiga."].map((text) => [{ text }]);
    expect(splitLines(lines, 10)).toEqual(["satu.\ndua.", "tiga."]);
    expect(splitLines(lines, 4096)).toEqual(["satu.\ndua.\ntiga."]);
  });

  it("splits an overlong line between sentences, then words, each piece keeping its tag", () => {
    const line = [{ text: "Aa bb. Cc dd. Ee ff.", tag: "i" as const }];
    expect(splitLines([line], 14)).toEqual(["<i>Aa bb.</i>", "<i>Cc dd.</i>", "<i>Ee ff.</i>"]);
    expect(splitLines([[{ text: "kata kata kata kata", tag: "b" as const }]], 16)).toEqual(["<b>kata kata</b>", "<b>kata kata</b>"]);
  });

  it("drops empty lines at a message's start and never sends an empty message", () => {
    expect(splitLines([[{ text: "" }], [{ text: "   " }]], 100)).toEqual([]);
  });
});
