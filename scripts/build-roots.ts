/**
 * Builds `src/text/roots-id.json`, the Indonesian root words the stemmer checks its readings against
 * (see src/text/LEXICON-NOTICE.md for source and licence), from the Indonesian Hunspell dictionary
 * (Debian `hunspell-id`, LGPL-3): every lower-case head word of letters only, three letters or more,
 * with the affixes its Hunspell flags allow, reduced to what the stemmer checks:
 *
 * - the outer prefixes the root takes: b ber-, d di-, k ke-, m me-, p pe-, r per-, s se-, t ter-
 *   (the aff file names its prefix flags by these letters: B0, BK, D0, DR, M0, MR, P0, …);
 * - the derivational suffixes it takes, alone or with a prefix: i -i, k -kan, a -an.
 *
 * Output: `{ "<prefixes>:<suffixes>": "root root …" }`, roots grouped by what they allow.
 * Words Hunspell marks NEEDAFFIX (A2: solid compounds that are words only inside a circumfix,
 * "pengerti" of "berpengertian") are left out: they would stop "pengertian" short of "erti".
 * Usage: `npx tsx scripts/build-roots.ts [dicFile affFile [outFile]]` (default /usr/share/hunspell/id_ID.*,
 * written to src/text/roots-id.json).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIC = process.argv[2] ?? "/usr/share/hunspell/id_ID.dic";
const AFF = process.argv[3] ?? "/usr/share/hunspell/id_ID.aff";
const OUT = process.argv[4] ?? resolve(root, "src/text/roots-id.json");
const ROOT = /^\p{Ll}{3,}$/u;
const NEEDS_AFFIX = /^(?:..)*A2/; // two-letter flags: "A2" at an even offset
const PREFIX_CLASSES = "bdkmprst";
const SUFFIX_CODES: Record<string, string> = { i: "i", kan: "k", an: "a" };

/** Flag → what it licenses: prefix class letters and suffix codes. */
function readFlags(aff: string): Map<string, { prefixes: string; suffixes: string }> {
  const out = new Map<string, { prefixes: string; suffixes: string }>();
  for (const line of aff.split("\n")) {
    const [kind, flag, strip, add] = line.split(/\s+/);
    if ((kind !== "PFX" && kind !== "SFX") || !flag || !add || /^[YN]$/.test(strip ?? "")) continue;
    const entry = out.get(flag) ?? { prefixes: "", suffixes: "" };
    if (kind === "PFX") entry.prefixes += prefixClass(flag);
    else {
      const [text, continuation = ""] = add.split("/");
      entry.suffixes += SUFFIX_CODES[text!] ?? "";
      // A circumfix (the "-an" of ber-an, or the empty ending of "bertemu") names its prefix flag in
      // its continuation (B1, D1, …).
      if (continuation.includes("A1")) entry.prefixes += prefixClass(continuation);
    }
    out.set(flag, entry);
  }
  return out;
}

function prefixClass(flag: string): string {
  const letter = flag[0]!.toLowerCase();
  return PREFIX_CLASSES.includes(letter) ? letter : "";
}

function codeOf(flags: string, table: Map<string, { prefixes: string; suffixes: string }>): string {
  const prefixes = new Set<string>();
  const suffixes = new Set<string>();
  for (let i = 0; i + 1 < flags.length; i += 2) {
    const entry = table.get(flags.slice(i, i + 2));
    for (const c of entry?.prefixes ?? "") prefixes.add(c);
    for (const c of entry?.suffixes ?? "") suffixes.add(c);
  }
  return `${[...prefixes].sort().join("")}:${[...suffixes].sort().join("")}`;
}

function main(): void {
  if (!existsSync(DIC) || !existsSync(AFF)) {
    console.log(`skipped: ${DIC} or ${AFF} not found (apt-get install hunspell-id); roots-id.json left as it is`);
    return;
  }
  const latin1 = new TextDecoder("latin1");
  const table = readFlags(latin1.decode(readFileSync(AFF)));
  // A word may have several lines (homographs with other flags): it allows what any of them does.
  const flagsOf = new Map<string, string>();
  for (const line of latin1.decode(readFileSync(DIC)).split("\n").slice(1)) {
    const [word, flags = ""] = line.trim().split("/");
    if (word && ROOT.test(word) && !NEEDS_AFFIX.test(flags)) flagsOf.set(word, (flagsOf.get(word) ?? "") + flags);
  }
  const groups = new Map<string, Set<string>>();
  for (const [word, flags] of flagsOf) {
    const code = codeOf(flags, table);
    groups.set(code, (groups.get(code) ?? new Set()).add(word));
  }
  const out: Record<string, string> = {};
  for (const code of [...groups.keys()].sort()) out[code] = [...groups.get(code)!].sort().join(" ");
  writeFileSync(OUT, `${JSON.stringify(out, null, 0)}\n`);
  const count = [...groups.values()].reduce((n, g) => n + g.size, 0);
  console.log(`wrote ${OUT}: ${count} roots in ${groups.size} affix groups`);
}

main();
