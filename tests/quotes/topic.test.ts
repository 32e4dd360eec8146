import { describe, expect, it } from "vitest";
import { aboutTopic } from "../../src/quotes/reply.js";
import type { Quote } from "../../src/index.js";

const quote = (sentence: number, text: string): Quote => ({ speaker: "Budi", cue: "kata Budi", kind: "direct", text, article: "a", paragraph: 1, sentence });

describe("aboutTopic", () => {
  it("keeps quotes that share a topic word, those sharing more first, and reads English topics", () => {
    const quotes = [quote(1, "Harga beras naik."), quote(2, "Perang dagang merugikan."), quote(3, "Perang nuklir harus dicegah.")];
    expect(aboutTopic(quotes, "perang nuklir").map((q) => q.sentence)).toEqual([3, 2]);
    expect(aboutTopic(quotes, "nuclear war").map((q) => q.sentence)).toEqual([3, 2]);
    expect(aboutTopic(quotes, "sepak bola")).toEqual([]);
  });
});
