/**
 * One update, start to finish: translate, check the rate limit, show "typing…", ask the core, deliver.
 * This is the error boundary: a failure is logged (the logger redacts the token) and answered with a
 * short apology, and the bot keeps serving.
 */
import type { Api } from "grammy";
import type { CallbackQuery, ChatMemberUpdated, InlineQuery, Message, Update } from "grammy/types";
import { greetingReply, MESSAGES, RATE_NOTICE, type Bot, type Incoming, type Lang, type Reply } from "../../src/index.js";
import type { Limiter } from "../state/index.js";
import { renderPlain } from "../render-plain.js";
import type { Logger } from "../logger.js";
import { TELEGRAM } from "./defaults.js";
import { deliver } from "./deliver.js";
import { editWithReply } from "./edit.js";
import { inlineResults, nextOffset } from "./inline.js";
import { addedToGroup, callbackToIncoming, inlineToIncoming, messageToIncoming, type BotIdentity } from "./to-incoming.js";

export interface Handling {
  readonly core: Bot;
  readonly me: BotIdentity;
  readonly limiter: Limiter;
  readonly log: Logger;
}

const APOLOGY = MESSAGES.apology;

/** Handles one update; never rejects. */
export async function handleUpdate(api: Api, update: Update, deps: Handling): Promise<void> {
  try {
    if (update.message) await onMessage(api, update.message, deps);
    else if (update.callback_query) await onButton(api, update.callback_query, deps);
    else if (update.inline_query) await onInline(api, update.inline_query, deps);
    else if (update.my_chat_member) await onAdded(api, update.my_chat_member, deps);
  } catch (error) {
    deps.log.error(`update ${update.update_id} failed`, error);
    await apologize(api, update).catch((again: unknown) => deps.log.error(`apology for update ${update.update_id} failed`, again));
  }
}

async function onMessage(api: Api, message: Message, deps: Handling): Promise<void> {
  const incoming = messageToIncoming(message, deps.me);
  if (!incoming) return;
  const target = { chatId: message.chat.id, replyTo: message.message_id };
  const decision = await deps.limiter.check(incoming.from.id);
  if (decision === "drop") return;
  if (decision === "notify") return deliver(api, notice(incoming), target);
  await api.sendChatAction(message.chat.id, "typing").catch(() => undefined);
  await deliver(api, deps.core.handle(incoming), target);
}

// Telegram shows a spinner on a button until its query is answered, so every path answers it. A press
// is not a question: it does not count against the question limit, and it edits the message it is under.
async function onButton(api: Api, query: CallbackQuery, deps: Handling): Promise<void> {
  const incoming = callbackToIncoming(query);
  if (!incoming) return void (await api.answerCallbackQuery(query.id));
  const reply = deps.core.handle(incoming);
  // A button under an inline-mode message has no chat to post in: the reply goes in an alert.
  if (!query.message) return void (await api.answerCallbackQuery(query.id, { text: plain(reply), show_alert: true }));
  await api.answerCallbackQuery(query.id);
  if (reply.edit && query.data !== undefined) return editWithReply(api, query.message, query.data, reply);
  await deliver(api, reply, { chatId: query.message.chat.id, replyTo: query.message.message_id });
}

// Added to a group: one line on how to ask. Telegram sends this update once per addition.
async function onAdded(api: Api, update: ChatMemberUpdated, deps: Handling): Promise<void> {
  const added = addedToGroup(update, deps.me);
  if (added) await deliver(api, greetingReply(added.lang), { chatId: added.chatId });
}

// Inline queries are not rate limited: Telegram debounces and caches them, and nothing is posted
// until the person picks a result, so a burst floods no chat. A long quote list comes a page per
// query: Telegram asks for the next page with the next_offset we gave it (see inline.ts).
async function onInline(api: Api, query: InlineQuery, deps: Handling): Promise<void> {
  const incoming = inlineToIncoming(query);
  if (!incoming) return void (await api.answerInlineQuery(query.id, [], { cache_time: TELEGRAM.inlineCacheSeconds }));
  const reply = deps.core.handle(incoming);
  const next_offset = nextOffset(reply);
  await api.answerInlineQuery(query.id, inlineResults(reply, query.offset), { cache_time: TELEGRAM.inlineCacheSeconds, next_offset });
}

async function apologize(api: Api, update: Update): Promise<void> {
  const from = update.message?.from ?? update.callback_query?.from;
  const text = APOLOGY[langOf(from?.language_code)];
  if (update.callback_query) await api.answerCallbackQuery(update.callback_query.id, { text });
  else if (update.message) {
    await api.sendMessage(update.message.chat.id, text, { reply_parameters: { message_id: update.message.message_id, allow_sending_without_reply: true } });
  }
}

function notice(incoming: Incoming): Reply {
  const lang = langOf(incoming.locale);
  return { lang, blocks: [{ kind: "text", text: RATE_NOTICE[lang] }] };
}

function langOf(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : "id";
}

function plain(reply: Reply): string {
  const text = renderPlain(reply);
  const chars = [...text];
  return chars.length <= TELEGRAM.callbackTextLimit ? text : `${chars.slice(0, TELEGRAM.callbackTextLimit - 1).join("")}…`;
}
