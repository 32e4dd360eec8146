import { describe, expect, it } from "vitest";
import { quotesOf, summary } from "./helpers.js";

describe("direct quotations", () => {
  it("finds “…”, kata X and keeps the words verbatim, without the trailing comma", () => {
    const quotes = quotesOf("Menteri Keuangan Sri Mulyani hadir di Jakarta.", "“Ekonomi kita tumbuh dengan baik,” kata Sri Mulyani di Jakarta.");
    expect(summary(quotes)).toEqual([["direct", "Sri Mulyani", "Ekonomi kita tumbuh dengan baik"]]);
    expect(quotes[0]).toMatchObject({ cue: "kata Sri Mulyani", paragraph: 2, sentence: 2, article: "t" });
  });

  it("reads pre-tokenised text: ` \" … , \" ujar X .`", () => {
    const quotes = quotesOf('Ketua MPR Zulkifli Hasan datang .', '" Tidak hanya tarif yang harus diatur . Semua harus diatur , " ucap Zulkifli di Gedung DPR .');
    expect(summary(quotes)).toEqual([["direct", "Zulkifli Hasan", "Tidak hanya tarif yang harus diatur . Semua harus diatur"]]);
  });

  it("takes the speaker before the quotation: X memperingatkan, “…”", () => {
    const quotes = quotesOf("Juru bicara Andi Wijaya memperingatkan, “Harga beras akan naik bulan depan.”");
    expect(summary(quotes)).toEqual([["direct", "Andi Wijaya", "Harga beras akan naik bulan depan."]]);
  });

  it("joins a quotation that runs over paragraphs (each paragraph opens with a mark) to its cue", () => {
    const quotes = quotesOf(
      "Gubernur Budi Santoso berbicara kepada warga.",
      "“Kami sudah menyiapkan dana untuk perbaikan jalan di seluruh kota.",
      "“Pekerjaan akan dimulai pekan depan,” ujar Budi.",
    );
    expect(summary(quotes)).toEqual([
      ["direct", "Budi Santoso", "Kami sudah menyiapkan dana untuk perbaikan jalan di seluruh kota."],
      ["direct", "Budi Santoso", "Pekerjaan akan dimulai pekan depan"],
    ]);
  });

  it("attributes a partial quotation inside reported speech to the reporter's speaker", () => {
    const quotes = quotesOf("Presiden Joko Widodo menegaskan bahwa pemerintah akan “bekerja tanpa henti” untuk rakyat.");
    expect(summary(quotes)).toContainEqual(["direct", "Joko Widodo", "bekerja tanpa henti"]);
    expect(summary(quotes)).toContainEqual(["indirect", "Joko Widodo", "pemerintah akan “bekerja tanpa henti” untuk rakyat"]);
  });

  it("treats short single-quoted words as scare quotes, longer ones as quotations", () => {
    const scare = quotesOf("Menteri Rina Wati menyebut istilah ‘hijau’ di depan wartawan hari ini.");
    expect(scare.filter((q) => q.kind === "direct")).toEqual([]);
    const real = quotesOf("Menteri Rina Wati menjawab ‘kami akan segera memeriksa laporan itu’ di depan wartawan.");
    expect(summary(real).filter((q) => q[0] === "direct")).toEqual([["direct", "Rina Wati", "kami akan segera memeriksa laporan itu"]]);
  });
});

describe("indirect statements", () => {
  it("X mengatakan (bahwa) …", () => {
    const quotes = quotesOf("Direktur Utama Bank Mandiri Andi Lubis mengatakan bahwa kredit macet turun tahun ini.");
    expect(summary(quotes)).toEqual([["indirect", "Andi Lubis", "kredit macet turun tahun ini"]]);
  });

  it("menurut X, … and … menurut X … (then the whole sentence)", () => {
    expect(summary(quotesOf("Ekonom Siti Aminah hadir.", "Menurut Siti, inflasi akan turun pada akhir tahun."))).toEqual([
      ["indirect", "Siti Aminah", "inflasi akan turun pada akhir tahun"],
    ]);
    expect(summary(quotesOf("Ekonom Siti Aminah hadir.", "Kebijakan itu menurutnya sudah tepat untuk semua pihak."))).toEqual([
      ["indirect", "Siti Aminah", "Kebijakan itu menurutnya sudah tepat untuk semua pihak"],
    ]);
  });

  it("…, kata X. at the end, and …, kata X, … in the middle", () => {
    const end = quotesOf("Pengamat Rudi Hartono hadir.", "Harga minyak akan terus naik, kata Rudi.");
    expect(summary(end)).toEqual([["indirect", "Rudi Hartono", "Harga minyak akan terus naik"]]);
    const mid = quotesOf("Pengamat Rudi Hartono hadir.", "Sebagai langkah awal, kata Rudi, pemerintah harus menurunkan pajak.");
    expect(summary(mid)).toEqual([["indirect", "Rudi Hartono", "Sebagai langkah awal, kata Rudi, pemerintah harus menurunkan pajak"]]);
  });

  it("ignores speech verbs with no speaker before them (relative clauses)", () => {
    expect(quotesOf("Ada informasi salah yang menyebut harga naik besok di semua pasar.")).toEqual([]);
  });
});
