import { quoteIndexOf } from "../quotes/index.js";
import { splitNameAndTopic } from "../quotes/question.js";
import { speakerQuotesReply, speakersReply } from "../quotes/reply.js";
import type { Command } from "./command.js";

/** /quote [name] [topic]: a speaker's quotations, verbatim with their place; the speakers without a name. */
export const quote: Command = {
  name: "quote",
  usage: "/quote <nama> [topik]",
  summary: { id: "Kutipan seorang pembicara, bisa per topik", en: "A speaker's quotes, optionally on a topic" },
  examples: ["/quote stoltenberg", "/quote sekjen nato nuklir", "/quote"],
  options: [
    {
      name: "speaker",
      type: "string",
      required: false,
      autocomplete: true,
      description: { id: "Nama, julukan atau jabatan pembicara", en: "The speaker's name, alias or role" },
    },
    { name: "topic", type: "string", required: false, description: { id: "Topik kutipan", en: "Topic of the quotes" } },
  ],
  listed: true,
  run: (args, services, _incoming, lang) => {
    const index = quoteIndexOf(services.corpus);
    if (args.trim() === "") return speakersReply(index, lang);
    const { name, topic } = splitNameAndTopic(args, index);
    return speakerQuotesReply(index, name, topic, lang);
  },
  complete: (option, prefix, services) => (option === "speaker" ? quoteIndexOf(services.corpus).complete(prefix, 25) : []),
};
