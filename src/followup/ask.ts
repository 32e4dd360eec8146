/**
 * A question in a chat: read alone, or, when it replies to one of the bot's answers, read together
 * with that exchange (src/followup/read.ts). Every answered question is remembered as the chat's
 * last exchange, so a reply to it can lean on the question as well as on the answer.
 */
import type { CoreServices } from "../commands/command.js";
import { askWithReply } from "../commands/ask.js";
import type { Answer, Incoming, Lang, Reply, SentenceRef } from "../types.js";
import { readFollowup, type Earlier, type Reading } from "./read.js";
import { answeredSentence } from "./recall.js";

/** The answer and reply to a question asked in `incoming`'s chat. */
export function askInChat(question: string, incoming: Incoming, services: CoreServices, lang: Lang): { answer: Answer; reply: Reply } {
  const reading = readingOf(question, incoming, services);
  const { answer, reply } = reading?.focus
    ? askWithReply(reading.question, services, lang, reading.focus)
    : askWithReply(question, services, lang);
  const shown: Answer = reading?.focus ? { ...answer, question: question.trim(), followup: answer.question } : answer;
  if (shown.answered && shown.answer) {
    services.exchanges?.set(incoming.chat.id, { question: shown.followup ?? shown.question, sentence: shown.answer });
  }
  return { answer: shown, reply };
}

// The follow-up's reading, or null to read the question alone (not a reply to an answer; or, should
// the reading fail on some input, a plain answer rather than none).
function readingOf(question: string, incoming: Incoming, services: CoreServices): Reading | null {
  try {
    const earlier = earlierOf(incoming, services);
    return earlier && question.trim() !== "" ? readFollowup(question, earlier, services.index) : null;
  } catch {
    return null;
  }
}

// The exchange a reply points at: the answer in the replied-to message, with its question when the
// chat's last exchange is that same answer.
function earlierOf(incoming: Incoming, services: CoreServices): Earlier | null {
  if (incoming.replyTo === undefined) return null;
  const sentence = answeredSentence(services.corpus, incoming.replyTo.text);
  if (!sentence) return null;
  const last = services.exchanges?.get(incoming.chat.id);
  return last && same(last.sentence, sentence) ? { question: last.question, sentence } : { sentence };
}

function same(a: SentenceRef, b: SentenceRef): boolean {
  return a.article === b.article && a.sentence === b.sentence;
}
