/**
 * The bot the adapters hold: the current one, swapped whole on reload. Each call goes to the bot of
 * that moment; the core is synchronous, so a reply is never made from two corpora.
 */
import type { Bot, Incoming, Reply } from "../../src/index.js";

export class LiveBot implements Bot {
  constructor(private current: Bot) {}

  get corpus() {
    return this.current.corpus;
  }
  get commands() {
    return this.current.commands;
  }
  handle(incoming: Incoming): Reply {
    return this.current.handle(incoming);
  }
  ask(question: string) {
    return this.current.ask(question);
  }
  answer(question: string) {
    return this.current.answer(question);
  }
  converse(incoming: Incoming) {
    return this.current.converse(incoming);
  }
  complete(command: string, option: string, prefix: string, limit?: number): string[] {
    return this.current.complete(command, option, prefix, limit);
  }
  /** From the next call on, `next` answers. */
  swap(next: Bot): void {
    this.current = next;
  }
}
