import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createBot, parseArticle, type Bot } from "../../src/index.js";
import { startConsole } from "../../adapters/console/repl.js";

// One speaker quoted 12 times: three pages of five.
const lines = [
  "Wali Kota Budi Santoso meninjau tanggul di Semarang pada hari Senin.",
  ...Array.from({ length: 12 }, (_, i) => `“Kalimat ${i + 1} tentang banjir,” kata Budi Santoso.`),
];
const bot = createBot({ articles: [parseArticle("banjir.txt", "banjir", lines.join("\n"))] });

/** Pipes the lines into the console chat, as `printf … | npm start` does, and returns all it printed. */
async function pipe(input: string, on: Bot = bot): Promise<string> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let printed = "";
  stdout.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const chat = startConsole(on, stdin, stdout);
  stdin.end(input);
  await chat.done;
  return printed;
}

// The replies' quotations by number, in the order printed: "Kalimat 7 tentang banjir" is 7.
const quoted = (text: string) => [...text.matchAll(/Kalimat (\d+) tentang/g)].map((m) => Number(m[1]));

describe("the console chat's buttons", () => {
  it("lists the last reply's buttons and pages a quote list with #N", async () => {
    const out = await pipe("/quote Budi Santoso\n#1\n#2\n");
    expect(quoted(out)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(out).toContain("Halaman 1 dari 3\nTombol: [1] Berikutnya › — ketik #1\n");
    expect(out).toContain("Halaman 2 dari 3\nTombol: [1] ‹ Sebelumnya  [2] Berikutnya › — ketik #1, #2\n");
    expect(out).toContain("Halaman 3 dari 3\nTombol: [1] ‹ Sebelumnya — ketik #1\n");
  });

  it("goes back with the previous button", async () => {
    const out = await pipe("/quote Budi Santoso\n#1\n#1\n");
    expect(quoted(out)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5]);
  });

  it("answers #N without such a button with a short line, and keeps the buttons it had", async () => {
    const out = await pipe("/quote Budi Santoso\n#9\n#1\n");
    expect(out).toContain("\nTidak ada tombol #9; pilih #1.\n");
    expect(quoted(out)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("says so when the last reply had no buttons", async () => {
    expect(await pipe("#1\n")).toBe("Jawaban terakhir tidak punya tombol.\n");
    const out = await pipe("/about\n#2\n");
    expect(out.trim().split("\n").at(-1)).toBe("Jawaban terakhir tidak punya tombol.");
  });

  it("still answers questions, and sends the core anything that is not exactly #N", async () => {
    const seen: string[] = [];
    const recording: Bot = { ...bot, handle: (incoming) => (seen.push(incoming.action ?? incoming.text), bot.handle(incoming)) };
    const out = await pipe("Siapa yang meninjau tanggul?\n#1 tolong\n", recording);
    expect(out).toContain("Budi Santoso meninjau tanggul");
    expect(seen).toEqual(["Siapa yang meninjau tanggul?", "#1 tolong"]);
  });

  it("reads a line starting with ^ as a reply to the last answer, and any other line alone", async () => {
    const seen: (string | undefined)[] = [];
    const recording: Bot = { ...bot, handle: (incoming) => (seen.push(incoming.replyTo?.text), bot.handle(incoming)) };
    const out = await pipe("Siapa yang meninjau tanggul?\n^ kapan?\nkapan?\n", recording);
    expect(seen[0]).toBeUndefined();
    expect(seen[1]).toContain("“Wali Kota Budi Santoso meninjau tanggul di Semarang pada hari Senin.”");
    expect(seen[2]).toBeUndefined();
    // The follow-up leans on the answer (it holds the day); read alone, "kapan?" has nothing to go on.
    const replies = out.split("“Wali Kota Budi Santoso meninjau tanggul").length - 1;
    expect(replies).toBe(2);
  });

  it("shows an answer's buttons; #1 presses Konteks and shows the sentences around it", async () => {
    const out = await pipe("Siapa yang meninjau tanggul?\n#1\n");
    expect(out).toContain("(yakin)\nTombol: [1] Konteks — ketik #1\nKonteks — paragraf 1, kalimat 1\n");
    expect(out).toContain("  [2] “Kalimat 1 tentang banjir,” kata Budi Santoso.");
  });

  it("on a terminal, dims the button line and presses with #N as well", async () => {
    const tty = () => Object.assign(new PassThrough(), { isTTY: true, columns: 200 });
    const stdin = tty();
    const stdout = tty();
    let printed = "";
    stdout.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    const chat = startConsole(bot, stdin, stdout);
    stdin.write("/quote Budi Santoso\r");
    stdin.write("#1\r");
    for (let waited = 0; !printed.includes("Halaman 2 dari 3") && waited < 2_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    await chat.stop();
    await chat.done;
    expect(printed).toContain("\x1b[2mTombol: [1] Berikutnya › — ketik #1\x1b[0m");
    expect(quoted(printed)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
