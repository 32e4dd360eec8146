import { describe, expect, it } from "vitest";
import type { CallbackQuery, InlineQuery, Message } from "grammy/types";
import { callbackToIncoming, inlineToIncoming, messageToIncoming, type BotIdentity } from "../../adapters/telegram/to-incoming.js";

const me: BotIdentity = { id: 999, username: "ThisBot", commands: new Set(["ask", "help", "about", "start", "summary", "quote", "speakers"]) };
const alice = { id: 42, is_bot: false, first_name: "Alice", last_name: "Ng", language_code: "en" };
const group = { id: -100_5, type: "supergroup" as const, title: "Berita" };
const dm = { id: 42, type: "private" as const, first_name: "Alice" };

// Shaped like real updates: Telegram marks commands and mentions with entities (UTF-16 offsets).
function msg(text: string, chat: Message["chat"] = group, extra: Partial<Message> = {}): Message {
  const entities: NonNullable<Message["entities"]> = [];
  const command = /^\/\w+(@\w+)?/.exec(text);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  for (const m of text.matchAll(/(?<!\w)@\w{5,}/g)) entities.push({ type: "mention", offset: m.index, length: m[0].length });
  return { message_id: 7, date: 1_700_000_000, chat, from: alice, text, entities, ...extra } as Message;
}

describe("messageToIncoming", () => {
  it("takes any private text as is, with the person and their language", () => {
    expect(messageToIncoming(msg("kapan pertemuannya?", dm), me)).toEqual({
      text: "kapan pertemuannya?",
      chat: { id: "42", kind: "private" },
      from: { id: "42", name: "Alice Ng" },
      locale: "en",
    });
  });

  it("passes commands, also /cmd@ThisBot in any case, and drops /cmd@OtherBot", () => {
    expect(messageToIncoming(msg("/summary"), me)?.text).toBe("/summary");
    expect(messageToIncoming(msg("/ask@thisbot siapa?"), me)?.text).toBe("/ask@thisbot siapa?");
    expect(messageToIncoming(msg("/ask@OtherBot siapa?"), me)).toBeNull();
    expect(messageToIncoming(msg("/ask@OtherBot siapa?", dm), me)).toBeNull();
  });

  it("in a group, leaves alone chatter and bare commands the core does not know", () => {
    expect(messageToIncoming(msg("selamat pagi semua"), me)).toBeNull();
    expect(messageToIncoming(msg("/ban spammer"), me)).toBeNull();
    expect(messageToIncoming(msg("/ban@ThisBot"), me)?.text).toBe("/ban@ThisBot");
    expect(messageToIncoming(msg("/ban spammer", dm), me)?.text).toBe("/ban spammer");
  });

  it("takes a reply to the bot's message as a question, but not a reply to someone else", () => {
    const fromBot = { message_id: 3, date: 0, chat: group, from: { id: 999, is_bot: true, first_name: "Tanya" } } as Message;
    const fromBob = { message_id: 4, date: 0, chat: group, from: { id: 43, is_bot: false, first_name: "Bob" } } as Message;
    expect(messageToIncoming(msg("dan kapan?", group, { reply_to_message: fromBot } as Partial<Message>), me)?.text).toBe("dan kapan?");
    expect(messageToIncoming(msg("dan kapan?", group, { reply_to_message: fromBob } as Partial<Message>), me)).toBeNull();
  });

  it("takes a mention of the bot as a question without the mention; other mentions are chatter", () => {
    expect(messageToIncoming(msg("@ThisBot siapa Stoltenberg?"), me)?.text).toBe("siapa Stoltenberg?");
    expect(messageToIncoming(msg("menurut 👀 @thisbot, siapa dia?"), me)?.text).toBe("menurut 👀 , siapa dia?");
    expect(messageToIncoming(msg("@OtherPerson siapa dia?"), me)).toBeNull();
  });

  it("ignores bots (itself included), channels and messages without text", () => {
    expect(messageToIncoming({ ...msg("/help"), from: { id: 999, is_bot: true, first_name: "Tanya" } } as Message, me)).toBeNull();
    expect(messageToIncoming({ ...msg("/help"), from: { id: 5, is_bot: true, first_name: "B" } } as Message, me)).toBeNull();
    expect(messageToIncoming(msg("/help", { id: -1, type: "channel", title: "C" } as Message["chat"]), me)).toBeNull();
    expect(messageToIncoming({ message_id: 1, date: 0, chat: dm, from: alice, photo: [] } as unknown as Message, me)).toBeNull();
  });
});

describe("callbackToIncoming", () => {
  it("turns a button press into the button's action in the button's chat", () => {
    const query = { id: "q1", from: alice, chat_instance: "x", data: "ctx:abc123:0:4", message: msg("jawaban", group) } as CallbackQuery;
    expect(callbackToIncoming(query)).toEqual({
      text: "",
      action: "ctx:abc123:0:4",
      chat: { id: String(group.id), kind: "group" },
      from: { id: "42", name: "Alice Ng" },
      locale: "en",
    });
  });

  it("uses the presser's own id under an inline-mode message, and ignores a press without data", () => {
    const inline = { id: "q2", from: alice, chat_instance: "x", data: "more:abc123:0.1", inline_message_id: "im" } as CallbackQuery;
    expect(callbackToIncoming(inline)?.chat).toEqual({ id: "inline:42", kind: "private" });
    expect(callbackToIncoming({ id: "q3", from: alice, chat_instance: "x", game_short_name: "g" } as CallbackQuery)).toBeNull();
  });
});

describe("inlineToIncoming", () => {
  const query = (text: string): InlineQuery => ({ id: "i1", from: alice, query: text, offset: "", chat_type: "group" });

  it("takes the query as a question and 'kutipan/quote <name>' as /quote", () => {
    expect(inlineToIncoming(query("  siapa Stoltenberg? "))?.text).toBe("siapa Stoltenberg?");
    expect(inlineToIncoming(query("kutipan  Jens Stoltenberg"))?.text).toBe("/quote Jens Stoltenberg");
    expect(inlineToIncoming(query("Quote Zelenskyy"))?.text).toBe("/quote Zelenskyy");
    expect(inlineToIncoming(query("kutipan"))?.text).toBe("kutipan");
    expect(inlineToIncoming(query("siapa"))?.chat).toEqual({ id: "inline:42", kind: "group" });
  });

  it("reads a non-empty offset (our next_offset, a page button's action) as that button's press", () => {
    expect(inlineToIncoming(query("kutipan Budi"))).not.toHaveProperty("action");
    const more = inlineToIncoming({ ...query("kutipan Budi"), offset: "qp:abc123:id:0:2:" });
    expect(more).toMatchObject({ text: "/quote Budi", action: "qp:abc123:id:0:2:" });
  });

  it("ignores an empty query", () => {
    expect(inlineToIncoming(query("   "))).toBeNull();
  });
});
