/**
 * Builds `src/text/phrases.json`, the multi-word units the ranker reads as one (see
 * src/text/LEXICON-NOTICE.md for sources and licences):
 *
 * - `id`: Indonesian unit ("tanggung jawab", "meninggal dunia", "rumah sakit") → the index terms that
 *   may stand for it: near-synonym stems and other units. Keyed by the first stem of each word, as the
 *   index reads them ("bertanggung jawab" and "tanggung jawab" are one key). From the multi-word
 *   lemmas of Wordnet Bahasa (MIT; the lemmas sharing their synsets) and of the MyThes Indonesian
 *   thesaurus (Debian `mythes-id`, LGPL-2.1; head words and their synonyms, both ways), and the
 *   multi-word translations of FreeDict's single English words (src/text/lexicon-en-id.json).
 * - `idWords`: Indonesian word → units that say the same ("meninggal" → "tutup usia"), from MyThes.
 * - `en`: English collocation ("police station", "pass away") → Indonesian stems and units: the
 *   FreeDict eng-ind translations of its multi-word head words (CC BY-SA 3.0), and Wordnet Bahasa's
 *   lemmas of the collocation's WordNet synsets (Debian `wordnet-base`, WordNet 3.0 licence).
 *
 * - `loose`: the units only Wordnet Bahasa names, "|"-joined (see attestedUnits).
 *
 * An entry lists its terms with "|"; a term marked "~" is weak (weighed below the others): for
 * Indonesian, a synonym shared in one sense only of a unit of several senses; for English, WordNet's.
 *
 * Usage: `npx tsx scripts/build-phrases.ts [wordnetBahasaTab] [--without=bahasa,mythes,freedict,wordnet] [--out=file]`
 * (default ../shared/lexicons/wordnet-bahasa/wn-data-ind.tab beside the repository); `--without`
 * leaves sources out, to measure what each adds (`bahasa` also leaves out WordNet's collocations,
 * which reach Indonesian through it).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { words } from "../src/search/terms.js";
import { stems } from "../src/text/stem.js";
import { isStopword } from "../src/text/stopwords.js";
import { decodeB64, parseBlock } from "./build-lexicon.js";
import { PARTS, readSynsets } from "./build-thesaurus.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const MYTHES = "/usr/share/mythes/th_id_ID_v2.dat";
const WORDNET = "/usr/share/wordnet";
const FREEDICT = "/usr/share/dictd/freedict-eng-ind";
const ARGS = process.argv.slice(2);
const BAHASA = ARGS.find((a) => !a.startsWith("--")) ?? resolve(root, "../shared/lexicons/wordnet-bahasa/wn-data-ind.tab");
const WITHOUT = new Set(ARGS.find((a) => a.startsWith("--without="))?.slice("--without=".length).split(",") ?? []);
const OUT = ARGS.find((a) => a.startsWith("--out="))?.slice("--out=".length) ?? resolve(root, "src/text/phrases.json");
/** Units of two to four words: longer "lemmas" are glosses. */
const MAX_UNIT_WORDS = 4;
/** Terms kept per unit, thesaurus senses read per head word, WordNet senses read per collocation. */
const MAX_TERMS = 8;
const MAX_SENSES = 2;
const MAX_WN_SENSES = 3;
const LEMMA = /^\p{Ll}+(?: \p{Ll}+)*$/u;

/** The unit keys MyThes names (see attestedUnits). */
const MYTHES_UNITS = new Set<string>();

/** Term → strong; a term seen strong stays strong. */
type Terms = Map<string, boolean>;

function addTerm(table: Map<string, Terms>, key: string, term: string, strong: boolean): void {
  const terms = table.get(key) ?? new Map<string, boolean>();
  terms.set(term, (terms.get(term) ?? false) || strong);
  table.set(key, terms);
}

/** A unit's key: the first stem of each of its words; null when it is no unit (one word, a gloss). */
function unitKey(phrase: string): string | null {
  if (!LEMMA.test(phrase)) return null;
  const parts = words(phrase);
  if (parts.length < 2 || parts.length > MAX_UNIT_WORDS) return null;
  if (isStopword(parts[0]!) || isStopword(parts.at(-1)!)) return null;
  return parts.map((word) => stems(word)[0]!).join(" ");
}

/** The index term of a lemma: its stem, or its unit key; null for a function word or a gloss. */
function termOf(lemma: string): string | null {
  if (!lemma.includes(" ")) return /^\p{Ll}{3,}$/u.test(lemma) && !isStopword(lemma) ? stems(lemma)[0]! : null;
  return unitKey(lemma);
}

/** Wordnet Bahasa: synset key (`00001740-a`) → every Indonesian lemma, single and multi-word. */
function readBahasa(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(BAHASA, "utf8").split("\n")) {
    const [synset, kind, lemma] = line.split("\t");
    if (kind !== "ind:lemma" || !synset || !lemma) continue;
    out.set(synset, [...(out.get(synset) ?? []), lemma.trim()]);
  }
  return out;
}

