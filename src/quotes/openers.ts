/**
 * Reported speech announced at the start of a clause or by a passive verb: "Bagi X, …",
 * "Kata dia, …", "Ditambahkan X, …", "Dalam pernyataannya, …", and "… dibenarkan oleh X".
 * General Indonesian news vocabulary; nothing here is about one article.
 */
import { NAME_STOPS } from "./lexicon.js";
import type { Statement } from "./cues.js";
import { phraseAfter } from "./phrases.js";
import type { Token } from "./tokens.js";

/** Words that open a clause and then name whose view it is: "Bagi X, …", "Kata X, …". */
const VIEW_OPENERS = new Set(["bagi", "kata", "ujar"]);
const SENTENCE_OPENERS = new Set(["kata", "ujar"]);
/** Openers that also introduce things that do not speak ("Bagi warga, …"): the speaker must be a person. */
const WEAK_OPENERS = new Set(["bagi"]);

/** Passive speech verbs, with the speaker after them (and an optional "oleh"). */
export const PASSIVE_CUES = new Set(`ditambahkan dijelaskan diungkapkan disampaikan ditegaskan dikatakan
  disebutkan dibenarkan dibantah diakui dipaparkan diterangkan dituturkan dinyatakan`.split(/\s+/));

/** Passive verbs that say the speaker confirmed or said what the clause before them holds. */
const SAYING_PASSIVES = new Set(["dibenarkan", "diakui", "dikatakan", "disampaikan", "diungkapkan", "ditegaskan", "dijelaskan"]);

/** Nouns of a statement that "dalam …nya," makes the last speaker's: "Dalam pernyataannya, …". */
const STATEMENT_NOUNS = new Set(`pernyataan keterangan penjelasan wawancara sambutan pidato tulisan unggahan
  cuitan surat paparan pemaparan rilis jawaban tanggapan komentar`.split(/\s+/));

/** A statement whose speaker must turn out to be a person to count. */
export interface OpenerStatement extends Statement {
  readonly personOnly?: boolean;
}

const opensClause = (tokens: readonly Token[], i: number, from: number) => i === from || tokens[i - 1]!.text === ",";

/** A statement announced by a clause opener at token i of the sentence [from, end). */
export function openerStatement(tokens: readonly Token[], i: number, from: number, end: number): OpenerStatement | undefined {
  if (!opensClause(tokens, i, from)) return undefined;
  const word = tokens[i]!.lower;
  // "…, kata X, …" in mid-sentence is the comma cue's (cues.ts): "Kata X," only opens a sentence.
  if (SENTENCE_OPENERS.has(word) && i !== from) return undefined;
  if (VIEW_OPENERS.has(word) || PASSIVE_CUES.has(word)) {
    const at = PASSIVE_CUES.has(word) && tokens[i + 1]?.lower === "oleh" ? i + 2 : i + 1;
    const speaker = phraseAfter(tokens, at);
    if (!speaker || tokens[speaker.to]?.text !== ",") return undefined;
    return { speaker, from: i, to: speaker.to, contentFrom: speaker.to + 1, contentTo: end, personOnly: WEAK_OPENERS.has(word) };
  }
  const clitic = statementNoun(tokens, i);
  if (clitic === undefined || tokens[clitic]?.text !== ",") return undefined;
  return { from: i, to: clitic, contentFrom: clitic + 1, contentTo: end };
}

// "Dalam pernyataannya," / "Dalam keterangan tertulisnya,": the token after the phrase, or undefined.
function statementNoun(tokens: readonly Token[], i: number): number | undefined {
  if (tokens[i]!.lower !== "dalam") return undefined;
  const noun = tokens[i + 1]?.lower ?? "";
  if (noun.endsWith("nya") && STATEMENT_NOUNS.has(noun.slice(0, -3))) return i + 2;
  const second = tokens[i + 2]?.lower ?? "";
  if (STATEMENT_NOUNS.has(noun) && second.endsWith("nya") && second.length > 5) return i + 3;
  return undefined;
}

/** "Kabar itu dibenarkan oleh X (dalam …)": what comes before the verb, said by X. */
export function passiveStatement(tokens: readonly Token[], i: number, from: number): Statement | undefined {
  if (i === from || !SAYING_PASSIVES.has(tokens[i]!.lower)) return undefined;
  const at = tokens[i + 1]?.lower === "oleh" ? i + 2 : i + 1;
  const speaker = phraseAfter(tokens, at);
  if (!speaker) return undefined;
  const next = tokens[speaker.to];
  if (next && next.word && !NAME_STOPS.has(next.lower)) return undefined;
  return { speaker, from: i, to: speaker.to, contentFrom: from, contentTo: i };
}
