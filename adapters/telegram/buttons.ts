/**
 * The core's buttons as a Telegram inline keyboard. An action is sent as callback_data as is; the core
 * keeps actions under 64 bytes and valid across restarts (or answers that the button has expired).
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import type { Button } from "../../src/index.js";
import { TELEGRAM } from "./defaults.js";

// Three short labels fit a phone's width.
const PER_ROW = 3;

/** The keyboard, or undefined when there is no button Telegram would accept. */
export function inlineKeyboard(buttons: readonly Button[]): InlineKeyboardMarkup | undefined {
  const usable = buttons.filter(fitsCallbackData);
  if (usable.length === 0) return undefined;
  const keys: InlineKeyboardButton[] = usable.map((b) => ({ text: b.label, callback_data: b.action }));
  const rows: InlineKeyboardButton[][] = [];
  for (let i = 0; i < keys.length; i += PER_ROW) rows.push(keys.slice(i, i + PER_ROW));
  return { inline_keyboard: rows };
}

/** Telegram rejects the whole message if one button's data is empty or over 64 bytes. */
export function fitsCallbackData(button: Button): boolean {
  const bytes = Buffer.byteLength(button.action, "utf8");
  return bytes >= 1 && bytes <= TELEGRAM.callbackDataBytes && button.label.trim() !== "";
}
