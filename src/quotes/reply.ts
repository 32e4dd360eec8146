/**
 * Replies about quotations: one speaker's quotes (optionally about a topic), the speaker list, a
 * person who is mentioned but not quoted, and an unknown name with the closest speakers.
 */
import { termFrequencies, words } from "../search/terms.js";
import { translateEnglishWord } from "../text/lexicon.js";
import type { Block, Lang, Quote, Reply } from "../types.js";
import { QUOTE_MESSAGES as M } from "./messages.js";
import type { Speaker, SpeakerIndex } from "./speakers.js";

/** Fuse.js score at or under which a look-up names the speaker (role matches score 0). */
export const SPEAKER_MAX_SCORE = 0.35;
/** How many places of a mention to cite; more is noise. */
const MAX_PLACES = 3;

/** The reply to "/quote <name> [topic]" once the name is read. */
export function speakerQuotesReply(index: SpeakerIndex, name: string, topic: string, lang: Lang): Reply {
  const hits = index.find(name);
  const best = hits[0];
  if (!best || best.score > SPEAKER_MAX_SCORE) return unknownReply(name, closestOf(index, hits.map((h) => h.speaker)), lang);
  if (best.speaker.quotes === 0) return textReply(M.mentionedOnly[lang](best.speaker.name, places(best.speaker, lang)), lang);
  const all = index.quotesOf(best.speaker.name);
  if (topic === "") return quotesReply(M.quotesOf[lang](best.speaker.name, all.length), all, lang);
  const about = aboutTopic(all, topic);
  if (about.length === 0) return { lang, blocks: [{ kind: "quotes", title: M.nothingAbout[lang](best.speaker.name, topic), quotes: all }] };
  return quotesReply(M.quotesAbout[lang](best.speaker.name, topic, about.length), about, lang);
}

/** The quoted people with their counts, then those only mentioned. */
export function speakersReply(index: SpeakerIndex, lang: Lang): Reply {
  if (index.speakers.length === 0) return textReply(M.noQuotes[lang], lang);
  const lines = index.speakers.map((s) => M.speakerLine[lang](s.name, s.quotes, s.roles.slice(0, 2).join("; ")));
  const blocks: Block[] = [{ kind: "text", text: [M.speakersTitle[lang], ...lines].join("\n") }];
  if (index.mentioned.length > 0) {
    blocks.push({ kind: "text", text: [M.mentionedTitle[lang], ...index.mentioned.map((s) => s.name)].join("\n") });
  }
  blocks.push({ kind: "text", text: M.quoteHint[lang] });
  return { lang, blocks };
}

/** Quotations whose words share a stem with the topic (English topic words also through their translations). */
export function aboutTopic(quotes: readonly Quote[], topic: string): Quote[] {
  const english = words(topic).flatMap((w) => translateEnglishWord(w)).join(" ");
  const wanted = [...termFrequencies(`${topic} ${english}`).keys()];
  if (wanted.length === 0) return [...quotes];
  return quotes.filter((q) => {
    const terms = termFrequencies(q.text);
    return wanted.some((t) => terms.has(t));
  });
}

// The near misses of the look-up, or (when nothing is near) the most quoted speakers.
function closestOf(index: SpeakerIndex, near: readonly Speaker[]): Speaker[] {
  const quoted = near.filter((s) => s.quotes > 0);
  return quoted.length > 0 ? quoted : index.speakers.slice(0, 3);
}

function unknownReply(name: string, closest: readonly Speaker[], lang: Lang): Reply {
  const names = closest.slice(0, 3).map((s) => s.name);
  return textReply(names.length > 0 ? M.unknown[lang](name, names.join(", ")) : M.unknownNoneClose[lang](name), lang);
}

function places(speaker: Speaker, lang: Lang): string {
  return speaker.where.slice(0, MAX_PLACES).map((w) => M.where[lang](w.paragraph, w.sentence)).join("; ");
}

function quotesReply(title: string, quotes: readonly Quote[], lang: Lang): Reply {
  return { lang, blocks: [{ kind: "quotes", title, quotes }] };
}

function textReply(text: string, lang: Lang): Reply {
  return { lang, blocks: [{ kind: "text", text }] };
}
