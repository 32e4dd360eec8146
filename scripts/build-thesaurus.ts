/**
 * Builds the general lexical tables the ranker reads for paraphrase and English questions (see
 * src/text/LEXICON-NOTICE.md for sources and licences):
 *
 * - `src/text/thesaurus-id.json`: Indonesian word → near-synonym stems, from the Indonesian MyThes
 *   thesaurus (Debian `mythes-id`, LGPL-2.1). Single words only, the first senses only, strong or
 *   weak (see buildThesaurus).
 * - `src/text/lexicon-wordnet.json`: English word → Indonesian words, through Princeton WordNet 3.0
 *   synsets (Debian `wordnet-base`) and Wordnet Bahasa's Indonesian lemmas of the same synsets (MIT):
 *   the Indonesian words of the word's five most used senses across parts of speech, by SemCor tag
 *   count (`cntlist.rev`), each with its part of speech ("v:a b|n:c|a:d e"), single words only; a
 *   word whose senses have none takes those of the words it derives from ("temporarily" →
 *   "temporary"); irregular English forms (WordNet's .exc files: "said" → "say") are keys too.
 * - `src/text/english-irregular.json`: irregular English form → base ("won" → "win"), from WordNet's
 *   .exc files, for looking words up in the FreeDict lexicon too.
 * - `src/text/english-phrases.json`: English collocation → Indonesian renderings ("united states" →
 *   "amerika serikat"), through WordNet's multi-word lemmas (see buildPhrases).
 *
 * Usage: `npx tsx scripts/build-thesaurus.ts [wordnetBahasaTab]`
 * (default ../shared/lexicons/wordnet-bahasa/wn-data-ind.tab beside the repository).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { stems } from "../src/text/stem.js";
import { isStopword } from "../src/text/stopwords.js";
import { encodeSenses, keepConfirmed, orderSenses, readTagCounts, type Sense } from "./wordnet-senses.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const MYTHES = "/usr/share/mythes/th_id_ID_v2.dat";
const WORDNET = "/usr/share/wordnet";
/** Frequency lists of Indonesian words (a devDependency), for ordering Wordnet Bahasa's lemmas. */
const FREQUENCIES = resolve(root, "node_modules/@zxcvbn-ts/language-id/src");
const BAHASA = process.argv[2] ?? resolve(root, "../shared/lexicons/wordnet-bahasa/wn-data-ind.tab");
/** Thesaurus senses read per head word, and synonyms kept per head word. */
const MAX_SENSES = 2;
const MAX_SYNONYMS = 10;
/**
 * WordNet senses kept per English word (most used first), and Indonesian words kept per sense. Three
 * senses (then read per part of speech) and five senses across parts of speech were measured on every
 * set: five took news dev English from 14 to 16 of 28 and labelled English from 24 to 25 of 30; six or
 * eight senses, or six words per sense, were no better.
 */
const MAX_WN_SENSES = 5;
const MAX_PER_SENSE = 4;
const WORD = /^\p{Ll}{3,}$/u;

function stemOf(word: string): string {
  return stems(word)[0]!;
}

/** MyThes: `head|senses` then one `[pos]|syn|syn…` line per sense; `[ant]` lines are antonyms. */
function readThesaurus(): Map<string, string[][]> {
  const lines = new TextDecoder("latin1").decode(readFileSync(MYTHES)).split("\n");
  const out = new Map<string, string[][]>();
  for (let i = 1; i < lines.length; i++) {
    const [head, count] = lines[i]!.split("|");
    const senses = Number(count);
    if (!head || !Number.isInteger(senses) || senses <= 0) continue;
    const sense = lines.slice(i + 1, i + 1 + senses).filter((l) => !l.startsWith("[ant]"));
    i += senses;
    if (!WORD.test(head) || isStopword(head)) continue;
    out.set(head, sense.map((l) => l.split("|").slice(1).filter((w) => WORD.test(w) && !isStopword(w))));
  }
  return out;
}

/**
 * Head word → synonym stems. Strong: a synonym of the head's only sense, or of its first sense when
 * the synonym lists the head back. Weak (prefixed "~"): the rest of the first senses.
 */
