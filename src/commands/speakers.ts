import { quoteIndexOf } from "../quotes/index.js";
import { speakersReply } from "../quotes/reply.js";
import type { Command } from "./command.js";

/** /speakers: the quoted people with their number of quotes, and who is only mentioned. */
export const speakers: Command = {
  name: "speakers",
  usage: "/speakers",
  summary: { id: "Siapa saja yang dikutip", en: "Who is quoted" },
  examples: ["/speakers"],
  options: [],
  listed: true,
  run: (_args, services, _incoming, lang) => speakersReply(quoteIndexOf(services.corpus), lang),
};
