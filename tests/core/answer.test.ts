import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createBot, loadCorpus } from "../../src/index.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { CONFIDENCE } from "../../src/defaults.js";
import { readLabelled } from "../bench/eval-qa.js";

const corpus = loadCorpus(join(import.meta.dirname, "..", "..", "corpus"));
const bot = createBot(corpus);

describe("answers", () => {
  it("answers with a verbatim sentence of the article, cited, with a confidence in [0, 1]", () => {
    const answer = bot.ask("Siapa Sekretaris Jenderal NATO?");
    expect(answer.answered).toBe(true);
    const all = corpus.articles[0]!.sentences.map((s) => s.text);
    expect(all).toContain(answer.answer!.text);
    expect(answer.answer!.sentence).toBeGreaterThan(0);
    expect(answer.confidence).toBeGreaterThanOrEqual(0);
    expect(answer.confidence).toBeLessThanOrEqual(1);
  });

  it("tolerates typos and chat spelling", () => {
    expect(bot.ask("siapa stoltenbreg?").answer?.text).toMatch(/Stoltenberg/);
    expect(bot.ask("kpn pertemuan luar biasa nato?").answer?.text).toMatch(/24 Maret 2022/);
  });

  it("answers English questions from the Indonesian text, in English", () => {
    const reply = bot.handle({ text: "Who is the president of Ukraine?", chat: { id: "c", kind: "private" }, from: { id: "u" } });
    expect(reply.lang).toBe("en");
    const answer = reply.blocks.find((b) => b.kind === "answer");
    expect(answer && answer.kind === "answer" ? answer.sentence.text : "").toMatch(/Zelenskyy/);
  });

  it("says honestly when the article does not cover a question, in the question's language", () => {
    const id = bot.handle({ text: "Berapa harga emas hari ini?", chat: { id: "c", kind: "private" }, from: { id: "u" } });
    expect(id.blocks[0]).toEqual({ kind: "text", text: "Artikel ini tidak membahas hal itu." });
    const en = bot.handle({ text: "What is the recipe for rendang?", chat: { id: "c", kind: "private" }, from: { id: "u" } });
    expect(en.blocks[0]).toEqual({ kind: "text", text: "The article does not cover that." });
  });

  it("declines a question whose only content is a verb of saying, instead of answering with any quotation", () => {
    for (const q of ["siapa yang bilang begitu?", "apa katanya?", "siapa yg ngomong gitu?"]) {
      const answer = bot.ask(q);
      expect(answer.answered, q).toBe(false);
      expect(answer.confidence, q).toBe(0);
    }
    expect(bot.ask("Siapa yang mengatakan NATO akan mengerahkan empat kelompok tempur?").answer?.text).toMatch(/kata Stoltenberg/);
  });

  it("does not ask the article to say 'now', 'usually' or 'the article': they name nothing to look for", () => {
    const plain = bot.ask("Siapa Sekretaris Jenderal NATO?");
    for (const q of ["Siapa Sekretaris Jenderal NATO sekarang?", "Menurut artikel, siapa Sekretaris Jenderal NATO saat ini?", "Siapa Sekretaris Jenderal NATO kini?"]) {
      const answer = bot.ask(q);
      expect(answer.answer?.text, q).toBe(plain.answer?.text);
      expect(answer.confidence, q).toBe(plain.confidence);
    }
    const en = bot.ask("Who is the NATO Secretary General?");
    expect(bot.ask("Who is the NATO Secretary General mentioned in the article now?").confidence).toBe(en.confidence);
  });

  it("gives the first half of a quotation as context for its second half", () => {
    const answer = bot.ask("Apa tekad NATO untuk mendukung Ukraina?");
    expect(answer.answer?.text).toMatch(/^Kami bertekad/);
    expect(answer.context.map((s) => s.text).join(" ")).toMatch(/Invasi Presiden Putin brutal/);
  });

  // Regression floor a little below what `npm run eval` measured on the whole article (86.7%, English
  // 86.7%, with the threshold calibrated on all sets jointly, not on these questions alone).
  it("keeps answer quality on the labelled questions above its floor", () => {
    const labelled = readLabelled();
    const right = labelled.filter((l) => {
      const a = bot.ask(l.q);
      return l.gold === null ? !a.answered : a.answered && l.gold.some((g) => a.answer!.text.includes(g));
    });
    expect(right.length / labelled.length).toBeGreaterThanOrEqual(0.85);
    const english = labelled.filter((l) => l.kind === "english");
    expect(right.filter((l) => l.kind === "english").length / english.length).toBeGreaterThanOrEqual(0.83);
  });
});

