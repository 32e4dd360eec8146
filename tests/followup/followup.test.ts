/**
 * Follow-ups in the core: a reply to an answer is read with that exchange; anything else is read
 * alone. An invented article, so no rule can lean on the default article's words.
 */
import { describe, expect, it } from "vitest";
import { createBot, ExchangeMemory, parseArticle, type Bot, type Incoming, type Reply } from "../../src/index.js";
import { renderPlain } from "../../adapters/render-plain.js";

const ARTICLE = [
  "Banjir merendam sekitar 400 rumah di Kota Hilir pada Senin malam setelah Sungai Cabang meluap.",
  "Kepala Badan Penanggulangan Bencana Daerah Rina Wulandari mengatakan petugas telah mengevakuasi lebih dari 900 warga.",
  "Para pengungsi ditampung di gedung sekolah dan balai kelurahan terdekat.",
  "“Air mulai naik pukul dua dini hari,” kata Rina di posko pengungsian.",
  "Wali Kota Hilir Darmawan Putra meminta warga tetap waspada karena hujan diperkirakan berlanjut hingga akhir pekan.",
  "Darmawan berjanji memperbaiki tanggul yang jebol begitu air surut.",
].join("\n");
const OTHER = "Dinas Pendidikan Kabupaten Lembah memperluas program sekolah hijau ke 50 sekolah dasar.\nKepala Dinas Pendidikan Budi Santoso meluncurkan program itu pada Kamis.";

function botOf(now: () => number = Date.now): Bot {
  return createBot({ articles: [parseArticle("banjir.txt", "banjir", ARTICLE), parseArticle("sekolah.txt", "sekolah", OTHER)] }, { now });
}

const incoming = (text: string, chat = "c1", replyTo?: Reply): Incoming => ({
  text,
  chat: { id: chat, kind: "group" },
  from: { id: "u1" },
  ...(replyTo ? { replyTo: { text: renderPlain(replyTo) } } : {}),
});

const answered = (reply: Reply) => reply.blocks.find((b) => b.kind === "answer");
const sentenceOf = (reply: Reply) => {
  const block = answered(reply);
  return block?.kind === "answer" ? block.sentence.sentence : null;
};

describe("follow-ups", () => {
  it("answers 'berapa orang?' in reply with the earlier answer when it holds the number; a fresh one is read alone", () => {
    const bot = botOf();
    const first = bot.handle(incoming("Berapa warga yang dievakuasi petugas?"));
    expect(sentenceOf(first)).toBe(2);
    const followup = bot.converse(incoming("berapa orang?", "c1", first));
    expect(followup.answer.answer?.sentence).toBe(2);
    expect(followup.answer.followup).toBeDefined();
    expect(bot.converse(incoming("berapa orang?")).answer.followup).toBeUndefined();
  });

  it("fills 'kalau X?' with the earlier question, and needs X in the answer", () => {
    const bot = botOf();
    const first = bot.handle(incoming("Siapa yang mengevakuasi warga?"));
    expect(sentenceOf(first)).toBe(2);
    expect(sentenceOf(bot.handle(incoming("kalau Darmawan?", "c1", first)))).toBeOneOf([5, 6]);
    // No sentence of the article has the new subject together with the question: not covered.
    expect(answered(bot.handle(incoming("kalau gubernur?", "c1", first)))).toBeUndefined();
  });

  it("answers 'terus?' with the article's next sentence, in the same article", () => {
    const bot = botOf();
    const first = bot.handle(incoming("Berapa rumah yang terendam banjir?"));
    expect(sentenceOf(first)).toBe(1);
    const next = bot.converse(incoming("terus?", "c1", first));
    expect(next.answer.answer).toMatchObject({ article: "banjir", sentence: 2 });
    expect(next.answer.followup).toBeDefined();
  });

  it("answers 'siapa yang bilang?' with the sentence that names the speaker of a quotation", () => {
    const bot = botOf();
    const first = bot.handle(incoming("Pukul berapa air mulai naik?"));
    expect(sentenceOf(first)).toBe(4);
    expect(sentenceOf(bot.handle(incoming("siapa yang bilang?", "c1", first)))).toBe(4);
  });

  it("reads 'and why?' in English and replies in English", () => {
    const bot = botOf();
    const first = bot.handle(incoming("Apa yang diminta Wali Kota Hilir kepada warga?"));
    expect(sentenceOf(first)).toBe(5);
    const why = bot.handle(incoming("and why?", "c1", first));
    expect(why.lang).toBe("en");
    expect(sentenceOf(why)).toBe(5);
  });

  it("reads alone a reply to a message that is not an answer, and a reply naming another article", () => {
    const bot = botOf();
    const help = bot.handle(incoming("/help"));
    const alone = bot.converse(incoming("berapa orang?", "c1", help));
    expect(alone.answer.followup).toBeUndefined();
    const first = bot.handle(incoming("Berapa warga yang dievakuasi petugas?"));
    const turned = bot.converse(incoming("kapan Budi Santoso meluncurkan program?", "c1", first));
    expect(turned.answer.followup).toBeUndefined();
    expect(turned.answer.answer?.article).toBe("sekolah");
  });

  it("never takes another chat's question: a reply in chat 2 leans only on the message it replies to", () => {
    const bot = botOf();
    const first = bot.handle(incoming("Siapa yang mengevakuasi warga?", "c1"));
    // Chat 2 replies to the same text (as if forwarded): the answer is there, the question is not.
    const other = bot.converse(incoming("kalau Darmawan?", "c2", first));
    const fresh = botOf().converse(incoming("kalau Darmawan?", "c2", first));
    expect(other.answer.followup).toBe(fresh.answer.followup);
    expect(other.answer.followup).not.toContain("siapa");
  });
});

describe("the exchange memory", () => {
  it("keeps one exchange per chat, forgets it after the time-to-live, and the least recent chat first", () => {
    let time = 0;
    const memory = new ExchangeMemory(() => time, { ttlMs: 1_000, maxChats: 2 });
    const sentence = { article: "a", paragraph: 1, sentence: 1, text: "x" };
    memory.set("a", { question: "q1", sentence });
    memory.set("b", { question: "q2", sentence });
    expect(memory.get("a")?.question).toBe("q1");
    memory.set("c", { question: "q3", sentence });
    expect(memory.get("b")).toBeUndefined();
    expect(memory.size).toBe(2);
    time = 2_000;
    expect(memory.get("a")).toBeUndefined();
  });
});
