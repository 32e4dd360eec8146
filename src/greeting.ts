import type { Lang, Reply } from "./types.js";

/** The one line the bot posts when it is added to a group or a server: how to ask, and /help. */
export const GREETING = Object.freeze({
  id: "Halo! Saya menjawab pertanyaan tentang artikel dengan kalimat artikel itu sendiri. Sebut saya atau balas jawaban saya untuk bertanya; /help untuk daftar perintah.",
  en: "Hi! I answer questions about the article with the article's own sentences. Mention me or reply to one of my answers to ask; /help lists the commands.",
});

/** The greeting as a reply, in the given language. */
export function greetingReply(lang: Lang): Reply {
  return { lang, blocks: [{ kind: "text", text: GREETING[lang] }] };
}
