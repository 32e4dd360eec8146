/**
 * Replies about quotations: one speaker's quotes (optionally about a topic), a page at a time, the
 * speaker list, a person who is mentioned but not quoted, and an unknown name with the closest speakers.
 */
import { fingerprint } from "../fingerprint.js";
import { termFrequencies, words } from "../search/terms.js";
import { translateEnglishWord } from "../text/lexicon.js";
import type { Block, Corpus, Lang, Quote, Reply } from "../types.js";
import { quoteIndexOf } from "./index.js";
import { QUOTE_MESSAGES as M } from "./messages.js";
import { pageBlocks, readPageAction, shortTopic, type PageRequest } from "./paging.js";
import type { Speaker, SpeakerIndex } from "./speakers.js";

/** Fuse.js score at or under which a look-up names the speaker (role matches score 0). */
export const SPEAKER_MAX_SCORE = 0.35;
/** Speakers a look-up returns (the best, and near misses to suggest); the same limit lets look-ups share the index's memory. */
export const SPEAKER_LOOKUP = 5;
/** True when the name, looked up as "/quote" looks it up, is someone the corpus quotes. */
export function isQuotedName(corpus: Corpus, name: string): boolean {
  const best = quoteIndexOf(corpus).find(name, SPEAKER_LOOKUP, SPEAKER_MAX_SCORE)[0];
  return best !== undefined && best.score <= SPEAKER_MAX_SCORE && best.speaker.quotes > 0;
}

/** How many places of a mention to cite; more is noise. */
const MAX_PLACES = 3;

/**
 * The reply to "/quote <name> [topic]" once the name is read: the first page of the speaker's
 * quotations (about the topic, when one is given), or why there are none.
 */
export function speakerQuotesReply(corpus: Corpus, name: string, topic: string, lang: Lang): Reply {
  const index = quoteIndexOf(corpus);
  // Only a close match names the speaker: looking for those first compares far fewer forms.
  const best = index.find(name, SPEAKER_LOOKUP, SPEAKER_MAX_SCORE)[0];
  if (!best) return unknownReply(name, closestOf(index, index.find(name, SPEAKER_LOOKUP).map((h) => h.speaker)), lang);
  if (best.speaker.quotes === 0) return textReply(M.mentionedOnly[lang](best.speaker.name, places(best.speaker, lang)), lang);
  const request = { speakerAt: index.speakers.indexOf(best.speaker), page: 1, topic: shortTopic(topic), lang };
  return pageReply(corpus, best.speaker, request) ?? textReply(M.noQuotes[lang], lang);
}

/** The page a page button's action asks for, or null when the action does not fit this corpus. */
export function quotePageReply(corpus: Corpus, action: string): Reply | null {
  const request = readPageAction(action);
  if (!request || request.print !== fingerprint(corpus)) return null;
  const speaker = quoteIndexOf(corpus).speakers[request.speakerAt];
  return speaker ? pageReply(corpus, speaker, request) : null;
}

function pageReply(corpus: Corpus, speaker: Speaker, request: PageRequest): Reply | null {
  const { title, quotes } = listing(quoteIndexOf(corpus), speaker, request.topic, request.lang);
  const blocks = pageBlocks(corpus, title, quotes, request);
  return blocks && { lang: request.lang, blocks };
}

// All the speaker's quotations, or those about the topic; all again, saying so, when none is about it.
function listing(index: SpeakerIndex, speaker: Speaker, topic: string, lang: Lang): { title: string; quotes: readonly Quote[] } {
  const all = index.quotesOf(speaker.name);
  if (topic === "") return { title: M.quotesOf[lang](speaker.name, all.length), quotes: all };
  const about = aboutTopic(all, topic);
  if (about.length === 0) return { title: M.nothingAbout[lang](speaker.name, topic), quotes: all };
  return { title: M.quotesAbout[lang](speaker.name, topic, about.length), quotes: about };
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
  // Quotations that share more of the topic's words come first ("nuclear war": both words before one).
  const shared = (q: Quote) => {
    const terms = termFrequencies(q.text);
    return wanted.filter((t) => terms.has(t)).length;
  };
  return quotes
    .map((q) => ({ q, n: shared(q) }))
    .filter(({ n }) => n > 0)
    .sort((a, b) => b.n - a.n)
    .map(({ q }) => q);
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

function textReply(text: string, lang: Lang): Reply {
  return { lang, blocks: [{ kind: "text", text }] };
}
