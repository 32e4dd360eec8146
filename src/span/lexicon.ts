/**
 * General word lists the span finder reads: months, days, units, currencies, number words, titles.
 * Indonesian and English; nothing here belongs to one article.
 */

const set = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter((w) => w !== ""));

export const MONTHS = "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december";
export const DAYS = "senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

/** Words that are numbers, or build them ("dua puluh empat", "2,5 juta", "three hundred"). */
export const NUMBER_WORDS = set(`satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh
  ratus ribu juta miliar milyar triliun seratus seribu sejuta setengah separuh puluhan ratusan ribuan jutaan
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
  trillion dozen dozens hundreds thousands millions half`);

/** Words that hedge a number and belong with it ("sekitar 200 spesies"). */
export const APPROXIMATORS = set("sekitar kira-kira hampir lebih kurang sedikitnya setidaknya sebanyak sebesar around about nearly almost over roughly approximately");

/** Units of time: a number followed by one is a duration ("tiga tahun"). */
export const TIME_UNITS = set(`detik menit jam hari minggu pekan bulan tahun windu dasawarsa dekade abad milenium
  second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries`);

/** Currencies, written before or after the amount. */
export const CURRENCIES = set("rp rupiah dolar dollar usd us$ $ euro eur € yen ¥ pound poundsterling £ ringgit won yuan rubel ruble rupee peso riyal dinar franc");

/** Percent signs and words. */
export const PERCENT = set("persen % percent per-cent");

/** Units of measure and counting words that belong with a number ("49,07 detik", "12.000 orang"). */
export const UNITS = set(`km km² km2 m m² m2 cm mm meter kilometer sentimeter milimeter persegi kubik hektare hektar ha are
  kg gram g ton kuintal ons liter ml mw kw watt volt megawatt kilowatt mil knot derajat °c kaki inci
  orang jiwa ekor buah unit biji lembar batang helai kali kelompok pasukan tentara personel spesies jenis
  negara kota desa pulau kecamatan kabupaten provinsi rumah keluarga kasus korban suara kursi anggota
  miles mile feet foot inches inch kilometres kilometers metres meters square cubic acres hectares tonnes tons
  pounds kilograms grams litres liters people persons troops soldiers members countries times units cases votes seats`);

/** Counting words for people: "12 orang", "300 warga", "2.000 korban". */
export const PEOPLE_COUNTERS = set(`orang jiwa warga korban penduduk pengungsi peserta penumpang pasien personel prajurit
  tentara pasukan anggota pekerja karyawan pegawai penonton pengunjung siswa mahasiswa pelajar guru saksi tersangka
  people persons residents victims passengers patients soldiers troops members workers employees visitors students`);

/** Units of length: a number with one is a distance ("200 meter"), or a speed when a unit of time follows. */
export const LENGTH_UNITS = set("km kilometer kilometres kilometers meter metres meters m mil miles mile cm sentimeter mm milimeter feet foot kaki inci inch inches");

/** Units of area: "5.000 hektare", "12 km²", "3 km persegi" (a length unit then "persegi"). */
export const AREA_UNITS = set("km² km2 m² m2 persegi hektare hektar ha acre acres hectare hectares square");

/** Units of weight: "12 ton", "3 kg". */
export const WEIGHT_UNITS = set("kg kilogram kilograms gram grams g ton tons tonnes kuintal ons");

/** Units of volume: "5.000 liter" answers "berapa liter" (src/search/number-kinds.ts). */
export const VOLUME_UNITS = set("liter litres liters ml kubik cubic barel barrels galon gallons");

/** Units of speed written as one word ("60 km/jam", "30 mph"). */
export const SPEED_UNITS = set("km/jam km/j km/h kph mph knot knots");

/** Titles and roles that precede a name ("Presiden", "Menteri"): a person answer is the name after them. */
export const TITLES = set(`presiden wakil menteri sekretaris jenderal ketua kepala direktur ceo manajer gubernur bupati walikota wali
  raja ratu sultan pangeran perdana kanselir duta besar agung juru bicara jubir panglima komandan kapten kolonel mayor
  kota luar negeri umum utama muda
  letnan laksamana marsekal jaksa hakim senator anggota pelatih pemain penyanyi penulis sutradara aktor aktris
  profesor prof dr ir haji hj sri paus uskup imam syekh bapak ibu pak bu tuan nyonya saudara
  president vice minister secretary general chairman chief director manager governor mayor king queen prince princess
  chancellor ambassador spokesman spokeswoman spokesperson commander captain colonel judge senator coach
  professor mr mrs ms sir lord lady pope bishop`);

/** Lower-case words allowed inside a name ("Abdul bin Abdullah", "Ludwig van Beethoven"). */
export const NAME_JOINERS = set("bin binti van von der den de da del la le al el y ibn");

/** Words that open a sentence capitalised without being a name ("Sementara Rusia ...", "Terkait ..."). */
export const SENTENCE_OPENERS = set(`sementara selain setelah sebelum menurut kemudian bahkan terkait sejak hingga sampai
  kini sekarang selanjutnya akhirnya awalnya sebelumnya sesudah tanpa bila apabila meskipun walaupun berdasarkan
  mengenai soal usai jelang menjelang dengan melalui lewat bagi sekitar saat ketika sedangkan adapun lalu maka
  however meanwhile after before according since during while although though despite following under`);

/** Words that join the last item of a list ("A, B, dan C"). */
export const LIST_JOINERS = set("dan serta atau and or");

/** Words that introduce a place ("di Bulgaria", "from Jakarta"). */
export const PLACE_PREPOSITIONS = set("di ke dari dekat sekitar antara in at from to near into across");

/** Nouns that name a kind of place ("kota Kartago", "provinsi Bali"). */
export const PLACE_NOUNS = set(`kota provinsi kabupaten kecamatan desa kelurahan negara negeri pulau kepulauan benua wilayah
  daerah kawasan gedung jalan sungai gunung danau laut teluk selat pantai semenanjung distrik region city
  province country island state town village district region capital`);

/**
 * Places named by a common noun alone: "di lahan parkir hotel", "ke rumah sakit". With PLACE_NOUNS,
 * what a lower-case "where" answer after "di"/"ke"/"dari" holds.
 */
export const PLACE_COMMON_NOUNS = set(`hotel stadion bandara pelabuhan stasiun terminal lapangan parkir markas istana museum kampus
  penjara lapas rutan sekolah pasar rumah sakit puskesmas kantor masjid gereja taman hutan kebun sawah`);

/** Words that end a clause: an answer phrase does not run past them. */
export const CLAUSE_BREAKS = set("sehingga namun tetapi tapi sedangkan sementara padahal meskipun walaupun agar supaya karena kata ujar ungkap tambah jelas tutur katanya ujarnya but while although whereas so said says added");
