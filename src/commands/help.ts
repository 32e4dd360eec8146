import type { Lang, Reply } from "../types.js";
import type { Command } from "./command.js";

const INTRO = {
  id: "Saya menjawab pertanyaan tentang artikel dengan kalimat artikel itu sendiri, lengkap dengan letaknya. Tulis saja pertanyaan, atau pakai perintah:",
  en: "I answer questions about the article with the article's own sentences, and say where they stand. Just write a question, or use a command:",
};

/** The help text, generated from the registry so it cannot drift from the commands. */
export function helpReply(commands: readonly Command[], lang: Lang): Reply {
  const lines = commands.filter((c) => c.listed).map((c) => `${c.usage} — ${c.summary[lang]}`);
  const examples = commands.flatMap((c) => c.examples.slice(0, 1));
  const tail = lang === "en" ? "Examples:" : "Contoh:";
  return { lang, blocks: [{ kind: "text", text: [INTRO[lang], ...lines, "", tail, ...examples].join("\n") }] };
}

export function helpCommand(all: () => readonly Command[]): Command {
  return {
    name: "help",
    usage: "/help",
    summary: { id: "Daftar perintah dan contoh", en: "Commands and examples" },
    examples: ["/help"],
    options: [],
    listed: true,
    run: (_args, _services, _incoming, lang) => helpReply(all(), lang),
  };
}

export function startCommand(all: () => readonly Command[]): Command {
  return { ...helpCommand(all), name: "start", usage: "/start", listed: false, examples: ["/start"] };
}
