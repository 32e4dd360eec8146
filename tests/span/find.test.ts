import { describe, expect, it } from "vitest";
import { askedKind } from "../../src/span/asked.js";
import { findSpan } from "../../src/span/find.js";

const span = (q: string, s: string) => findSpan(q, s)?.text ?? null;

describe("askedKind", () => {
  it.each([
    ["Siapa yang membuka pameran?", "person"],
    ["who opened it?", "person"],
    ["Kapan pameran dibuka?", "date"],
    ["tahun berapa candi itu dibangun?", "date"],
    ["Di mana pameran itu?", "place"],
    ["dari negara mana dia berasal?", "place"],
    ["Berapa kapal yang dikirim?", "quantity"],
    ["How many ships were sent?", "quantity"],
    ["Berapa biaya proyek itu?", "money"],
    ["Berapa persen warga yang setuju?", "percentage"],
    ["Berapa lama pembangunan berlangsung?", "duration"],
    ["how long did it take?", "duration"],
    ["Berapa umur pelari itu?", "age"],
    ["how old is she?", "age"],
    ["Dia juara keberapa?", "ordinal"],
    ["Mengapa harga naik?", "reason"],
    ["why did prices rise?", "reason"],
    ["Bagaimana dia hadir?", "manner"],
    ["Apa nama kapal itu?", "name"],
    ["Apa yang dimaksud dengan korvet?", "definition"],
    ["Siapakah Basuki Tjahaja Purnama?", "definition"],
    ["brp kapal yg dikirim?", "quantity"],
  ])("%s -> %s", (q, kind) => expect(askedKind(q)).toBe(kind));

  it.each(["Apa yang dikatakan menteri?", "Apakah NATO mengirim pasukan?", "jelaskan isi artikel", "tell me about the war"])("%s asks for no specific thing", (q) => {
    expect(askedKind(q)).toBeNull();
  });
});

