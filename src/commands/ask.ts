import { answerReply } from "../reply.js";
import type { Command } from "./command.js";

export const ask: Command = {
  name: "ask",
  usage: "/ask <pertanyaan>",
  summary: { id: "Tanya apa saja tentang artikel", en: "Ask anything about the article" },
  examples: ["/ask Siapa yang berbicara?", "/ask kpn pertemuannya?", "/ask Who spoke?"],
  options: [
    {
      name: "question",
      type: "string",
      required: true,
      description: { id: "Pertanyaan tentang artikel", en: "A question about the article" },
    },
  ],
  listed: true,
  run: (args, services, _incoming, lang) => answerReply(services.ask(args), services.corpus, lang),
};
