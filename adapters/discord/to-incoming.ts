/**
 * Discord events into the core's Incoming: pure functions over the few fields they read. The types
 * are structural, so discord.js's Message and interactions fit them and tests can pass plain data.
 */
import type { CommandOption, Incoming } from "../../src/index.js";

export interface UserLike {
  readonly id: string;
  readonly username: string;
  readonly bot: boolean;
}

export interface MessageLike {
  readonly author: UserLike;
  readonly content: string;
  readonly channelId: string;
  /** Null in direct messages. */
  readonly guildId: string | null;
  readonly mentions: { readonly users: { has(id: string): boolean } };
}

export interface OptionLike {
  readonly name: string;
  readonly value?: string | number | boolean;
}

/** A slash command or a button press: who, where, and what. */
export interface InteractionLike {
  readonly user: UserLike;
  readonly channelId: string | null;
  readonly guildId: string | null;
  readonly locale: string;
}

// "<@123>" and the legacy nickname form "<@!123>".
const mentionOf = (id: string) => new RegExp(`<@!?${id}>`, "g");

/**
 * A message as a question, or null when it is not for the bot: sent by a bot (itself included), or
 * in a server without mentioning the bot or replying to it. Direct messages are always for the bot.
 * `replyTo` is the text of the bot's message this one replies to, if it does: the core reads a
 * follow-up with it.
 */
export function fromMessage(message: MessageLike, botId: string, replyTo?: string): Incoming | null {
  if (message.author.bot || message.author.id === botId) return null;
  const direct = message.guildId === null;
  if (!direct && !message.mentions.users.has(botId) && replyTo === undefined) return null;
  const text = message.content.replace(mentionOf(botId), " ").replace(/[ \t]+/g, " ").trim();
  return {
    text,
    chat: chatOf(message.channelId, direct),
    from: { id: message.author.id, name: message.author.username },
    ...(replyTo === undefined ? {} : { replyTo: { text: replyTo } }),
  };
}

/**
 * A slash command: its options by name as the core's `options` (the command reads those), and the
 * command written out as text, "/name" then the values in the order the command declares them
 * (Discord sends them in the order the person filled them in), for the reply's language and logs.
 */
export function fromCommand(interaction: InteractionLike, name: string, given: readonly OptionLike[], declared: readonly CommandOption[]): Incoming {
  const options: Record<string, string | number> = {};
  for (const option of declared) {
    const value = given.find((g) => g.name === option.name)?.value;
    if (value !== undefined) options[option.name] = typeof value === "number" ? value : String(value);
  }
  const values = Object.values(options).map((value) => String(value).trim()).filter((value) => value !== "");
  return { ...who(interaction), text: [`/${name}`, ...values].join(" "), options };
}

/** A button press: its custom id is the core's action string. */
export function fromButton(interaction: InteractionLike, customId: string): Incoming {
  return { ...who(interaction), text: "", action: customId };
}

function who(interaction: InteractionLike): Pick<Incoming, "chat" | "from" | "locale"> {
  return {
    chat: chatOf(interaction.channelId ?? interaction.user.id, interaction.guildId === null),
    from: { id: interaction.user.id, name: interaction.user.username },
    locale: interaction.locale,
  };
}

function chatOf(channelId: string, direct: boolean): Incoming["chat"] {
  return { id: channelId, kind: direct ? "private" : "group" };
}
