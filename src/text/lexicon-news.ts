/**
 * English news words the FreeDict dictionary lacks or translates poorly, with their usual Indonesian
 * renderings, and common irregular verb forms. General news vocabulary (people, places, offices,
 * time, reporting verbs), not the words of any one article; consulted before the dictionary, and
 * WordNet adds its words beside them (src/text/thesaurus.ts).
 */
export const NEWS_LEXICON: Readonly<Record<string, readonly string[]>> = Object.freeze({
  military: ["militer", "tentara"], troops: ["pasukan", "tentara"], soldier: ["tentara", "prajurit"],
  police: ["polisi", "kepolisian"], official: ["pejabat", "resmi"], leader: ["pemimpin"], leaders: ["pemimpin"],
  president: ["presiden"], minister: ["menteri"], government: ["pemerintah"], regent: ["bupati"], mayor: ["wali kota"],
  people: ["orang", "warga", "rakyat"], city: ["kota"], capital: ["ibu kota"], province: ["provinsi"],
  population: ["penduduk", "populasi"], country: ["negara"], countries: ["negara"],
  year: ["tahun"], month: ["bulan"], day: ["hari"], announce: ["mengumumkan"], arrest: ["menangkap", "penangkapan"],
  injure: ["melukai", "luka"], warn: ["memperingatkan", "peringatan"], warning: ["peringatan"], claim: ["mengklaim", "klaim"],
  increase: ["meningkatkan", "menaikkan", "peningkatan"], decrease: ["menurunkan", "penurunan"],
  support: ["dukungan", "mendukung"], attack: ["serangan", "menyerang"], help: ["membantu", "bantuan"], aid: ["bantuan"],
  disaster: ["bencana"], war: ["perang"], weapon: ["senjata"], meeting: ["pertemuan", "rapat"], plan: ["rencana"], plans: ["rencana"],
  say: ["mengatakan", "kata"], said: ["mengatakan", "kata"], says: ["mengatakan", "kata"],
  told: ["mengatakan", "memberi tahu"], tell: ["mengatakan"], met: ["bertemu"], meet: ["bertemu"],
  went: ["pergi"], gave: ["memberikan"], give: ["memberikan"], took: ["mengambil"], made: ["membuat"],
  began: ["mulai", "dimulai"], begin: ["mulai"], start: ["mulai", "dimulai"], led: ["memimpin"], won: ["menang"], win: ["menang"],
  born: ["lahir"], die: ["meninggal", "tewas"], died: ["meninggal", "tewas"], killed: ["tewas", "dibunuh"],
});
