import { describe, expect, it } from "vitest";
import { answerTypesOf } from "../../src/search/entities.js";

describe("kinds of answer a sentence holds", () => {
  it("reads a sentence that opens with its purpose as saying why", () => {
    expect(answerTypesOf("Untuk mengantisipasi banjir susulan, 40 keluarga diungsikan.").has("cause")).toBe(true);
    expect(answerTypesOf("Kota.com - Untuk mengurangi antrean, loket ditambah.").has("cause")).toBe(true);
    expect(answerTypesOf("Warga diungsikan agar aman.").has("cause")).toBe(true);
    expect(answerTypesOf("Tujuan utama upacara itu adalah untuk menghormati para leluhur.").has("cause")).toBe(true);
  });

  it("reads 'gara-gara', 'dipicu' and 'hal itu terkait dengan' as giving a reason, not 'terkait' alone", () => {
    expect(answerTypesOf("Kami belum membuka layanan itu, hal tersebut terkait dengan aturan polisi.").has("cause")).toBe(true);
    expect(answerTypesOf("Ia ditangkap gara-gara mengedarkan uang palsu.").has("cause")).toBe(true);
    expect(answerTypesOf("Kebakaran itu dipicu korsleting listrik.").has("cause")).toBe(true);
    expect(answerTypesOf("Polisi memeriksa saksi terkait kebakaran itu.").has("cause")).toBe(false);
  });

  it("reads a group named by who leads or fields it as who: 'rezim Assad', 'pasukan Rusia'", () => {
    expect(answerTypesOf("Mereka membantu serangan rezim Assad di sana.").has("person")).toBe(true);
    expect(answerTypesOf("Kota itu dikepung pasukan Rusia sejak pagi.").has("person")).toBe(true);
    expect(answerTypesOf("Kota itu dikepung pasukan sejak pagi.").has("person")).toBe(false);
  });

  it("reads 'X adalah seorang …' as saying who someone is, even with a one-word name first", () => {
    expect(answerTypesOf("Shofwan adalah seorang pengajar dan aktivis.").has("person")).toBe(true);
    expect(answerTypesOf("Shofwan adalah pengajar sekolah itu.").has("person")).toBe(false);
  });

  it("reads 'pasca-' and a world war as a time", () => {
    expect(answerTypesOf("Tatanan itu dibangun pasca-Perang Dunia II oleh para pemenang.").has("time")).toBe(true);
    expect(answerTypesOf("Warga kembali ke rumah pascagempa.").has("time")).toBe(true);
    expect(answerTypesOf("Warga kembali ke rumah mereka.").has("time")).toBe(false);
  });

  it("does not read 'untuk' in the middle of a sentence, or before a noun, as a reason", () => {
    expect(answerTypesOf("Bantuan itu dikirim untuk mendukung warga.").has("cause")).toBe(false);
    expect(answerTypesOf("Untuk warga desa, loket dibuka pagi.").has("cause")).toBe(false);
  });

  it("reads 'kepala', 'ibu' and 'bapak' as a person only before a name or an office", () => {
    expect(answerTypesOf("Pemicu kanker kepala leher itu makanan.").has("person")).toBe(false);
    expect(answerTypesOf("Warga pindah ke ibu kota baru.").has("person")).toBe(false);
    expect(answerTypesOf("Hal itu disampaikan kepala BNPB pagi tadi.").has("person")).toBe(true);
    expect(answerTypesOf("Sumbangan diterima ibu Ani pagi itu.").has("person")).toBe(true);
    expect(answerTypesOf("Hal itu disampaikan gubernur pagi tadi.").has("person")).toBe(true);
  });

  it("reads a leader, an officer or a manager named by role as a person", () => {
    expect(answerTypesOf("Kabar itu dikonfirmasi oleh manajer sang artis.").has("person")).toBe(true);
    expect(answerTypesOf("Para pemimpin akan menugaskan komandan militer untuk itu.").has("person")).toBe(true);
    expect(answerTypesOf("Harga beras naik lagi minggu ini.").has("person")).toBe(false);
  });

  it("reads a place named a few words after 'di', or said to lie somewhere, as a place", () => {
    expect(answerTypesOf("Ia bekerja di restoran Krusty Krab sebagai kasir.").has("place")).toBe(true);
    expect(answerTypesOf("Samudra ini terletak di antara dua benua besar.").has("place")).toBe(true);
    // A word with digits may stand between: "di terminal 1A Bandara …", "di ruang 7 Pengadilan …".
    expect(answerTypesOf("Ia tertangkap di terminal 1A Bandara Soekarno-Hatta.").has("place")).toBe(true);
    expect(answerTypesOf("Itu terjadi di mana Oda tewas.").has("place")).toBe(false);
  });

  it("reads a name before a speech verb as a person, not a pronoun", () => {
    expect(answerTypesOf("Terkait hal itu, Budiman menegaskan bahwa rencana tetap berjalan.").has("person")).toBe(true);
    expect(answerTypesOf("Dia memperingatkan, perang tidak dapat dimenangkan.").has("person")).toBe(false);
  });
});
