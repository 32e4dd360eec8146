/**
 * The Discord adapter end to end: the real discord.js client against the fake Discord on loopback.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot, loadCorpus, parseArticle } from "../../src/index.js";
import { DEFAULT_CORPUS } from "../../adapters/corpus-path.js";
import { createLogger } from "../../adapters/logger.js";
import type { RunningService } from "../../adapters/service.js";
import { startDiscord } from "../../adapters/discord/start.js";
import { BOT_USER, FakeDiscord, IDS, messageObject, type Call } from "./fake-discord.js";
import { autocomplete, DM_CHANNEL, post, press, slash, type Person } from "./fake-discord-payloads.js";

const TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake00.e2e-token-that-is-long-enough-000000";
const bot = createBot(loadCorpus(DEFAULT_CORPUS));
const logs: string[] = [];
// A question the article answers (so its reply has the Konteks button), found with the same core:
// the e2e test checks the adapter, not the core's answers, which are tuned elsewhere.
const ANSWERED = readFileSync("tests/fixtures/questions-default.jsonl", "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { q: string }).q)
  .find((q) => bot.handle({ text: `/ask ${q}`, chat: { id: "t", kind: "group" }, from: { id: "t" } }).blocks.some((b) => b.kind === "buttons"));
let fake: FakeDiscord;
let service: RunningService;
let people = 0;

/** A fresh person, so the rate limit of one test never touches another. */
function person(): Person {
  people += 1;
  return { id: `18000000000000${String(people).padStart(5, "0")}`, username: `person${people}` };
}

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 4_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The first accepted response to an interaction, once it arrives. */
async function firstResponse(id: string): Promise<{ type: number; data?: Record<string, unknown> }> {
  const call = await until(`a response to ${id}`, () => fake.callbacks(id)[0]);
  return call.body as { type: number; data?: Record<string, unknown> };
}

