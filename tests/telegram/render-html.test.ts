import { describe, expect, it } from "vitest";
import type { Reply, SentenceRef } from "../../src/index.js";
import { escapeHtml } from "../../adapters/telegram/escape.js";
import { inlineResults } from "../../adapters/telegram/inline.js";
import { renderHtml } from "../../adapters/telegram/render-html.js";
import { checkHtml } from "../e2e/fake-telegram.js";

const ref = (sentence: number, text: string): SentenceRef => ({ article: "a", paragraph: 1, sentence, text });
const evil = 'Tom & Jerry <b>bold</b></a> "quoted" <script>';

describe("escapeHtml", () => {
  it("escapes the four characters Telegram's HTML mode knows", () => {
    expect(escapeHtml(evil)).toBe("Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt;&lt;/a&gt; &quot;quoted&quot; &lt;script&gt;");
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });
});

describe("renderHtml", () => {
  const answer: Reply = {
    lang: "id",
    blocks: [
      { kind: "answer", sentence: ref(4, evil), confidence: 0.8123 },
      { kind: "citation", ref: ref(4, evil), label: "paragraf 1, kalimat 4" },
      { kind: "context", sentences: [ref(3, "Sebelumnya <i>.")] },
      { kind: "alternatives", title: "Kalimat lain:", sentences: [ref(9, "A & B.")] },
      { kind: "buttons", buttons: [{ label: "Konteks", action: "ctx:abc123:0:4" }] },
    ],
  };

  it("renders every block with only our own tags, every article string escaped", () => {
    const { messages, buttons } = renderHtml(answer);
    expect(messages).toEqual([
      [
        "<b>“Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt;&lt;/a&gt; &quot;quoted&quot; &lt;script&gt;”</b>",
        "",
        "<i>— paragraf 1, kalimat 4 (yakin)</i>",
        "",
        "<i>Konteks: </i><i>Sebelumnya &lt;i&gt;.</i>",
        "",
        "<b>Kalimat lain:</b>",
        "[9] A &amp; B.",
      ].join("\n"),
    ]);
    expect(buttons).toEqual([{ label: "Konteks", action: "ctx:abc123:0:4" }]);
    expect(checkHtml(messages[0]!)).toBeNull();
  });

  it("shows the span first in bold, then the sentence in a blockquote with the span in bold inside it", () => {
    const text = "Tim <A&B> mengirim empat kapal ke “Pulau <Seribu>”.";
    const start = text.indexOf("empat");
    const reply: Reply = {
      lang: "en",
      blocks: [
        { kind: "answer", sentence: ref(2, text), confidence: 0.55, span: { text: "empat", start, end: start + 5 } },
        { kind: "citation", ref: ref(2, text), label: "paragraph 1, sentence 2" },
      ],
    };
    const [html] = renderHtml(reply).messages;
    expect(html).toBe(
      "<b>empat</b>\n<blockquote>Tim &lt;A&amp;B&gt; mengirim <b>empat</b> kapal ke “Pulau &lt;Seribu&gt;”.</blockquote>\n\n<i>— paragraph 1, sentence 2 (fairly confident)</i>",
    );
    expect(checkHtml(html!)).toBeNull();
    expect(inlineResults(reply)[0]!.title).toBe("empat");
  });

  it("does not wrap a sentence that carries its own quotation marks in another pair", () => {
    const text = "“Saya berharap sekutu sepakat,” kata Stoltenberg.";
    const [html] = renderHtml({ lang: "id", blocks: [{ kind: "answer", sentence: ref(1, text), confidence: 0.4, span: null }] }).messages;
    expect(html).toBe("<b>“Saya berharap sekutu sepakat,” kata Stoltenberg.</b>");
  });

  it("keeps every piece of a very long quoted answer valid HTML under the limit", () => {
    const text = `${"kata <x> & ".repeat(800)}empat kapal ${"lagi & lagi ".repeat(300)}.`;
    const start = text.indexOf("empat");
    const reply: Reply = { lang: "id", blocks: [{ kind: "answer", sentence: ref(1, text), confidence: 0.9, span: { text: "empat", start, end: start + 5 } }] };
    const { messages } = renderHtml(reply, 4096);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.length).toBeLessThanOrEqual(4096);
      expect(checkHtml(message)).toBeNull();
    }
    expect(messages.join("")).toContain("<b>empat</b>");
  });

  it("renders quotes with the speaker in bold and marks indirect speech in the reply's language", () => {
    const reply: Reply = {
      lang: "en",
      blocks: [{
        kind: "quotes",
        title: "Quotes <x>",
        quotes: [{ speaker: "Jens <S>", cue: "kata", kind: "indirect", text: "a & b", article: "a", paragraph: 2, sentence: 5 }],
      }],
    };
    expect(renderHtml(reply).messages).toEqual(["<b>Quotes &lt;x&gt;</b>\n[5] <b>Jens &lt;S&gt;</b> (indirect): a &amp; b"]);
  });

  it("puts a quote list's footer (its page) in italics under the quotes, buttons on the message", () => {
    const quote = { speaker: "Jens", cue: "kata", kind: "direct" as const, text: "a", article: "a", paragraph: 2, sentence: 5 };
    const reply: Reply = {
      lang: "id",
      blocks: [
        { kind: "quotes", title: "Kutipan", quotes: [quote], footer: "Halaman 1 dari 2" },
        { kind: "buttons", buttons: [{ label: "Berikutnya ›", action: "qp:abc123:id:0:2:" }] },
      ],
    };
    const { messages, buttons } = renderHtml(reply);
    expect(messages).toEqual(["<b>Kutipan</b>\n[5] <b>Jens</b>: “a”\n<i>Halaman 1 dari 2</i>"]);
    expect(buttons.map((b) => b.label)).toEqual(["Berikutnya ›"]);
  });

  it("splits a long reply at sentence boundaries, each message valid HTML under the limit", () => {
    const sentences = Array.from({ length: 40 }, (_, i) => ref(i + 1, `Kalimat <${i}> & seterusnya ${"kata ".repeat(40)}selesai.`));
    const { messages } = renderHtml({ lang: "id", blocks: [{ kind: "sentences", title: "Ringkasan", sentences }] }, 1000);
    expect(messages.length).toBeGreaterThan(5);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(1000);
      expect(checkHtml(m)).toBeNull();
      expect(m.split("\n").every((line) => line === "<b>Ringkasan</b>" || /^\[\d+\] .*selesai\.$/.test(line))).toBe(true);
    }
  });

  it("cuts one overlong tagged sentence into tagged pieces, never inside an entity or a surrogate pair", () => {
    const text = `${"😀&<".repeat(3000)}.`;
    const { messages } = renderHtml({ lang: "id", blocks: [{ kind: "answer", sentence: ref(1, text), confidence: 1 }] });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(4096);
      expect(checkHtml(m)).toBeNull();
    }
    const visible = messages.join("").replace(/<\/?b>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<");
    expect(visible).toBe(`“${text}”`);
  });

  it("sends nothing for a reply with no text", () => {
    expect(renderHtml({ lang: "id", blocks: [{ kind: "buttons", buttons: [] }] }).messages).toEqual([]);
  });
});