/**
 * Each multi-word lemma's units from Wordnet Bahasa: the other lemmas of its synsets; strong when
 * they share two synsets or more, and half of the unit's ("meninggal dunia" and "meninggal"): one
 * shared synset is too often a Malay word or another sense ("lampu lalu lintas" / "cahaya").
 */
function bahasaUnits(bahasa: ReadonlyMap<string, string[]>, out: Map<string, Terms>): void {
  const synsetsOf = new Map<string, string[]>();
  for (const [synset, lemmas] of bahasa) for (const lemma of lemmas) if (lemma.includes(" ")) synsetsOf.set(lemma, [...(synsetsOf.get(lemma) ?? []), synset]);
  for (const [lemma, synsets] of synsetsOf) {
    const key = unitKey(lemma);
    if (key === null) continue;
    const shared = new Map<string, number>();
    for (const synset of synsets) {
      for (const other of new Set(bahasa.get(synset))) {
        const term = other === lemma ? null : termOf(other);
        if (term !== null && term !== key) shared.set(term, (shared.get(term) ?? 0) + 1);
      }
    }
    if (!out.has(key)) out.set(key, new Map());
    for (const [term, count] of shared) addTerm(out, key, term, count >= 2 && count * 2 >= synsets.length);
  }
}

/** MyThes with multi-word entries: head → senses → synonyms (lower case; antonyms left out). */
function readMythes(): Map<string, string[][]> {
  const lines = new TextDecoder("latin1").decode(readFileSync(MYTHES)).split("\n");
  const out = new Map<string, string[][]>();
  for (let i = 1; i < lines.length; i++) {
    const [head, count] = lines[i]!.split("|");
    const senses = Number(count);
    if (!head || !Number.isInteger(senses) || senses <= 0) continue;
    const sense = lines.slice(i + 1, i + 1 + senses).filter((l) => !l.startsWith("[ant]"));
    i += senses;
    out.set(head, sense.slice(0, MAX_SENSES).map((l) => l.split("|").slice(1).filter((w) => LEMMA.test(w))));
  }
  return out;
}

/**
 * MyThes's units: a multi-word head's synonyms; a multi-word synonym of any head takes the head
 * (and the head the unit, in `idWords`). Strong as in the single-word thesaurus: the head's only
 * sense, or its first sense when the synonym lists the head back.
 */
function mythesUnits(units: Map<string, Terms>, wordUnits: Map<string, Terms>): void {
  const raw = readMythes();
  for (const [head, senses] of raw) {
    const headTerm = termOf(head);
    if (headTerm === null) continue;
    if (headTerm.includes(" ")) MYTHES_UNITS.add(headTerm);
    senses.forEach((synonyms, i) => {
      for (const synonym of synonyms) {
        const term = termOf(synonym);
        if (term === null || term === headTerm) continue;
        const strong = senses.length === 1 || (i === 0 && (raw.get(synonym)?.[0]?.includes(head) ?? false));
        if (head.includes(" ")) addTerm(units, headTerm, term, strong);
        if (!synonym.includes(" ")) continue;
        MYTHES_UNITS.add(term);
        addTerm(units, term, headTerm, strong);
        if (!head.includes(" ")) addTerm(wordUnits, head, term, strong);
      }
    });
  }
}

/** FreeDict eng-ind: multi-word English head word → Indonesian translations, first senses first. */
function freedictCollocations(): Map<string, string[]> {
  const data = gunzipSync(readFileSync(`${FREEDICT}.dict.dz`));
  const out = new Map<string, string[]>();
  for (const line of readFileSync(`${FREEDICT}.index`, "utf8").split("\n")) {
    const [head, off, len] = line.split("\t");
    if (!head || !off || !len || !/^[a-z]+(?: [a-z]+){1,2}$/.test(head.toLowerCase())) continue;
    const start = decodeB64(off);
    const text = data.subarray(start, start + decodeB64(len)).toString("utf8");
    for (const raw of text.replace(/^\n+|\n+$/g, "").split(/\n\s*\n/)) {
      const block = parseBlock(raw);
      if (!block || ["phraseologicalUnit", "proverb"].includes(block.pos)) continue;
      const key = block.headword.toLowerCase();
      out.set(key, [...(out.get(key) ?? []), ...block.senses.flat()]);
    }
  }
  return out;
}

/** English collocation → WordNet Bahasa lemmas of its first senses (WordNet's `_` lemmas). */
function wordnetCollocations(bahasa: ReadonlyMap<string, string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [pos, letter] of PARTS) {
    const synsets = readSynsets(pos, letter, bahasa);
    for (const line of readFileSync(`${WORDNET}/index.${pos}`, "utf8").split("\n")) {
      const fields = line.trim().split(" ");
      const lemma = fields[0]!;
      if (line.startsWith(" ") || !/^[a-z]+(?:_[a-z]+){1,2}$/.test(lemma)) continue;
      const senses = fields.slice(fields.length - Number(fields[2])).slice(0, MAX_WN_SENSES);
      const lemmas = senses.flatMap((offset) => bahasa.get(synsets.get(Number(offset))?.key ?? "") ?? []);
      const key = lemma.replaceAll("_", " ");
      if (lemmas.length > 0) out.set(key, [...(out.get(key) ?? []), ...lemmas]);
    }
  }
  return out;
}

