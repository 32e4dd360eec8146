/**
 * General Indonesian (and a little English) lexicons for finding and attributing speech: speech
 * verbs, pronouns, role titles and their abbreviations. Nothing here is about one article.
 */
import { COUNTRY_WORDS } from "./countries.js";

function set(list: string): ReadonlySet<string> {
  return new Set(list.toLowerCase().split(/\s+/).filter((w) => w.length > 0));
}

/** Speech verbs that follow a quotation or a reported clause: "…," kata X / ujarnya. */
export const AFTER_VERBS = set(`kata ujar ucap tutur ungkap jelas tegas imbuh tambah sebut papar terang
  lanjut sambung tukas seru pungkas tandas timpal kilah aku tulis bilang katanya ujarnya ucapnya tuturnya
  ungkapnya jelasnya tegasnya imbuhnya tambahnya sebutnya paparnya terangnya lanjutnya sambungnya
  tukasnya serunya pungkasnya tandasnya timpalnya kilahnya akunya tulisnya sanggah harap cerita kenang
  jawab sahut bantah keluh pinta klaim canda urai beber sanggahnya harapnya ceritanya kenangnya jawabnya
  sahutnya bantahnya keluhnya pintanya klaimnya candanya urainya bebernya`);

/** Reporting verbs with the speaker before them: X mengatakan (bahwa) …. */
export const REPORT_VERBS = set(`mengatakan menyatakan menegaskan menekankan memperingatkan menyebut
  menyebutkan menilai mengaku mengakui menjelaskan menerangkan menambahkan membantah berpendapat meminta
  menyarankan mengungkapkan mengungkap menyampaikan memaparkan mengklaim mengingatkan berharap
  mengharapkan meyakini menuturkan memastikan menganggap mengimbau mendesak menuding menduga
  mengusulkan berjanji mengutarakan menandaskan mengemukakan berkata menjawab menampik mengatakannya
  menyatakannya menuturkan menyanggah menimpali membenarkan mengonfirmasi menceritakan mengisahkan
  bercerita berkomentar berujar mengeluhkan menyayangkan mencontohkan melanjutkan said says stated added
  warned told`);

/**
 * Verbs that report speech only when "bahwa" follows: "Komisi itu memutuskan bahwa …" (but not
 * "memutuskan untuk …").
 */
export const BAHWA_VERBS = set(`memutuskan menyimpulkan mengumumkan melaporkan mencatat menemukan
  menyadari mengetahui`);

/** Pronouns that stand for a person already named. */
export const PRONOUNS = set("dia ia beliau dirinya nya he she");

/** Words between a speaker and the speech verb that are not part of the speaker: "X juga mengatakan". */
export const ADVERBS = set(`juga pun telah sudah tegas kembali lalu kemudian pernah sempat hanya bahkan
  sendiri langsung kini pula terus turut ikut sebelumnya lantas secara tetap masih konon memang akhirnya
  justru also`);

/** Words that end a speaker's name after a cue: "kata X di Jakarta", "ujar X saat …". */
export const NAME_STOPS = set(`di pada kepada saat ketika dalam usai seusai seraya sambil yang dari dengan
  melalui lewat sebelum setelah menjelang terkait soal tentang kemarin hari dan atau kepadanya
  in at on to when after before during`);

/** Titles and role words that come before a name: "Menteri Luar Negeri Retno Marsudi". */
export const TITLE_WORDS = set(`presiden wakil menteri menko ketua umum sekretaris jenderal direktur
  eksekutif utama kepala juru bicara jubir gubernur bupati wali walikota panglima kapolri kapolda kapolres
  kapolsek komandan staf ahli perdana duta besar dubes anggota hakim jaksa agung pelatih rektor dekan
  deputi asisten koordinator penasihat pengamat peneliti ekonom pakar analis dirjen dirut sekjen menlu
  mendagri mendikbud menag menkeu menkes menhan mendag wapres wagub ketum waketum kadis presdir brigadir
  brigjen mayjen letjen kolonel letnan mayor kapten komisaris inspektur akbp kombes irjen komjen kompol
  pendeta ustaz kiai kh habib raja ratu pangeran sultan paus pimpinan pemimpin mantan bapak ibu pak bu
  dr prof ir hj profesor pejabat kapuspen kabid kabag kasubdit kadiv karo sekda camat lurah senator
  ceo chairman president minister secretary general director chief head spokesman spokesperson
  governor mayor`);

