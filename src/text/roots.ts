import table from "./roots-id.json" with { type: "json" };

/**
 * Indonesian root words with the affixes each takes, from the Indonesian Hunspell dictionary
 * (`roots-id.json`, made by scripts/build-roots.ts; LGPL-3, see LEXICON-NOTICE.md). A root's code is
 * "<prefixes>:<suffixes>": outer prefix classes (b ber-, d di-, k ke-, m me-, p pe-, r per-, s se-,
 * t ter-) and derivational suffixes (i -i, k -kan, a -an) its Hunspell flags allow.
 */
let codes: Map<string, string> | null = null;
/**
 * Lengths of the roots by first and last letter, as bits: a quick "no" for most candidate strings
 * before hashing them (the stemmer tries many; stemming is the hottest call of index building).
 */
const shapes = new Uint32Array(32 * 32);

function shapeSlot(word: string): number {
  return ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31);
}

function load(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [code, words] of Object.entries(table as Record<string, string>)) {
    for (const word of words.split(" ")) {
      out.set(word, code);
      shapes[shapeSlot(word)]! |= 1 << Math.min(word.length, 31);
    }
  }
  return out;
}

function codeOf(word: string): string | undefined {
  codes ??= load();
  if ((shapes[shapeSlot(word)]! & (1 << Math.min(word.length, 31))) === 0) return undefined;
  return codes.get(word);
}

/** Whether a word is a known root. */
export function isRoot(word: string): boolean {
  return codeOf(word) !== undefined;
}

/**
 * Whether a known root takes this outer prefix class ("" for none) and suffix code ("" for none;
 * "in", colloquial, stands for -i or -kan).
 */
export function rootTakes(root: string, prefix: string, suffix: string): boolean {
  const code = codeOf(root);
  if (code === undefined) return false;
  const colon = code.indexOf(":");
  if (prefix !== "" && !code.slice(0, colon).includes(prefix)) return false;
  if (suffix === "") return true;
  const suffixes = code.slice(colon + 1);
  return suffix === "in" ? suffixes.includes("i") || suffixes.includes("k") : suffixes.includes(suffix);
}
