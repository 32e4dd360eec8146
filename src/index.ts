/**
 * The one import adapters use: createBot(corpus) and the public types. The core is a pure function
 * of its input: handle(message) -> Reply. It never throws on what a person types.
 */
import { runAction } from "./actions.js";
import { answerQuestion } from "./answer.js";
import { withUnquotedSpeaker } from "./unquoted-speaker.js";
import type { Command, CoreServices } from "./commands/command.js";
import { parseMessage } from "./commands/parse.js";
import { askWithReply } from "./commands/ask.js";
import { COMMANDS, findCommand } from "./commands/registry.js";
import { MESSAGES, say } from "./i18n.js";
import { languageOf } from "./search/query.js";
import { SearchIndex, type IndexOptions } from "./search/index.js";
import { cleanText } from "./text/normalize.js";
import { words } from "./search/terms.js";
import type { Answer, Corpus, Incoming, Lang, Reply } from "./types.js";
import { OUTPUT } from "./defaults.js";
import { truncate } from "./text/truncate.js";
import { boundReply } from "./bound.js";
import { quoteIndexOf } from "./quotes/index.js";
import { fingerprint } from "./fingerprint.js";
import { prepareSummary } from "./summary.js";
import { askInChat } from "./followup/ask.js";
import { ExchangeMemory, type ExchangeStore } from "./followup/memory.js";

export type * from "./types.js";
export type { Command, CommandOption } from "./commands/command.js";
export { CorpusError } from "./errors.js";
export { MESSAGES, confidenceInWords, say } from "./i18n.js";
export { RateLimiter, RATE_LIMIT, RATE_NOTICE, type RateDecision, type RateLimitOptions } from "./rate-limit.js";
export { loadCorpus } from "./corpus/load.js";
export { parseArticle } from "./corpus/parse.js";
export { inlineToCommand, parseMessage } from "./commands/parse.js";
export { summarize, SUMMARY, type SummaryOptions } from "./summary.js";
export { findArticle } from "./summary/request.js";
export { quoteIndexOf } from "./quotes/index.js";
export type { Speaker, SpeakerHit, SpeakerIndex } from "./quotes/speakers.js";
export { SPEAKER_MAX_SCORE } from "./quotes/reply.js";
export { GREETING, greetingReply } from "./greeting.js";

/** The language of a person's message ("id" when it has no words): for the adapters' own notices. */
export function languageOfText(text: string): Lang {
  return answerLanguage(cleanText(text));
}
export { ExchangeMemory, FOLLOWUP_MEMORY, type Exchange, type ExchangeStore } from "./followup/memory.js";

export interface Bot {
  /** The reply to one message (a command, a question, or a button press). Never throws. */
  handle(incoming: Incoming): Reply;
  /** The answer to one question, as data (the CLI's JSON). */
  ask(question: string): Answer;
  /** The answer as data and the reply `handle` would give for the same question, retrieved once. */
  answer(question: string): { answer: Answer; reply: Reply };
  /**
   * A question asked in a chat, as data and as the reply `handle` gives: a reply to one of the bot's
   * answers (`incoming.replyTo`) is read as a follow-up to it (the CLI's `chat --jsonl`).
   */
  converse(incoming: Incoming): { answer: Answer; reply: Reply };
  /**
   * Completions for a command option as the person types (Discord autocomplete): at most `limit`,
   * from an index, fast. Empty when the option has none.
   */
  complete(command: string, option: string, prefix: string, limit?: number): string[];
  readonly commands: readonly Command[];
  readonly corpus: Corpus;
}

export interface BotOptions {
  /** The clock the follow-up memory's time-to-live is measured with. */
  readonly now?: () => number;
  /** Where each chat's last exchange is kept; by default a bounded in-process memory. */
  readonly exchanges?: ExchangeStore;
  /** The search index's settings (its lexical resources, to measure each); by default RETRIEVAL's. */
  readonly index?: IndexOptions;
}

/** Builds the search and quote indexes once, at load, and returns the bot. */
export function createBot(corpus: Corpus, options: BotOptions = {}): Bot {
  const index = new SearchIndex(corpus, options.index);
  // Extracting quotations and ranking sentences for summaries read every sentence: do it now, once,
  // so that no request pays for it (and blocks the event loop every platform shares).
  quoteIndexOf(corpus);
  // Button actions carry the corpus fingerprint: hash it now, not on the first reply with buttons.
  fingerprint(corpus);
  for (const article of corpus.articles) prepareSummary(article);
  const exchanges = options.exchanges ?? new ExchangeMemory(options.now);
  const services: CoreServices = { corpus, index, ask: (q, focus) => withUnquotedSpeaker(answerQuestion(q, index, focus), q, corpus), exchanges };
  return {
    corpus,
    commands: COMMANDS,
    ask: services.ask,
    answer: (question) => {
      const text = cleanText(question);
      const { answer, reply } = askWithReply(text, services, answerLanguage(text));
      return { answer, reply: boundReply(reply) };
    },
    converse: (incoming) => {
      const text = cleanText(incoming.text);
      const { answer, reply } = askInChat(text, incoming, services, answerLanguage(text));
      return { answer, reply: boundReply(reply) };
    },
    complete: (command, option, prefix, limit = 25) => completeOption(services, command, option, prefix, limit),
    handle: (incoming) => boundReply(safely(() => dispatch(incoming, services), incoming)),
  };
}

function completeOption(services: CoreServices, name: string, option: string, prefix: string, limit: number): string[] {
  const command = findCommand(name);
  if (!command?.complete) return [];
  try {
    return command.complete(option, cleanText(prefix).slice(0, 100), services).slice(0, limit);
  } catch {
    return [];
  }
}

function dispatch(incoming: Incoming, services: CoreServices): Reply {
  const text = truncate(cleanText(incoming.text ?? ""), OUTPUT.maxQuestionChars * 2);
  const lang = replyLanguage(text, incoming);
  if (incoming.action) return runAction(incoming.action, services.corpus, lang);
  const { name, args } = parseMessage(text);
  if (name === null) return findCommand("ask")!.run(args, services, incoming, lang);
  const command = findCommand(name);
  if (!command) return { lang, blocks: [{ kind: "text", text: say(MESSAGES.unknownCommand, lang)(name.slice(0, 32)) }] };
  return command.run(args, services, incoming, replyLanguage(args, incoming));
}

// The language of the question; for a bare command, the platform's language hint, else Indonesian.
function answerLanguage(question: string): Lang {
  const tokens = words(question);
  return tokens.length > 0 ? languageOf(tokens) : "id";
}

function replyLanguage(text: string, incoming: Incoming): Lang {
  const tokens = words(parseMessage(text).args || text);
  if (tokens.length > 0) return languageOf(tokens);
  return incoming.locale?.toLowerCase().startsWith("en") ? "en" : "id";
}

// The last guard: a bug in the core becomes an apology, never a crash in an adapter.
function safely(run: () => Reply, incoming: Incoming): Reply {
  try {
    return run();
  } catch {
    const lang = incoming.locale?.toLowerCase().startsWith("en") ? "en" : "id";
    return { lang, blocks: [{ kind: "text", text: say(MESSAGES.apology, lang) }] };
  }
}
