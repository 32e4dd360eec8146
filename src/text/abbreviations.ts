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
  // Provinces, as chats and headlines write them.
  jabar: "jawa barat", jateng: "jawa tengah", jatim: "jawa timur", sumut: "sumatera utara",
  sumbar: "sumatera barat", sumsel: "sumatera selatan", kalbar: "kalimantan barat",
  kalteng: "kalimantan tengah", kalsel: "kalimantan selatan", kaltim: "kalimantan timur",
  kaltara: "kalimantan utara", sulut: "sulawesi utara", sulteng: "sulawesi tengah",
  sulsel: "sulawesi selatan", sultra: "sulawesi tenggara", sulbar: "sulawesi barat",
  ntb: "nusa tenggara barat", ntt: "nusa tenggara timur",
});

// A Map, not the object: looking a word up as an object's key interns it, which is slow for the
// new words every question brings (chat-spelling.ts does the same).
const EXPANSIONS: ReadonlyMap<string, string> = new Map(Object.entries(ABBREVIATIONS));

/** True when the word is an abbreviation this list expands. */
export function isAbbreviation(word: string): boolean {
  return EXPANSIONS.has(word);
}

/** The expansion of an abbreviation, or the word itself. */
export function expandAbbreviation(word: string): string {
  return EXPANSIONS.get(word) ?? word;
}
