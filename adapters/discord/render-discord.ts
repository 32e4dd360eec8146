/**
 * A reply rendered for Discord: plain Markdown text for answers and the bot's words, embeds for
 * sentence lists (summaries, context) and quotations, buttons as components. Everything taken from
 * the article or a person is escaped, and every piece stays inside Discord's limits.
 */
import { ButtonStyle, ComponentType, escapeMarkdown, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed } from "discord.js";
import type { Block, Button, Quote, Reply, SentenceRef, Span } from "../../src/index.js";
import { aroundSpan, citationLine, quoted, wordsOf } from "../render-plain.js";
import { splitText } from "./split.js";

/** Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = Object.freeze({
  content: 2_000,
  title: 256,
  description: 4_096,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  fields: 25,
  embedTotal: 6_000,
  embedsPerMessage: 10,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
});

/** One message to send; nothing in it may ping anyone. */
export interface DiscordMessage {
  readonly content?: string;
  readonly embeds?: APIEmbed[];
  readonly components?: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  readonly allowedMentions: { readonly parse: [] };
}

// Discord's brand colour for embeds, so lists read as the bot's.
const EMBED_COLOUR = 0x5865f2;
const URL = /(https?:\/\/[^\s<>]+)/;

/** Article or user text with Markdown, mentions and links made inert; URLs stay clickable. */
export function escapeText(text: string): string {
  return text
    .split(URL)
    .map((part, i) => (i % 2 === 1 ? part : escapePlain(part)))
    .join("");
}