describe("inlineResults", () => {
  it("offers one result per quotation for a quote list", () => {
    const quotes = Array.from({ length: 60 }, (_, i) => ({
      speaker: "Stoltenberg", cue: "kata", kind: "direct" as const, text: `Kutipan ${i} <b>`, article: "a", paragraph: 1, sentence: i + 1,
    }));
    const results = inlineResults({ lang: "id", blocks: [{ kind: "quotes", title: "Kutipan", quotes }] });
    expect(results).toHaveLength(50);
    expect(results[0]).toMatchObject({ type: "article", id: "q0", title: "Stoltenberg", description: "Kutipan 0 <b>" });
    expect(results[0]!.input_message_content).toMatchObject({ message_text: "[1] <b>Stoltenberg</b>: “Kutipan 0 &lt;b&gt;”", parse_mode: "HTML" });
  });

  it("offers the whole answer as one result titled with the answer", () => {
    const results = inlineResults({ lang: "id", blocks: [{ kind: "answer", sentence: ref(1, "Jawaban <ini>."), confidence: 0.9 }] });
    expect(results).toHaveLength(1);
    expect(results[0]!.title).toBe("“Jawaban <ini>.”");
    expect(results[0]!.input_message_content).toMatchObject({ message_text: "<b>“Jawaban &lt;ini&gt;.”</b>" });
  });
});
