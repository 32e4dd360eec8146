import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/parse.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { rankSentences } from "../../src/search/rank.js";
import { definedSubject } from "../../src/search/definition-question.js";
import { createBot } from "../../src/index.js";
import { CONFIDENCE } from "../../src/defaults.js";
import { questionWords } from "../../src/search/terms.js";

const subject = (q: string) => definedSubject(questionWords(q).join(" "))?.words ?? null;

describe("definition questions", () => {
  it.each([
    ["Apa yang dimaksud dengan membran?", ["membran"]],
    ["apakah yang di maksud dengan masyarakat?", ["masyarakat"]],
    ["Apa itu NATO?", ["nato"]],
    ["Apa pengertian dari antibiotik?", ["antibiotik"]],
    ["kelompok tani itu apa sih?", ["kelompok", "tani"]],
    ["Siapakah Nuh dalam agama Abrahamik?", ["nuh"]],
    ["What is a membrane?", ["membrane"]],
    ["Dimanakah letak Desa Sukamaju?", ["desa", "sukamaju"]],
    ["di mana letak kantor itu?", ["kantor", "itu"]],
    ["What does geisha mean?", ["geisha"]],
  ])("reads %s as asking what %j is", (q, want) => {
    expect(subject(q)).toEqual(want);
  });

  it.each([
    "Siapa yang mendirikan organisasi itu?",
    "Apa yang dilakukan warga setelah banjir?",
    "Who is the coach of the national badminton doubles team?",
    "Berapa luas pulau itu?",
    "What was the score?",
    "What is the capital of the province?",
    "warga mengungsi lewat apa?",
    "bantuan itu dikirim dengan apa?",
    "What is Parliament determined to do for its members?",
    "What is Parliament going to do?",
    "China dikhawatirkan memberi apa?",
    "warga memakai apa?",
    "Melanggar pasal apa?",
  ])("does not read %s as one", (q) => {
    expect(subject(q)).toBeNull();
  });

  // A made-up article: the defining sentence shares only "membran" with the question; another
  // sentence, shorter, says "membran" three times.
  const text = `---
title: Sel
---
Membran sel dan membran inti berbeda dari membran lain.

Membran adalah lapisan tipis yang berfungsi sebagai pemisah selektif antara bagian dalam dan bagian luar sebuah sel hidup, baik pada tumbuhan maupun pada hewan.`;
  const index = new SearchIndex({ articles: [parseArticle("sel.md", "sel", text)] });

  it("ranks the sentence that defines the subject first", () => {
    const ranked = rankSentences(analyseQuery("Apa yang dimaksud dengan membran?", index), index);
    expect(index.sentences[ranked[0]!.sentence]!.ref.text).toMatch(/^Membran adalah/);
  });

  // The copula is found in the sentence's words however it is written: in capitals, with a
  // diacritic folded away, or joined to the subject by a dash (a cheap test on the text skips the
  // sentences without one, and must not skip these).
  it.each(["MEMBRAN ADALAH lapisan", "Membrán adalah lapisan", "Membran—adalah lapisan", "Membran ialah, lapisan"])("ranks a definition written '%s …' first", (opening) => {
    const written = text.replace("Membran adalah lapisan", opening);
    const other = new SearchIndex({ articles: [parseArticle("sel.md", "sel", written)] });
    const ranked = rankSentences(analyseQuery("Apa yang dimaksud dengan membran?", other), other);
    expect(other.sentences[ranked[0]!.sentence]!.ref.text.startsWith(opening)).toBe(true);
  });

  it("does not search for the asking words ('dimaksud', 'pengertian')", () => {
    expect(analyseQuery("Apa pengertian membran?", index).groups.map((g) => g.word)).toEqual(["membran"]);
  });

  it("answers 'apa itu X' only with a sentence that names X", () => {
    const bot = createBot({ articles: [parseArticle("sel.md", "sel", text)] });
    expect(bot.ask("Apa itu membran?").answered).toBe(true);
    expect(bot.ask("Apa yang dimaksud dengan lapisan sel?").answered).toBe(true);
    const absent = bot.ask("Apa yang dimaksud dengan selaput?");
    expect(absent.answered).toBe(false);
    expect(absent.confidence).toBeLessThan(CONFIDENCE.answerThreshold);
  });

  it("reads 'siapakah X' and 'di mana letak X' as describing X, 'apa itu X' as naming it", () => {
    expect(definedSubject("apa itu membran")?.named).toBe(true);
    expect(definedSubject("siapakah tokoh utama novel itu")?.named).toBe(false);
    expect(definedSubject("di mana letak desa itu")?.named).toBe(false);
  });

  it("reads a name introduced by its title as saying who the person is ('siapakah X')", () => {
    const article = `---
title: Rapat
---
Rapat dihadiri Budiman dan Ani Lestari, dan Budiman pun bicara.

Ketua Komisi Pemilihan Budiman mengatakan hasil penghitungan suara dari seluruh daerah akan diumumkan pada pekan depan setelah semua berkas diperiksa.`;
    const titled = new SearchIndex({ articles: [parseArticle("rapat.md", "rapat", article)] });
    const ranked = rankSentences(analyseQuery("Siapakah Budiman?", titled), titled);
    expect(titled.sentences[ranked[0]!.sentence]!.ref.text).toMatch(/^Ketua Komisi/);
  });

  it("answers 'apa kepanjangan X' with the sentence that spells X out in parentheses", () => {
    expect(definedSubject("apa kepanjangan dari nama sigap")).toMatchObject({ words: ["sigap"], expands: true });
    const article = `---
title: Motor Listrik
---
Motor listrik Sigap (Sistem Gerak Antarkota Praktis) akan segera dijual di banyak kota di seluruh negeri.

Sigap dijual mulai bulan depan.

Pembeli Sigap bisa memesan Sigap lewat aplikasi.`;
    const bot = createBot({ articles: [parseArticle("motor.md", "motor", article)] });
    const answer = bot.ask("Apa kepanjangan dari nama Sigap?");
    expect(answer.answered).toBe(true);
    expect(answer.answer!.text).toMatch(/Sistem Gerak Antarkota Praktis/);
  });

  it("declines 'apa kepanjangan X' when no sentence spells X out, and reads 'disingkat' as spelling it out", () => {
    const article = `---
title: Badan Baru
---
BPKL akan mulai bekerja bulan depan di seluruh provinsi.

Kepala BPKL mengatakan kantornya dibuka di setiap kota.`;
    const bot = createBot({ articles: [parseArticle("badan.md", "badan", article)] });
    expect(bot.ask("Apa kepanjangan BPKL?").answered).toBe(false);
    const spelled = `${article}

Badan Pengawas Kualitas Lingkungan, atau disingkat BPKL, dibentuk tahun ini.`;
    const spelledBot = createBot({ articles: [parseArticle("badan.md", "badan", spelled)] });
    expect(spelledBot.ask("Apa kepanjangan BPKL?").answer?.text).toMatch(/atau disingkat BPKL/);
  });
});

