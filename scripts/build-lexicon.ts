/**
 * Builds `src/text/lexicon-en-id.json`, a compact English→Indonesian word
 * lexicon, from the FreeDict/WikDict English–Indonesian dictionary shipped by
 * the Debian package `dict-freedict-eng-ind` (CC BY-SA 3.0; see
 * `src/text/LEXICON-NOTICE.md`).
 *
 * Usage: `npx tsx scripts/build-lexicon.ts [dictDir]` (default /usr/share/dictd).
 *
 * dictd format: the `.index` file has one `headword<TAB>offset<TAB>length`
 * line per headword (offset/length in dictd base64); the `.dict.dz` file is
 * dictzip (gzip-compatible). Each definition holds one or more blocks,
 * separated by blank lines, one per part of speech:
 *
 *   support /səˈpɔːt/ <v>          ← header: headword, IPA, part of speech
 *   1. mendukung 2.                ← sense 1 translations (+ empty sense 2)
 *   to back a cause, party, etc.   ← English gloss (ignored)
 *   2. menunjang                   ← sense 2 translations
 *
 * A single-sense block has its translations on the first line, unnumbered.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

const MAX_TRANSLATIONS = 6;
const DICT_NAME = "freedict-eng-ind";
const dictDir = process.argv[2] ?? "/usr/share/dictd";
const indexPath = join(dictDir, `${DICT_NAME}.index`);
const dictPath = join(dictDir, `${DICT_NAME}.dict.dz`);
const outPath = resolve(dirname(fileURLToPath(import.meta.url)), "../src/text/lexicon-en-id.json");

/** Parts of speech in the order their senses should be preferred. */
const POS_ORDER = ["n", "v", "adj", "adv", "pronoun", "conjunction", "preposition", "determiner", "numeral"];
/** Blocks of these kinds give affixes, phrases or proverbs, not word translations. */
const SKIPPED_POS = new Set(["prefix", "suffix", "phraseologicalUnit", "proverb"]);
const HEADWORD = /^[a-z][a-z-]*$/;
const TRANSLATION = /^\p{L}+(?:[- ]\p{L}+)*$/u;
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeB64(s: string): number {
  let n = 0;
  for (const c of s) {
    const v = B64.indexOf(c);
    if (v < 0) throw new Error(`Bad dictd base64 number "${s}"`);
    n = n * 64 + v;
  }
  return n;
}

function posRank(pos: string): number {
  const i = POS_ORDER.indexOf(pos);
  if (i >= 0) return i;
  return pos === "pn" ? POS_ORDER.length + 1 : POS_ORDER.length; // proper nouns last
}

/** Splits one translation line into cleaned translations. */
function cleanTranslations(line: string): string[] {
  const text = line
    .replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, "$1") // wiki links: [[a|b]] → b, [[a]] → a
    .replace(/^\s*\d+\.\s*/, "") // leading sense number
    .replace(/(?:\s*\d+\.)+\s*$/, ""); // trailing empty-sense markers ("kronis 2.")
  const out: string[] = [];
  for (const part of text.split(/[,;/]/)) {
    const t = part
      .replace(/\([^)]*\)/g, " ") // parenthetical notes
      .replace(/[?!.:"'’“”[\]()]/g, "")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^-+|-+$/g, "");
    if (TRANSLATION.test(t)) out.push(t);
  }
  return out;
}

interface Block {
  headword: string;
  pos: string;
  senses: string[][];
}

/** Parses one dictd block (header line, then translation and gloss lines). */
function parseBlock(block: string): Block | null {
  const lines = block.split("\n");
  const header = lines[0]!.trim();
  const posMatch = /\s<([^>]+)>$/.exec(header);
  const pos = posMatch?.[1] ?? "";
  const headword = header
    .slice(0, posMatch ? posMatch.index : undefined)
    .replace(/\s+\/.*$/, "") // IPA
    .trim();
  if (lines.length < 2) return null;
  const senses: string[][] = [cleanTranslations(lines[1]!)];
  // Only a line numbered with the next expected sense starts a new sense;
  // anything else is an English gloss.
  let next = Number(/^\s*(\d+)\./.exec(lines[1]!)?.[1] ?? 1) + 1;
  for (const line of lines.slice(2)) {
    const m = /^\s*(\d+)\./.exec(line);
    if (m && Number(m[1]) === next) {
      senses.push(cleanTranslations(line));
      next++;
    }
  }
  return { headword, pos, senses };
}

/** Orders translations: first of every sense, then second of every sense, …; single words first. */
function rankTranslations(senses: string[][]): string[] {
  const seen = new Set<string>();
  const ordered: string[] = [];
  const depth = Math.max(0, ...senses.map((s) => s.length));
  for (let i = 0; i < depth; i++) {
    for (const s of senses) {
      const t = s[i];
      if (t !== undefined && !seen.has(t)) {
        seen.add(t);
        ordered.push(t);
      }
    }
  }
  const single = ordered.filter((t) => !t.includes(" "));
  const multi = ordered.filter((t) => t.includes(" "));
  return [...single, ...multi].slice(0, MAX_TRANSLATIONS);
}

function main(): void {
  if (!existsSync(indexPath) || !existsSync(dictPath)) {
    console.error(
      `English–Indonesian dictionary not found (expected ${indexPath} and ${dictPath}).\n` +
        "Install it with: apt-get install -y dict-freedict-eng-ind\n" +
        "or pass the directory holding freedict-eng-ind.{index,dict.dz} as the first argument.",
    );
    process.exit(1);
  }
  const data = gunzipSync(readFileSync(dictPath));
  const index = readFileSync(indexPath, "utf8").split("\n");

  const blocks: Block[] = [];
  let entries = 0;
  for (const line of index) {
    const [head, off, len] = line.split("\t");
    if (!head || !off || !len || head.startsWith("00database")) continue;
    entries++;
    const start = decodeB64(off);
    const text = data.subarray(start, start + decodeB64(len)).toString("utf8");
    for (const raw of text.replace(/^\n+|\n+$/g, "").split(/\n\s*\n/)) {
      const block = parseBlock(raw);
      if (block) blocks.push(block);
    }
  }

  // Group senses by lowercase headword, preferring common parts of speech.
  const byWord = new Map<string, Block[]>();
  for (const b of blocks) {
    const key = b.headword.toLowerCase();
    if (!HEADWORD.test(key) || SKIPPED_POS.has(b.pos)) continue;
    const list = byWord.get(key) ?? [];
    list.push(b);
    byWord.set(key, list);
  }
  const lexicon: Record<string, string[]> = {};
  let translations = 0;
  for (const key of [...byWord.keys()].sort()) {
    const list = byWord.get(key)!.sort((a, b) => posRank(a.pos) - posRank(b.pos));
    const ranked = rankTranslations(list.flatMap((b) => b.senses));
    if (ranked.length === 0) continue;
    lexicon[key] = ranked;
    translations += ranked.length;
  }

  const json = JSON.stringify(lexicon);
  writeFileSync(outPath, json + "\n");
  const words = Object.keys(lexicon).length;
  console.log(`Dictionary: ${entries} index entries, ${blocks.length} part-of-speech blocks`);
  console.log(`Lexicon: ${words} English words, ${translations} translations (avg ${(translations / words).toFixed(2)})`);
  console.log(`Wrote ${outPath} (${(statSync(outPath).size / 1024).toFixed(1)} KB)`);
}

main();
