import { say, MESSAGES } from "./i18n.js";
import type { Answer, Block, Button, Corpus, Lang, Reply, SentenceRef } from "./types.js";
import { contextAction, moreAction } from "./actions.js";

/** The reply for an Answer: the sentence, where it stands, its context, alternatives and buttons. */
export function answerReply(answer: Answer, corpus: Corpus, lang: Lang = answer.lang): Reply {
  if (answer.question === "") return { lang, blocks: [{ kind: "text", text: say(MESSAGES.emptyQuestion, lang) }] };
  if (!answer.answered || !answer.answer) return notCoveredReply(answer, corpus, lang);
  const blocks: Block[] = [
    { kind: "answer", sentence: answer.answer, confidence: answer.confidence, span: answer.answer.span },
    { kind: "citation", ref: answer.answer, label: citationLabel(answer.answer, corpus, lang) },
  ];
  if (answer.context.length > 0) blocks.push({ kind: "context", sentences: answer.context });
  if (answer.alternatives.length > 0) {
    blocks.push({ kind: "alternatives", title: say(MESSAGES.alternatives, lang), sentences: answer.alternatives });
  }
  blocks.push({ kind: "buttons", buttons: answerButtons(answer, corpus, lang) });
  return { lang, blocks };
}

function notCoveredReply(answer: Answer, corpus: Corpus, lang: Lang): Reply {
  // The asker's own words are echoed only in the language they were written in.
  const text = answer.asked && lang === answer.lang ? say(MESSAGES.notMentioned, lang)(answer.asked)
    : answer.missing ? say(MESSAGES.notSaid, lang)[answer.missing] : say(MESSAGES.notCovered, lang);
  const blocks: Block[] = [{ kind: "text", text }];
  if (answer.alternatives.length === 0) blocks.push({ kind: "text", text: say(MESSAGES.nothingNear, lang) });
  else blocks.push({ kind: "alternatives", title: say(MESSAGES.nearest, lang), sentences: answer.alternatives });
  void corpus;
  return { lang, blocks };
}

function answerButtons(answer: Answer, corpus: Corpus, lang: Lang): Button[] {
  const buttons: Button[] = [{ label: say(MESSAGES.contextTitle, lang), action: contextAction(corpus, answer.answer!) }];
  const more = moreAction(corpus, answer.answer!, answer.alternatives);
  if (more) buttons.push({ label: say(MESSAGES.moreTitle, lang), action: more });
  return buttons;
}

/** "Judul artikel, paragraf 3, kalimat 4": the article named when the corpus has several. */
export function citationLabel(ref: SentenceRef, corpus: Corpus, lang: Lang): string {
  const where = `${say(MESSAGES.paragraph, lang)} ${ref.paragraph}, ${say(MESSAGES.sentence, lang)} ${ref.sentence}`;
  if (corpus.articles.length < 2) return where;
  const article = corpus.articles.find((a) => a.id === ref.article);
  return `${article?.meta.title ?? ref.article} — ${where}`;
}
