import { MESSAGES, say } from "./i18n.js";
import { citationLabel } from "./reply.js";
import type { Corpus, Lang, Reply, SentenceRef } from "./types.js";
import { refOf } from "./answer.js";
import { fingerprint } from "./fingerprint.js";
import { quotePageReply } from "./quotes/reply.js";

export { fingerprint };

/**
 * Button actions: short strings (under Telegram's 64 bytes) that name sentences by article position
 * and sentence number, with a fingerprint of the corpus so that a button pressed after the corpus
 * changed says it has expired instead of showing the wrong sentence. Valid across restarts. Pages
 * of a quote list ("qp:…") are read by src/quotes/paging.ts, which owns that format.
 */

// Sentences shown on each side of an answer by the "Konteks" button.
const CONTEXT_RADIUS = 2;

export function contextAction(corpus: Corpus, ref: SentenceRef): string {
  return `ctx:${fingerprint(corpus)}:${articlePosition(corpus, ref)}:${ref.sentence}`;
}

export function moreAction(corpus: Corpus, ref: SentenceRef, alternatives: readonly SentenceRef[]): string | null {
  if (alternatives.length === 0) return null;
  const numbers = alternatives.map((alt) => `${articlePosition(corpus, alt)}.${alt.sentence}`).join(",");
  return `more:${fingerprint(corpus)}:${numbers}`.slice(0, 64);
}

/** The reply to a button press, or an "expired" reply for anything it cannot read. */
export function runAction(action: string, corpus: Corpus, lang: Lang): Reply {
  const [kind, print, ...rest] = action.split(":");
  if (print !== fingerprint(corpus)) return expired(lang);
  const edited = (reply: Reply | null, edit: Reply["edit"]): Reply => (reply ? { ...reply, edit } : expired(lang));
  // Context and runners-up add to the answer they are under; another page of a list replaces it.
  if (kind === "ctx") return edited(contextReply(corpus, Number(rest[0]), Number(rest[1]), lang), "append");
  if (kind === "more") return edited(moreReply(corpus, rest[0] ?? "", lang), "append");
  if (kind === "qp") return edited(quotePageReply(corpus, action), "replace");
  return expired(lang);
}

function contextReply(corpus: Corpus, articleAt: number, sentence: number, lang: Lang): Reply | null {
  const article = corpus.articles[articleAt];
  const target = article?.sentences[sentence - 1];
  if (!article || !target) return null;
  const from = Math.max(0, sentence - 1 - CONTEXT_RADIUS);
  const sentences = article.sentences.slice(from, sentence + CONTEXT_RADIUS).map(refOf);
  const title = `${say(MESSAGES.contextTitle, lang)} — ${citationLabel(target, corpus, lang)}`;
  return { lang, blocks: [{ kind: "sentences", title, sentences }] };
}

function moreReply(corpus: Corpus, list: string, lang: Lang): Reply | null {
  const refs: SentenceRef[] = [];
  for (const item of list.split(",")) {
    const [a, s] = item.split(".").map(Number);
    const found = corpus.articles[a ?? -1]?.sentences[(s ?? 0) - 1];
    if (!found) return null;
    refs.push(refOf(found));
  }
  return { lang, blocks: [{ kind: "alternatives", title: say(MESSAGES.alternatives, lang), sentences: refs }] };
}

function expired(lang: Lang): Reply {
  return { lang, blocks: [{ kind: "text", text: say(MESSAGES.expired, lang) }] };
}

function articlePosition(corpus: Corpus, ref: SentenceRef): number {
  return Math.max(0, corpus.articles.findIndex((a) => a.id === ref.article));
}
