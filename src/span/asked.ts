/**
 * What specific thing a question asks for, finer than the ranker's question type: "berapa persen"
 * asks for a percentage, "berapa lama" for a duration, "apa nama" for a name. Null when the question
 * asks for no specific thing (yes/no, "jelaskan", open "apa" questions): then there is no span.
 */
import { ASKS_AREA, ASKS_WEIGHT, withoutKah } from "../search/question-type.js";
import { questionWords } from "../search/terms.js";
import { rememberLast } from "../text/last-call.js";
import { TITLES } from "./lexicon.js";

export type SpanKind =
  | "person" | "date" | "place" | "quantity" | "money" | "duration" | "percentage" | "ordinal" | "age" | "people" | "distance" | "speed" | "area" | "weight"
  | "reason" | "manner" | "name" | "definition" | "thing";

// Ordered: the first rule that matches wins ("berapa persen" before "berapa", "umur berapa" before "berapa").
const RULES: ReadonlyArray<readonly [RegExp, SpanKind]> = [
  [/\b(keberapa|ke berapa|urutan berapa|peringkat berapa|nomor berapa|what (rank|place|position)|which (rank|place|position)|rank(ed)? what)\b/, "ordinal"],
  [/\b(kapan|bilamana|tanggal berapa|tahun berapa|bulan berapa|hari apa|jam berapa|pukul berapa|abad berapa|sejak kapan|when|what (year|date|day|time|month|century)|which (year|date|day|month))\b/, "date"],
  [/\b(berapa (tahun )?umur(nya)?|berapa (tahun )?usia(nya)?|umur berapa|usia berapa|umurnya berapa|usianya berapa|berusia berapa|berumur berapa|how old|what age|at what age)\b/, "age"],
  [/\b(berapa persen|persentase|berapa %|what percent(age)?|how many percent)\b/, "percentage"],
  [/\b(berapa lama|berapa tahun|berapa bulan|berapa hari|berapa jam|berapa menit|berapa minggu|berapa pekan|berapa abad|how long)\b/, "duration"],
  [/\b(seberapa cepat|berapa (kecepatan|km jam|km per jam)|kecepatan(nya)? (maksimal |maksimum |tertinggi )?berapa|how fast|what speed|top speed)\b/, "speed"],
  [ASKS_AREA, "area"],
  [ASKS_WEIGHT, "weight"],
  [/\b(seberapa (jauh|panjang|tinggi|dalam|lebar)|berapa (jauh|jarak|panjang|tinggi|kedalaman|lebar|km|kilometer|meter|mil)|(jarak|panjang|tinggi)(nya)? berapa|how (far|tall|high|deep|wide)|what distance)\b/, "distance"],
  [/\b(berapa (jumlah |banyak )?(orang|jiwa|warga|korban|penduduk|pengungsi|peserta|penumpang|pasien|personel|prajurit|tentara)|how many (people|persons|residents|victims|passengers|patients|soldiers|troops))\b/, "people"],
  [/\b(berapa (biaya|harga|dana|anggaran|uang|gaji|nilai|ongkos|modal|kerugian|utang|pinjaman|bantuan|investasi)|(biaya|harga|dana|anggaran|nilai|ongkos|kerugian) berapa|how much (money|did|does|do|will|was|is|are|would)|what (is the )?(cost|price))\b/, "money"],
  [/\b(berapa|berapakah|seberapa|how (many|much|far|big|large|tall|high|deep|long|wide|heavy)|what (number|amount))\b/, "quantity"],
  [/\b(siapa|siapakah|who|whom|whose)\b/, "person"],
  [/\b(di ?mana|ke ?mana|dari ?mana|(negara|kota|provinsi|kabupaten|pulau|daerah|wilayah|kawasan|benua|tempat) (mana|apa)|where|which (country|city|province|island|town|place|region))\b/, "place"],
  [/\b(mengapa|kenapa|apa (sebab|alasan|penyebab|alasannya|sebabnya|penyebabnya)|why|what (caused|causes|is the reason|was the reason|is the cause|was the cause))\b/, "reason"],
  [/\b(bagaimana cara|dengan cara apa|lewat apa|melalui apa|pakai apa|naik apa|by what means|how did|how does|how do|how will|how was|how were|how can|bagaimana)\b/, "manner"],
  [/\b(apa nama|nama apa|apa judul|judul apa|apa julukan|disebut apa|dinamakan apa|dikenal (dengan|sebagai) (nama )?apa|what (is|was|are|were) (the|its|his|her|their) (name|title)|what is .* called|what was .* called)\b/, "name"],
  [/\b(apa (itu|yang dimaksud|arti|pengertian|definisi)|yang dimaksud dengan|what (is|are|was|were) (a|an)\b|what does .* mean)\b/, "definition"],
];

