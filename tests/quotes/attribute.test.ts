import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/extract.js";
import { isNickname } from "../../src/quotes/people.js";
import { articleOf, quotesOf, summary } from "./helpers.js";

describe("pronouns and clitics", () => {
  it("resolves ujar dia, katanya and Dia … to the last speaker", () => {
    const quotes = quotesOf(
      "Menteri Luar Negeri Retno Marsudi bertemu Presiden Prancis Emmanuel Macron di Paris.",
      "Retno mengatakan kerja sama kedua negara akan diperluas tahun depan.",
      "“Kami sepakat memperkuat perdagangan,” ujar dia.",
      "Dia juga menegaskan bahwa pertemuan berikutnya digelar di Jakarta.",
      "“Semua berjalan lancar,” katanya.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(Array(4).fill("Retno Marsudi"));
  });

  it("prefers a person newly named as a clause's subject (or after 'oleh') over the last speaker", () => {
    const quotes = quotesOf(
      "Pengamat Adi Prayitno mengatakan bahwa kritik harus dijawab dengan data.",
      "Rencana itu sebelumnya disebutkan oleh Menteri Agama Lukman Hakim Saifuddin.",
      "Namun, ia menegaskan, pemotongan gaji itu tidak bersifat wajib bagi pegawai.",
    );
    expect(summary(quotes).map((q) => q[1])).toEqual(["Adi Prayitno", "Lukman Hakim Saifuddin"]);
  });

  it("does not take a name inside a quotation as the antecedent", () => {
    const quotes = quotesOf(
      "Sekretaris Jenderal PBB Antonio Guterres berbicara di New York.",
      "“Invasi Presiden Putin harus dihentikan sekarang juga,” ujar dia.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["Antonio Guterres"]);
  });
});

describe("roles and aliases learned from the article", () => {
  const text = [
    "Sekretaris Jenderal NATO Jens Stoltenberg tiba di Brussel pada hari Kamis.",
    "Kepala NATO juga memperingatkan ada pihak yang menyebarkan informasi salah tentang aliansi.",
    "“Kami siap,” kata Sekjen NATO itu.",
  ];

  it("a title before a name makes 'Kepala X' and 'Sekjen X' name that person", () => {
    expect(quotesOf(...text).map((q) => q.speaker)).toEqual(["Jens Stoltenberg", "Jens Stoltenberg"]);
  });

  it("records the role on the person", () => {
    const { cast } = extractQuotes(articleOf(...text));
    const person = cast.byName("Stoltenberg")!;
    expect(person.name).toBe("Jens Stoltenberg");
    expect([...person.roles]).toContain("Sekretaris Jenderal NATO");
    expect(cast.byRole("Sekjen NATO")?.name).toBe("Jens Stoltenberg");
    expect(cast.byRole("Sekjen PBB")).toBeUndefined();
  });

  it("learns aliases in brackets and nicknames made of the name", () => {
    const quotes = quotesOf(
      "Mantan presiden Susilo Bambang Yudhoyono (SBY) dan Ketua DPR Bambang Soesatyo hadir.",
      "SBY mengatakan demokrasi harus dijaga bersama oleh semua pihak.",
      "“Saya setuju,” ujar Bamsoet.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["Susilo Bambang Yudhoyono", "Bambang Soesatyo"]);
    expect(isNickname("jokowi", ["joko", "widodo"])).toBe(true);
    expect(isNickname("sby", ["susilo", "bambang", "yudhoyono"])).toBe(true);
    expect(isNickname("budi", ["joko", "widodo"])).toBe(false);
  });

  it("keeps organisations as speakers under their own name", () => {
    const quotes = quotesOf("Jakarta - Kementerian Agama menegaskan bahwa guru agama bukan penyebar intoleransi di sekolah.");
    expect(summary(quotes)).toEqual([["indirect", "Kementerian Agama", "guru agama bukan penyebar intoleransi di sekolah"]]);
  });

  it("knows people who are mentioned but never quoted", () => {
    const { cast, quotes } = extractQuotes(articleOf(...text, "Presiden Ukraina Volodymyr Zelenskyy juga hadir."));
    const zelenskyy = cast.byName("Zelenskyy")!;
    expect(zelenskyy.person).toBe(true);
    expect(quotes.some((q) => q.speaker === zelenskyy.name)).toBe(false);
  });
});

describe("place names after a local-government title", () => {
  it("keeps the place out of the speaker's name (Wali Kota / Bupati Kabupaten X)", () => {
    const quotes = quotesOf(
      "Wali Kota Hilir Darmawan Putra mengatakan bahwa jalan baru selesai bulan depan.",
      "Gubernur Provinsi Lestari Ayu Wandira menegaskan anggaran sudah disetujui.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["Darmawan Putra", "Ayu Wandira"]);
  });
});
