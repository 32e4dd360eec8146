import { describe, expect, it } from "vitest";
import type { Quote, Reply, SentenceRef } from "../../src/index.js";
import { embedSize, escapeText, LIMITS, renderDiscord } from "../../adapters/discord/render-discord.js";
import { splitText } from "../../adapters/discord/split.js";

const ref = (sentence: number, text: string): SentenceRef => ({ article: "a", paragraph: 1, sentence, text });
const quote = (i: number, text: string): Quote => ({ speaker: `Pembicara ${i}`, cue: "kata", kind: "direct", text, article: "a", paragraph: 1, sentence: i });

describe("escapeText", () => {
  it("makes Markdown inert", () => {
    expect(escapeText("**tebal** _miring_ ~~coret~~ ||rahasia|| `kode`")).toBe("\\*\\*tebal\\*\\* \\_miring\\_ \\~\\~coret\\~\\~ \\|\\|rahasia\\|\\| \\`kode\\`");
  });

  it("makes headings, quotes, subtext, lists and masked links inert", () => {
    expect(escapeText("# Judul")).toBe("\\# Judul");
    expect(escapeText("> kutipan\n-# kecil")).toBe("\\> kutipan\n\\-# kecil");
    expect(escapeText("- butir")).toBe("\\- butir");
    expect(escapeText("[klik](https://contoh.id)")).toContain("\\[klik\\]");
  });

  it("shows mentions as text instead of pills (allowedMentions already stops pings)", () => {
    expect(escapeText("<@&1400> <@1600> <#1300> @everyone")).toBe("\\<@&1400> \\<@1600> \\<#1300> @everyone");
  });

  it("leaves URLs clickable and emoji and bidi characters as they are", () => {
    expect(escapeText("lihat https://contoh.id/a_b_c ya")).toBe("lihat https://contoh.id/a_b_c ya");
    expect(escapeText("🇮🇩 \u202Eabc\u202C")).toBe("🇮🇩 \u202Eabc\u202C");
  });
});

describe("splitText", () => {
  it("cuts at sentence ends, each piece within the limit", () => {
    const text = "Kalimat pertama cukup panjang. ".repeat(200);
    const pieces = splitText(text, 2000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(2000);
      expect(piece.endsWith(".")).toBe(true);
    }
    expect(pieces.join(" ")).toBe(text.trim());
  });

  it("never splits a surrogate pair or an escape when it must cut inside a word", () => {
    const pieces = splitText("😀".repeat(1500), 2000);
    for (const piece of pieces) expect(piece).toMatch(/^(?:😀)+$/u);
    for (const piece of splitText("\\*".repeat(1500), 2001)) expect(piece.endsWith("\\")).toBe(false);
  });
});

