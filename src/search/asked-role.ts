/**
 * "Siapa CEO perusahaan itu?" of an article that names no CEO: whoever the best sentence names holds
 * another role. A role the corpus never names, in none of its alternatives, cannot be answered.
 */
import type { SearchIndex } from "./index.js";
import type { Query } from "./query.js";
import { TITLES } from "../span/lexicon.js";
import { corpusHoldsGroup } from "./held.js";

// Words of the title list that are no role of their own: parts of a longer title ("wakil", "jenderal",
// "juru bicara"), a place in it ("kota", "luar negeri"), forms of address and honorifics.
const NOT_A_ROLE = new Set([
  "wakil", "perdana", "agung", "duta", "besar", "jenderal", "juru", "bicara", "kota", "luar", "negeri", "umum", "utama", "muda",
  "anggota", "pemain", "bapak", "ibu", "pak", "bu", "tuan", "nyonya", "saudara", "sri", "haji", "hj", "dr", "ir", "prof",
  "vice", "general", "chief", "mr", "mrs", "ms", "sir", "lord", "lady",
]);

/** A "who" question asks for the holder of a role (a title) that is nowhere in the corpus. */
export function unknownAskedRole(query: Query, index: SearchIndex): boolean {
  if (query.type !== "person") return false;
  return query.groups.some((group) => TITLES.has(group.word) && !NOT_A_ROLE.has(group.word) && !corpusHoldsGroup(group, index));
}
