/**
 * A button's reply put into the message the button is under (editMessageText): another page takes
 * the message's place; context is added under the answer, with the pressed button gone. Where that
 * cannot be done (the message would grow past Telegram's limit, or is not text), it is sent as a
 * message of its own.
 */
import type { Api } from "grammy";
import type { InlineKeyboardMarkup, Message } from "grammy/types";
import type { Reply } from "../../src/index.js";
import { renderPlain } from "../render-plain.js";
import { inlineKeyboard } from "./buttons.js";
import { TELEGRAM } from "./defaults.js";
import { deliver } from "./deliver.js";
import { renderHtml } from "./render-html.js";

/**
 * Edits `message` with the reply of the button `pressed` under it, or sends the reply when it cannot
 * (too long, or Telegram refuses the edit: a message too old to edit, one deleted meanwhile).
 */
export async function editWithReply(api: Api, message: Message, pressed: string, reply: Reply): Promise<void> {
  // A second press of the same page changes nothing: Telegram says so, and the message is right as it is.
  const unchanged = (error: unknown) => String((error as { description?: string }).description ?? "").includes("message is not modified");
  const edited = await edit(api, message, pressed, reply).catch(unchanged);
  if (!edited) await deliver(api, reply, { chatId: message.chat.id, replyTo: message.message_id });
}

async function edit(api: Api, message: Message, pressed: string, reply: Reply): Promise<boolean> {
  const chatId = message.chat.id;
  if (reply.edit === "replace") {
    const { messages, buttons } = renderHtml(reply);
    const keyboard = inlineKeyboard(buttons);
    if (messages.length === 1) {
      await api.editMessageText(chatId, message.message_id, messages[0]!, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        reply_markup: keyboard ?? { inline_keyboard: [] },
      });
      return true;
    }
  }
  if (reply.edit === "append" && message.text !== undefined) {
    const text = `${message.text}\n\n${renderPlain(reply)}`;
    if ([...text].length <= TELEGRAM.messageLimit) {
      // The message keeps its formatting (its entities); the added text comes after it, plain.
      await api.editMessageText(chatId, message.message_id, text, {
        ...(message.entities ? { entities: message.entities } : {}),
        link_preview_options: { is_disabled: true },
        reply_markup: without(message.reply_markup, pressed),
      });
      return true;
    }
  }
  return false;
}

function without(markup: InlineKeyboardMarkup | undefined, pressed: string): InlineKeyboardMarkup {
  const rows = (markup?.inline_keyboard ?? [])
    .map((row) => row.filter((key) => !("callback_data" in key) || key.callback_data !== pressed))
    .filter((row) => row.length > 0);
  return { inline_keyboard: rows };
}
