import { describe, expect, it } from "vitest";
import { askedPhrase } from "../../src/asked-phrase.js";
import { answerReply } from "../../src/reply.js";
import type { Answer } from "../../src/types.js";
import { renderPlain } from "../../adapters/render-plain.js";
import { renderHtml } from "../../adapters/telegram/render-html.js";
import { renderDiscord } from "../../adapters/discord/render-discord.js";

describe("askedPhrase: what a question asks, in the asker's own words", () => {
  it.each([
    ["Berapa hadiah uangnya?", "berapa hadiah uangnya"],
    ["Siapa pelatih Marcus dan Kevin?", "siapa pelatih Marcus dan Kevin"],
    ["Pada umur berapa Chuck wafat?", "pada umur berapa Chuck wafat"],
    ["Di kota mana dia lahir?", "di kota mana dia lahir"],
    ["Alat apa yang dipakai tim SAR?", "alat apa yang dipakai tim SAR"],
    ["Kapan jembatan itu dibuka", "kapan jembatan itu dibuka"],
  ])("id: %s -> %s", (q, want) => expect(askedPhrase(q, "id")).toBe(want));

  it.each([
    ["Who is the coach of the team?", "who the coach of the team is"],
    ["How old was Choirul Huda when he died?", "how old Choirul Huda was when he died"],
    ["What was the score?", "what the score was"],
    ["Who represents the victims?", "who represents the victims"],
    ["How many people have downloaded the app?", "how many people have downloaded the app"],
    ["Which company will provide the stations?", "which company will provide the stations"],
    ["How much does the treatment cost at the hospital?", "how much the treatment costs at the hospital"],
    ["How much did the bridge cost?", "how much the bridge cost"],
  ])("en: %s -> %s", (q, want) => expect(askedPhrase(q, "en")).toBe(want));

  it.each([
    ["longsornya kejadian kpn sih? jam brp?", "id"],
    ["sule umurnya brp sih skrg?", "id"],
    ["boe lolos semifinal abis ngalahin siapa?", "id"],
    ["Apakah NATO mengirim pasukan?", "id"],
    ["Siapa <b>dia</b>?", "id"],
    ["siapa?", "id"],
    ["How long did Sue Grafton fight cancer?", "en"],
    ["What payment option does the app offer?", "en"],
    ["How far is the station from the place where the woman was caught?", "en"],
    ["When is NATO meeting again?", "en"],
    ["tell me about the war", "en"],
  ])("%s (%s) has no clean phrase", (q, lang) => expect(askedPhrase(q, lang as "id" | "en")).toBeNull());
});

describe("a decline that says what is missing", () => {
  const nearest = { article: "a", paragraph: 2, sentence: 3, text: "Marcus dan Kevin lolos ke final." };
  const decline = (question: string, lang: "id" | "en", extra: Partial<Answer>): Answer => ({
    question, lang, answered: false, confidence: 0.2, answer: null, context: [], alternatives: [nearest], ...extra,
  });
  const corpus = { articles: [] };

  it("names the asked thing, then offers the nearest sentences, on every platform", () => {
    const reply = answerReply(decline("Berapa hadiah uangnya?", "id", { asked: "berapa hadiah uangnya" }), corpus);
    expect(reply.blocks[0]).toEqual({ kind: "text", text: "Artikel ini tidak menyebutkan berapa hadiah uangnya." });
    expect(reply.blocks[1]).toMatchObject({ kind: "alternatives", sentences: [nearest] });
    expect(renderPlain(reply)).toContain("Artikel ini tidak menyebutkan berapa hadiah uangnya.");
    expect(renderHtml(reply).messages.join("\n")).toContain("Artikel ini tidak menyebutkan berapa hadiah uangnya.");
    const discord = JSON.stringify(renderDiscord(reply));
    expect(discord).toContain("Artikel ini tidak menyebutkan berapa hadiah uangnya.");
    expect(discord).toContain("Marcus dan Kevin lolos ke final.");
  });

  it("speaks English for an English question, and falls back where there is no phrase", () => {
    const en = answerReply(decline("Who is the coach?", "en", { asked: "who the coach is", missing: "person" }), corpus);
    expect(en.blocks[0]).toEqual({ kind: "text", text: "The article does not say who the coach is." });
    const plain = answerReply(decline("siapa sih pelatihnya?", "id", { missing: "person" }), corpus);
    expect(plain.blocks[0]).toEqual({ kind: "text", text: "Artikel ini tidak menyebutkan siapa." });
    const duration = answerReply(decline("brp lama sih?", "id", { missing: "duration" }), corpus);
    expect(duration.blocks[0]).toEqual({ kind: "text", text: "Artikel ini tidak menyebutkan berapa lama." });
    const money = answerReply(decline("how much did they pay, like?", "en", { missing: "money" }), corpus);
    expect(money.blocks[0]).toEqual({ kind: "text", text: "The article does not give the amount of money." });
    // The asker's words are never put inside a sentence of another language.
    const other = answerReply(decline("Berapa hadiah uangnya?", "id", { asked: "berapa hadiah uangnya" }), corpus, "en");
    expect(other.blocks[0]).toEqual({ kind: "text", text: "The article does not cover that." });
  });
});

describe("askedPhrase: English passives are left to the plain message", () => {
  it.each(["When was the extraordinary NATO summit held?", "What was the bridge called?", "How long was the road closed?", "Where is the new stadium being built?"])("%s", (q) => {
    expect(askedPhrase(q, "en")).toBeNull();
  });
  it("keeps 'sejauh mana' lower-case inside the sentence", () => expect(askedPhrase("Sejauh mana NATO mendukung Ukraina?", "id")).toBe("sejauh mana NATO mendukung Ukraina"));
});
