/** What kind of thing a question asks for. */
export type QuestionType = "person" | "time" | "place" | "number" | "cause" | "manner" | "thing" | "unknown";

/** English nouns of places: "which city", "in what country". */
const PLACE_NOUNS_EN = "city|cities|town|towns|village|villages|country|countries|province|provinces|region|regions|island|islands|district|districts|venue|stadium|hospital|airport";

// Ordered: the first rule that matches wins ("tahun berapa" is a time, not a number).
const RULES: ReadonlyArray<readonly [RegExp, QuestionType]> = [
  [/\b(kapan|bilamana|tanggal berapa|tahun berapa|bulan berapa|hari apa|jam berapa|pukul berapa|when|what (year|date|day|time))\b/, "time"],
  // "siapa" asks for a person or an organisation (src/search/entities.ts). Not "which company": its
  // answer is most often a bare acronym ("PMI"), which the answer-type check cannot tell from others.
  [/\b(siapa|siapakah|who|whom|whose)\b/, "person"],
  [/\b(di ?mana|ke ?mana|dari ?mana|where|di negara mana|di kota mana)\b/, "place"],
  [new RegExp(`\\b(which|what) (\\w+ )?(${PLACE_NOUNS_EN})\\b`), "place"],
  [/\b(berapa|berapakah|seberapa|keberapa|how (many|much|long|old|far|fast)|what (number|percentage|percent))\b/, "number"],
  // A purpose is asked as a reason is, and answered the same way ("agar", "untuk menghormati …").
  [/\b(mengapa|kenapa|apa (sebab|alasan|penyebab)|apa tujuan(nya)?(?! wisata)|tujuan(nya)? apa|why|what (caused|is the reason)|what (is|was) the (purpose|aim|goal)|hope to achieve|for what purpose)\b/, "cause"],
  [/\bwhat (is|was|were|are) the (final )?(score|number|amount|total|population|result)\b/, "number"],
  [/\b(bagaimana|how)\b/, "manner"],
  [/\b(apa|apakah|what|which)\b/, "thing"],
];

/** The kind of answer a (folded, chat-spelling-expanded) question asks for. */
export function questionType(folded: string): QuestionType {
  const asked = englishMainClause(withoutKah(folded));
  for (const [pattern, type] of RULES) if (pattern.test(asked)) return type;
  return "unknown";
}

/**
 * The question without the particle -kah, which does not change it: "kapankah" asks what "kapan"
 * asks, "berapakah panjang" what "berapa panjang" asks.
 */
export function withoutKah(folded: string): string {
  if (!folded.includes("kah")) return folded;
  return folded.replace(/\b(kapan|siapa|dimana|di mana|mana|berapa|mengapa|kenapa|bagaimana|apa)kah\b/g, "$1");
}

const ENGLISH_WH = /\b(what|which|who|whom|whose|when|where|why|how)\b/g;

/**
 * An English question up to its second wh-word: a question asks with its first one, and the later
 * ones open relative clauses ("what was the score when they lost?" asks for a score, not a time;
 * "how far is the station from the place where she was caught?" for a distance, not a place).
 */
export function englishMainClause(folded: string): string {
  // Two look-ups at most, not every match: most questions hold no English wh-word at all.
  ENGLISH_WH.lastIndex = 0;
  const second = ENGLISH_WH.exec(folded) === null ? null : ENGLISH_WH.exec(folded);
  ENGLISH_WH.lastIndex = 0;
  return second === null ? folded : folded.slice(0, second.index);
}

/**
 * The finer kind of number a "berapa"/"how many" question asks for: "berapa lama" a duration, "berapa
 * orang" a count of people, "umur berapa" an age, "berapa harga" money, "keberapa" an ordinal,
 * "berapa persen" a percentage, "seberapa jauh" a distance, "seberapa cepat" a speed, "berapa luas"
 * an area, "berapa berat" a weight, "skornya berapa" a score (a number that is not a date), "berapa
 * liter" a volume.
 */
export type NumberDetail = "duration" | "people" | "age" | "money" | "ordinal" | "percentage" | "distance" | "speed" | "area" | "weight" | "score" | "volume";