/** The message the bot sent in reply to this message. */
function replyTo(messageId: string): Call | undefined {
  return fake.calls.find((c) => c.method === "POST" && c.status < 300 && (c.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === messageId);
}

const settings = () => ({ token: TOKEN, applicationId: IDS.application, guildId: null, apiUrl: fake.apiUrl, shards: "auto" as const });

beforeAll(async () => {
  fake = await FakeDiscord.start(TOKEN);
  const log = createLogger([TOKEN], (line) => logs.push(line));
  service = await startDiscord(bot, settings(), log);
});

afterAll(async () => {
  await service?.stop();
  await fake?.stop();
});

describe("slash commands", () => {
  it("answers /ask with the article's sentence, buttons, and no pings", async () => {
    const id = slash(fake, "ask", { question: ANSWERED! }, { user: person() });
    const response = await firstResponse(id);
    expect(response.type).toBe(4);
    expect(response.data?.allowed_mentions).toEqual({ parse: [] });
    const labels = JSON.stringify(response.data?.components);
    expect(labels).toContain("Konteks");
  });

  it("answers with the exact answer first in bold, then the sentence as a > quote with the answer in bold", async () => {
    const response = await firstResponse(slash(fake, "ask", { question: "NATO mau kirim berapa kelompok tempur?" }, { user: person() }));
    const content = String(response.data?.content);
    const [first, quote, citation] = content.split("\n");
    expect(first).toBe("**empat**");
    expect(quote).toMatch(/^> .*mengerahkan \*\*empat\*\* kelompok tempur/);
    expect(citation).toMatch(/^— paragraf \d+, kalimat \d+ \((yakin|cukup yakin|kurang yakin)\)$/);
    expect(content).not.toMatch(/keyakinan|\d\.\d\d|““|””/);
    expect(content.length).toBeLessThanOrEqual(2000);
    const when = await firstResponse(slash(fake, "ask", { question: "kapan perangnya mulai?" }, { user: person() }));
    expect(String(when.data?.content).split("\n")[0]).toBe("**24 Februari**");
  });

  it("answers /help and /about in plain text", async () => {
    const help = await firstResponse(slash(fake, "help", {}, { user: person() }));
    expect(String(help.data?.content)).toContain("/ask");
    const about = await firstResponse(slash(fake, "about", {}, { user: person(), locale: "en-US" }));
    expect(String(about.data?.content)).toMatch(/Title|Judul/);
  });

  it("answers /summary with an embed inside Discord's limits", async () => {
    const response = await firstResponse(slash(fake, "summary", { sentences: 3 }, { user: person() }));
    const embeds = response.data?.embeds as { description?: string }[];
    expect(embeds.length).toBeGreaterThan(0);
    for (const embed of embeds) expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
  });

  it("answers /quote and autocompletes speakers with at most 25 choices", async () => {
    const choices = await firstResponse(autocomplete(fake, "quote", { speaker: "S" }, "speaker", { user: person() }));
    expect(choices.type).toBe(8);
    const list = choices.data?.choices as { name: string; value: string }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(25);
    const quote = await firstResponse(slash(fake, "quote", { speaker: list[0]!.value }, { user: person() }));
    expect(quote.type).toBe(4);
  });

  it('answers /quote speaker:"Jens Stoltenberg" topic:nuklir with his quotes about that topic', async () => {
    const response = await firstResponse(slash(fake, "quote", { speaker: "Jens Stoltenberg", topic: "nuklir" }, { user: person() }));
    expect(response.type).toBe(4);
    const [embed] = response.data?.embeds as { title?: string; fields: { name: string; value: string }[] }[];
    expect(embed!.title).toBe('Kutipan Jens Stoltenberg tentang "nuklir" (2):');
    expect(embed!.fields.length).toBeGreaterThan(0);
    for (const field of embed!.fields) {
      expect(field.name).toContain("Jens Stoltenberg");
      expect(field.value).toMatch(/nuklir/i);
    }
  });

  it("pages a long quote list with buttons on the embed message", async () => {
    const first = await firstResponse(slash(fake, "quote", { speaker: "Jens Stoltenberg" }, { user: person() }));
    const embeds = first.data?.embeds as { fields: unknown[]; footer?: { text: string } }[];
    expect(embeds.at(-1)!.footer?.text).toBe("Halaman 1 dari 3");
    const rows = first.data?.components as { components: { custom_id: string; label: string }[] }[];
    const next = rows[0]!.components.find((b) => b.label === "Berikutnya ›")!;
    const shown = messageObject(BOT_USER, { channel_id: IDS.channel, embeds, components: rows });
    const second = await firstResponse(press(fake, next.custom_id, { user: person() }, shown));
    // The page replaces the message the button is under (UPDATE_MESSAGE), not a new message.
    expect(second.type).toBe(7);
    const page2 = second.data?.embeds as { fields: { name: string }[]; footer?: { text: string } }[];
    expect(page2.at(-1)!.footer?.text).toBe("Halaman 2 dari 3");
    expect(page2.flatMap((e) => e.fields).every((f) => f.name.startsWith("Jens Stoltenberg"))).toBe(true);
  });

  it("answers /speakers", async () => {
    const response = await firstResponse(slash(fake, "speakers", {}, { user: person() }));
    expect(response.type).toBe(4);
  });

  it("defers when the interaction is already old, then edits the deferred reply", async () => {
    const id = slash(fake, "help", {}, { user: person(), ageMs: 2_500 });
       expect((await firstResponse(id)).type).toBe(5);
    await until("the edited reply", () => fake.answers(id).find((c) => c.method === "PATCH"));
    expect(fake.callbacks(id)).toHaveLength(1);
  });
});

describe("buttons", () => {
  it("Konteks shows the sentences around the answer, still after the bot restarted", async () => {
    const asked = await firstResponse(slash(fake, "ask", { question: ANSWERED! }, { user: person() }));
    const rows = asked.data?.components as { components: { custom_id: string; label: string }[] }[];
    const context = rows[0]!.components.find((b) => b.label === "Konteks")!;
    await service.stop();
    service = await startDiscord(createBot(loadCorpus(DEFAULT_CORPUS)), settings(), createLogger([TOKEN], (line) => logs.push(line)));
    const response = await firstResponse(press(fake, context.custom_id, { user: person() }));
    // Added to the answer's own message, whose Konteks button is gone.
    expect(response.type).toBe(7);
    expect(response.data?.content).toBe("…");
    expect((response.data?.embeds as unknown[]).length).toBeGreaterThan(0);
    expect(response.data?.components).toEqual([]);
  });

  it("presses do not use up the question limit", async () => {
    const presser = person();
    for (let i = 0; i < 7; i++) expect((await firstResponse(press(fake, `ctx:ffffff:0:${i + 1}`, { user: presser }))).data?.flags).toBeUndefined();
    const asked = await firstResponse(slash(fake, "ask", { question: ANSWERED! }, { user: presser }));
    expect(asked.type).toBe(4);
    expect(asked.data?.flags).toBeUndefined();
    expect(String(asked.data?.content)).not.toContain("Pelan-pelan");
  });

  it("a button from another corpus says it has expired", async () => {
    const response = await firstResponse(press(fake, "ctx:ffffff:0:1", { user: person() }));
    expect(String(response.data?.content)).toContain("kedaluwarsa");
  });
});

describe("messages", () => {
  it("answers a mention (with @everyone and a role in it) without pinging anyone", async () => {
    const text = `<@${IDS.bot}> @everyone <@&${IDS.role}> siapa yang berbicara?`;
    const id = post(fake, text, { user: person(), mention: true, mentionsEveryone: true });
    const reply = await until("the reply", () => replyTo(id));
    expect(reply.path).toBe(`/channels/${IDS.channel}/messages`);
    expect((reply.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("reads a reply to its answer as a follow-up, showing typing first", async () => {
    const asker = person();
    const id = post(fake, `<@${IDS.bot}> Apa yang membuat NATO sangat prihatin?`, { user: asker, mention: true });
    const answer = await until("the answer", () => replyTo(id));
    const content = String((answer.body as { content: string }).content);
    expect(content).toContain("Dia mengatakan NATO sangat prihatin");
    const sent = [...fake.messages.values()].find((m) => m.content === content)!;
    const typing = fake.calls.findIndex((c) => c.path === `/channels/${IDS.channel}/typing`);
    expect(typing).toBeGreaterThanOrEqual(0);
    expect(typing).toBeLessThan(fake.calls.indexOf(answer));
    // "terus?" alone is not something the article answers; as a reply it asks what comes next.
    const followup = post(fake, "terus?", { user: asker, mention: true, replyTo: sent });
    const second = await until("the follow-up's answer", () => replyTo(followup));
    expect(String((second.body as { content: string }).content)).toContain("Sekutu NATO khawatir bahwa China");
  });

  it("says the rate notice in English to someone who asks in English", async () => {
    const flooder = person();
    const ids = Array.from({ length: 6 }, () => post(fake, `<@${IDS.bot}> who is the NATO secretary general?`, { user: flooder, mention: true }));
    const notice = await until("the notice", () => replyTo(ids[5]!));
    expect(String((notice.body as { content: string }).content)).toContain("Easy there");
  });

  it("greets a server it is added to, once", async () => {
    const guild = "1900000000000000009";
    const channel = "1900000000000000010";
    fake.addGuild(guild, channel);
    const greeting = await until("the greeting", () => fake.calls.find((c) => c.method === "POST" && c.path === `/channels/${channel}/messages`));
    expect(String((greeting.body as { content: string }).content)).toContain("/help");
    fake.addGuild(guild, channel);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.calls.filter((c) => c.method === "POST" && c.path === `/channels/${channel}/messages`)).toHaveLength(1);
  });

  it("answers a direct message", async () => {
    const id = post(fake, "kapan pertemuannya?", { user: person(), dm: true });
    const reply = await until("the DM reply", () => replyTo(id));
    expect(reply.path).toBe(`/channels/${DM_CHANNEL}/messages`);
  });

  it("ignores other bots, itself, and server messages that do not mention it", async () => {
    const robot = { ...person(), bot: true };
    const ignored = [
      post(fake, `<@${IDS.bot}> siapa?`, { user: robot, mention: true }),
      post(fake, `<@${IDS.bot}> siapa?`, { user: { id: IDS.bot, username: "self", bot: true }, mention: true }),
      post(fake, "siapa yang berbicara?", { user: person() }),
    ];
    const marker = post(fake, `<@${IDS.bot}> siapa yang berbicara?`, { user: person(), mention: true });
    await until("the marker's reply", () => replyTo(marker));
    for (const id of ignored) expect(replyTo(id)).toBeUndefined();
  });

  it("escapes Markdown the bot echoes", async () => {
    const id = post(fake, `<@${IDS.bot}> /__init__`, { user: person(), mention: true });
    const reply = await until("the reply", () => replyTo(id));
    const content = String((reply.body as { content: string }).content);
    expect(content).toContain("\\_\\_init\\_\\_");
  });

  it("survives a 10,000-character message, emoji and bidi characters", async () => {
    const long = post(fake, `<@${IDS.bot}> ${"Apakah NATO mendukung Ukraina? ".repeat(330)}`, { user: person(), mention: true });
    const bidi = post(fake, `<@${IDS.bot}> 🇮🇩🙂 siapa \u202Eyang\u202C berbicara \u2067كلمة\u2069?`, { user: person(), mention: true });
    for (const id of [long, bidi]) {
      const reply = await until("the reply", () => replyTo(id));
      expect(String((reply.body as { content?: string }).content ?? "").length).toBeLessThanOrEqual(2000);
    }
  });

  it("answers a flood of 50 questions from one person five times, then once politely, then not at all", async () => {
    const flooder = person();
    const ids = Array.from({ length: 50 }, (_, i) => post(fake, `<@${IDS.bot}> pertanyaan ${i}: siapa?`, { user: flooder, mention: true }));
    const marker = post(fake, `<@${IDS.bot}> siapa?`, { user: person(), mention: true });
    await until("the marker's reply", () => replyTo(marker));
    const replies = ids.map(replyTo).filter((c): c is Call => c !== undefined);
    expect(replies).toHaveLength(6);
    expect(String((replies[5]!.body as { content: string }).content)).toContain("Pelan-pelan");
  });

  it("answers every one of 50 slash commands from one person exactly once (the rest privately)", async () => {
    const flooder = person();
    const ids = Array.from({ length: 50 }, () => slash(fake, "ask", { question: "siapa?" }, { user: flooder }));
    const responses = await Promise.all(ids.map(firstResponse));
    for (const id of ids) expect(fake.callbacks(id)).toHaveLength(1);
    const privately = responses.filter((r) => r.data?.flags === 64);
    expect(privately).toHaveLength(45);
  });
});

describe("faults", () => {
  it("every interaction gets exactly one response through 429s, 500s and a dropped connection", async () => {
    fake.fail({ method: "POST", path: /\/callback$/, status: 429, times: 2, retryAfter: 0.1 });
    fake.fail({ method: "POST", path: /\/callback$/, status: 500, times: 2 });
    const before = Array.from({ length: 4 }, () => slash(fake, "help", {}, { user: person() }));
    await Promise.all(before.map(firstResponse));
    fake.drop(0);
    const after = Array.from({ length: 3 }, () => slash(fake, "help", {}, { user: person() }));
    await Promise.all(after.map(firstResponse));
    for (const id of [...before, ...after]) expect(fake.callbacks(id)).toHaveLength(1);
    expect(fake.calls.filter((c) => c.status === 429 || c.status === 500).length).toBeGreaterThanOrEqual(4);
    expect(fake.gatewayEvents.some((e) => e.op === 6)).toBe(true);
  });

  it("a refused reply is logged without the token, apologised for privately, and the bot keeps serving", async () => {
    fake.fail({ method: "POST", path: /\/callback$/, status: 400, times: 1 });
    const id = slash(fake, "help", {}, { user: person() });
    const response = await until("the apology", () => fake.callbacks(id)[0]);
    expect((response.body as { data: { flags: number } }).data.flags).toBe(64);
    expect(logs.some((l) => l.includes("failed"))).toBe(true);
    expect(logs.join("\n")).not.toContain(TOKEN);
    expect((await firstResponse(slash(fake, "help", {}, { user: person() }))).type).toBe(4);
  });
});

describe("an answer span in an article full of Markdown", () => {
  const raw = `---\ntitle: Uji\n---\nTim *A_B* mengirim 7 kapal ke Pulau __Seribu__ ${"dan ~~lagi~~ `kode` > lagi ".repeat(120)}pada Senin.\n`;
  const markdownBot = createBot({ articles: [parseArticle("uji.md", "uji", raw)] });
  let own: FakeDiscord;
  let running: RunningService;

  beforeAll(async () => {
    own = await FakeDiscord.start(TOKEN);
    running = await startDiscord(markdownBot, { ...settings(), apiUrl: own.apiUrl }, createLogger([TOKEN], () => undefined));
  });

  afterAll(async () => {
    await running?.stop();
    await own?.stop();
  });

  it("bolds the span, escapes the article's Markdown around it, and stays within 2,000 characters", async () => {
    const id = slash(own, "ask", { question: "Berapa kapal yang dikirim tim A_B?" }, { user: person() });
    const call = await until("the answer", () => own.callbacks(id)[0]);
    const content = String((call.body as { data?: { content?: string } }).data?.content);
    expect(content.split("\n")[0]).toBe("**7**");
    expect(content).toContain("> Tim \\*A\\_B\\* mengirim **7** kapal ke Pulau \\_\\_Seribu\\_\\_");
    expect(content).toContain("\\~\\~lagi\\~\\~ \\`kode\\`");
    expect(content.length).toBeLessThanOrEqual(2000);
    const followUps = own.calls.filter((c) => c.method === "POST" && c.status < 300 && c.path.includes("/webhooks/"));
    for (const message of followUps) expect(String((message.body as { content?: string }).content ?? "").length).toBeLessThanOrEqual(2000);
  });
});