/** Generic words for "the head of": "Bos PSSI" may name whoever leads PSSI. */
export const HEAD_WORDS = set("kepala pemimpin pimpinan bos ketua head chief leader");

/** Abbreviated titles, written out: "Ketum PSSI" is the "Ketua Umum" of PSSI. */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = Object.freeze({
  sekjen: "sekretaris jenderal", menlu: "menteri luar negeri", mendagri: "menteri dalam negeri",
  menkeu: "menteri keuangan", mendikbud: "menteri pendidikan dan kebudayaan", menag: "menteri agama",
  menkes: "menteri kesehatan", menhan: "menteri pertahanan", mendag: "menteri perdagangan",
  menko: "menteri koordinator", jubir: "juru bicara", dirut: "direktur utama", presdir: "presiden direktur",
  dirjen: "direktur jenderal", wapres: "wakil presiden", wagub: "wakil gubernur", gub: "gubernur",
  ketum: "ketua umum", waketum: "wakil ketua umum", dubes: "duta besar", kadis: "kepala dinas",
  sekda: "sekretaris daerah", pm: "perdana menteri", secgen: "secretary general",
});

/**
 * Words that make a capitalised run an organisation or a place, not a person: institutions, places,
 * days and months, and (from the gazetteer in countries.ts) the words of every country's name.
 */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set([
  ...COUNTRY_WORDS,
  ...set(`kementerian kemenag kemendikbud kemenlu dewan badan komisi partai universitas kampus gedung
    jalan jl kota kabupaten kab provinsi desa kecamatan kelurahan jawa sumatera kalimantan sulawesi
    papua bali negeri serikat republik bank pt kepolisian polri polda polres mabes bareskrim pusat
    istana masjid rumah sakit pengadilan mahkamah kantor selatan utara barat timur tengah raya
    jakarta amerika eropa asia afrika uni pemerintah perserikatan bangsa-bangsa organisasi
    sekretariat lembaga institut sekolah fakultas kejaksaan tentara angkatan polisi media tv cnn
    kompas news senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni
    juli agustus september oktober november desember perang dunia undang-undang pasal kuhp rkuhp
    hotel bandara stasiun pasar taman museum gereja pura vihara klub fc gerakan aliansi koalisi
    front dinas direktorat washington beijing moskow london paris tokyo islam kristen katolik hindu
    buddha muslim pasukan kelompok tim satuan komite forum asosiasi himpunan ikatan persatuan
    keuangan luar dalam pertahanan pendidikan kebudayaan kesehatan agama perdagangan perindustrian
    pertanian perhubungan sosial hukum ham pariwisata energi koperasi kelautan perikanan lingkungan
    kehutanan ketenagakerjaan keamanan politik ekonomi riset teknologi informasi komunikasi
    commission commision council agency association federation department ministry committee institute
    foundation company corporation inc corp ltd university`),
]);

/**
 * Heads of an institution's name, which can speak as a body ("Komisi X memutuskan", "lembaga
 * tersebut menyatakan").
 */
export const INSTITUTION_WORDS = set(`kementerian dewan badan komisi partai universitas lembaga institut
  organisasi kepolisian kejaksaan pengadilan mahkamah bank perusahaan yayasan asosiasi federasi komite
  forum persatuan himpunan ikatan aliansi koalisi gerakan kelompok pasukan majelis otoritas
  commission commision council agency association federation department ministry committee institute
  foundation company corporation`);

/** Conjunctions that open a sentence before its subject ("Selain menyebut X, KPK juga …"): never a name. */
export const CONJUNCTIONS = set(`selain sementara meskipun walaupun walau kendati sedangkan namun tetapi
  sehingga karena jika apabila ketika setelah sebelum usai seusai agar supaya bahkan lalu kemudian
  adapun maka oleh dengan`);

/** Openers of an anonymous speaker: "seorang pejabat", "sejumlah fraksi". */
export const ANONYMOUS = set("seorang sejumlah beberapa para");

/** Demonstratives that point back to someone named before: "mantan Ketua Bawaslu ini". */
export const POINTERS = set("ini itu tersebut");
