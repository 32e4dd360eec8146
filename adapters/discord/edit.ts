/**
 * A button's reply put into the message the button is under (interaction.update): another page takes
 * the message's place; context is added under the answer as more embeds, with the pressed button
 * gone. Null when that cannot be done (the reply comes in several messages, or the message would pass
 * Discord's limits): the reply is then sent as a message of its own.
 */
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from "discord.js";
import type { Reply } from "../../src/index.js";
import { embedSize, LIMITS, renderDiscord, type DiscordMessage } from "./render-discord.js";

/** The message under the button, as far as an edit needs it (discord.js's Message fits). */
export interface PressedMessage {
  readonly content: string;
  readonly embeds: readonly { toJSON(): unknown }[];
  readonly components: readonly { toJSON(): unknown }[];
}

type Row = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** The edited message for a press of `pressed` with this reply, or null to send the reply instead. */
export function editedMessage(message: PressedMessage, pressed: string, reply: Reply): DiscordMessage | null {
  const rendered = renderDiscord(reply);
  if (rendered.length !== 1) return null;
  const added = rendered[0]!;
  if (reply.edit === "replace") return { content: added.content ?? "", embeds: added.embeds ?? [], components: added.components ?? [], allowedMentions: { parse: [] } };
  const embeds = [...message.embeds.map((e) => e.toJSON() as APIEmbed), ...(added.embeds ?? [])];
  const content = [message.content, added.content ?? ""].filter((t) => t !== "").join("\n\n");
  const fits = content.length <= LIMITS.content && embeds.length <= LIMITS.embedsPerMessage && embeds.reduce((n, e) => n + embedSize(e), 0) <= LIMITS.embedTotal;
  if (!fits) return null;
  const rows = message.components.map((c) => c.toJSON() as Row)
    .map((row) => ({ ...row, components: row.components.filter((b) => b.custom_id !== pressed) }))
    .filter((row) => row.components.length > 0);
  return { content, embeds, components: rows, allowedMentions: { parse: [] } };
}

/** The text of one of the bot's messages, as the core reads a reply to it: content, then embeds. */
export function messageText(message: { readonly content: string; readonly embeds: readonly { readonly title: string | null; readonly description: string | null }[] }): string {
  return [message.content, ...message.embeds.flatMap((e) => [e.title ?? "", e.description ?? ""])].filter((t) => t !== "").join("\n");
}
