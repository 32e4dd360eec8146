/**
 * What the client does with each event: translate, ask the core, render, send. Every event runs
 * inside one error boundary that logs (the logger redacts the token) and apologises, so one failure
 * never stops the bot. Every interaction gets exactly one first response.
 */
import { ChannelType, MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Guild, type Interaction, type Message } from "discord.js";
import { greetingReply, languageOfText, MESSAGES, RATE_NOTICE, RateLimiter, type Bot, type Incoming, type Lang } from "../../src/index.js";
import type { Logger } from "../logger.js";
import { fromButton, fromCommand, fromMessage } from "./to-incoming.js";
import { renderDiscord, type DiscordMessage } from "./render-discord.js";
import { editedMessage, messageText } from "./edit.js";

export const TIMING = Object.freeze({
  /**
   * Defer when the interaction's age plus the work expected passes this. Discord wants the first
   * response within 3 s; the rest is left for the network.
   */
  deferAfterMs: 2_000,
  /**
   * The work expected of a command or button is at least this (more when it was once slower): a
   * conservative bound, since the first call's duration is unknown and the core cannot be interrupted.
   */
  workBoundMs: 1_000,
  /** Autocomplete choices Discord shows at most. */
  maxChoices: 25,
});

const NONE = { parse: [] as [] };
const APOLOGY = MESSAGES.apology;

export interface HandlerOptions {
  readonly limiter?: RateLimiter;
  readonly deferAfterMs?: number;
  readonly now?: () => number;
}

export interface Handlers {
  onInteraction(interaction: Interaction): Promise<void>;
  onMessage(message: Message, botId: string): Promise<void>;
  /** The bot was added to a server: one how-to line in its system channel (or first writable one), once. */
  onGuildCreate(guild: Guild): Promise<void>;
}

export function createHandlers(bot: Bot, log: Logger, options: HandlerOptions = {}): Handlers {
  const limiter = options.limiter ?? new RateLimiter();
  const now = options.now ?? Date.now;
  const deferAfterMs = options.deferAfterMs ?? TIMING.deferAfterMs;
  const slowest = new Map<string, number>();
  const greeted = new Set<string>();

  // The core is synchronous: its duration is known only afterwards, so later calls learn from it.
  const handle = (key: string, incoming: Incoming) => {
    const started = now();
    const reply = bot.handle(incoming);
    slowest.set(key, Math.max(slowest.get(key) ?? 0, now() - started));
    return renderDiscord(reply);
  };

  // Decided from the interaction's age (which includes any time the event loop was busy before this
  // handler ran) and a conservative bound on the work, before the work starts.
  const isLate = (i: ChatInputCommandInteraction | ButtonInteraction, key: string) =>
    Math.max(0, now() - i.createdTimestamp) + Math.max(TIMING.workBoundMs, slowest.get(key) ?? 0) > deferAfterMs;
  const deferIfLate = async (i: ChatInputCommandInteraction, key: string) => {
    if (isLate(i, key)) await i.deferReply();
  };

  async function onCommand(i: ChatInputCommandInteraction): Promise<void> {
    const declared = bot.commands.find((c) => c.name === i.commandName)?.options ?? [];
    const incoming = fromCommand(i, i.commandName, i.options.data, declared);
    if (limiter.check(i.user.id) !== "allow") return void (await i.reply(ephemeral(RATE_NOTICE[langOf(i.locale)])));
    await deferIfLate(i, i.commandName);
    await respond(i, handle(i.commandName, incoming));
  }

  // A press is not a question: it does not count against the question limit, and a page or the
  // context goes into the message the button is under.
  async function onButton(i: ButtonInteraction): Promise<void> {
    const late = isLate(i, "button");
    // Deferred before the work; a late press then edits its message or follows up, as the reply asks.
    if (late) await i.deferUpdate();
    const reply = bot.handle(fromButton(i, i.customId));
    const edited = reply.edit ? editedMessage(i.message, i.customId, reply) : null;
    if (edited) await (late ? i.editReply(edited) : i.update(edited));
    else if (late) for (const message of renderDiscord(reply)) await i.followUp(message);
    else await respond(i, renderDiscord(reply));
  }

  // Autocomplete is never deferred and never rate-limited: it reads an index and must answer in 3 s.
  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    const values = bot.complete(i.commandName, focused.name, String(focused.value), TIMING.maxChoices);
    const choices = values.map((v) => v.slice(0, 100)).filter((v) => v.trim() !== "");
    await i.respond([...new Set(choices)].map((value) => ({ name: value, value })));
  }

  // The notice and the apology are in the language the person wrote in; typing shows while it works.
  async function onMessage(message: Message, botId: string): Promise<void> {
    const quiet = { ...NONE, repliedUser: false };
    const lang = languageOfText(message.content);
    await guard("message", log, async () => {
      if (message.author.bot) return;
      const incoming = fromMessage(message, botId, await repliedText(message, botId));
      if (!incoming) return;
      const decision = limiter.check(message.author.id);
      if (decision === "drop") return;
      if (decision === "allow" && message.channel.isSendable()) await message.channel.sendTyping().catch(() => undefined);
      const [first, ...rest] = decision === "notify" ? [plain(RATE_NOTICE[lang])] : handle("message", incoming);
      await message.reply({ ...first, allowedMentions: quiet });
      for (const next of rest) if (message.channel.isSendable()) await message.channel.send(next);
    }, async () => void (await message.reply({ ...plain(APOLOGY[lang]), allowedMentions: quiet })));
  }

  async function onGuildCreate(guild: Guild): Promise<void> {
    await guard(`greeting ${guild.id}`, log, async () => {
      if (greeted.has(guild.id)) return;
      greeted.add(guild.id);
      const writable = guild.channels.cache.find((c) => c.type === ChannelType.GuildText && c.isSendable());
      const channel = guild.systemChannel ?? writable;
      if (!channel?.isSendable()) return;
      // Indonesian: a server's preferred locale is Discord's default en-US unless its owner changed it.
      const [line] = renderDiscord(greetingReply("id"));
      await channel.send(line!);
    });
  }

  async function onInteraction(i: Interaction): Promise<void> {
    await guard(`interaction ${i.isCommand() || i.isAutocomplete() ? i.commandName : i.type}`, log, async () => {
      if (i.isChatInputCommand()) await onCommand(i);
      else if (i.isAutocomplete()) await onAutocomplete(i);
      else if (i.isButton()) await onButton(i);
    }, () => apologise(i));
  }

  return { onInteraction, onMessage, onGuildCreate };
}

