import { describe, expect, it } from "vitest";
import { createBot, loadCorpus, type Block, type Incoming, type Quote, type Reply } from "../../src/index.js";
import { speakerQuotesReply } from "../../src/quotes/reply.js";

const bot = createBot(loadCorpus("corpus"));

function send(text: string, options?: Incoming["options"]): Reply {
  return bot.handle({ text, chat: { id: "t", kind: "group" }, from: { id: "u" }, ...(options && { options }) });
}

// Every quote of a paged list: the page, then each next page its button leads to.
function allPages(reply: Reply): Quote[] {
  const quotes = [...quotesBlock(reply).quotes];
  const next = reply.blocks.flatMap((b) => (b.kind === "buttons" ? b.buttons : [])).find((b) => b.label === "Berikutnya ›");
  return next ? [...quotes, ...allPages(bot.handle({ text: "", action: next.action, chat: { id: "t", kind: "group" }, from: { id: "u" } }))] : quotes;
}

function quotesBlock(reply: Reply): Extract<Block, { kind: "quotes" }> {
  const block = reply.blocks.find((b) => b.kind === "quotes");
  if (!block || block.kind !== "quotes") throw new Error(`no quotes block in ${JSON.stringify(reply)}`);
  return block;
}

function text(reply: Reply): string {
  return reply.blocks.map((b) => (b.kind === "text" ? b.text : "")).join("\n");
}

describe("/quote", () => {
  it("finds the speaker despite a typo, and lists direct quotes first, verbatim with their place", () => {
    const reply = send("/quote stoltenbreg");
    expect(quotesBlock(reply).title).toBe("Kutipan Jens Stoltenberg (15):");
    const quotes = allPages(reply);
    const kinds = quotes.map((q) => q.kind);
    expect(kinds).toHaveLength(15);
    expect(kinds.indexOf("indirect")).toBe(kinds.lastIndexOf("direct") + 1);
    expect(quotes[0]).toMatchObject({ paragraph: 2, sentence: 2, cue: "kata Stoltenberg" });
  });

  it("finds the speaker by a partial name and by a learned role ('sekjen nato', 'kepala nato')", () => {
    for (const name of ["jens", "Stolten", "sekjen nato", "kepala nato"]) {
      expect(quotesBlock(send(`/quote ${name}`)).title).toBe("Kutipan Jens Stoltenberg (15):");
    }
  });

  it("keeps the quotes about a topic", () => {
    const block = quotesBlock(send("/quote sekjen nato nuklir"));
    expect(block.title).toBe('Kutipan Jens Stoltenberg tentang "nuklir" (2):');
    expect(block.quotes.every((q) => /nuklir/i.test(q.text))).toBe(true);
  });

  it("says who is mentioned but not quoted, and where", () => {
    expect(text(send("/quote zelenskyy"))).toBe("Volodymyr Zelenskyy disebut di artikel, tetapi tidak dikutip (paragraf 3, kalimat 3).");
    const english = speakerQuotesReply(bot.corpus, "zelenskyy", "", "en");
    expect(text(english)).toBe("Volodymyr Zelenskyy is mentioned, but not quoted (paragraph 3, sentence 3).");
  });

  it("offers the closest speakers for an unknown name", () => {
    expect(text(send("/quote obama"))).toBe('Tidak ada pembicara bernama "obama". Yang paling dekat: Jens Stoltenberg.');
  });

  it("lists the speakers when no name is given, like /speakers", () => {
    expect(send("/quote")).toEqual(send("/speakers"));
    expect(text(send("/speakers"))).toContain("Jens Stoltenberg — 15 kutipan (Sekretaris Jenderal NATO)");
    expect(text(send("/speakers"))).toContain("Disebut, tetapi tidak dikutip:\nVolodymyr Zelenskyy");
  });

  it("reads named options (Discord's speaker and topic) where typed text is split by guessing", () => {
    const named = quotesBlock(send("/quote Jens Stoltenberg nuklir", { speaker: "Jens Stoltenberg", topic: "nuklir" }));
    expect(named.title).toBe('Kutipan Jens Stoltenberg tentang "nuklir" (2):');
    expect(named.quotes.every((q) => q.speaker === "Jens Stoltenberg" && /nuklir/i.test(q.text))).toBe(true);
    // Typed, the same request needs "tentang" to say where the name ends.
    expect(send("/quote Jens Stoltenberg tentang nuklir")).toEqual(send("/quote Jens Stoltenberg nuklir", { speaker: "Jens Stoltenberg", topic: "nuklir" }));
  });

  it("takes the text when no option of the command is given, and lists the speakers for a topic alone", () => {
    expect(send("/quote stoltenberg nuklir", { other: "x" })).toEqual(send("/quote stoltenberg nuklir"));
    expect(send("/quote nuklir", { topic: "nuklir" })).toEqual(send("/speakers"));
  });

  it("completes the speaker option from the index", () => {
    expect(bot.complete("quote", "speaker", "sto")).toEqual(["Jens Stoltenberg"]);
    expect(bot.complete("quote", "speaker", "sekjen")).toEqual(["Jens Stoltenberg"]);
    expect(bot.complete("quote", "speaker", "zzz")).toEqual([]);
    expect(bot.complete("quote", "topic", "nu")).toEqual([]);
  });
});

describe("questions about what someone said", () => {
  it("'apa kata X tentang Y' is answered from the quote index", () => {
    const block = quotesBlock(send("apa kata stoltenberg tentang nuklir?"));
    expect(block.title).toBe('Kutipan Jens Stoltenberg tentang "nuklir" (2):');
  });

  it("'what did X say about Y' too, with English topic words translated", () => {
    const block = quotesBlock(send("What did Stoltenberg say about nuclear war?"));
    expect(block.title).toBe('Quotes by Jens Stoltenberg about "nuclear war" (6):');
  });

  it("falls back to the normal answer when X is not a speaker", () => {
    const reply = send("apa kata obama tentang nuklir?");
    expect(reply.blocks.some((b) => b.kind === "quotes")).toBe(false);
  });
});
