import { quoteIndexOf } from "../quotes/index.js";
import { splitNameAndTopic } from "../quotes/question.js";
import { speakerQuotesReply, speakersReply } from "../quotes/reply.js";
import type { Command } from "./command.js";
import { namedOptions } from "./options.js";

/**
 * /quote [name] [topic]: a speaker's quotations, verbatim with their place, a page at a time; the
 * speakers without a name (also when only a topic is given).
 */
export const quote: Command = {
  name: "quote",
  usage: "/quote <nama> [topik]",
  summary: { id: "Kutipan seorang pembicara, bisa per topik", en: "A speaker's quotes, optionally on a topic" },
  examples: ["/quote <nama>", "/quote <nama> <topik>", "/quote"],
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
  run: (args, services, incoming, lang) => {
    const index = quoteIndexOf(services.corpus);
    // Named options (Discord) say where the name ends; typed text has to be split.
    const options = namedOptions(incoming, ["speaker", "topic"]);
    const { name, topic } = options ? { name: options.speaker ?? "", topic: options.topic ?? "" } : splitNameAndTopic(args, index);
    if (name.trim() === "") return speakersReply(index, lang);
    return speakerQuotesReply(services.corpus, name, topic, lang);
  },
  complete: (option, prefix, services) => (option === "speaker" ? quoteIndexOf(services.corpus).complete(prefix, 25) : []),
};
