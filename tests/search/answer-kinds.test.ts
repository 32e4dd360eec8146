import { describe, expect, it } from "vitest";
import { answerTypeMask, askedBits, DETAIL_ACCEPTS, NUMBER_KIND_BITS, TYPE_BITS } from "../../src/search/entities.js";
import { numberKindsOf } from "../../src/search/number-kinds.js";
import { numberDetail, questionType } from "../../src/search/question-type.js";
import { questionWords } from "../../src/search/terms.js";

// As analyseQuery reads a question: folded, chat spellings made standard.
const folded = (q: string) => questionWords(q).join(" ");
const detail = (q: string) => numberDetail(folded(q));

describe("numberDetail: the finer kind of number a question asks for", () => {
  it.each([
    ["Berapa lama Huda bermain untuk klub itu?", "duration"],
    ["brp lama perjalanannya?", "duration"],
    ["Berapa tahun dia dipenjara?", "duration"],
    ["How long did the siege last?", "duration"],
    ["How many years did she serve?", "duration"],
    ["Berapa orang yang terluka?", "people"],
    ["brp org yg luka?", "people"],
    ["Berapa jumlah korban banjir?", "people"],
    ["Berapa keluarga yang diungsikan?", "people"],
    ["How many families were evacuated?", "people"],
    ["How many people have downloaded the app?", "people"],
    ["Berapa umur pelatih itu?", "age"],
    ["Pada usia berapa dia wafat?", "age"],
    ["umurnya brp sih skrg?", "age"],
    ["Berapa tahun umurnya?", "age"],
    ["How old was he when he died?", "age"],
    ["How far is the market from the place where the thief was caught?", "distance"],
    ["Berapa harga solar per liter?", "money"],
    ["Berapa biaya pembangunan jembatan itu?", "money"],
    ["Berapa gaji pelatih baru?", "money"],
    ["Berapa hadiah uangnya?", "money"],
    ["ongkosnya brp?", "money"],
    ["How much does the treatment cost?", "money"],
    ["Kota itu menjadi lokasi keberapa?", "ordinal"],
    ["Dia finis di peringkat berapa?", "ordinal"],
    ["What rank did the team finish?", "ordinal"],
    ["Berapa persen warga yang setuju?", "percentage"],
    ["What percentage of votes did she win?", "percentage"],
    ["Seberapa jauh motor itu bisa melaju?", "distance"],
    ["How far is the station from the market?", "distance"],
    ["Seberapa cepat motor itu?", "speed"],
    ["gesits bisa ngebut sampe brp km/jam?", "speed"],
    ["How fast can it go?", "speed"],
    ["Berapa luas kabupaten itu?", "area"],
    ["Berapa berat beras yang dikirim?", "weight"],
    ["Berapa tinggi gunung itu?", "distance"],
    ["What was the score when they lost the final?", "score"],
    ["skornya berapa pas final kemarin?", "score"],
    ["How many litres of fuel does the station sell a day?", "volume"],
    ["berapa liter air yang dibagikan?", "volume"],
    // The particle -kah asks the same: "berapakah panjang" is "berapa panjang".
    ["Berapakah panjang kapal selam itu?", "distance"],
    ["berapakah luas kabupaten itu?", "area"],
    ["Berapakah umur pelatih itu?", "age"],
  ])("%s -> %s", (q, want) => expect(detail(q)).toBe(want));

  it.each([
    "Berapa kapal yang dikirim?",
    "Berapa banyak saksi yang diperiksa?",
    "How many ships were sent?",
    "Tahun berapa candi itu dibangun?",
    "jam brp kejadiannya?",
    "yusuf mansur ngajak investasi dr taun brp?",
    "buku itu diterjemahkan ke berapa bahasa?",
    "Siapa pelatih tim itu?",
  ])("%s asks for no finer kind", (q) => expect(detail(q)).toBeNull());

  it("reads seberapa, keberapa and how fast as number questions; which organisation stays a 'what'", () => {
    expect(questionType(folded("Seberapa jauh jaraknya?"))).toBe("number");
    expect(questionType(folded("lokasi keberapa?"))).toBe("number");
    expect(questionType(folded("How fast is it?"))).toBe("number");
    expect(questionType(folded("Which organisation set up the kitchen?"))).toBe("thing");
  });

  it("reads a question for a purpose as one for a reason", () => {
    expect(questionType(folded("Apa tujuan upacara itu?"))).toBe("cause");
    expect(questionType(folded("tujuannya apa sih?"))).toBe("cause");
    expect(questionType(folded("What does the party hope to achieve by opposing it?"))).toBe("cause");
    expect(questionType(folded("What was the purpose of the visit?"))).toBe("cause");
    expect(questionType(folded("Apa tujuan wisata di kota itu?"))).toBe("thing");
  });
});

