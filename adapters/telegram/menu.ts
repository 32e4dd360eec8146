/**
 * The command menu (setMyCommands), generated from the core's registry so it cannot drift from /help:
 * Indonesian as the default, English for people whose Telegram speaks English.
 */
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Command, Lang } from "../../src/index.js";

// Telegram's rules: a name is 1-32 of a-z, 0-9 and _; a description 1-256 characters.
const NAME = /^[a-z0-9_]{1,32}$/;
const MAX_DESCRIPTION = 256;

/** The listed commands as Telegram menu entries in one language. */
export function menuCommands(commands: readonly Command[], lang: Lang): BotCommand[] {
  return commands
    .filter((c) => c.listed && NAME.test(c.name))
    .map((c) => ({ command: c.name, description: c.summary[lang].slice(0, MAX_DESCRIPTION) }));
}

/** Sets the menu: Indonesian for everyone, and per language_code for "id" and "en". */
export async function setMenus(api: Api, commands: readonly Command[]): Promise<void> {
  await api.setMyCommands(menuCommands(commands, "id"));
  await api.setMyCommands(menuCommands(commands, "id"), { language_code: "id" });
  await api.setMyCommands(menuCommands(commands, "en"), { language_code: "en" });
}