describe("findSpan", () => {
  it("finds a person, without the title and never what the question already says", () => {
    const s = "Gubernur Anies Baswedan membuka pameran itu di Jakarta pada Senin.";
    expect(span("Siapa yang membuka pameran di Jakarta?", s)).toBe("Anies Baswedan");
    expect(span("Who opened the exhibition in Jakarta?", s)).toBe("Anies Baswedan");
    expect(span("Di mana pameran dibuka?", s)).toBe("Jakarta");
    expect(span("Kapan pameran dibuka?", s)).toBe("Senin");
  });

  it("reads a full date, a year when the year is asked, and a list of places", () => {
    const s = "Pertemuan digelar pada Kamis, 24 Maret 2022 di Brussel, Belgia.";
    expect(span("Kapan pertemuan digelar?", s)).toBe("Kamis, 24 Maret 2022");
    expect(span("Tahun berapa pertemuan digelar?", s)).toBe("2022");
    expect(span("Di mana pertemuan digelar?", s)).toBe("Brussel, Belgia");
    const list = "Tim itu akan dikirim ke Bulgaria, Hungaria, Rumania, dan Slovakia.";
    expect(span("Ke mana tim itu dikirim?", list)).toBe("Bulgaria, Hungaria, Rumania, dan Slovakia");
  });

  it("gives numbers with their unit, less the counted thing the question names", () => {
    const s = "Pemerintah mengirim empat kapal perang dan 1.200 tentara dengan biaya Rp 5 miliar.";
    expect(span("Berapa kapal perang yang dikirim?", s)).toBe("empat");
    expect(span("Berapa tentara yang dikirim?", s)).toBe("1.200");
    expect(span("Berapa biaya pengiriman itu?", s)).toBe("Rp 5 miliar");
    // A unit of measure stays even when the question names it: "45,9" alone says too little.
    expect(span("Berapa persen suara yang ia raih?", "Ia meraih 45,9 persen suara pada pemilu 2019.")).toBe("45,9 persen");
    expect(span("Berapa lama jembatan itu dibangun?", "Jembatan itu dibangun selama tiga tahun sejak 2015.")).toBe("tiga tahun");
    expect(span("Berapa umur pelari itu?", "Pelari itu baru berusia 19 tahun ketika menang di Helsinki.")).toBe("19 tahun");
    expect(span("Dia finis di urutan keberapa?", "Dia finis ketiga di belakang dua pelari Kenya.")).toBe("ketiga");
  });

  it("gives a place named by common nouns after 'di' when no name is placed there", () => {
    expect(span("Di mana mereka berlatih?", "Mourinho memimpin latihan di lahan parkir hotel tempatnya menginap.")).toBe("lahan parkir hotel");
    expect(span("Di mana mereka berlatih?", "Mourinho memimpin latihan di lahan parkir Hotel Mercure.")).toMatch(/Hotel Mercure$/);
  });

  it("gives who a passive question asks about: the name after the active verb, not its subject", () => {
    const s = "Dalam turnamen itu Timnas Voli Indonesia berhasil mengalahkan Vietnam yang berstatus tuan rumah.";
    expect(span("Siapa yang dikalahkan timnas di turnamen itu?", s)).toBe("Vietnam");
    expect(span("Siapa yang mengalahkan Vietnam?", s)).toBe("Timnas Voli Indonesia");
  });

  it("gives the asked noun's number or name after it ('pasal apa', 'kategori apa', 'apa nama hotel', 'bahasa apa')", () => {
    const s = "Terdakwa melanggar pasal 127 ayat 1 huruf a, tentang narkotika, kata hakim Sun Basana.";
    expect(span("Pasal apa yang dilanggar terdakwa?", s)).toBe("pasal 127 ayat 1 huruf a");
    expect(span("Badai itu termasuk kategori apa?", "Badai itu termasuk Kategori 5 menurut Badan Meteorologi.")).toBe("Kategori 5");
    expect(span("Apa nama hotel tempat mereka menginap?", "Mereka menginap di Hotel The Daventry Court yang berbintang empat.")).toBe("Hotel The Daventry Court");
    // Before a name the lower-case noun only repeats the question.
    expect(span("Bahasa apa yang dipakai dalam kitab itu?", "Kitab itu ditulis dalam bahasa Ibrani oleh Yesus bin Sirakh.")).toBe("Ibrani");
  });

  it("reads a code or a name with digits as no amount, and a unit or a currency glued to the digits as one", () => {
    expect(span("Berapa umur penyanyi itu?", "Penyanyi itu ditangkap di terminal 1A Bandara Soekarno-Hatta.")).toBeNull();
    expect(span("Berapa negara yang hadir?", "Para pemimpin G20 hadir di Bali.")).toBeNull();
    expect(span("Berapa jarak yang ditempuh?", "Motor itu menempuh 60km sekali isi.")).toBe("60km");
    expect(span("Berapa harga tiketnya?", "Tiketnya dijual Rp5.000 per orang.")).toMatch(/^Rp5\.000/);
  });

  it("gives the reason clause and the means phrase", () => {
    const s = "Harga beras naik karena panen gagal di banyak daerah, kata menteri.";
    expect(span("Mengapa harga beras naik?", s)).toBe("panen gagal di banyak daerah");
    const m = "Presiden bergabung dengan para pemimpin lain dalam pertemuan melalui konferensi video.";
    expect(span("Bagaimana presiden bergabung dalam pertemuan?", m)).toBe("melalui konferensi video");
  });

  it("gives a definition and a name", () => {
    expect(span("Apa yang dimaksud dengan korvet?", "Korvet adalah jenis kapal perang yang lebih kecil dari fregat.")).toBe("jenis kapal perang yang lebih kecil dari fregat");
    expect(span("Apa nama lagu kebangsaan Jepang?", "Lagu kebangsaan Jepang adalah Kimigayo, yang liriknya sangat tua.")).toBe("Kimigayo");
  });

  it("works on tokenized text with spaces around punctuation", () => {
    const s = "Pada Juli lalu , Perdana Menteri Inggris Tony Blair mengatakan , G - 8 setuju menaikkan bantuan sebesar 48 miliar dollar AS per tahun .";
    expect(span("Siapa nama Perdana Menteri Inggris ?", s)).toBe("Tony Blair");
    expect(span("Berapa bantuan yang akan dinaikkan G - 8 ?", s)).toBe("sebesar 48 miliar dollar AS");
  });

  it("returns UTF-16 offsets: text is always sentence.slice(start, end)", () => {
    const s = "😀 Kata 👨‍👩‍👧 Stoltenberg, NATO akan mengerahkan empat kelompok tempur baru.";
    const found = findSpan("Berapa kelompok tempur yang dikerahkan?", s)!;
    expect(found.text).toBe("empat");
    expect(s.slice(found.start, found.end)).toBe(found.text);
  });

  it("takes in the other half of a quotation mark it cuts", () => {
    const s = "Mereka harus berinvestasi karena “perdamaian tidak dapat diterima begitu saja” lagi.";
    expect(span("Mengapa mereka harus berinvestasi?", s)).toBe("“perdamaian tidak dapat diterima begitu saja” lagi");
  });

  it("is null when nothing specific is asked or the sentence lacks it", () => {
    expect(findSpan("Apa yang dikatakan menteri?", "Menteri mengatakan harga akan turun.")).toBeNull();
    expect(findSpan("Kapan harga turun?", "Menteri mengatakan harga akan turun.")).toBeNull();
    expect(findSpan("Siapa yang membuka pameran di Jakarta?", "Pameran itu dibuka di Jakarta.")).toBeNull();
  });
});