describe("'apa itu X' answered only by a sentence that may say what X is", () => {
  const article = `---
title: Aliansi
---
Aliansi Samudra sangat prihatin atas serangan di pelabuhan pada Senin malam.

Para pemimpin bertemu di ibu kota untuk membahas bantuan kepada korban serangan.`;
  const bot = createBot({ articles: [parseArticle("aliansi.md", "aliansi", article)] });

  it("reads only 'apa itu X', 'X itu apa' and the like as saying so, not 'ikut proyek apa'", () => {
    const index = new SearchIndex({ articles: [parseArticle("aliansi.md", "aliansi", article)] });
    expect(analyseQuery("Apa itu Aliansi Samudra?", index).asksWhatItIs).toBe(true);
    expect(analyseQuery("aliansi samudra itu apa sih?", index).asksWhatItIs).toBe(true);
    expect(analyseQuery("aliansi samudra ikut rapat apa?", index).asksWhatItIs).toBe(false);
  });

  it("declines when the article only mentions X, and answers a sentence with a copula or a gloss", () => {
    expect(bot.ask("Apa itu Aliansi Samudra?").answered).toBe(false);
    const glossed = createBot({ articles: [parseArticle("a.md", "a", article.replace("Aliansi Samudra sangat", "Aliansi Samudra, persekutuan negara pantai, sangat"))] });
    expect(glossed.ask("Apa itu Aliansi Samudra?").answered).toBe(true);
    const defined = createBot({ articles: [parseArticle("b.md", "b", article.replace("Aliansi Samudra sangat prihatin", "Aliansi Samudra adalah persekutuan negara pantai yang prihatin"))] });
    expect(defined.ask("Apa itu Aliansi Samudra?").answered).toBe(true);
  });
});

describe("'apa itu X' not answered by a sentence that defines something else", () => {
  const article = `---
title: Kepiting
---
Karapas merupakan penutup tubuh kepiting yang tersusun dari zat tanduk yang tebal.

Sebuah nama yang berdasarkan pada nama ibu adalah matronimik.`;
  const bot = createBot({ articles: [parseArticle("kepiting.md", "kepiting", article)] });

  it("declines 'apa itu X' when X only stands after another subject's copula", () => {
    expect(bot.ask("Apa itu tanduk?").answered).toBe(false);
    expect(bot.ask("Apa itu karapas?").answer?.text).toMatch(/^Karapas merupakan/);
  });

  it("answers with a sentence that ends with X: it names X by its definition", () => {
    expect(bot.ask("Apa pengertian matronimik?").answer?.text).toMatch(/adalah matronimik/);
  });
});
