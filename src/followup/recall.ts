/**
 * Which answer a reply points at, from the platform's copy of the bot's message: an answer message
 * opens with the answering sentence, verbatim, or with the exact answer taken from it (its span)
 * and then the sentence. Nothing is kept for this, so it survives a restart,
 * and it cannot leak between chats: the text comes from the chat's own message.
 */
import type { Corpus, SentenceRef } from "../types.js";

const normals = new WeakMap<Corpus, { key: string; ref: SentenceRef }[]>();

/** Letters and digits only, lower case, single spaces: what survives any platform's markup and escaping. */
export function normalForm(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * The sentence an answer message opens with (after, at most, a piece of that same sentence: the
 * span shown first), or null when the message is not an answer (a help text, a summary, a "not
 * covered" reply). The longest match wins when one sentence starts another.
 */
export function answeredSentence(corpus: Corpus, message: string): SentenceRef | null {
  const text = normalForm(message);
  if (text === "") return null;
  let best: { key: string; ref: SentenceRef } | null = null;
  for (const entry of sentencesOf(corpus)) {
    if (entry.key.length === 0 || entry.key.length <= (best?.key.length ?? 0)) continue;
    const at = text.indexOf(entry.key);
    if (at === 0 || (at > 0 && entry.key.includes(text.slice(0, at).trim()))) best = entry;
  }
  return best?.ref ?? null;
}

function sentencesOf(corpus: Corpus): { key: string; ref: SentenceRef }[] {
  const known = normals.get(corpus);
  if (known) return known;
  const list = corpus.articles.flatMap((a) => a.sentences.map((ref) => ({ key: normalForm(ref.text), ref })));
  normals.set(corpus, list);
  return list;
}