describe("finer number spans", () => {
  const trip = "Pada 24 Maret 2022, sekitar 20 orang berjalan 3 jam sejauh 12 km ke kota itu.";
  it.each([
    ["Berapa lama perjalanan ke kota itu?", trip, "3 jam"],
    ["brp jam perjalanannya?", trip, "3 jam"],
    ["how long did the walk take?", trip, "3 jam"],
    ["Berapa orang yang berjalan ke kota?", trip, "sekitar 20"],
    ["brp org yg jalan ke kota?", trip, "sekitar 20"],
    ["Seberapa jauh perjalanan ke kota?", trip, "12 km"],
    ["How far did they walk?", trip, "12 km"],
    ["Seberapa cepat motor itu melaju?", "Dengan 2 baterai, motor itu melaju sejauh 100 km dengan kecepatan 60 km/jam.", "60 km/jam"],
    ["How fast is the bike?", "Dengan 2 baterai, motor itu melaju sejauh 100 km dengan kecepatan 60 km / jam.", "60 km / jam"],
    ["Berapa biaya perbaikan jembatan?", "Perbaikan 3 jembatan pada 2021 menelan biaya Rp 5 juta.", "Rp 5 juta"],
    ["What percentage of residents agreed?", "Dari 200 warga, 30 persen setuju pada 12 Mei.", "30 persen"],
    ["Tim itu finis di peringkat berapa?", "Tim itu finis ke-3 setelah 12 lap.", "ke-3"],
    ["Berapa usia Budi?", "Budi (45) sudah 20 tahun bekerja di sana.", "45"],
    ["How old is Budi?", "Budi, 45, sudah 20 tahun bekerja di sana.", "45"],
    ["Berapa tahun umurnya?", "Pelari itu, yang berusia 45 tahun, sudah 20 kali menang.", "45 tahun"],
  ])("%s -> %s", (q, s, want) => expect(span(q, s)).toBe(want));
});

describe("findSpan on tokenized text", () => {
  // A candidate that starts after the sentence's last word (here from "f/4L IS .") once crashed the
  // finder, and with it /ask; it holds nothing to show.
  it("reads a sentence whose candidates run past its last word without failing", () => {
    const sentence = "Ada dua bundel lensa yang ditawarkan : $ 2.599 bersama lensa 24–105 mm f/3.5–5.6 STM , atau $ 3.099 bersama lensa 24–105 mm f/4L IS .";
    expect(() => findSpan("Apakah agama Paul F. Knitter?", sentence)).not.toThrow();
    expect(span("Berapa harga lensa itu?", sentence)).toBe("$ 2.599");
  });
});