function escapePlain(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true });
  // Brackets always: a masked link "[text](url)" is cut apart by the URL split above.
  return escaped
    .replace(/[[\]]/g, "\\$&")
    .replace(/^(\s*)(>|-#)/gm, "$1\\$2")
    .replace(/<(?=[@#:/]|a:|t:)/g, "\\<");
}

type Part = { readonly text: string } | { readonly embed: APIEmbed };

/** The messages for a reply, in order; buttons ride on the last one. */
export function renderDiscord(reply: Reply): DiscordMessage[] {
  const parts = reply.blocks.flatMap((block) => partsOf(block, reply));
  const buttons = reply.blocks.flatMap((b) => (b.kind === "buttons" ? b.buttons : []));
  const messages = pack(parts);
  if (messages.length === 0) messages.push({ content: "…" });
  const last = messages[messages.length - 1]!;
  if (buttons.length > 0) last.components = buttonRows(buttons);
  return messages.map((m) => ({ ...m, allowedMentions: { parse: [] } }));
}

function partsOf(block: Block, reply: Reply): Part[] {
  const words = wordsOf(reply.lang);
  switch (block.kind) {
    case "text":
      return [{ text: escapeText(block.text) }];
    case "answer":
      return [{ text: answerText(block.sentence.text, block.span) }];
    case "citation":
      return [{ text: escapeText(citationLine(block.label, reply)) }];
    case "context":
      return [{ text: `*${words.context}:* ${block.sentences.map((s) => escapeText(s.text)).join(" ")}` }];
    case "alternatives":
      return [{ text: [`__${escapeText(block.title)}__`, ...block.sentences.map(line)].join("\n") }];
    case "sentences":
      return sentenceEmbeds(block.title, block.sentences).map((embed) => ({ embed }));
    case "quotes":
      return quoteEmbeds(block.title, block.quotes, words.indirect, block.footer).map((embed) => ({ embed }));
    case "buttons":
      return [];
  }
}

function line(s: SentenceRef): string {
  return `**[${s.sentence}]** ${escapeText(s.text)}`;
}

/**
 * With a span: the span in bold, then the sentence as a "> " quote with the span in bold inside it
 * (a quote block needs no quotation marks). Without: the sentence in bold, quoted once.
 */
function answerText(text: string, span: Span | null | undefined): string {
  const [before, exact, after] = aroundSpan(text, span);
  if (exact === "") return `**${escapeText(quoted(text))}**`;
  return `**${escapeText(exact)}**\n> ${escapeText(before)}**${escapeText(exact)}**${escapeText(after)}`;
}

function sentenceEmbeds(title: string, sentences: readonly SentenceRef[]): APIEmbed[] {
  const lines = sentences.flatMap((s) => splitText(line(s), LIMITS.description));
  const descriptions = groupLines(lines, LIMITS.description);
  return descriptions.map((description, i) => ({ color: EMBED_COLOUR, ...(i === 0 && { title: clip(escapeText(title), LIMITS.title) }), description }));
}

function groupLines(lines: readonly string[], max: number): string[] {
  const groups: string[] = [];
  for (const text of lines) {
    const lastGroup = groups[groups.length - 1];
    if (lastGroup !== undefined && lastGroup.length + 1 + text.length <= max) groups[groups.length - 1] = `${lastGroup}\n${text}`;
    else groups.push(text);
  }
  return groups;
}

// The footer (which page this is) goes under the last embed; Discord shows footers as plain text.
function quoteEmbeds(title: string, quotes: readonly Quote[], indirect: string, footer?: string): APIEmbed[] {
  const fields = quotes.map((q) => ({
    name: clip(`${escapeText(q.speaker)}${q.kind === "indirect" ? ` (${indirect})` : ""}`, LIMITS.fieldName),
    // Reported speech is the article's words too, but not the speaker's: no quotation marks around it.
    value: clip(`${q.kind === "direct" ? escapeText(quoted(q.text)) : escapeText(q.text)} [${q.sentence}]`, LIMITS.fieldValue),
  }));
  const footerText = footer ? clip(footer, LIMITS.footer) : "";
  const embeds: APIEmbed[] = [];
  for (const field of fields) {
    const current = embeds[embeds.length - 1];
    // Room for the footer is kept in every embed: any of them may turn out to be the last.
    const size = current ? embedSize(current) + field.name.length + field.value.length + footerText.length : 0;
    const full = !current || current.fields!.length >= LIMITS.fields || size > LIMITS.embedTotal;
    if (full) embeds.push({ color: EMBED_COLOUR, ...(embeds.length === 0 && { title: clip(escapeText(title), LIMITS.title) }), fields: [field] });
    else current.fields!.push(field);
  }
  const last = embeds[embeds.length - 1];
  if (last && footerText) last.footer = { text: footerText };
  return embeds;
}

/** Characters Discord counts towards an embed's 6,000. */
export function embedSize(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0) + fields;
}

type Draft = { content?: string; embeds?: APIEmbed[]; components?: DiscordMessage["components"] };

// Consecutive text joins into content (split at sentences); embeds join the message before them
// while the 10-embed and 6,000-character limits allow.
function pack(parts: readonly Part[]): Draft[] {
  const messages: Draft[] = [];
  let text: string[] = [];
  const flushText = () => {
    for (const content of splitText(text.join("\n"), LIMITS.content)) messages.push({ content });
    text = [];
  };
  for (const part of parts) {
    if ("text" in part) {
      text.push(part.text);
      continue;
    }
    flushText();
    const last = messages[messages.length - 1];
    const embeds = last?.embeds ?? [];
    const fits = last && embeds.length < LIMITS.embedsPerMessage && [...embeds, part.embed].reduce((n, e) => n + embedSize(e), 0) <= LIMITS.embedTotal;
    if (fits) last.embeds = [...embeds, part.embed];
    else messages.push({ embeds: [part.embed] });
  }
  flushText();
  return messages;
}

function buttonRows(buttons: readonly Button[]): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const usable = buttons.filter((b) => b.action.length <= LIMITS.customId).slice(0, LIMITS.buttonsPerRow * 5);
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let i = 0; i < usable.length; i += LIMITS.buttonsPerRow) {
    const components = usable.slice(i, i + LIMITS.buttonsPerRow).map((b) => ({
      type: ComponentType.Button as const,
      style: ButtonStyle.Secondary as const,
      label: clip(b.label, LIMITS.buttonLabel),
      custom_id: b.action,
    }));
    rows.push({ type: ComponentType.ActionRow, components });
  }
  return rows;
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