// "Kelompok apa", "partai manakah": a noun then "apa"/"mana" asks for the thing's name. Not after a
// verb ("bilang apa", "membahas apa") or a preposition ("dari apa"): those ask for an open answer.
const NOUN_THEN_WHICH = /(?:^|\s)([a-z]+) (apa|mana)(?:\s|$)/;
const NOT_A_NOUN = /^(me|di|ber|ter|ke|se)|^(bilang|ngomong|bicara|kata|sebut|tanya|jawab|dari|untuk|dengan|oleh|pada|tentang|itu|ini|yang|is|was|are)$/;

// "Siapakah R.L. Stine?": who someone is, when the question is only "siapa" and a name.
const WHO_IS = /^\s*([Ss]iapa(kah)?|[Ww]ho (is|was|are|were))\s+(\p{Lu}[\p{L}.'-]*\s*)+\??\s*$/u;
// "Apa nomor atom Klorin?", "Apakah gereja terbesar di Swedia?": "apa" and a noun asks for a thing;
// "Apakah NATO mengirim pasukan?" (a verb outside a "yang" clause) asks yes or no.
const WHAT_NOUN = /^(apa|apakah) ([a-z]+)\b(.*)$/;
const VERB = /\b(me|mem|men|meng|meny|di|ber|be)[a-z]{3,}\b/;
const WHAT_IS_THE = /^what (is|are|was|were) (the|its|his|her|their) [a-z]+ (of|in|for)\b/;

function thingAsked(plain: string): boolean {
  if (WHAT_IS_THE.test(plain)) return true;
  const m = WHAT_NOUN.exec(plain);
  if (!m || m[2] === "yang" || NOT_A_NOUN.test(m[2]!)) return false;
  return !VERB.test(m[3]!.split(/\byang\b/)[0]!);
}

/**
 * The noun a "<noun> apa/mana" or "apa nama <noun>" question asks about ("pasal" of "Pasal apa yang
 * dilanggar?", "hotel" of "Apa nama hotel itu?"), or null. Remembered for the question asked last:
 * the span finder asks it for each sentence it reads.
 */
export const askedNoun = rememberLast((question: string): string | null => {
  const plain = plainQuestion(question);
  const which = NOUN_THEN_WHICH.exec(plain) ?? NAME_OF.exec(plain);
  return which && !NOT_A_NOUN.test(which[1]!) ? which[1]! : null;
});
// "Apa nama hotel tempat mereka menginap?": the hotel's name is asked.
const NAME_OF = /\bnama ([a-z]+)\b/;

// The question's words, folded, chat spellings standard ("brp" is "berapa"), -kah dropped: what the
// kind asked and the noun asked are read from (remembered for the question asked last).
const plainQuestion = rememberLast((question: string): string => withoutKah(questionWords(question).join(" ")));

/** The kind of span a question asks for, or null (remembered for the question asked last). */
export const askedKind = rememberLast(kindAsked);

function kindAsked(question: string): SpanKind | null {
  // "Siapa Sekjen NATO?" asks for the person holding a title, not who the title is.
  if (WHO_IS.test(question.trim()) && !questionWords(question).some((w) => TITLES.has(w))) return "definition";
  const plain = plainQuestion(question);
  for (const [pattern, kind] of RULES) if (pattern.test(plain)) return kind;
  const which = NOUN_THEN_WHICH.exec(plain);
  if (which && !NOT_A_NOUN.test(which[1]!)) return "name";
  return thingAsked(plain) ? "thing" : null;
}
