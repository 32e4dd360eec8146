/**
 * Telegram updates into the core's Incoming, or null for what the bot must leave alone. Pure: no
 * network, no clock. Which group messages reach the bot follows Telegram's own addressing rules
 * (a command, a reply to the bot, an @mention); what the words mean is the core's business.
 */
import type { CallbackQuery, Chat, ChatMemberUpdated, InlineQuery, Message, MessageEntity, User } from "grammy/types";
import { inlineToCommand, type Incoming } from "../../src/index.js";

/** Who the bot is (from getMe), and the command names the core knows. */
export interface BotIdentity {
  readonly id: number;
  readonly username: string;
  readonly commands: ReadonlySet<string>;
}

/** A text message, or null: not text, from a bot, for another bot, or in a group not addressed to us. */
export function messageToIncoming(message: Message, me: BotIdentity): Incoming | null {
  const from = message.from;
  const kind = chatKind(message.chat);
  if (!from || from.is_bot || kind === null || message.text === undefined) return null;
  const entities = message.entities ?? [];
  const command = leadingCommand(message.text, entities);
  if (command?.bot !== undefined && !sameName(command.bot, me.username)) return null;
  if (kind === "group" && !addressed(message, command, entities, me)) return null;
  const replied = message.reply_to_message;
  return {
    text: withoutMentions(message.text, entities, me).trim(),
    chat: { id: String(message.chat.id), kind },
    ...person(from),
    // A reply to one of the bot's messages carries that message's text: the core reads a follow-up with it.
    ...(replied?.from?.id === me.id && replied.text !== undefined ? { replyTo: { text: replied.text } } : {}),
  };
}

/** The bot itself was just added to a group (my_chat_member): the chat to greet, or null. */
export function addedToGroup(update: ChatMemberUpdated, me: BotIdentity): { chatId: number; lang: "id" | "en" } | null {
  if (update.new_chat_member.user.id !== me.id || chatKind(update.chat) !== "group") return null;
  const was = update.old_chat_member.status;
  const now = update.new_chat_member.status;
  const inside = (status: string) => status === "member" || status === "administrator";
  if (inside(was) || !inside(now)) return null;
  return { chatId: update.chat.id, lang: update.from.language_code?.toLowerCase().startsWith("en") ? "en" : "id" };
}

/** A button press: the button's action, in the chat the button was in (or the presser's own, inline). */
export function callbackToIncoming(query: CallbackQuery): Incoming | null {
  if (query.data === undefined || query.from.is_bot) return null;
  const chat = query.message?.chat;
  const kind = chat ? chatKind(chat) : "private";
  return {
    text: "",
    action: query.data,
    chat: chat && kind ? { id: String(chat.id), kind } : { id: `inline:${query.from.id}`, kind: "private" },
    ...person(query.from),
  };
}

/**
 * An inline query ("@ThisBot <question>"), or null when it is empty. What it asks is the core's
 * reading. A non-empty offset is Telegram asking for more results with the next_offset we answered
 * before, which is a page button's action (inline.ts): it comes to the core as that button's press.
 */
export function inlineToIncoming(query: InlineQuery): Incoming | null {
  const text = query.query.trim();
  if (text === "" || query.from.is_bot) return null;
  const group = query.chat_type === "group" || query.chat_type === "supergroup" || query.chat_type === "channel";
  return {
    text: inlineToCommand(text),
    ...(query.offset === "" ? {} : { action: query.offset }),
    chat: { id: `inline:${query.from.id}`, kind: group ? "group" : "private" },
    ...person(query.from),
  };
}

function chatKind(chat: Chat): Incoming["chat"]["kind"] | null {
  if (chat.type === "private") return "private";
  if (chat.type === "group" || chat.type === "supergroup") return "group";
  return null;
}

function person(from: User): Pick<Incoming, "from" | "locale"> {
  const name = [from.first_name, from.last_name].filter(Boolean).join(" ");
  return { from: { id: String(from.id), name }, ...(from.language_code ? { locale: from.language_code } : {}) };
}

interface LeadingCommand {
  readonly name: string;
  /** The bot named after "@", if any. */
  readonly bot?: string;
}

function leadingCommand(text: string, entities: readonly MessageEntity[]): LeadingCommand | null {
  const entity = entities.find((e) => e.type === "bot_command" && e.offset === 0);
  if (!entity) return null;
  const [name = "", bot] = text.slice(1, entity.length).split("@");
  return bot === undefined ? { name: name.toLowerCase() } : { name: name.toLowerCase(), bot };
}

// In a group the bot answers only what is addressed to it, so it never talks over people.
function addressed(message: Message, command: LeadingCommand | null, entities: readonly MessageEntity[], me: BotIdentity): boolean {
  if (command) return command.bot !== undefined || me.commands.has(command.name);
  if (message.reply_to_message?.from?.id === me.id) return true;
  return entities.some((e) => mentionsMe(message.text ?? "", e, me));
}

function mentionsMe(text: string, entity: MessageEntity, me: BotIdentity): boolean {
  if (entity.type === "text_mention") return entity.user.id === me.id;
  return entity.type === "mention" && sameName(text.slice(entity.offset + 1, entity.offset + entity.length), me.username);
}

// Entity offsets count UTF-16 units, as JavaScript strings do; cut from the end so offsets stay valid.
function withoutMentions(text: string, entities: readonly MessageEntity[], me: BotIdentity): string {
  const mine = entities.filter((e) => e.type === "mention" && mentionsMe(text, e, me)).sort((a, b) => b.offset - a.offset);
  return mine.reduce((out, e) => out.slice(0, e.offset) + out.slice(e.offset + e.length), text);
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
