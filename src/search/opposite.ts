/**
 * A question and a sentence that say opposite things of the same matter: "Siapa pemimpin terakhir?"
 * and "… pemimpin pertama …", "pulau terkecil" and "pulau terbesar". The sentence answers another
 * question than the one asked.
 */
import type { SearchIndex } from "./index.js";
import type { Query } from "./query.js";
import { stems } from "../text/stem.js";
import { sentenceHoldsGroup } from "./held.js";

// General Indonesian opposites, by root: sizes and amounts (and their superlatives, "terbesar" →
// "besar"), order in time, directions, and events that end what another began. Left out: prepositions
// ("atas"/"bawah", "dalam"/"luar": they place, they do not compare), and "menang"/"kalah" ("X
// mengalahkan Y" says X won).
const PAIRS: readonly (readonly [string, string])[] = [
  ["besar", "kecil"], ["tinggi", "rendah"], ["banyak", "sedikit"], ["panjang", "pendek"], ["tua", "muda"],
  ["dekat", "jauh"], ["cepat", "lambat"], ["kaya", "miskin"], ["luas", "sempit"], ["berat", "ringan"],
  ["mahal", "murah"], ["pertama", "akhir"], ["awal", "akhir"], ["utara", "selatan"], ["timur", "barat"],
  ["naik", "turun"], ["masuk", "keluar"], ["lahir", "wafat"], ["buka", "tutup"], ["mulai", "henti"],
];

const OPPOSITES = new Map<string, string[]>();
for (const [a, b] of PAIRS) {
  OPPOSITES.set(a, [...(OPPOSITES.get(a) ?? []), b]);
  OPPOSITES.set(b, [...(OPPOSITES.get(b) ?? []), a]);
}

/**
 * True when the sentence lacks a word of the (Indonesian) question but holds its opposite, and the
 * question does not ask for both ("jangka pendek apa panjang?"). A word is read as itself or its first
 * stem only: "ketua" is not "tua".
 */
export function saysOpposite(query: Query, index: SearchIndex, sentence: number): boolean {
  if (query.lang !== "id") return false;
  const stemsOf = query.groups.map((group) => stems(group.word));
  const asked = new Set(stemsOf.flat());
  return query.groups.some((group, i) => {
    const root = [group.word, stemsOf[i]![0]!].find((word) => OPPOSITES.has(word));
    if (root === undefined || sentenceHoldsGroup(group, index, sentence)) return false;
    return OPPOSITES.get(root)!.some((other) => !asked.has(other) && index.sentenceHas(sentence, other));
  });
}