function buildThesaurus(): Record<string, string> {
  const raw = readThesaurus();
  const out: Record<string, string> = {};
  for (const head of [...raw.keys()].sort()) {
    const senses = raw.get(head)!;
    const own = stemOf(head);
    const list = new Map<string, boolean>();
    senses.slice(0, MAX_SENSES).forEach((sense, i) => {
      for (const synonym of sense) {
        const stem = stemOf(synonym);
        if (stem === own) continue;
        const mutual = (raw.get(synonym) ?? []).some((s) => s.includes(head));
        const strong = senses.length === 1 || (i === 0 && mutual);
        list.set(stem, (list.get(stem) ?? false) || strong);
      }
    });
    const ranked = [...list].sort(([, a], [, b]) => Number(b) - Number(a)).slice(0, MAX_SYNONYMS);
    if (ranked.length > 0) out[head] = ranked.map(([s, strong]) => (strong ? s : `~${s}`)).join(" ");
  }
  const all = { ...reverseEntries(raw), ...out };
  return Object.fromEntries(Object.keys(all).sort().map((word) => [word, all[word]!]));
}

/**
 * Words the thesaurus lists only as synonyms, never as heads ("wafat" under "meninggal"): each takes
 * the heads that list it in their first sense, weak. A head word keeps its own entry.
 */
function reverseEntries(raw: ReadonlyMap<string, string[][]>): Record<string, string> {
  const heads = new Map<string, Set<string>>();
  for (const [head, senses] of raw) {
    for (const synonym of senses[0] ?? []) {
      if (raw.has(synonym) || stemOf(synonym) === stemOf(head)) continue;
      heads.set(synonym, (heads.get(synonym) ?? new Set()).add(stemOf(head)));
    }
  }
  const out: Record<string, string> = {};
  for (const word of [...heads.keys()].sort()) {
    const list = [...heads.get(word)!].filter((s) => s !== stemOf(word)).slice(0, MAX_SYNONYMS);
    if (list.length > 0) out[word] = list.map((s) => `~${s}`).join(" ");
  }
  return out;
}

/**
 * Wordnet Bahasa: synset offset (`00001740-a`) → Indonesian single-word lemmas, the most common in
 * Indonesian first (see commonness): Wordnet Bahasa lists them alphabetically, Malay and rare words
 * among them, and only a few are kept per sense.
 */
function readBahasa(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(BAHASA, "utf8").split("\n")) {
    const [synset, kind, lemma] = line.split("\t");
    if (kind !== "ind:lemma" || !synset || !lemma || !WORD.test(lemma)) continue;
    const list = out.get(synset) ?? [];
    list.push(lemma);
    out.set(synset, list);
  }
  const rank = commonness();
  for (const lemmas of out.values()) lemmas.sort((a, b) => rank(a) - rank(b));
  return out;
}

/**
 * A word's rank among common Indonesian words, by its stem, as the ranker matches words (0: the most
 * common; unlisted stems after all listed ones): the best rank of a word of that stem in two frequency
 * lists of @zxcvbn-ts/language-id (MIT), one counted
 * on Indonesian Wikipedia, one on OpenSubtitles (ODC-BY). Used only here, to order words.
 */
function commonness(): (word: string) => number {
  const ranks = new Map<string, number>();
  for (const file of ["wikipedia.json", "commonWords.json"]) {
    const words = JSON.parse(readFileSync(resolve(FREQUENCIES, file), "utf8")) as string[];
    words.forEach((word, i) => ranks.set(stemOf(word), Math.min(ranks.get(stemOf(word)) ?? i, i)));
  }
  return (word) => ranks.get(stemOf(word)) ?? Number.MAX_SAFE_INTEGER;
}

const PARTS = [["noun", "n"], ["verb", "v"], ["adj", "a"], ["adv", "r"]] as const;

/** One WordNet synset as read from a data file: its lemmas and its pointers to related synsets. */
interface Synset {
  /** The synset's key in Wordnet Bahasa (original WordNet 3.0 offset and part of speech). */
  readonly key: string;
  readonly lemmas: readonly string[];
  /** Pertainym ("\\") and derivation ("+") pointers: [source lemma number (0: all), target key]. */
  readonly related: readonly (readonly [number, string])[];
}