/** English collocations: FreeDict's translations strong, WordNet's weak; a name left as it is dropped. */
function englishUnits(bahasa: ReadonlyMap<string, string[]>): Map<string, Terms> {
  const out = new Map<string, Terms>();
  const add = (source: Map<string, string[]>, strong: boolean) => {
    for (const [english, lemmas] of source) {
      // "according to" is two function words, not a unit to search for.
      if (english.split(" ").every((word) => isStopword(word))) continue;
      for (const lemma of lemmas) {
        const term = lemma === english ? null : termOf(lemma);
        if (term !== null) addTerm(out, english, term, strong);
      }
    }
  };
  if (!WITHOUT.has("freedict")) add(freedictCollocations(), true);
  if (!WITHOUT.has("wordnet") && !WITHOUT.has("bahasa")) add(wordnetCollocations(bahasa), false);
  // A collocation is read as one only through a strong term or a unit (src/search/phrases.ts).
  for (const [english, terms] of out) if (![...terms].some(([term, strong]) => strong || term.includes(" "))) out.delete(english);
  return out;
}

/** A table as JSON: each entry's terms strong first, at most MAX_TERMS, joined by "|". */
function serialise(table: ReadonlyMap<string, Terms>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of [...table.keys()].sort()) {
    const ranked = [...table.get(key)!].sort(([, a], [, b]) => Number(b) - Number(a)).slice(0, MAX_TERMS);
    out[key] = ranked.map(([term, strong]) => (strong ? term : `~${term}`)).join("|");
  }
  return out;
}

/**
 * The units a curated source names: MyThes (a head word, a synonym) or FreeDict (a translation of an
 * English word or collocation).
 * The others come from Wordnet Bahasa alone, made automatically: many are free phrases ("kota
 * metropolitan", "kereta api"), whose words alone count in full (src/search/phrases.ts).
 */
function attestedUnits(units: ReadonlyMap<string, Terms>, wordUnits: ReadonlyMap<string, Terms>, english: ReadonlyMap<string, Terms>, translated: Iterable<string>): Set<string> {
  const out = new Set<string>([...MYTHES_UNITS, ...translated]);
  for (const terms of wordUnits.values()) for (const term of terms.keys()) out.add(term);
  for (const terms of english.values()) for (const [term, strong] of terms) if (strong && term.includes(" ")) out.add(term);
  return new Set([...out].filter((key) => units.has(key) || key.includes(" ")));
}

/**
 * The units FreeDict renders one English word with ("hospital" → "rumah sakit"), from the derived
 * lexicon (scripts/build-lexicon.ts): the ranker reads such a translation as its unit.
 */
function translationUnits(): Set<string> {
  const lexicon = JSON.parse(readFileSync(resolve(root, "src/text/lexicon-en-id.json"), "utf8")) as Record<string, string[]>;
  const out = new Set<string>();
  for (const translations of Object.values(lexicon)) {
    for (const translation of translations) {
      const key = translation.includes(" ") ? unitKey(translation) : null;
      if (key !== null) out.add(key);
    }
  }
  return out;
}

/** Every unit an entry names is a unit of `id` too, so that the index finds it in a sentence. */
function closeUnits(units: Map<string, Terms>, ...tables: ReadonlyMap<string, Terms>[]): void {
  for (const table of [units, ...tables]) {
    for (const terms of table.values()) for (const term of terms.keys()) if (term.includes(" ") && !units.has(term)) units.set(term, new Map());
  }
}

function main(): void {
  const missing = [MYTHES, `${WORDNET}/index.noun`, `${FREEDICT}.index`, BAHASA].filter((p) => !existsSync(p));
  if (missing.length > 0) {
    // The table is committed: without the sources it stays as it is.
    console.log(`skipped, phrases.json is left as it is: missing ${missing.join(", ")}\ninstall with: apt-get install -y mythes-id wordnet-base dict-freedict-eng-ind; Wordnet Bahasa's wn-data-ind.tab is in ../shared/lexicons`);
    return;
  }
  const bahasa = readBahasa();
  const units = new Map<string, Terms>();
  const wordUnits = new Map<string, Terms>();
  if (!WITHOUT.has("bahasa")) bahasaUnits(bahasa, units);
  if (!WITHOUT.has("mythes")) mythesUnits(units, wordUnits);
  const english = englishUnits(bahasa);
  const translated = translationUnits();
  for (const key of translated) if (!units.has(key)) units.set(key, new Map());
  const attested = attestedUnits(units, wordUnits, english, translated);
  closeUnits(units, wordUnits, english);
  const loose = [...units.keys()].filter((key) => !attested.has(key)).sort();
  const table = { id: serialise(units), idWords: serialise(wordUnits), en: serialise(english), loose: loose.join("|") };
  writeFileSync(OUT, `${JSON.stringify(table)}\n`);
  const sizes = [`id ${units.size}`, `idWords ${wordUnits.size}`, `en ${english.size}`, `loose ${loose.length}`];
  console.log(`phrases.json: ${sizes.join(", ")} entries, ${(statSync(OUT).size / 1024).toFixed(0)} KB`);
}

main();
