import { describe, expect, it } from "vitest";
import { withSpans } from "../../src/span/attach.js";
import { findSpan } from "../../src/span/find.js";

const ref = (sentence: number, text: string) => ({ article: "a", paragraph: 1, sentence, text });
const question = "Berapa kapal yang dikirim?";
const answer = ref(1, "NATO mengirim empat kapal ke Laut Baltik.");
const runnerUp = ref(2, "Tahun lalu tiga kapal dikirim ke sana.");
const unspanned = { question, lang: "id" as const, answered: true, confidence: 0.9, answer, context: [], alternatives: [runnerUp, ref(3, "Kapal itu tiba kemarin.")] };

describe("withSpans", () => {
  it("gives the answer and each alternative the span findSpan finds in it", () => {
    const spanned = withSpans(unspanned);
    expect(spanned.answer!.span).toEqual(findSpan(question, answer.text));
    expect(spanned.answer!.span?.text).toBe("empat");
    expect(spanned.alternatives.map((s) => s.span)).toEqual(unspanned.alternatives.map((s) => findSpan(question, s.text)));
    expect(spanned.alternatives[0]!.span?.text).toBe("tiga");
  });

  it("finds an alternative's span when it is read, after other questions, and writes it out in JSON", () => {
    const spanned = withSpans(unspanned);
    expect(findSpan("Kapan kapal itu tiba?", "Kapal itu tiba pada 24 Maret.")?.text).toBe("24 Maret");
    const json = JSON.parse(JSON.stringify(spanned)) as typeof spanned;
    expect(json.alternatives[0]).toEqual({ ...runnerUp, span: findSpan(question, runnerUp.text) });
    expect(spanned.alternatives[0]!.span).toBe(spanned.alternatives[0]!.span);
    expect(Object.keys(spanned.alternatives[1]!)).toEqual(["article", "paragraph", "sentence", "text", "span"]);
    const frozen = Object.freeze(withSpans(unspanned).alternatives[0]!);
    expect(frozen.span).toEqual(findSpan(question, runnerUp.text));
  });
});
