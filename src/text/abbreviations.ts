/**
 * Common Indonesian abbreviations of titles and institutions, expanded so that a question that says
 * "sekjen" finds an article that says "Sekretaris Jenderal". A general lexicon of the language.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = Object.freeze({
  sekjen: "sekretaris jenderal", menlu: "menteri luar negeri", mendagri: "menteri dalam negeri",
  menhan: "menteri pertahanan", menkeu: "menteri keuangan", menkes: "menteri kesehatan",
  mendikbud: "menteri pendidikan dan kebudayaan", menag: "menteri agama", wapres: "wakil presiden",
  presdir: "presiden direktur", dirut: "direktur utama", kapolri: "kepala kepolisian",
  kapolda: "kepala kepolisian daerah", kapolres: "kepala kepolisian resor", jubir: "juru bicara",
  pemda: "pemerintah daerah", pemprov: "pemerintah provinsi", pemkot: "pemerintah kota",
  pemkab: "pemerintah kabupaten", ketum: "ketua umum", waketum: "wakil ketua umum",
  gub: "gubernur", wagub: "wakil gubernur", pbb: "perserikatan bangsa-bangsa",
  ktt: "konferensi tingkat tinggi", dubes: "duta besar", kemlu: "kementerian luar negeri",
  tni: "tentara nasional indonesia", polri: "kepolisian", ri: "republik indonesia",
});

// A Map, not the object: looking a word up as an object's key interns it, which is slow for the
// new words every question brings (chat-spelling.ts does the same).
const EXPANSIONS: ReadonlyMap<string, string> = new Map(Object.entries(ABBREVIATIONS));

/** The expansion of an abbreviation, or the word itself. */
export function expandAbbreviation(word: string): string {
  return EXPANSIONS.get(word) ?? word;
}
