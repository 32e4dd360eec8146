/**
 * A bot that replies through `handle` and leaves everything else to `bot`: how the operations
 * layer (metrics, /reload) puts itself around the core without the adapters knowing.
 */
import type { Bot, Incoming, Reply } from "../../src/index.js";

export function withHandle(bot: Bot, handle: (incoming: Incoming) => Reply): Bot {
  return {
    get corpus() {
      return bot.corpus;
    },
    get commands() {
      return bot.commands;
    },
    ask: (question) => bot.ask(question),
    answer: (question) => bot.answer(question),
    converse: (incoming) => bot.converse(incoming),
    complete: (command, option, prefix, limit) => bot.complete(command, option, prefix, limit),
    handle,
  };
}