describe("renderDiscord", () => {
  it("renders an answer as text with its citation, no pings, and buttons on the last message", () => {
    const reply: Reply = {
      lang: "id",
      blocks: [
        { kind: "answer", sentence: ref(5, "Kata *Stoltenberg*, NATO siap."), confidence: 0.87 },
        { kind: "citation", ref: ref(5, ""), label: "paragraf 5, kalimat 5" },
        { kind: "buttons", buttons: [{ label: "Konteks", action: "ctx:abcdef:0:5" }, { label: "Lainnya", action: "more:abcdef:0.6" }] },
      ],
    };
    const [message, ...rest] = renderDiscord(reply);
    expect(rest).toHaveLength(0);
    expect(message!.content).toBe("**“Kata \\*Stoltenberg\\*, NATO siap.”**\n— paragraf 5, kalimat 5 (yakin)");
    expect(message!.allowedMentions).toEqual({ parse: [] });
    expect(message!.components![0]!.components.map((b) => [b.label, b.custom_id])).toEqual([
      ["Konteks", "ctx:abcdef:0:5"],
      ["Lainnya", "more:abcdef:0.6"],
    ]);
  });

  it("shows the span first in bold, then the sentence as a > quote with the span in bold, Markdown escaped", () => {
    const text = "Kata *Stoltenberg*, NATO_X akan mengerahkan empat kelompok > tempur.";
    const start = text.indexOf("empat");
    const reply: Reply = {
      lang: "en",
      blocks: [
        { kind: "answer", sentence: ref(5, text), confidence: 0.45, span: { text: "empat", start, end: start + 5 } },
        { kind: "citation", ref: ref(5, text), label: "paragraph 5, sentence 5" },
      ],
    };
    const [message] = renderDiscord(reply);
    expect(message!.content).toBe(
      "**empat**\n> Kata \\*Stoltenberg\\*, NATO\\_X akan mengerahkan **empat** kelompok > tempur.\n— paragraph 5, sentence 5 (not very confident)",
    );
  });

  it("splits long text into messages of at most 2,000 characters", () => {
    const reply: Reply = { lang: "id", blocks: [{ kind: "text", text: "Ini kalimat. ".repeat(600) }] };
    const messages = renderDiscord(reply);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.content!.length).toBeLessThanOrEqual(LIMITS.content);
  });

  it("renders a summary as an embed, splitting descriptions over 4,096", () => {
    const sentences = Array.from({ length: 40 }, (_, i) => ref(i + 1, `${"Kalimat ringkasan yang panjang sekali. ".repeat(5)}`));
    const messages = renderDiscord({ lang: "id", blocks: [{ kind: "sentences", title: "Ringkasan", sentences }] });
    const embeds = messages.flatMap((m) => m.embeds ?? []);
    expect(embeds.length).toBeGreaterThan(1);
    expect(embeds[0]!.title).toBe("Ringkasan");
    for (const embed of embeds) expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.description);
    for (const m of messages) {
      expect((m.embeds ?? []).length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
      expect((m.embeds ?? []).reduce((n, e) => n + embedSize(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    }
  });

  it("renders quotes as fields within 1,024 each, 25 per embed, 6,000 per message", () => {
    const quotes = Array.from({ length: 60 }, (_, i) => quote(i + 1, `Kami **mendukung** Ukraina ${"sepenuhnya ".repeat(i % 3 === 0 ? 150 : 5)}`));
    const messages = renderDiscord({ lang: "id", blocks: [{ kind: "quotes", title: "Kutipan", quotes }] });
    const embeds = messages.flatMap((m) => m.embeds ?? []);
    expect(embeds.flatMap((e) => e.fields ?? [])).toHaveLength(60);
    for (const embed of embeds) {
      expect(embed.fields!.length).toBeLessThanOrEqual(LIMITS.fields);
      for (const field of embed.fields!) expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    for (const m of messages) expect((m.embeds ?? []).reduce((n, e) => n + embedSize(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(embeds[0]!.fields![0]!.value).toContain("\\*\\*mendukung\\*\\*");
  });

  it("puts a quote list's footer on its last embed, within 6,000, and its buttons on that message", () => {
    // Six fields of 998 characters and the title make 5,995: the footer would pass 6,000, so the sixth moves on.
    const quotes = Array.from({ length: 6 }, (_, i) => quote(i + 1, "x".repeat(981)));
    const messages = renderDiscord({
      lang: "id",
      blocks: [
        { kind: "quotes", title: "Kutipan", quotes, footer: "Halaman 1 dari 2" },
        { kind: "buttons", buttons: [{ label: "Berikutnya ›", action: "qp:abc123:id:0:2:" }] },
      ],
    });
    const embeds = messages.flatMap((m) => m.embeds ?? []);
    expect(embeds.map((e) => e.fields!.length)).toEqual([5, 1]);
    expect(embeds.map((e) => e.footer?.text)).toEqual([undefined, "Halaman 1 dari 2"]);
    for (const embed of embeds) expect(embedSize(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    const last = messages.at(-1)!;
    expect(last.embeds?.at(-1)?.footer?.text).toBe("Halaman 1 dari 2");
    expect(last.components?.[0]?.components.map((b) => b.custom_id)).toEqual(["qp:abc123:id:0:2:"]);
  });

  it("puts a text heading and the embed after it in one message", () => {
    const messages = renderDiscord({
      lang: "en",
      blocks: [
        { kind: "text", text: "Summary of the article:" },
        { kind: "sentences", title: "Summary", sentences: [ref(1, "One."), ref(2, "Two.")] },
      ],
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.content).toBe("Summary of the article:");
    expect(messages[0]!.embeds![0]!.description).toBe("**[1]** One.\n**[2]** Two.");
  });

  it("never sends an empty message", () => {
    expect(renderDiscord({ lang: "id", blocks: [] })).toEqual([{ content: "…", allowedMentions: { parse: [] } }]);
  });
});