describe("answer types and the confidence", () => {
  it("declines a question whose kind of answer the best sentence lacks, with a confidence under the threshold", () => {
    const answer = bot.ask("Kapan serangan kimia di Suriah terjadi?");
    expect(answer.answered).toBe(false);
    expect(answer.missing).toBe("time");
    const reply = bot.handle({ text: "Kapan serangan kimia di Suriah terjadi?", chat: { id: "c", kind: "private" }, from: { id: "u" } });
    // The decline names what is missing in the asker's own words.
    expect(answer.asked).toBe("kapan serangan kimia di Suriah terjadi");
    expect(reply.blocks[0]).toEqual({ kind: "text", text: "Artikel ini tidak menyebutkan kapan serangan kimia di Suriah terjadi." });
    const en = bot.handle({ text: "When did the chemical attacks in Syria happen?", chat: { id: "c", kind: "private" }, from: { id: "u" } });
    expect(en.blocks[0]).toEqual({ kind: "text", text: "The article does not say when." });
    expect(answer.confidence).toBeLessThan(CONFIDENCE.answerThreshold);
    expect(answer.alternatives.length).toBeGreaterThan(0);
  });

  it("declines a finer number question when the sentence holds only another kind of number", () => {
    const article = parseArticle("t.txt", "t", [
      "---\ntitle: Jembatan baru di kota itu dibuka\n---",
      "Jembatan baru di kota itu dibuka pada Senin, 24 Maret 2022, oleh wali kota.",
      "Pembangunan jembatan itu berlangsung selama tiga tahun dan menelan biaya Rp 12 miliar.",
      "Sebanyak 40 persen warga kota melintasi jembatan itu setiap hari.",
      "Peresmian jembatan itu dihadiri ratusan warga kota.",
    ].join("\n\n"));
    const small = createBot({ articles: [article] });
    expect(small.ask("Berapa lama pembangunan jembatan itu?").answer?.span?.text).toBe("tiga tahun");
    expect(small.ask("Berapa biaya pembangunan jembatan itu?").answer?.span?.text).toBe("Rp 12 miliar");
    expect(small.ask("Berapa persen warga yang melintasi jembatan itu?").answer?.span?.text).toBe("Sebanyak 40 persen");
    // The article gives a date, a cost and a share, but no speed and no age.
    const speed = small.ask("Seberapa cepat mobil boleh melintasi jembatan itu?");
    expect(speed.answered).toBe(false);
    const age = small.ask("Berapa umur wali kota yang meresmikan jembatan itu?");
    expect(age.answered).toBe(false);
    expect(age.asked).toBe("berapa umur wali kota yang meresmikan jembatan itu");
    expect(age.alternatives.length).toBeGreaterThan(0);
  });

  it("keeps answered and confidence consistent on every labelled question", () => {
    for (const l of readLabelled()) {
      const a = bot.ask(l.q);
      expect(a.answered, l.q).toBe(a.confidence >= CONFIDENCE.answerThreshold);
    }
  });
});

describe("bot.answer", () => {
  it("gives the same reply as handle for a question, with the answer data beside it", () => {
    for (const q of ["siapa sekjen nato?", "apa kata stoltenberg tentang nuklir?", "Berapa harga emas?", "Who joins by video?"]) {
      const { answer, reply } = bot.answer(q);
      expect(reply).toEqual(bot.handle({ text: q, chat: { id: "c", kind: "console" }, from: { id: "u" } }));
      expect(answer).toEqual(bot.ask(q));
    }
  });
});
