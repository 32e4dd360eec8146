/**
 * Reloading the corpus while serving (SIGHUP, or /reload from an admin): the new corpus is loaded and
 * indexed in full first, then swapped in at once; a broken one leaves the old one serving and says
 * why. Buttons made before carry the old corpus's fingerprint and answer "expired" after a change.
 */
import { createBot, loadCorpus, type Bot } from "../../src/index.js";
import type { Logger } from "../logger.js";
import type { LiveBot } from "./live-bot.js";
import type { Metrics } from "./metrics.js";
import { withHandle } from "./wrap.js";

export interface ReloadResult {
  readonly ok: boolean;
  /** One line for the operator: what is now served, or why the old corpus stays. */
  readonly message: string;
}

export type Reload = () => ReloadResult;

export function reloader(live: LiveBot, corpusPath: () => string, log: Logger, metrics: Metrics): Reload {
  return () => {
    let next;
    try {
      next = createBot(loadCorpus(corpusPath()));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      metrics.reloads.inc({ result: "failed" });
      log.error(`reload failed; still serving the previous corpus: ${reason}`);
      return { ok: false, message: `Reload failed; still serving the previous corpus: ${reason}` };
    }
    live.swap(next);
    metrics.corpusLoaded(next.corpus);
    metrics.reloads.inc({ result: "ok" });
    const sentences = next.corpus.articles.reduce((sum, a) => sum + a.sentences.length, 0);
    const message = `Corpus reloaded: ${next.corpus.articles.length} article(s), ${sentences} sentences.`;
    log.info(message);
    return { ok: true, message };
  };
}

// "/reload" or "/reload@SomeBot", nothing after it.
const RELOAD = /^\/reload(@\w+)?\s*$/i;

/**
 * The bot, with /reload for one platform's admins (user ids). Anyone else's /reload goes to the core,
 * which calls it an unknown command; the command is in no menu.
 */
export function withAdmin(bot: Bot, admins: ReadonlySet<string>, reload: Reload): Bot {
  return withHandle(bot, (incoming) => {
    if (incoming.action || !RELOAD.test(incoming.text.trim()) || !admins.has(incoming.from.id)) return bot.handle(incoming);
    return { lang: "en", blocks: [{ kind: "text", text: reload().message }] };
  });
}
