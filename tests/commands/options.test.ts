import { describe, expect, it } from "vitest";
import { createBot, loadCorpus, type Incoming, type Reply } from "../../src/index.js";
import { readSummaryArgs, summaryRequestOf } from "../../src/summary/request.js";

const bot = createBot(loadCorpus("corpus"));

function send(text: string, options?: Incoming["options"]): Reply {
  return bot.handle({ text, chat: { id: "t", kind: "group" }, from: { id: "u" }, ...(options && { options }) });
}

const sentences = (reply: Reply) => reply.blocks.flatMap((b) => (b.kind === "sentences" ? b.sentences : []));

describe("named options", () => {
  it("/summary reads sentences (a number) and article, and refuses a count out of range", () => {
    expect(sentences(send("/summary 2", { sentences: 2 }))).toHaveLength(2);
    expect(send("/summary 2", { sentences: 2 })).toEqual(send("/summary 2"));
    const tooMany = send("/summary 99", { sentences: 99 });
    expect(tooMany.blocks).toEqual([{ kind: "text", text: expect.stringContaining("10") }]);
    const id = bot.corpus.articles[0]!.id;
    expect(send(`/summary 4 ${id}`, { sentences: 4, article: id })).toEqual(send(`/summary 4 ${id}`));
  });

  it("/summary takes the article option whole, where typed words would be read as a length", () => {
    expect(summaryRequestOf({ article: "5 pendek" })).toEqual({ count: 3, article: "5 pendek" });
    expect(readSummaryArgs("5 pendek")).toEqual({ count: 2, article: "" });
    expect(summaryRequestOf({ sentences: "panjang" })).toEqual({ count: 6, article: "" });
    expect(summaryRequestOf({ sentences: "tiga" }).count).toBeNull();
  });

  it("/ask reads the question option, not the text", () => {
    const question = "Siapa Sekretaris Jenderal NATO?";
    expect(send("/ask", { question })).toEqual(send(`/ask ${question}`));
  });

  it("cleans option values like typed text (invisible characters, blank values)", () => {
    expect(send("/ask x", { question: "Siapa Sekretaris\u200B Jenderal NATO?" })).toEqual(send("/ask Siapa Sekretaris Jenderal NATO?"));
    expect(send("/summary", { sentences: "  " })).toEqual(send("/summary"));
  });
});
