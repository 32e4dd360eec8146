/**
 * Common Indonesian chat spellings and their standard forms. A general lexicon of the written
 * language of chats, not of any article.
 */
const CHAT_SPELLING: Readonly<Record<string, string>> = Object.freeze({
  yg: "yang", yng: "yang", gak: "tidak", ga: "tidak", gk: "tidak", nggak: "tidak", ngga: "tidak",
  enggak: "tidak", engga: "tidak", tdk: "tidak", tak: "tidak", ndak: "tidak", kagak: "tidak",
  gmn: "bagaimana", gimana: "bagaimana", bgmn: "bagaimana", gmana: "bagaimana",
  kpn: "kapan", kapn: "kapan", dgn: "dengan", dg: "dengan", utk: "untuk", untk: "untuk", buat: "untuk",
  sdh: "sudah", udh: "sudah", udah: "sudah", dah: "sudah", blm: "belum", belom: "belum",
  krn: "karena", karna: "karena", krna: "karena", soalnya: "karena",
  dr: "dari", dri: "dari", sm: "sama", sma: "sama", bgt: "banget", aja: "saja", aj: "saja",
  knp: "mengapa", knapa: "mengapa", kenapa: "mengapa", napa: "mengapa",
  brp: "berapa", brapa: "berapa", dmn: "mana", dimana: "di mana", kmn: "ke mana", kemana: "ke mana",
  sp: "siapa", spa: "siapa", sapa: "siapa", siapakah: "siapa", apakah: "apa", apaan: "apa",
  bkn: "bukan", tp: "tapi", tpi: "tapi", jd: "jadi", jdi: "jadi", trs: "terus", lg: "lagi",
  klo: "kalau", kalo: "kalau", kl: "kalau", bs: "bisa", bsa: "bisa", org: "orang", orng: "orang",
  pd: "pada", kyk: "seperti", kayak: "seperti", kaya: "seperti", spt: "seperti", sbg: "sebagai",
  tsb: "tersebut", thn: "tahun", tgl: "tanggal", bln: "bulan", hr: "hari", skrg: "sekarang",
  skrang: "sekarang", bilang: "mengatakan", ngomong: "mengatakan", ngomongin: "membicarakan",
  negri: "negeri", ama: "sama", mo: "mau", pengen: "ingin", pgn: "ingin", pengin: "ingin",
  emang: "memang", emg: "memang", dpt: "dapat", sblm: "sebelum", stlh: "setelah", ttg: "tentang",
  jg: "juga", jga: "juga", msh: "masih", lbh: "lebih", byk: "banyak", bnyk: "banyak",
  hrs: "harus", hrus: "harus", dtg: "datang", dateng: "datang", duit: "uang", doang: "saja",
  gede: "besar", dikit: "sedikit", bener: "benar", pake: "pakai", kek: "seperti", ato: "atau",
  atw: "atau", skt: "sakit", smua: "semua", sy: "saya", gw: "saya", gue: "saya", lu: "kamu",
  kmrn: "kemarin", gitu: "begitu", gini: "begini", ntar: "nanti", sampe: "sampai",
  nyerang: "menyerang", ngirim: "mengirim", ngasih: "memberi", kasih: "beri",
  // Dropped "h" and "ah" → "au", as chats write them.
  tau: "tahu", ketauan: "ketahuan", abis: "habis", ilang: "hilang", liat: "lihat", ngeliat: "melihat",
  diliat: "dilihat", ampir: "hampir", utang: "hutang", pinter: "pintar", denger: "dengar",
  temen: "teman", ngerti: "mengerti", kelar: "selesai", nyampe: "sampai", ortu: "orang tua",
  cewek: "perempuan", cewe: "perempuan", cowok: "laki-laki", cowo: "laki-laki",
  dikasih: "diberi", dikasi: "diberi", kasi: "beri", ngasi: "memberi", ijo: "hijau",
  inget: "ingat", info: "informasi", seneng: "senang", kenceng: "kencang", deket: "dekat",
});

// A Map, not the object: looking a word up as an object's key interns it, which is slow for the
// millions of distinct strings an index build asks about.
const SPELLING: ReadonlyMap<string, string> = new Map(Object.entries(CHAT_SPELLING));

// "emangnya", "duitnya": a chat word with the suffix -nya keeps it on its standard form.
const NYA = "nya";

/** The standard spelling of a chat word, or the word itself. May return two words ("di mana"). */
export function standardSpelling(token: string): string {
  const known = SPELLING.get(token);
  if (known !== undefined) return known;
  if (!token.endsWith(NYA)) return token;
  const standard = SPELLING.get(token.slice(0, -NYA.length));
  return standard !== undefined && !standard.includes(" ") ? `${standard}${NYA}` : token;
}

