/** The baselines every quality and speed table is printed against, run in the same process. */
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import type { Corpus, SentenceRef } from "../../src/index.js";

export interface Retriever {
  readonly name: string;
  /** Sentences best first. */
  search(question: string, limit: number): SentenceRef[];
}

function sentencesOf(corpus: Corpus): SentenceRef[] {
  return corpus.articles.flatMap((a) => a.sentences.map((s) => ({ article: s.article, paragraph: s.paragraph, sentence: s.sentence, text: s.text })));
}

/** Fuse.js over whole sentences with the whole question as the pattern (ignoreLocation: true). */
export function fuseWholeQuestion(corpus: Corpus): Retriever {
  const fuse = new Fuse(sentencesOf(corpus), { keys: ["text"], ignoreLocation: true, includeScore: true });
  return { name: "Fuse.js whole question", search: (q, limit) => fuse.search(q, { limit }).map((r) => r.item) };
}

/** MiniSearch with its defaults (BM25, its own tokenizer) over sentences. */
export function miniSearchDefaults(corpus: Corpus): Retriever {
  const sentences = sentencesOf(corpus);
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
  mini.addAll(sentences.map((s, id) => ({ id, text: s.text })));
  return { name: "MiniSearch defaults", search: (q, limit) => mini.search(q).slice(0, limit).map((r) => sentences[r.id as number]!) };
}
