import type { QuestionType } from "./question-type.js";

const MONTHS = "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des|january|february|march|june|july|august|october|december";
const DAYS = "senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const TIME = new RegExp(`\\b((1[5-9]|20)\\d{2}|${MONTHS}|${DAYS}|tanggal|pukul|abad|masehi|tahun|bulan|pekan|kemarin|besok|lusa|malam|pagi|siang|sore|dekade|\\d{1,2}/\\d{1,2})\\b`, "i");
const NUMBER = /\d|\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|puluhan|ratus|ratusan|ribu|ribuan|juta|miliar|triliun|seratus|seribu|sejuta|persen|setengah|separuh)\b/i;
const CAUSE = /\b(karena|sebab|akibat|lantaran|sehingga|disebabkan|dikarenakan|oleh karena|alasan|agar|supaya|demi|guna|because|due to)\b/i;
// A sentence that opens with its purpose ("Untuk mengantisipasi …, maka …") says why, as "agar" does.
const PURPOSE = /(?:^|[-–—:]\s+)untuk\s+(?:me|ber|di)\p{L}{3,}/iu;
const PLACE_NOUN = /\b(kota|provinsi|kabupaten|kecamatan|desa|kelurahan|negara|pulau|benua|wilayah|daerah|kawasan|gedung|jalan|sungai|gunung|laut|teluk|selat)\b/i;
// "di Jakarta", "ke Bali", "dari Sulawesi Tengah".
const PLACE_PHRASE = /\b(di|ke|dari|in|at|from)\s+\p{Lu}/u;
const PERSON_TITLE = /\b(presiden|menteri|ketua|sekretaris|gubernur|bupati|wali kota|walikota|direktur|kepala|juru bicara|jubir|raja|ratu|sultan|jenderal|kapolri|kapolda|panglima|pelatih|penulis|pendiri|penemu|tokoh|bapak|ibu|pak|bu|mr|mrs|dr|prof)\b/i;
// Two capitalised words in a row, not at the very start: most often a person's name.
const NAME = /(?<=\S\s+)\p{Lu}[\p{Ll}'.-]+\s+\p{Lu}[\p{Ll}'-]+/u;

/**
 * Which kinds of answer a sentence (verbatim text) holds. No "manner": the words that mark it
 * ("dengan", "melalui") are in most sentences, so it told nothing and boosted the wrong ones.
 */
export function answerTypesOf(text: string): ReadonlySet<QuestionType> {
  const types = new Set<QuestionType>();
  if (TIME.test(text)) types.add("time");
  if (NUMBER.test(text)) types.add("number");
  if (CAUSE.test(text) || PURPOSE.test(text)) types.add("cause");
  if (PLACE_NOUN.test(text) || PLACE_PHRASE.test(text)) types.add("place");
  if (NAME.test(text) || PERSON_TITLE.test(text)) types.add("person");
  return types;
}

/** Bits of the answer types a sentence can hold, for a compact per-sentence mask. */
export const TYPE_BITS: Readonly<Partial<Record<QuestionType, number>>> = Object.freeze({ time: 1, number: 2, cause: 4, place: 8, person: 16 });

/** answerTypesOf as a bit mask (TYPE_BITS). */
export function answerTypeMask(text: string): number {
  let mask = 0;
  for (const type of answerTypesOf(text)) mask |= TYPE_BITS[type] ?? 0;
  return mask;
}

/** True when the mask holds the type (never for a type without a bit: "thing", "unknown"). */
export function maskHas(mask: number, type: QuestionType): boolean {
  return (mask & (TYPE_BITS[type] ?? 0)) !== 0;
}
