import { describe, expect, it } from "vitest";
import { createBot, parseArticle, type Block, type Button, type Corpus, type Incoming, type Reply } from "../../src/index.js";
import { QUOTE_PAGING, shortTopic } from "../../src/quotes/paging.js";
import { speakerQuotesReply } from "../../src/quotes/reply.js";

// One speaker quoted 12 times (three pages of five); six of the quotations are about "pajak".
const TOPICS = ["pajak", "anggaran", "pajak", "utang", "inflasi", "pajak", "ekspor", "pajak", "subsidi", "pajak", "investasi", "pajak"];

function corpusOf(extra = ""): Corpus {
  const lines = [
    `Menteri Keuangan Budi Santoso berbicara di Jakarta pada hari Senin${extra}.`,
    ...TOPICS.map((topic, i) => `“Kebijakan nomor ${i + 1} tentang ${topic} akan kami umumkan bulan depan,” kata Budi.`),
  ];
  return { articles: [parseArticle("budi.txt", "budi", lines.join("\n"))] };
}

const corpus = corpusOf();
const bot = createBot(corpus);
const from: Pick<Incoming, "chat" | "from"> = { chat: { id: "t", kind: "group" }, from: { id: "u" } };
const send = (text: string) => bot.handle({ text, ...from });
const press = (action: string, on = bot) => on.handle({ text: "", action, ...from });

function quotesOf(reply: Reply): Extract<Block, { kind: "quotes" }> {
  const block = reply.blocks.find((b) => b.kind === "quotes");
  if (block?.kind !== "quotes") throw new Error(`no quotes in ${JSON.stringify(reply)}`);
  return block;
}

function buttonsOf(reply: Reply): readonly Button[] {
  return reply.blocks.flatMap((b) => (b.kind === "buttons" ? b.buttons : []));
}

const button = (reply: Reply, label: string) => buttonsOf(reply).find((b) => b.label === label)!.action;
const numbers = (reply: Reply) => quotesOf(reply).quotes.map((q) => Number(/nomor (\d+)/.exec(q.text)![1]));
const bytes = (text: string) => Buffer.byteLength(text, "utf8");

describe("paging a long quote list", () => {
  it("shows the first page with a next button only, and says which page it is", () => {
    const first = send("/quote budi");
    expect(quotesOf(first).title).toBe("Kutipan Budi Santoso (12):");
    expect(numbers(first)).toEqual([1, 2, 3, 4, 5]);
    expect(quotesOf(first).footer).toBe("Halaman 1 dari 3");
    expect(buttonsOf(first).map((b) => b.label)).toEqual(["Berikutnya ›"]);
  });

  it("walks the pages with the buttons: the middle has both, the last has previous only", () => {
    const second = press(button(send("/quote budi"), "Berikutnya ›"));
    expect(numbers(second)).toEqual([6, 7, 8, 9, 10]);
    expect(buttonsOf(second).map((b) => b.label)).toEqual(["‹ Sebelumnya", "Berikutnya ›"]);
    expect(buttonsOf(second).map((b) => b.rel)).toEqual(["previous", "next"]);
    const last = press(button(second, "Berikutnya ›"));
    expect(numbers(last)).toEqual([11, 12]);
    expect(quotesOf(last).footer).toBe("Halaman 3 dari 3");
    expect(buttonsOf(last).map((b) => b.label)).toEqual(["‹ Sebelumnya"]);
    expect(numbers(press(button(last, "‹ Sebelumnya")))).toEqual([6, 7, 8, 9, 10]);
  });

  it("keeps the topic on every page", () => {
    const first = send("/quote budi pajak");
    expect(quotesOf(first).title).toBe('Kutipan Budi Santoso tentang "pajak" (6):');
    expect(numbers(first)).toEqual([1, 3, 6, 8, 10]);
    const second = press(button(first, "Berikutnya ›"));
    expect(quotesOf(second).title).toBe('Kutipan Budi Santoso tentang "pajak" (6):');
    expect(numbers(second)).toEqual([12]);
  });

  it("labels the buttons in English for an English reply, and the next page stays English", () => {
    const first = speakerQuotesReply(corpus, "Budi", "", "en");
    expect(buttonsOf(first).map((b) => b.label)).toEqual(["Next ›"]);
    expect(quotesOf(first).footer).toBe("Page 1 of 3");
    const second = press(button(first, "Next ›"));
    expect(second.lang).toBe("en");
    expect(buttonsOf(second).map((b) => b.label)).toEqual(["‹ Previous", "Next ›"]);
  });

  it("keeps every action within Telegram's 64 bytes, even for a long topic in many-byte letters", () => {
    const topic = `pajak ${"ékspor-ímpor ".repeat(20)}`;
    expect(bytes(shortTopic(topic))).toBeLessThanOrEqual(QUOTE_PAGING.topicBytes);
    expect(shortTopic(topic).startsWith("pajak ékspor-ímpor")).toBe(true);
    expect(shortTopic("é".repeat(100))).toBe("é".repeat(QUOTE_PAGING.topicBytes / 2));
    const first = speakerQuotesReply(corpus, "Budi", topic, "id");
    const second = press(button(first, "Berikutnya ›"));
    for (const reply of [first, second, send("/quote budi"), send("/quote budi pajak")]) {
      for (const b of buttonsOf(reply)) expect(bytes(b.action)).toBeLessThanOrEqual(64);
    }
    expect(quotesOf(second).title).toBe(quotesOf(first).title);
  });

  it("lists a short list whole, without buttons or footer", () => {
    const reply = send("/quote budi inflasi");
    expect(numbers(reply)).toEqual([5]);
    expect(quotesOf(reply).footer).toBeUndefined();
    expect(buttonsOf(reply)).toEqual([]);
  });

  it("still works after a restart (a new bot over the same text)", () => {
    const action = button(send("/quote budi"), "Berikutnya ›");
    expect(numbers(press(action, createBot(corpusOf())))).toEqual([6, 7, 8, 9, 10]);
  });

  it("says a button has expired when the corpus changed, or when the action is broken", () => {
    const action = button(send("/quote budi"), "Berikutnya ›");
    const expired = "Tombol ini sudah kedaluwarsa. Silakan tanya lagi.";
    const text = (reply: Reply) => reply.blocks.map((b) => (b.kind === "text" ? b.text : "")).join("");
    expect(text(press(action, createBot(corpusOf(" dan Selasa"))))).toBe(expired);
    const [, print] = action.split(":");
    for (const broken of [`qp:${print}:id:0:9:`, `qp:${print}:id:7:1:`, `qp:${print}:xx:0:1:`, `qp:${print}:id:0:0:`, "qp:", "qp:zz"]) {
      expect(text(press(broken)), broken).toBe(expired);
    }
  });
});