// The text of the bot's message this one replies to, or undefined when it replies to no message of
// the bot's (or the message cannot be fetched: then it is read alone).
async function repliedText(message: Message, botId: string): Promise<string | undefined> {
  // Only replies Discord marks as replies to the bot are fetched: not every reply in a busy channel.
  if (!message.reference?.messageId || (message.guildId !== null && message.mentions.repliedUser?.id !== botId)) return undefined;
  const replied = await message.fetchReference().catch(() => null);
  return replied && replied.author.id === botId ? messageText(replied) : undefined;
}

async function respond(i: ChatInputCommandInteraction | ButtonInteraction, messages: readonly DiscordMessage[]): Promise<void> {
  const [first, ...rest] = messages;
  if (i.deferred) await i.editReply(first!);
  else await i.reply(first!);
  for (const next of rest) await i.followUp(next);
}

async function apologise(i: Interaction): Promise<void> {
  if (i.isAutocomplete()) {
    if (!i.responded) await i.respond([]);
    return;
  }
  if (!i.isRepliable()) return;
  const message = ephemeral(APOLOGY[langOf(i.locale)]);
  if (i.replied || i.deferred) await i.followUp(message);
  else await i.reply(message);
}

/** The error boundary: log without secrets, apologise if possible, never rethrow. */
async function guard(what: string, log: Logger, run: () => Promise<void>, apologise?: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    log.error(`discord: ${what} failed`, error);
    try {
      await apologise?.();
    } catch (second) {
      log.error(`discord: apology for ${what} failed too`, second);
    }
  }
}

function ephemeral(text: string) {
  return { ...plain(text), flags: MessageFlags.Ephemeral as const };
}

function plain(content: string): DiscordMessage {
  return { content, allowedMentions: NONE };
}

function langOf(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : "id";
}