const MONEY_NOUNS = "biaya|harga|dana|anggaran|uang|gaji|upah|honor|nilai|ongkos|modal|kerugian|utang|pinjaman|investasi|hadiah|tarif|denda|suap|pendapatan|omzet|laba|keuntungan|pajak|iuran|tiket|rupiah|dolar|dollar";
const PEOPLE_NOUNS = "orang|jiwa|warga|keluarga|kk|families|households|korban|penduduk|pengungsi|peserta|penumpang|pasien|personel|prajurit|tentara|pekerja|karyawan|pegawai|penonton|pengunjung|people|persons|residents|victims|passengers|patients|soldiers|troops|workers|employees|visitors";
const TIME_NOUNS = "lama|tahun|bulan|hari|jam|menit|detik|minggu|pekan|abad|dekade|windu";
const DISTANCE_NOUNS = "jauh|jarak|jaraknya|panjang|panjangnya|tinggi|tingginya|kedalaman|lebar|km|kilometer|meter|mil";

/** Questions for an area or a weight; the span finder reads them with the same patterns. */
export const ASKS_AREA = /\b(berapa luas|luas(nya)? berapa|berapa (hektare|hektar|km persegi)|what area|how large an area)\b/;
export const ASKS_WEIGHT = /\b(berapa (berat|bobot|ton|kg|kilogram)|berat(nya)? berapa|how heavy|how much does .* weigh)\b/;

// Ordered: the first rule that matches wins ("berapa tahun umurnya" is an age, not a duration).
const DETAIL_RULES: ReadonlyArray<readonly [RegExp, NumberDetail]> = [
  [/\b(keberapa|ke berapa(?= (dalam|di|pada|dari|untuk|sih|ya|dong)\b|$)|urutan berapa|peringkat berapa|ranking berapa|juara berapa|what (rank|position)|which (rank|position))\b/, "ordinal"],
  [/\b(berapa (tahun )?(umur|usia)(nya)?|(umur|usia)(nya)? berapa|berusia berapa|berumur berapa|how old|what age|at what age)\b/, "age"],
  [/\b(berapa persen|persentase(nya)? berapa|berapa persentase|what percent(age)?|how many percent)\b/, "percentage"],
  [/\b(seberapa cepat|berapa (kecepatan|km jam|km per jam|kilometer per jam)|kecepatan(nya)? (maksimal |maksimum |tertinggi )?berapa|how fast|what speed|top speed)\b/, "speed"],
  [ASKS_AREA, "area"],
  [/\b(berapa (banyak )?(liter|kubik|meter kubik|barel|galon)|berapa volume(nya)?|volume(nya)? berapa|how many (litres|liters|gallons|barrels|cubic)|what volume)\b/, "volume"],
  [/\b(skor(nya)? (akhir(nya)? )?berapa|berapa skor(nya)?|skor akhir(nya)?|what (is|was) the (final )?score|final score|how many points)\b/, "score"],
  [ASKS_WEIGHT, "weight"],
  [new RegExp(`\\b(seberapa (jauh|panjang|tinggi|dalam|lebar)|berapa (${DISTANCE_NOUNS})|(jarak|panjang|tinggi)(nya)? berapa|how (far|tall|high|deep|wide)|what distance)\\b`), "distance"],
  [new RegExp(`\\b(berapa (${TIME_NOUNS})|how long|how many (years|months|weeks|days|hours|minutes|decades))\\b`), "duration"],
  [new RegExp(`\\b(berapa (total |jumlah |besar )?(${MONEY_NOUNS})|(${MONEY_NOUNS})(nya)? (\\w+ )?berapa|how much (money\\b|(\\w+ ){1,10}(cost|costs|pay|paid|earn|earns|earned)\\b)|what (is|was) the (cost|price|fee|salary|value))\\b`), "money"],
  [new RegExp(`\\b(berapa (jumlah |banyak )?(${PEOPLE_NOUNS})|how many (${PEOPLE_NOUNS}))\\b`), "people"],
];

// What every rule above needs somewhere (each of its alternatives holds one of these): most
// questions hold none, and are then spared the twelve patterns.
const MAY_ASK_DETAIL = /berapa|how|what|which|speed|skor akhir|final score/;

/**
 * The finer kind of number a (folded) question asks for, or null when it asks none. `type` is the
 * question's type when the caller has it already.
 */
export function numberDetail(folded: string, type: QuestionType = questionType(folded)): NumberDetail | null {
  // "tahun berapa", "jam berapa" ask for a time; "berapa tahun umurnya ketika ..." still for an age.
  const time = type === "time";
  const asked = englishMainClause(withoutKah(folded));
  if (!MAY_ASK_DETAIL.test(asked)) return null;
  for (const [pattern, detail] of DETAIL_RULES) if (pattern.test(asked)) return time && detail !== "age" ? null : detail;
  return null;
}
