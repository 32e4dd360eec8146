import type { Corpus } from "./types.js";

const prints = new WeakMap<Corpus, string>();

/**
 * Six hex digits of an FNV-1a hash over the corpus's ids and sentences. Button actions carry it, so
 * a button pressed after the corpus changed says it has expired instead of showing the wrong text.
 */
export function fingerprint(corpus: Corpus): string {
  const known = prints.get(corpus);
  if (known) return known;
  let hash = 0x811c9dc5;
  for (const article of corpus.articles) {
    for (const text of [article.id, ...article.sentences.map((s) => s.text)]) {
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    }
  }
  const print = (hash >>> 0).toString(16).padStart(8, "0").slice(0, 6);
  prints.set(corpus, print);
  return print;
}
