import { speakerQuestion } from "../quotes/question.js";
import { isQuotedName, speakerQuotesReply } from "../quotes/reply.js";
import { answerReply } from "../reply.js";
import type { Answer, Lang, Reply } from "../types.js";
import type { Command, CoreServices } from "./command.js";
import { namedOptions } from "./options.js";
import { askInChat } from "../followup/ask.js";
import type { Focus } from "../followup/read.js";

export const ask: Command = {
  name: "ask",
  usage: "/ask <pertanyaan>",
  summary: { id: "Tanya apa saja tentang artikel", en: "Ask anything about the article" },
  examples: ["/ask Siapa yang berbicara?", "/ask kpn itu terjadi?", "/ask Who spoke?"],
  options: [
    {
      name: "question",
      type: "string",
      required: true,
      description: { id: "Pertanyaan tentang artikel", en: "A question about the article" },
    },
  ],
  listed: true,
  run: (args, services, incoming, lang) => {
    const question = namedOptions(incoming, ["question"])?.question ?? args;
    return askInChat(question, incoming, services, lang).reply;
  },
};

/**
 * A question's answer as data and the reply a person sees, computed once: the quotations when it
 * asks what someone quoted said, else the retrieved sentence.
 */
export function askWithReply(question: string, services: CoreServices, lang: Lang, focus?: Focus): { answer: Answer; reply: Reply } {
  const answer = services.ask(question, focus);
  return { answer, reply: quotedAnswer(question, services, lang) ?? answerReply(answer, services.corpus, lang) };
}

// "apa kata X tentang Y" / "what did X say about Y", when X is someone the article quotes: the
// answer is their quotations, not a retrieved sentence.
function quotedAnswer(question: string, services: CoreServices, lang: Lang): Reply | null {
  const asked = speakerQuestion(question);
  if (!asked || !isQuotedName(services.corpus, asked.name)) return null;
  return speakerQuotesReply(services.corpus, asked.name, asked.topic, lang);
}
