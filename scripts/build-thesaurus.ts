/**
 * Builds the two general lexical tables the ranker reads for paraphrase and English questions (see
 * src/text/LEXICON-NOTICE.md for sources and licences):
 *
 * - `src/text/thesaurus-id.json`: Indonesian word → near-synonym stems, from the Indonesian MyThes
 *   thesaurus (Debian `mythes-id`, LGPL-2.1). Single words only, the first senses only, strong or
 *   weak (see buildThesaurus).
 * - `src/text/lexicon-wordnet.json`: English word → Indonesian words, through Princeton WordNet 3.0
 *   synsets (Debian `wordnet-base`) and Wordnet Bahasa's Indonesian lemmas of the same synsets (MIT):
 *   the word's most frequent senses first, single words only; irregular English forms (WordNet's
 *   .exc files: "said" → "say") are keys too.
 *
 * Usage: `npx tsx scripts/build-thesaurus.ts [wordnetBahasaTab]`
 * (default ../shared/lexicons/wordnet-bahasa/wn-data-ind.tab beside the repository).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { stems } from "../src/text/stem.js";
import { isStopword } from "../src/text/stopwords.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const MYTHES = "/usr/share/mythes/th_id_ID_v2.dat";
const WORDNET = "/usr/share/wordnet";
const BAHASA = process.argv[2] ?? resolve(root, "../shared/lexicons/wordnet-bahasa/wn-data-ind.tab");
/** Thesaurus senses read per head word, and synonyms kept per head word. */
const MAX_SENSES = 2;
const MAX_SYNONYMS = 10;
/** WordNet senses read per English word (most frequent first), and Indonesian words kept. */
const MAX_WN_SENSES = 3;
const MAX_TRANSLATIONS = 6;
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
  return out;
}

/** Wordnet Bahasa: synset offset (`00001740-a`) → Indonesian single-word lemmas. */
function readBahasa(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(BAHASA, "utf8").split("\n")) {
    const [synset, kind, lemma] = line.split("\t");
    if (kind !== "ind:lemma" || !synset || !lemma || !WORD.test(lemma)) continue;
    const list = out.get(synset) ?? [];
    list.push(lemma);
    out.set(synset, list);
  }
  return out;
}

/** English WordNet index: lemma → synset offsets of each part of speech, most frequent sense first. */
function buildWordnet(): Record<string, string> {
  const bahasa = readBahasa();
  const translations = new Map<string, string[]>();
  for (const [pos, letter] of [["noun", "n"], ["verb", "v"], ["adj", "a"], ["adv", "r"]] as const) {
    for (const line of readFileSync(`${WORDNET}/index.${pos}`, "utf8").split("\n")) {
      if (line.startsWith(" ") || !line) continue;
      const fields = line.trim().split(" ");
      const lemma = fields[0]!;
      if (!/^[a-z]{2,}$/.test(lemma)) continue;
      const synsetCount = Number(fields[2]);
      const offsets = fields.slice(fields.length - synsetCount).slice(0, MAX_WN_SENSES);
      const words = translations.get(lemma) ?? [];
      for (const offset of offsets) {
        // Wordnet Bahasa marks satellite adjectives as "-a" too.
        for (const word of bahasa.get(`${offset}-${letter}`) ?? []) if (!words.includes(word)) words.push(word);
      }
      translations.set(lemma, words);
    }
  }
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    for (const line of readFileSync(`${WORDNET}/${pos}.exc`, "utf8").split("\n")) {
      const [form, base] = line.split(" ");
      if (!form || !base || !/^[a-z]+$/.test(form) || translations.get(form)?.length) continue;
      const words = translations.get(base);
      if (words?.length) translations.set(form, words);
    }
  }
  const out: Record<string, string> = {};
  for (const [lemma, words] of [...translations].sort(([a], [b]) => a.localeCompare(b))) {
    if (words.length > 0) out[lemma] = words.slice(0, MAX_TRANSLATIONS).join(" ");
  }
  return out;
}

function write(name: string, data: Record<string, string>): void {
  const path = resolve(root, "src/text", name);
  writeFileSync(path, `${JSON.stringify(data)}\n`);
  console.log(`${name}: ${Object.keys(data).length} entries, ${(statSync(path).size / 1024).toFixed(0)} KB`);
}

function main(): void {
  const missing = [MYTHES, `${WORDNET}/index.noun`, BAHASA].filter((p) => !existsSync(p));
  if (missing.length > 0) {
    console.error(`missing: ${missing.join(", ")}\ninstall with: apt-get install -y mythes-id wordnet-base; Wordnet Bahasa's wn-data-ind.tab is in ../shared/lexicons`);
    process.exit(1);
  }
  write("thesaurus-id.json", buildThesaurus());
  write("lexicon-wordnet.json", buildWordnet());
}

main();
