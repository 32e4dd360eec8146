/**
 * Function words of Indonesian and English: words that carry grammar, not topic. Kept short on
 * purpose: content words such as numbers, "tahun" or "pertama" stay searchable, and BM25's idf
 * already discounts words that are common in the corpus. Question words are here too; question-type
 * detection reads them before they are dropped. So are words that name nothing the article could
 * hold: "now" / "sekarang", "usually" / "biasanya", "the article" / "artikel" itself, and the words
 * an English question uses for what the article says ("mentioned", "quoted").
 */
const INDONESIAN = `ada adalah adanya agar akan aku anda apa apakah apabila atas atau bagaimana bagi bahwa
  begitu belum berapa bisa boleh bukan dalam dan dapat dari daripada dengan di dia diri dirinya
  hal hanya harus perlu mesti ia ialah ini itu jadi jika juga kah kalau kami kamu kan kapan karena ke kenapa
  kepada ketika kita lah lagi maka mana masih melalui mengapa menurut mereka meski mungkin namun
  nya oleh pada para pun saat saja sama sang sangat saya se sebagai sebuah secara sedang sehingga
  sejak selama seperti serta sesuatu setelah si siapa suatu sudah supaya tapi telah tentang
  terhadap tersebut tetapi tidak untuk yaitu yakni yang dong sih deh kok ya yah nih tuh kah pula
  apa-apa begini gimana cuma hanya banget saja lalu kemudian agar seorang sebuah para adapun
  dimana kemana darimana mau ingin tahu bisakah bakal bakalan emang memang sebenarnya beneran
  kira-kira tolong coba jelaskan sebutkan gitu begitu aja kalo kalau apaan ngapain
  bagaimanakah mengapakah kapankah dimanakah berapakah siapakah apakah adakah apa-apa
  hah loh lho kak bang bro sis gan min om mas mbak sekarang kini biasanya artikel berita
  terkait mengenai perihal seputar`;

const ENGLISH = `a about above after again against all am an and any are as at be because been before
  being below between both but by can could did do does doing down during each few for from further
  had has have having he her here hers herself him himself his how i if in into is it its itself
  just me more most my myself no nor not now of off on once only or other our ours ourselves out
  over own same she should must so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which
  while who whom whose why will with would you your yours yourself yourselves tell say said says
  according did does many much also any anyone something anything kind sort really actually
  please explain think know get got going want now currently usually article mentioned mention
  mentions quoted though although even exactly among else let describe
  describes described`;

function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0));
}

export const STOPWORDS_ID = wordSet(INDONESIAN);
export const STOPWORDS_EN = wordSet(ENGLISH);

/** True when the token is a function word of either language. */
export function isStopword(token: string): boolean {
  return STOPWORDS_ID.has(token) || STOPWORDS_EN.has(token);
}
