/**
 * What the client does with each event: translate, ask the core, render, send. Every event runs
 * inside one error boundary that logs (the logger redacts the token) and apologises, so one failure
 * never stops the bot. Every interaction gets exactly one first response.
 */
import { MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction, type Message } from "discord.js";
import { MESSAGES, RATE_NOTICE, RateLimiter, type Bot, type Incoming, type Lang } from "../../src/index.js";
import type { Logger } from "../logger.js";
import { fromButton, fromCommand, fromMessage } from "./to-incoming.js";
import { renderDiscord, type DiscordMessage } from "./render-discord.js";

export const TIMING = Object.freeze({
  /**
   * Defer when the interaction's age plus the work expected (the command's last duration) passes
   * this. Discord wants the first response within 3 s; the rest is left for the network.
   */
  deferAfterMs: 2_000,
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
}

export function createHandlers(bot: Bot, log: Logger, options: HandlerOptions = {}): Handlers {
  const limiter = options.limiter ?? new RateLimiter();
  const now = options.now ?? Date.now;
  const deferAfterMs = options.deferAfterMs ?? TIMING.deferAfterMs;
  const lastDuration = new Map<string, number>();

  // The core is synchronous: its duration is known only afterwards, so the next call learns from it.
  const handle = (key: string, incoming: Incoming) => {
    const started = now();
    const reply = bot.handle(incoming);
    lastDuration.set(key, now() - started);
    return renderDiscord(reply);
  };

  async function onCommand(i: ChatInputCommandInteraction): Promise<void> {
    const declared = bot.commands.find((c) => c.name === i.commandName)?.options ?? [];
    const incoming = fromCommand(i, i.commandName, i.options.data, declared);
    if (limiter.check(i.user.id) !== "allow") return void (await i.reply(ephemeral(RATE_NOTICE[langOf(i.locale)])));
    const age = Math.max(0, now() - i.createdTimestamp);
    if (age + (lastDuration.get(i.commandName) ?? 0) > deferAfterMs) await i.deferReply();
    await respond(i, handle(i.commandName, incoming));
  }

  async function onButton(i: ButtonInteraction): Promise<void> {
    if (limiter.check(i.user.id) !== "allow") return void (await i.reply(ephemeral(RATE_NOTICE[langOf(i.locale)])));
    await respond(i, handle("button", fromButton(i, i.customId)));
  }

  // Autocomplete is never deferred and never rate-limited: it reads an index and must answer in 3 s.
  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    const values = bot.complete(i.commandName, focused.name, String(focused.value), TIMING.maxChoices);
    const choices = values.map((v) => v.slice(0, 100)).filter((v) => v.trim() !== "");
    await i.respond([...new Set(choices)].map((value) => ({ name: value, value })));
  }

  async function onMessage(message: Message, botId: string): Promise<void> {
    const quiet = { ...NONE, repliedUser: false };
    await guard("message", log, async () => {
      const incoming = fromMessage(message, botId);
      if (!incoming) return;
      const decision = limiter.check(message.author.id);
      if (decision === "drop") return;
      const [first, ...rest] = decision === "notify" ? [plain(RATE_NOTICE.id)] : handle("message", incoming);
      await message.reply({ ...first, allowedMentions: quiet });
      for (const next of rest) if (message.channel.isSendable()) await message.channel.send(next);
    }, async () => void (await message.reply({ ...plain(APOLOGY.id), allowedMentions: quiet })));
  }

  async function onInteraction(i: Interaction): Promise<void> {
    await guard(`interaction ${i.isCommand() || i.isAutocomplete() ? i.commandName : i.type}`, log, async () => {
      if (i.isChatInputCommand()) await onCommand(i);
      else if (i.isAutocomplete()) await onAutocomplete(i);
      else if (i.isButton()) await onButton(i);
    }, () => apologise(i));
  }

  return { onInteraction, onMessage };
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