describe("numberKindsOf: the finer kinds of number a sentence holds", () => {
  it.each([
    ["Warga harus berjalan sekitar dua jam ke kota.", ["duration"]],
    ["Ia menjabat dari 1966 hingga 1978.", ["duration"]],
    ["Mereka menunggu berjam-jam di bandara.", ["duration"]],
    ["Dari tangan Rohati, 63, polisi menyita uang.", ["age"]],
    ["Budi (45) tewas di tempat.", ["age"]],
    ["Ia meninggal di usia 72 tahun.", ["age"]],
    ["Harganya Rp 5.150 per liter.", ["money"]],
    ["Ia menerima suap senilai 1,3 juta poundsterling.", ["money"]],
    ["Sebanyak 43 persen kasus dapat dicegah.", ["percentage"]],
    ["Lokasi itu merupakan titik ke-26.", ["ordinal"]],
    ["Tatanan pasca-Perang Dunia II runtuh.", ["ordinal"]],
    ["Longsor itu melukai 2 orang.", ["people"]],
    ["Jaraknya hanya 200 meter dari lokasi.", ["distance"]],
    ["Motor itu bisa melaju hingga 100 km / jam.", ["speed"]],
    ["Ia terancam hukuman penjara 15.", ["bare"]],
    // A lower-case word right after the number is what it counts: no finer question takes "dua kru".
    ["Kapsul itu membawa enam penumpang dan dua kru.", ["people"]],
    ["Luas kota itu 1.234 km persegi.", ["area"]],
    ["Truk itu membawa 12 ton beras.", ["weight"]],
  ])("%s -> %j", (s, want) => expect([...numberKindsOf(s)]).toEqual(want));

  it("finds no finer number in a date, a time of day or a lone year", () => {
    expect([...numberKindsOf("Longsor terjadi pada Jumat (10/3/2017) pukul 20.36 WIB.")]).toEqual([]);
    expect([...numberKindsOf("Pertemuan itu digelar pada 24 Maret 2022.")]).toEqual([]);
    expect([...numberKindsOf("Ia pindah ke Jakarta pada 2012.")]).toEqual([]);
    expect([...numberKindsOf("Tidak ada angka di sini.")]).toEqual([]);
  });
});

describe("answer-type masks", () => {
  it("keeps the coarse bits and adds the finer ones", () => {
    const mask = answerTypeMask("Pada 24 Maret 2022, 30 persen warga berjalan tiga jam.");
    expect(mask & TYPE_BITS.time!).not.toBe(0);
    expect(mask & TYPE_BITS.number!).not.toBe(0);
    expect(mask & NUMBER_KIND_BITS.percentage).not.toBe(0);
    expect(mask & NUMBER_KIND_BITS.duration).not.toBe(0);
    expect(mask & NUMBER_KIND_BITS.money).toBe(0);
  });

  it("asks a duration question for a duration or a bare number, never for a date alone", () => {
    const dateOnly = answerTypeMask("Serangan itu terjadi pada 24 Maret 2022.");
    expect(dateOnly & askedBits("number", null)).not.toBe(0);
    expect(dateOnly & askedBits("number", "duration")).toBe(0);
    expect(answerTypeMask("Ia terancam hukuman penjara 15.") & askedBits("number", "duration")).not.toBe(0);
    expect(answerTypeMask("Kapsul itu membawa dua kru.") & askedBits("number", "distance")).toBe(0);
    expect(askedBits("number", "percentage")).toBe(DETAIL_ACCEPTS.percentage);
    expect(answerTypeMask("Harganya naik 30 persen.") & askedBits("number", "money")).toBe(0);
  });

  it("asks an age question for an age or a bare number, not a duration without one ('jangka panjang')", () => {
    expect(answerTypeMask("Rencana itu untuk jangka panjang.") & askedBits("number", "age")).toBe(0);
    expect(answerTypeMask("Budi (45) tewas di tempat.") & askedBits("number", "age")).not.toBe(0);
  });

  it("reads '5.000 liter' as a bare number, 'Rp 7.500 - 9.000' as money alone, and no number in 'BBM Satu Harga'", () => {
    expect([...numberKindsOf("SPBU itu menyalurkan 5.000 liter solar per hari.")]).toEqual(["bare"]);
    expect([...numberKindsOf("Warga membeli bensin dengan harga Rp 7.500 - 9.000 per liternya.")]).toEqual(["money"]);
    expect([...numberKindsOf("Peresmian itu bagian dari Program BBM Satu Harga yang dicanangkan presiden.")]).toEqual([]);
    expect([...numberKindsOf("Satu orang tewas dalam kecelakaan itu.")]).toEqual(["people"]);
  });

  it("asks a score question for a bare number, not a date ('21 - 19', not '17 September 2017')", () => {
    expect(answerTypeMask("Mereka kalah 19 - 21, 21 - 19.") & askedBits("number", "score")).not.toBe(0);
    expect(answerTypeMask("Mereka bertemu di final, 17 September 2017.") & askedBits("number", "score")).toBe(0);
  });

  it("counts an organisation as who: a capitalised organisation noun with its name", () => {
    expect(answerTypeMask("Kementerian Kesehatan membuka posko.") & TYPE_BITS.person!).not.toBe(0);
    expect(answerTypeMask("posko dibuka kemarin.") & TYPE_BITS.person!).toBe(0);
  });
});
