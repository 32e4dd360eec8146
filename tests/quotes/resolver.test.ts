import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/extract.js";
import { articleOf, quotesOf, summary } from "./helpers.js";

const speakers = (...paragraphs: string[]) => quotesOf(...paragraphs).map((q) => q.speaker);

describe("subjects across a clause", () => {
  it("takes the name before 'yang …' or 'sebagai …', not a place inside the clause", () => {
    expect(speakers("Bupati Darmaji Wiryo yang hadir dalam peresmian pasar di Desa Tegalrejo mengatakan pasar itu dibuka setiap hari.")).toEqual(["Darmaji Wiryo"]);
    expect(speakers("Ketua koperasi nelayan Rusdi Hamzah yang didampingi dua stafnya, Ani Lestari dan Budi Santoso mengatakan harga ikan naik tajam.")).toEqual(["Rusdi Hamzah"]);
    expect(speakers("Jepang sebagai salah satu anggota tetap forum itu juga mengatakan bahwa mereka mendukung perundingan damai.")).toEqual(["Jepang"]);
    expect(speakers("Seorang rekan pemain, Toni Saputra, yang berlibur bersama dia di Lombok, kemudian mengatakan bahwa sang gelandang akan pindah klub.")).toEqual(["Toni Saputra"]);
  });

  it("reads a description ending in itu/ini/tersebut as someone already in the story", () => {
    const quotes = quotesOf(
      "Pelatih Joko Susilo memanggil tiga pemain muda ke tim utama Persikota.",
      "“Mereka pantas mendapat kesempatan,” kata Joko.",
      "Mantan kapten tim nasional itu juga menyatakan membatalkan rencana merekrut pemain asing.",
      "“Kami harus sabar,” kata mantan pelatih tim U-19 itu.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(Array(3).fill("Joko Susilo"));
  });
});

describe("places and institutions", () => {
  it("never gives a quotation to a place the article marks with di/warga/kelurahan", () => {
    const quotes = quotesOf(
      "Camat Arif Wibowo meninjau banjir di Kelurahan Pondoklabu.",
      "Ia mengatakan warga Pondoklabu diminta waspada karena hujan masih akan turun.",
      "“Pompa air sudah kami siapkan,” ujar camat.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["Arif Wibowo", "Arif Wibowo"]);
    const cast = extractQuotes(articleOf("Warga Pondoklabu mengungsi.", "Banjir di Pondoklabu surut.")).cast;
    expect(cast.places.has("pondoklabu")).toBe(true);
  });

  it("lets an institution speak, and a pronoun after it name the person named since", () => {
    const quotes = quotesOf(
      "Komisi Perlindungan Konsumen Nasional menyelidiki penjualan pulsa undian itu. Dari temuan mereka, badan tersebut memutuskan bahwa undian berbayar itu adalah bentuk perjudian.",
      "Pendapat itu sejalan dengan pandangan anggota parlemen Lina Marlina. Dalam pernyataannya, undian semacam itu merugikan keluarga berpenghasilan rendah.",
    );
    expect(summary(quotes).map((q) => q[1])).toEqual(["Komisi Perlindungan Konsumen Nasional", "Lina Marlina"]);
  });
});

describe("cues the extractor did not know", () => {
  it("reads Bagi X, / Kata dia, / Ditambahkan X, / passive 'dibenarkan oleh X'", () => {
    const quotes = quotesOf(
      "Peneliti Hana Pratiwi hadir dalam diskusi itu. Bagi Hana, kebijakan subsidi itu belum tepat sasaran.",
      "Kata dia, sebagian besar penerima subsidi justru berasal dari keluarga mampu.",
      "Ditambahkan Hana, pemerintah perlu memperbarui data penerima setiap tahun.",
    );
    expect(summary(quotes)).toEqual([
      ["indirect", "Hana Pratiwi", "kebijakan subsidi itu belum tepat sasaran"],
      ["indirect", "Hana Pratiwi", "sebagian besar penerima subsidi justru berasal dari keluarga mampu"],
      ["indirect", "Hana Pratiwi", "pemerintah perlu memperbarui data penerima setiap tahun"],
    ]);
  });

  it("does not give 'Bagi …,' to something that is not a person", () => {
    expect(quotesOf("Bagi Kementerian Keuangan, defisit tahun ini masih di bawah batas aman.")).toEqual([]);
  });

  it("takes what follows a cue that says too little from the next 'Dia …' sentence", () => {
    const quotes = quotesOf(
      "Sementara itu, Rendra Wijaya yang baru dikontrak dua tahun mengaku senang. Dia akan berlatih keras untuk merebut tempat utama.",
      "Duel itu dibenarkan oleh Sari Utami dalam sebuah wawancara televisi. Ia memang pernah berlatih anggar bersama Rendra.",
    );
    expect(summary(quotes)).toEqual([
      ["indirect", "Rendra Wijaya", "Dia akan berlatih keras untuk merebut tempat utama"],
      ["indirect", "Sari Utami", "Ia memang pernah berlatih anggar bersama Rendra"],
    ]);
  });

  it("reads a closing mark typeset where a quotation opens", () => {
    expect(summary(quotesOf("Wali Kota Bogor Dedi Rahman meresmikan taman.", "” Taman ini untuk semua warga tanpa kecuali, ” ujar wali kota."))).toEqual([
      ["direct", "Dedi Rahman", "Taman ini untuk semua warga tanpa kecuali"],
    ]);
  });
});

describe("one-word names", () => {
  it("knows a one-word name used as a clause's subject, so that its pronouns are not the host's", () => {
    const quotes = quotesOf(
      "Pembawa acara Dimas Anggara, Sutejo, dan Lala Karmela mengisi acara sahur.",
      "Dimas Anggara mengatakan jadwalnya padat. “Saya jarang di rumah,” ujarnya.",
      "Sutejo punya cerita lain. Ia selalu membawa keluarganya ke studio.",
      "“Anak saya senang melihat kamera,” terangnya.",
      "Sebelumnya, Sutejo memang jarang tampil pada pagi hari.",
    );
    expect(summary(quotes).filter((q) => q[0] === "direct").map((q) => q[1])).toEqual(["Dimas Anggara", "Sutejo"]);
  });
});

describe("one speaker, one name", () => {
  it("gives every quotation the fullest name, even one learned after it, and cuts a team the article marks as a place", () => {
    const quotes = quotesOf(
      "Kepada wartawan, Budi mengungkapkan alasannya merekrut dua pemain muda.",
      "“Mereka cepat dan disiplin,” jelas Budi.",
      "Sebelumnya, pelatih Persikota Budi Hartono juga memastikan kontrak kiper baru. Kiper itu pindah ke Persikota dari klub lain.",
      "Selain itu, menurut Budi Persikota juga akan mengontrak seorang penyerang.",
    );
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(["Budi Hartono"]));
  });
});

describe("words that are not one-word names", () => {
  it("never takes a sentence-opening connective or a -nya word for a person", () => {
    const quotes = quotesOf(
      "Direktur WALHI Yuni Astuti meninjau hutan itu. Selain itu, ia menilai kebakaran tahun ini lebih luas.",
      "Selain itu, kata Yuni, pemerintah harus menambah pos pemadam. Pihaknya mengaku sudah mengirim surat kepada gubernur.",
      "Selain menyebut pos pemadam, Yuni juga menyebut kekurangan air di musim kemarau.",
    );
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(["Yuni Astuti"]));
  });
});
