import { numberKindsOf, type NumberKindFound } from "./number-kinds.js";
import type { NumberDetail, QuestionType } from "./question-type.js";

const MONTHS = "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des|january|february|march|june|july|august|october|december";
const DAYS = "senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const TIME = new RegExp(`\\b((1[5-9]|20)\\d{2}|${MONTHS}|${DAYS}|tanggal|pukul|abad|masehi|tahun|bulan|pekan|kemarin|besok|lusa|malam|pagi|siang|sore|dekade|\\d{1,2}/\\d{1,2})\\b`, "i");
// A time named by what it follows or by an era: "pasca-Perang Dunia II", "pascagempa".
const ERA = /\bpasca|\b(perang dunia|world war) (i|ii|pertama|kedua|one|two)\b/i;
const NUMBER = /\d|\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|puluhan|ratus|ratusan|ribu|ribuan|juta|miliar|triliun|seratus|seribu|sejuta|persen|setengah|separuh)\b/i;
// "Hal itu terkait dengan regulasi" gives the reason for what the sentence before says.
const CAUSE = /\b(karena|sebab|akibat|lantaran|sehingga|disebabkan|dikarenakan|oleh karena|alasan|agar|supaya|demi|guna|gara-gara|dipicu|hal (ini|itu|tersebut) (terkait|berkaitan) dengan|because|due to)\b/i;
// A sentence that opens with its purpose ("Untuk mengantisipasi …, maka …") says why, as "agar" does,
// and so does one that gives it after a copula ("Tujuannya adalah untuk menghormati …").
const PURPOSE = /(?:^|[-–—:]\s+|\b(?:adalah|ialah|yaitu|yakni)\s+)untuk\s+(?:me|ber|di)\p{L}{3,}/iu;
// "terletak", "berlokasi", "tempat kelahirannya": the sentence says where something is.
const PLACE_NOUN = /\b(terletak|berlokasi|kelahirannya|kota|provinsi|kabupaten|kecamatan|desa|kelurahan|negara|pulau|benua|wilayah|daerah|kawasan|gedung|jalan|sungai|gunung|laut|teluk|selat|hotel|stadion|bandara|pelabuhan|stasiun|lapangan|parkir|markas|istana|museum|kampus|penjara|lapas|rutan|puskesmas)\b/i;
// "di Jakarta", "ke Bali", "dari Sulawesi Tengah", and up to two words before the name: "di sebelah
// barat Asia", "di istana Barcelona"; not "di mana X" (a relative clause).
const PLACE_PHRASE = /\b(di|ke|dari|in|at|from)\s+(?!mana\b)(?:[\p{Ll}\p{N}][\p{L}\p{N}]*\s+){0,2}\p{Lu}/u;
const PERSON_TITLE = /\b(komandan|pemimpin|pejabat|petugas|manajer|pengacara|hakim|jaksa|presiden|menteri|ketua|sekretaris|gubernur|bupati|wali kota|walikota|direktur|juru bicara|jubir|raja|ratu|sultan|jenderal|kapolri|kapolda|panglima|pelatih|penulis|pendiri|penemu|tokoh|pak|bu|mr|mrs|dr|prof)\b/i;
// Titles that are also common nouns ("kanker kepala", "ibu kota", "bapak dan ibu") name a person only
// before a name or an office: "Kepala Dinas …", "Ibu Ani".
const TITLE_BEFORE_NAME = /\b([Kk]epala|[Bb]apak|[Ii]bu)\s+\p{Lu}/u;
// Organisations answer "siapa" as people do: "Kementerian Kesehatan", "Partai Demokrat". Not a bare
// acronym: most sentences of an article name its organisation's acronym, so it told nothing.
const ORGANISATION = /\b(Kementerian|Partai|Komisi|Badan|Lembaga|Perusahaan|Organisasi|Yayasan|Universitas|Kepolisian|Polda|Polres|Kejaksaan|Pengadilan|Dinas|Pemerintah|Bank|Ministry|Party|Commission|Agency|Company|Police|Court|Government|University)\s+\p{Lu}/u;
// A group named by who leads or fields it: "rezim Assad", "pasukan Rusia", "kubu Prabowo".
const GROUP_OF = /\b(rezim|kubu|pasukan|tentara|pemerintahan|kabinet)\s+\p{Lu}/u;
// "X adalah seorang pengajar": the sentence says who someone is.
const DESCRIBES_SOMEONE = /\b(adalah|merupakan|ialah)\s+(seorang|salah seorang)\b/i;
// Two capitalised words in a row, not at the very start: most often a person's name.
const NAME = /(?<=\S\s+)\p{Lu}[\p{Ll}'.-]+\s+\p{Lu}[\p{Ll}'-]+/u;
// "berinisial S", "berinisial AS": crime news names a suspect or a victim by initials.
const INITIALS = /\bberinisial\s+\p{Lu}/u;
const INITIALS_ASKED = /\bberinisial\b/i;