/**
 * Debian's wordnet-base fixes a few typos in the data files, which moves every later synset's byte
 * offset (the verbs by 18 bytes over a stretch, the adjectives by 1); Wordnet Bahasa keys synsets by
 * the original WordNet 3.0 offsets. Both files list the synsets in the same order, so the shift is
 * constant between two fixes: it is recovered from Wordnet Bahasa's own offsets, a new shift being
 * taken only where the next four offsets all land on synset starts with it.
 */
function alignOffsets(starts: readonly number[], bahasaOffsets: readonly number[]): Map<number, number> {
  const isStart = new Set(starts);
  const shifts: [number, number][] = [[0, 0]]; // [original offset from which it holds, shift]
  let shift = 0;
  bahasaOffsets.forEach((offset, i) => {
    if (isStart.has(offset + shift)) return;
    const next = bahasaOffsets.slice(i, i + 4);
    for (let d = 1; d < 400; d++) {
      const found = [shift + d, shift - d].find((c) => next.every((o) => isStart.has(o + c)));
      if (found === undefined) continue;
      shifts.push([offset, (shift = found)]);
      return;
    }
  });
  // Debian offset → original offset, walking the synsets and the shifts in order.
  const original = new Map<number, number>();
  let at = 0;
  for (const start of starts) {
    while (at + 1 < shifts.length && start - shifts[at + 1]![1] >= shifts[at + 1]![0]) at++;
    original.set(start, start - shifts[at]![1]);
  }
  return original;
}

/** Every synset of one part of speech, by Debian offset, keyed as Wordnet Bahasa keys them. */
function readSynsets(pos: string, letter: string, bahasa: ReadonlyMap<string, string[]>): Map<number, Synset> {
  const text = readFileSync(`${WORDNET}/data.${pos}`, "latin1");
  const lines: [number, string][] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    if (line && !line.startsWith(" ")) lines.push([at, line]);
    at += line.length + 1;
  }
  const bahasaOffsets = [...bahasa.keys()].filter((k) => k.endsWith(`-${letter}`)).map((k) => Number(k.slice(0, 8))).sort((a, b) => a - b);
  const original = alignOffsets(lines.map(([start]) => start), bahasaOffsets);
  const out = new Map<number, Synset>();
  for (const [start, line] of lines) {
    const fields = line.split(" | ")[0]!.split(" ");
    const count = parseInt(fields[3]!, 16);
    const lemmas = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.toLowerCase());
    const pointerAt = 4 + 2 * count;
    const related: [number, string][] = [];
    for (let p = 0; p < Number(fields[pointerAt]); p++) {
      const [symbol, offset, targetPos, sourceTarget] = fields.slice(pointerAt + 1 + 4 * p, pointerAt + 5 + 4 * p);
      if (symbol !== "\\" && symbol !== "+") continue;
      related.push([parseInt(sourceTarget!.slice(0, 2), 16), `${Number(offset)}|${targetPos === "s" ? "a" : targetPos}`]);
    }
    out.set(start, { key: `${String(original.get(start)!).padStart(8, "0")}-${letter}`, lemmas, related });
  }
  return out;
}

/**
 * English WordNet index: lemma → its senses' Indonesian lemmas, most used senses first across parts of
 * speech (see wordnet-senses.ts). A word whose own senses have none ("temporarily") takes those of the
 * synsets it is derived from or pertains to ("temporary"). A large synset keeps only the words the
 * dictionary confirms, if it has any (see keepConfirmed). An irregular form takes its base's senses
 * of the form's part of speech after its own ("born": "lahir", then "bear" the verb; "held": "hold").
 */
