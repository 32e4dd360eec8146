/**
 * The CLI's summary, quotes and speakers subcommands, in-process through main(argv, io) (the contract
 * scripts and the benchmarks rely on), on the default corpus and on a temporary corpus of two articles.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, SUMMARY, type Article } from "../src/index.js";
import { runCli } from "./cli-run.js";
import { entry } from "./entry.js";

const ROOT = join(import.meta.dirname, "..");
// The built CLI (see tests/build-dist.ts), one node process per run.
const CLI = `"${process.execPath}" "${entry("adapters/cli.ts")}"`;
const env = { ...process.env, TELEGRAM_BOT_TOKEN: "", DISCORD_TOKEN: "", CORPUS: "" };

const FLOOD = `---
title: Banjir rendam ratusan rumah di Kota Hilir
source: Kabar Uji
language: id
---
Hujan deras sejak Senin malam membuat Sungai Cabang meluap dan merendam sekitar 400 rumah di tiga kelurahan di Kota Hilir.

“Air mulai naik pukul dua dini hari dan dalam satu jam sudah setinggi lutut orang dewasa,” kata Kepala Badan Penanggulangan Bencana Daerah Rina Wulandari di posko pengungsian, Selasa.

Rina mengatakan petugas telah mengevakuasi lebih dari 900 warga ke gedung sekolah dan balai kelurahan terdekat.

Menurut dia, dapur umum di setiap posko menyiapkan makanan tiga kali sehari selama warga belum bisa pulang.

Wali Kota Hilir Darmawan Putra meminta warga di bantaran sungai tetap waspada karena hujan diperkirakan berlanjut hingga akhir pekan.

“Kami akan memperbaiki tanggul yang jebol begitu air surut,” ujar Darmawan.
`;

const SCHOOLS = `---
title: Program sekolah hijau diperluas ke 50 sekolah
source: Kabar Uji
language: id
---
Dinas Pendidikan Kabupaten Lembah memperluas program sekolah hijau ke 50 sekolah dasar mulai tahun ajaran baru.

Kepala Dinas Pendidikan Budi Santoso mengatakan program itu mengajak murid menanam pohon, memilah sampah dan merawat kebun sekolah.

“Anak-anak belajar paling cepat ketika mereka mengerjakan sendiri, bukan hanya membaca buku,” kata Budi dalam peluncuran program di Lembah, Kamis.

Setiap sekolah menerima bibit pohon, tempat kompos dan pelatihan untuk dua orang guru pendamping.

Guru SD Negeri 3 Lembah, Sari Lestari, menilai program tahun lalu membuat halaman sekolahnya jauh lebih teduh.

“Murid sekarang berebut menyiram tanaman setiap pagi,” ujar Sari.
`;

let dir: string;
let bigDir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cli-corpus-"));
  writeFileSync(join(dir, "banjir-kota-hilir.md"), FLOOD);
  writeFileSync(join(dir, "sekolah-hijau.md"), SCHOOLS);
  // Enough quotations to overflow a pipe's buffer (64 KiB), so a reader that leaves early is noticed.
  bigDir = mkdtempSync(join(tmpdir(), "cli-corpus-big-"));
  for (let i = 0; i < 120; i++) writeFileSync(join(bigDir, `artikel-${String(i).padStart(3, "0")}.md`), i % 2 === 0 ? FLOOD : SCHOOLS);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(bigDir, { recursive: true, force: true });
});

// In-process: main(argv, io), as the process runs it (the last describe runs real processes).
const cli = (...args: string[]) => runCli(args);

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
}

function sentenceTexts(article: Article): Map<number, string> {
  return new Map(article.sentences.map((s) => [s.sentence, s.text]));
}

describe("cli summary", { timeout: 30_000 }, () => {
  const article = loadCorpus(join(ROOT, "corpus")).articles[0]!;

  it("prints the default number of sentences as [number] text, each verbatim from the article", async () => {
    const run = await cli("summary");
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(SUMMARY.defaultSentences);
    const texts = sentenceTexts(article);
    for (const line of lines) {
      const [, number, text] = /^\[(\d+)\] (.+)$/.exec(line)!;
      expect(texts.get(Number(number))).toBe(text);
    }
  });

  it("--json prints one object: the article id and its sentences (paragraph, sentence, text) in article order", async () => {
    const run = await cli("summary", "--json");
    expect(run.status).toBe(0);
    const [only, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect(only!.article).toBe(article.id);
    const sentences = only!.sentences as Array<{ paragraph: number; sentence: number; text: string }>;
    expect(sentences).toHaveLength(SUMMARY.defaultSentences);
    for (const s of sentences) expect(article.sentences.find((t) => t.sentence === s.sentence)).toMatchObject(s);
    const numbers = sentences.map((s) => s.sentence);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it("--sentences 2 gives two; 0 and a word are usage errors (exit 2)", async () => {
    expect((await cli("summary", "--sentences", "2")).stdout.trim().split("\n")).toHaveLength(2);
    expect((jsonLines((await cli("summary", "--sentences", "2", "--json")).stdout)[0]!.sentences as unknown[]).length).toBe(2);
    for (const bad of ["0", "dua"]) {
      const run = await cli("summary", "--sentences", bad);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^--sentences must be a whole number from 1 to ${SUMMARY.maxSentences}\\.`));
    }
  });

  it("with several articles: one JSON line per article without --article, one with it", async () => {
    const all = jsonLines((await cli("summary", "--corpus", dir, "--json", "--sentences", "2")).stdout);
    expect(all.map((l) => l.article)).toEqual(["banjir-kota-hilir", "sekolah-hijau"]);
    const corpus = loadCorpus(dir);
    for (const line of all) {
      const texts = sentenceTexts(corpus.articles.find((a) => a.id === line.article)!);
      const sentences = line.sentences as Array<{ sentence: number; text: string }>;
      expect(sentences).toHaveLength(2);
      for (const s of sentences) expect(texts.get(s.sentence)).toBe(s.text);
    }
    const one = jsonLines((await cli("summary", "--corpus", dir, "--json", "--article", "sekolah-hijau")).stdout);
    expect(one.map((l) => l.article)).toEqual(["sekolah-hijau"]);
  });

  it("plain with several articles heads each summary with its title; an unknown --article lists the ids", async () => {
    const plain = (await cli("summary", "--corpus", dir, "--sentences", "1")).stdout.trim().split("\n");
    expect(plain.filter((l) => l.startsWith("# "))).toEqual(["# Banjir rendam ratusan rumah di Kota Hilir", "# Program sekolah hijau diperluas ke 50 sekolah"]);
    expect(plain).toHaveLength(4);
    const unknown = await cli("summary", "--corpus", dir, "--article", "zzzz-qqqq");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("the articles: banjir-kota-hilir, sekolah-hijau");
  });
});

describe("cli quotes --json", { timeout: 30_000 }, () => {
  it("prints one quotation per line with speaker, cue, kind, text, article, paragraph, sentence; the text is verbatim", async () => {
    for (const corpusArgs of [[], ["--corpus", dir]]) {
      const run = await cli("quotes", "--json", ...corpusArgs);
      expect(run.status).toBe(0);
      const corpus = loadCorpus(corpusArgs[1] ?? join(ROOT, "corpus"));
      const quotes = jsonLines(run.stdout);
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) {
        expect(Object.keys(q).sort()).toEqual(["article", "cue", "kind", "paragraph", "sentence", "speaker", "text"]);
        expect(typeof q.speaker).toBe("string");
        expect(typeof q.cue).toBe("string");
        expect(["direct", "indirect"]).toContain(q.kind);
        const article = corpus.articles.find((a) => a.id === q.article)!;
        expect(article, String(q.article)).toBeDefined();
        const paragraph = article.paragraphs.find((p) => p.number === q.paragraph)!;
        expect(paragraph.text).toContain(q.text);
        expect(article.sentences.some((s) => s.sentence === q.sentence && s.paragraph === q.paragraph)).toBe(true);
      }
    }
  });

  it("finds the quotations of both articles of a temporary corpus, each of its speakers", async () => {
    const quotes = jsonLines((await cli("quotes", "--json", "--corpus", dir)).stdout);
    expect(new Set(quotes.map((q) => q.article))).toEqual(new Set(["banjir-kota-hilir", "sekolah-hijau"]));
    const speakers = new Set(quotes.map((q) => q.speaker));
    for (const name of ["Rina Wulandari", "Budi Santoso", "Sari Lestari"]) expect(speakers).toContain(name);
    expect(quotes).toContainEqual(expect.objectContaining({ speaker: "Sari Lestari", kind: "direct", text: "Murid sekarang berebut menyiram tanaman setiap pagi" }));
  });
});

describe("cli speakers --json", { timeout: 30_000 }, () => {
  it("prints one array of {name, aliases, quotes} that agrees with quotes --json", async () => {
    const run = await cli("speakers", "--json", "--corpus", dir);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    const speakers = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(Array.isArray(speakers)).toBe(true);
    for (const s of speakers) {
      expect(Object.keys(s).sort()).toEqual(["aliases", "name", "quotes"]);
      expect(typeof s.name).toBe("string");
      expect(Array.isArray(s.aliases)).toBe(true);
      expect(Number.isInteger(s.quotes)).toBe(true);
    }
    expect(speakers.find((s) => s.name === "Rina Wulandari")?.quotes).toBe(3);
    const quotes = jsonLines((await cli("quotes", "--json", "--corpus", dir)).stdout);
    expect(speakers.reduce((sum, s) => sum + Number(s.quotes), 0)).toBe(quotes.length);
  });
});

describe("cli output into a reader that leaves early", { timeout: 30_000 }, () => {
  it("`quotes | head -1` prints the first line and no EPIPE trace; the CLI exits 0", async () => {
    const run = spawnSync("bash", ["-c", `set -o pipefail; ${CLI} quotes --corpus "${bigDir}" | head -1`], { cwd: ROOT, env });
    expect(run.stderr.toString()).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.toString().trim().split("\n")).toHaveLength(1);
  });

  it("stdout closed before the first line: exits 0 quietly", async () => {
    const child = spawn(process.execPath, [entry("adapters/cli.ts"), "quotes", "--corpus", bigDir], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});
