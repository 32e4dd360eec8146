import { describe, expect, it } from "vitest";
import type { CommandOption } from "../../src/index.js";
import { fromButton, fromCommand, fromMessage, type MessageLike } from "../../adapters/discord/to-incoming.js";

const BOT = "1100000000000000001";
const person = { id: "1600000000000000006", username: "alice", bot: false };

function message(content: string, over: Partial<MessageLike> = {}, mentioned: string[] = [BOT]): MessageLike {
  return { author: person, content, channelId: "1300000000000000003", guildId: "1200000000000000002", mentions: { users: new Set(mentioned) }, ...over };
}

const option = (name: string, required: boolean, type: "string" | "integer" = "string"): CommandOption => ({
  name,
  type,
  required,
  description: { id: name, en: name },
});

describe("fromMessage", () => {
  it("takes a server message that mentions the bot as a question, without the mention", () => {
    const incoming = fromMessage(message(`<@${BOT}> siapa yang berbicara?`), BOT);
    expect(incoming).toEqual({
      text: "siapa yang berbicara?",
      chat: { id: "1300000000000000003", kind: "group" },
      from: { id: person.id, name: "alice" },
    });
  });

  it("removes the nickname form of the mention too, wherever it stands", () => {
    expect(fromMessage(message(`kapan <@!${BOT}> pertemuannya?`), BOT)?.text).toBe("kapan pertemuannya?");
  });

  it("keeps other mentions (@everyone, roles, people) as text: rendering and allowedMentions make them inert", () => {
    expect(fromMessage(message(`<@${BOT}> @everyone <@&1400000000000000004> <@1600000000000000009> siapa?`), BOT)?.text).toBe(
      "@everyone <@&1400000000000000004> <@1600000000000000009> siapa?",
    );
  });

  it("takes every direct message, mention or not", () => {
    const incoming = fromMessage(message("siapa?", { guildId: null }, []), BOT);
    expect(incoming?.chat.kind).toBe("private");
    expect(incoming?.text).toBe("siapa?");
  });

  it("ignores server messages that do not mention the bot (an @everyone is not a mention of it)", () => {
    expect(fromMessage(message("@everyone siapa?", {}, []), BOT)).toBeNull();
  });

  it("ignores bots, itself included", () => {
    expect(fromMessage(message(`<@${BOT}> siapa?`, { author: { ...person, bot: true } }), BOT)).toBeNull();
    expect(fromMessage(message("siapa?", { author: { id: BOT, username: "me", bot: false }, guildId: null }), BOT)).toBeNull();
  });

  it("keeps emoji, bidi controls and long text as they are (the core bounds length)", () => {
    const text = `🇮🇩 \u202Eabc\u202C ${"x".repeat(10_000)}`;
    expect(fromMessage(message(`<@${BOT}> ${text}`), BOT)?.text).toBe(text);
  });
});

describe("fromCommand", () => {
  const where = { user: person, channelId: "1300000000000000003", guildId: "1200000000000000002", locale: "en-US" };

  it("writes options in the order the command declares them, whatever order Discord sends", () => {
    const declared = [option("speaker", true), option("topic", false)];
    const incoming = fromCommand(where, "quote", [{ name: "topic", value: "Ukraina" }, { name: "speaker", value: "Stoltenberg" }], declared);
    expect(incoming.text).toBe("/quote Stoltenberg Ukraina");
    expect(incoming.locale).toBe("en-US");
    expect(incoming.chat.kind).toBe("group");
  });

  it("passes the declared options by name, numbers as numbers, so the core needs no guess where a name ends", () => {
    const declared = [option("speaker", false), option("topic", false), option("count", false, "integer")];
    const given = [{ name: "topic", value: "nuklir" }, { name: "speaker", value: "Jens Stoltenberg" }, { name: "count", value: 3 }, { name: "stray", value: "x" }];
    const incoming = fromCommand(where, "quote", given, declared);
    expect(incoming.options).toEqual({ speaker: "Jens Stoltenberg", topic: "nuklir", count: 3 });
    expect(incoming.text).toBe("/quote Jens Stoltenberg nuklir 3");
    expect(fromCommand(where, "help", [], []).options).toEqual({});
  });

  it("leaves out options not given, and writes numbers as digits", () => {
    const declared = [option("sentences", false, "integer"), option("article", false)];
    expect(fromCommand(where, "summary", [{ name: "sentences", value: 3 }], declared).text).toBe("/summary 3");
    expect(fromCommand(where, "summary", [], declared).text).toBe("/summary");
  });

  it("marks commands used in a DM as private", () => {
    const incoming = fromCommand({ ...where, guildId: null }, "help", [], []);
    expect(incoming.chat.kind).toBe("private");
    expect(incoming.text).toBe("/help");
  });
});

describe("fromButton", () => {
  it("passes the custom id as the core's action", () => {
    const incoming = fromButton({ user: person, channelId: "13", guildId: null, locale: "id" }, "ctx:abcdef:0:5");
    expect(incoming).toMatchObject({ text: "", action: "ctx:abcdef:0:5", from: { id: person.id } });
  });
});