function buildWordnet(bahasa: ReadonlyMap<string, string[]>): Record<string, string> {
  const dictionary = JSON.parse(readFileSync(resolve(root, "src/text/lexicon-en-id.json"), "utf8")) as Record<string, string[]>;
  const translated = (lemma: string) => new Set((Object.hasOwn(dictionary, lemma) ? dictionary[lemma]! : []).flatMap((t) => t.split(" ")).map(stemOf));
  const senses = new Map([...readSenses(bahasa)].map(([lemma, list]) => [lemma, orderSenses(keepConfirmed(list, translated(lemma), stemOf))]));
  for (const [form, base, part] of irregularForms()) {
    // A comparative is the adjective's and the adverb's ("harder" is listed only as the adverb's).
    const parts = part === "a" || part === "r" ? "ar" : part;
    const inherited = (senses.get(base) ?? []).filter((sense) => parts.includes(sense.part));
    if (inherited.length > 0 && !senses.get(form)?.length) senses.set(form, inherited);
  }
  const out: Record<string, string> = {};
  for (const lemma of [...senses.keys()].sort()) {
    const entry = encodeSenses(senses.get(lemma)!, MAX_WN_SENSES, MAX_PER_SENSE, stemOf);
    if (entry) out[lemma] = entry;
  }
  return out;
}

/** Every single-word English lemma's senses with their Indonesian lemmas (or, if none has any, derived ones). */
function readSenses(bahasa: ReadonlyMap<string, string[]>): Map<string, Sense[]> {
  const synsets = new Map<string, Map<number, Synset>>(PARTS.map(([pos, letter]) => [letter, readSynsets(pos, letter, bahasa)]));
  const counts = readTagCounts(`${WORDNET}/cntlist.rev`);
  const lemmasOf = (synset: Synset | undefined) => (synset ? bahasa.get(synset.key) ?? [] : []);
  const target = (ref: string) => {
    const [offset, letter] = ref.split("|");
    return synsets.get(letter!)?.get(Number(offset));
  };
  const senses = new Map<string, Sense[]>();
  const derived = new Map<string, Sense[]>();
  for (const [pos, letter] of PARTS) {
    for (const line of readFileSync(`${WORDNET}/index.${pos}`, "utf8").split("\n")) {
      if (line.startsWith(" ") || !line) continue;
      const fields = line.trim().split(" ");
      const lemma = fields[0]!;
      if (!/^[a-z]{2,}$/.test(lemma)) continue;
      fields.slice(fields.length - Number(fields[2])).forEach((offset, i) => {
        const synset = synsets.get(letter)!.get(Number(offset));
        const sense = { part: letter, number: i + 1, count: counts.get(`${lemma}|${letter}|${i + 1}`) ?? 0, synonyms: synset?.lemmas.length ?? 1 };
        const own = (synset?.lemmas.indexOf(lemma) ?? -1) + 1;
        const related = (synset?.related ?? []).filter(([source]) => source === 0 || source === own).flatMap(([, ref]) => lemmasOf(target(ref)));
        senses.set(lemma, [...(senses.get(lemma) ?? []), { ...sense, words: lemmasOf(synset) }]);
        derived.set(lemma, [...(derived.get(lemma) ?? []), { ...sense, words: related }]);
      });
    }
  }
  for (const [lemma, list] of senses) if (list.every((sense) => sense.words.length === 0)) senses.set(lemma, derived.get(lemma)!);
  return senses;
}

/** WordNet's irregular forms (`.exc` files): "said" → "say", "children" → "child", "worse" → "bad". */
function irregularForms(): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const [pos, part] of PARTS) {
    for (const line of readFileSync(`${WORDNET}/${pos}.exc`, "utf8").split("\n")) {
      const [form, base] = line.split(" ");
      if (form && base && /^[a-z]+$/.test(form) && /^[a-z]+$/.test(base) && form !== base) out.push([form, base, part]);
    }
  }
  return out;
}

/** Irregular form → base, for the forms whose base one of the two English tables knows ("won" → "win"). */
function buildIrregular(wordnet: Record<string, string>): Record<string, string> {
  const dictionary = JSON.parse(readFileSync(resolve(root, "src/text/lexicon-en-id.json"), "utf8")) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [form, base] of irregularForms().sort(([a], [b]) => a.localeCompare(b))) {
    if (Object.hasOwn(out, form)) continue;
    if (Object.hasOwn(dictionary, base) || Object.hasOwn(wordnet, base)) out[form] = base;
  }
  return out;
}

