/**
 * The one outbound path for chat replies: a rendered Reply sent as HTML messages, threaded under the
 * message that asked, buttons on the last one.
 */
import type { Api } from "grammy";
import type { Reply } from "../../src/index.js";
import { inlineKeyboard } from "./buttons.js";
import { renderHtml } from "./render-html.js";

export interface Target {
  readonly chatId: number;
  /** The message the reply threads under. */
  readonly replyTo?: number;
}

/** Sends the reply; resolves when every part was sent (each call already retried), else rejects. */
export async function deliver(api: Api, reply: Reply, target: Target): Promise<void> {
  const { messages, buttons } = renderHtml(reply);
  const keyboard = inlineKeyboard(buttons);
  for (const [i, html] of messages.entries()) {
    await api.sendMessage(target.chatId, html, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(target.replyTo !== undefined ? { reply_parameters: { message_id: target.replyTo, allow_sending_without_reply: true } } : {}),
      ...(i === messages.length - 1 && keyboard ? { reply_markup: keyboard } : {}),
    });
  }
}
