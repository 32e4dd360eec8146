/**
 * Reading who and what a person asks about: "/quote menlu vaksin" (a name, then a topic),
 * "apa kata X tentang Y", "what did X say about Y".
 */
import type { SpeakerIndex } from "./speakers.js";
import { SPEAKER_LOOKUP, SPEAKER_MAX_SCORE } from "./reply.js";

export interface SpeakerQuestion {
  readonly name: string;
  readonly topic: string;
}

const ASK_ID = /^(?:apa|bagaimana)\s+(?:yang\s+)?(?:kata|dikatakan|diucapkan|ujar|pendapat|tanggapan|komentar|pernyataan)\s+(.+?)(?:\s+(?:tentang|soal|mengenai|terkait|perihal)\s+(.+?))?\s*[?.!]*$/i;
const ASK_ID_AFTER = /^(.+?)\s+(?:bilang|berkata|mengatakan|ngomong)\s+apa(?:\s+(?:tentang|soal|mengenai|terkait)\s+(.+?))?\s*[?.!]*$/i;
const ASK_EN = /^what\s+(?:did|does|do|has|have)\s+(.+?)\s+(?:say|said|think|thinks)(?:\s+(?:about|on|of|regarding)\s+(.+?))?\s*[?.!]*$/i;
const TOPIC_SEPARATOR = /\s+(?:tentang|soal|mengenai|terkait|about|on)\s+/i;
const MAX_NAME_WORDS = 5;

/** "apa kata X tentang Y" / "what did X say about Y" as name and topic, or null. */
export function speakerQuestion(text: string): SpeakerQuestion | null {
  const m = ASK_ID.exec(text.trim()) ?? ASK_ID_AFTER.exec(text.trim()) ?? ASK_EN.exec(text.trim());
  if (!m) return null;
  return { name: m[1]!.trim(), topic: (m[2] ?? "").trim() };
}

/**
 * Splits "/quote" arguments into a speaker and a topic: at "tentang"/"about" when written, else
 * after the leading words that name a speaker best (the longer run on a tie).
 */
export function splitNameAndTopic(args: string, index: SpeakerIndex): SpeakerQuestion {
  const text = args.trim();
  const separated = TOPIC_SEPARATOR.exec(text);
  if (separated) return { name: text.slice(0, separated.index), topic: text.slice(separated.index + separated[0].length) };
  const words = text.split(/\s+/);
  let best: { n: number; score: number } | undefined;
  for (let n = 1; n <= Math.min(MAX_NAME_WORDS, words.length); n++) {
    const hit = index.find(words.slice(0, n).join(" "), SPEAKER_LOOKUP, SPEAKER_MAX_SCORE)[0];
    if (hit && hit.score <= SPEAKER_MAX_SCORE && (!best || hit.score <= best.score)) best = { n, score: hit.score };
  }
  if (!best) return { name: text, topic: "" };
  return { name: words.slice(0, best.n).join(" "), topic: words.slice(best.n).join(" ") };
}