/**
 * Writes a table. `nested` puts it under one key: bundlers make each top-level key of a JSON module a
 * named export, and English head words include "await", which no module may declare.
 */
function write(name: string, data: Record<string, string>, nested = false): void {
  const path = resolve(root, "src/text", name);
  writeFileSync(path, `${JSON.stringify(nested ? { words: data } : data)}\n`);
  console.log(`${name}: ${Object.keys(data).length} entries, ${(statSync(path).size / 1024).toFixed(0)} KB`);
}

/**
 * English names of several words ("united states", "prime minister"... ) → their Indonesian names,
 * from WordNet's multi-word lemmas and the capitalised Wordnet Bahasa lemmas of their first senses
 * ("amerika serikat", "perdana menteri"), for questions that would otherwise be read word by word
 * ("united" → "gabung", "states" → "negara"). Common collocations are left to the word tables: their
 * Wordnet Bahasa senses stray too far ("first step" → "inisiatif").
 */
function buildPhrases(): Record<string, string> {
  const bahasa = readBahasaPhrases();
  const out = new Map<string, string[]>();
  for (const [pos, letter] of PARTS) {
    const synsets = readSynsets(pos, letter, bahasa);
    for (const line of readFileSync(`${WORDNET}/index.${pos}`, "utf8").split("\n")) {
      const fields = line.trim().split(" ");
      if (line.startsWith(" ") || !PHRASE_LEMMA.test(fields[0] ?? "")) continue;
      const phrase = fields[0]!.replace(/_/g, " ");
      if (phrase.split(" ").every((word) => isStopword(word))) continue;
      const offsets = fields.slice(fields.length - Number(fields[2])).slice(0, MAX_PHRASE_SENSES);
      const list = out.get(phrase) ?? [];
      for (const offset of offsets) {
        for (const rendering of bahasa.get(synsets.get(Number(offset))?.key ?? "") ?? []) {
          if (rendering !== phrase && !list.includes(rendering) && list.length < MAX_PHRASE_RENDERINGS) list.push(rendering);
        }
      }
      if (list.length > 0) out.set(phrase, list);
    }
  }
  return Object.fromEntries([...out.keys()].sort().map((phrase) => [phrase, out.get(phrase)!.join("|")]));
}

const PHRASE_LEMMA = /^[a-z]+(?:_[a-z]+){1,2}$/;
const MAX_PHRASE_SENSES = 2;
const MAX_PHRASE_RENDERINGS = 4;
const RENDERING = /^\p{L}+(?:[ -]\p{L}+){0,2}$/u;

/** Wordnet Bahasa: synset → its names (capitalised lemmas) of one to three words, lower-cased. */
function readBahasaPhrases(): Map<string, string[]> {
  const raw = new Map<string, string[]>();
  for (const line of readFileSync(BAHASA, "utf8").split("\n")) {
    const [synset, kind, lemma] = line.split("\t");
    if (kind !== "ind:lemma" || !synset || !lemma || !RENDERING.test(lemma)) continue;
    raw.set(synset, [...(raw.get(synset) ?? []), lemma]);
  }
  const out = new Map<string, string[]>();
  for (const [synset, lemmas] of raw) {
    const proper = lemmas.filter((lemma) => /^\p{Lu}/u.test(lemma)).map((lemma) => lemma.toLowerCase());
    if (proper.length > 0) out.set(synset, [...new Set(proper)]);
  }
  return out;
}

function main(): void {
  const missing = [MYTHES, `${WORDNET}/index.noun`, BAHASA, FREQUENCIES].filter((p) => !existsSync(p));
  if (missing.length > 0) {
    // The tables are committed: without the sources they stay as they are.
    console.log(`skipped, the tables are left as they are: missing ${missing.join(", ")}\ninstall with: apt-get install -y mythes-id wordnet-base, and npm ci; Wordnet Bahasa's wn-data-ind.tab is in ../shared/lexicons`);
    return;
  }
  write("thesaurus-id.json", buildThesaurus());
  const wordnet = buildWordnet(readBahasa());
  write("lexicon-wordnet.json", wordnet, true);
  write("english-irregular.json", buildIrregular(wordnet));
  write("english-phrases.json", buildPhrases());
}

main();