// A name that says something: "Hartono menegaskan …", "Ani said …"; not a pronoun ("Dia mengatakan").
const SPEAKER = /(?<!\p{L})(?!(?:Dia|Ia|Beliau|Mereka|Kami|Kita|Saya|Aku|He|She|They|We|It)\s)\p{Lu}\p{Ll}+\s+(?:juga\s+)?(?:mengatakan|menegaskan|menyatakan|menjelaskan|mengungkapkan|menambahkan|menekankan|memperingatkan|berkata|menyebut|said|says|told|added)\b/u;

/**
 * Which kinds of answer a sentence (verbatim text) holds. No "manner": the words that mark it
 * ("dengan", "melalui") are in most sentences, so it told nothing and boosted the wrong ones.
 */
export function answerTypesOf(text: string): ReadonlySet<QuestionType> {
  const types = new Set<QuestionType>();
  if (TIME.test(text) || ERA.test(text)) types.add("time");
  if (NUMBER.test(text)) types.add("number");
  if (CAUSE.test(text) || PURPOSE.test(text)) types.add("cause");
  if (PLACE_NOUN.test(text) || PLACE_PHRASE.test(text)) types.add("place");
  if (INITIALS.test(text) || namesSomeone(text)) types.add("person");
  return types;
}

function namesSomeone(text: string): boolean {
  return NAME.test(text) || DESCRIBES_SOMEONE.test(text) || GROUP_OF.test(text) || SPEAKER.test(text) || PERSON_TITLE.test(text) || TITLE_BEFORE_NAME.test(text) || ORGANISATION.test(text);
}

/**
 * True when the question already knows someone by initials ("perempuan berinisial S") and the
 * sentence names no one but by initials: it cannot tell the asker who that is.
 */
export function initialsOnlyAnswer(question: string, sentence: string): boolean {
  return INITIALS_ASKED.test(question) && INITIALS.test(sentence) && !namesSomeone(sentence);
}

/** Bits of the answer types a sentence can hold, for a compact per-sentence mask. */
export const TYPE_BITS: Readonly<Partial<Record<QuestionType, number>>> = Object.freeze({ time: 1, number: 2, cause: 4, place: 8, person: 16 });

/** Bits of the finer kinds of number (src/search/number-kinds.ts), above TYPE_BITS. */
export const NUMBER_KIND_BITS: Readonly<Record<NumberKindFound, number>> = Object.freeze({
  duration: 32, age: 64, money: 128, percentage: 256, ordinal: 512, people: 1024, distance: 2048, speed: 4096, bare: 8192, area: 16384, weight: 32768,
});

const bits = (...kinds: NumberKindFound[]) => kinds.reduce((mask, kind) => mask | NUMBER_KIND_BITS[kind], 0);

/**
 * The kinds of number that answer each finer question. A bare number (no unit) answers those whose
 * unit a writer may leave out ("terancam hukuman 15 tahun", written "15"); money, a percentage and an
 * ordinal are always written as such. A number inside a date answers none of them.
 */
export const DETAIL_ACCEPTS: Readonly<Record<NumberDetail, number>> = Object.freeze({
  duration: bits("duration", "bare"),
  age: bits("age", "bare"),
  people: bits("people", "bare"),
  distance: bits("distance", "bare"),
  speed: bits("speed", "bare"),
  area: bits("area", "bare"),
  weight: bits("weight", "bare"),
  score: bits("bare"),
  volume: bits("bare"),
  money: bits("money"),
  percentage: bits("percentage"),
  ordinal: bits("ordinal"),
});

/** answerTypesOf and numberKindsOf as one bit mask (TYPE_BITS, NUMBER_KIND_BITS). */
export function answerTypeMask(text: string): number {
  let mask = 0;
  for (const type of answerTypesOf(text)) mask |= TYPE_BITS[type] ?? 0;
  for (const kind of numberKindsOf(text)) mask |= NUMBER_KIND_BITS[kind];
  return mask;
}

/** The bits a sentence needs to hold what a question asks: its finer kind when it has one. */
export function askedBits(type: QuestionType, detail: NumberDetail | null): number {
  return detail ? DETAIL_ACCEPTS[detail] : (TYPE_BITS[type] ?? 0);
}

/** True when the mask holds the type (never for a type without a bit: "thing", "unknown"). */
export function maskHas(mask: number, type: QuestionType): boolean {
  return (mask & (TYPE_BITS[type] ?? 0)) !== 0;
}
