/**
 * The Discord entry points as processes against the fake Discord: `npm start` (a bad token, a
 * clean SIGTERM), `npm run discord:register`, and `npm run start:sharded` with two shards.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { FakeDiscord, IDS } from "./fake-discord.js";
import { slash } from "./fake-discord-payloads.js";
import { entry } from "../entry.js";

const TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake00.process-token-long-enough-0000000";
const running: ChildProcess[] = [];
const fakes: FakeDiscord[] = [];

interface Run {
  readonly child: ChildProcess;
  readonly exit: Promise<number | null>;
  readonly out: () => string;
  readonly err: () => string;
}

function run(script: string, fake: FakeDiscord, env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, [entry(script)], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      // Set (even empty) so a developer's .env cannot add Telegram or a guild to the test.
      TELEGRAM_BOT_TOKEN: "",
      DISCORD_GUILD_ID: "",
      DISCORD_APPLICATION_ID: "",
      DISCORD_SHARDS: "",
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(child);
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk) => (out += String(chunk)));
  child.stderr!.on("data", (chunk) => (err += String(chunk)));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exit, out: () => out, err: () => err };
}

async function fakeDiscord(shards = 1): Promise<FakeDiscord> {
  const fake = await FakeDiscord.start(TOKEN, shards);
  fakes.push(fake);
  return fake;
}

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

afterEach(async () => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  for (const fake of fakes.splice(0)) await fake.stop();
});

describe("npm start with DISCORD_TOKEN", () => {
  it("exits 1 with one line, and no token, when Discord refuses the token", async () => {
    const fake = await fakeDiscord();
    const wrong = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.wrong0.this-token-is-not-the-right-one00";
    const main = run("adapters/main.ts", fake, { DISCORD_TOKEN: wrong });
    expect(await main.exit).toBe(1);
    const lines = main.err().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Discord refused DISCORD_TOKEN/);
    expect(main.err()).not.toContain(wrong);
  }, 30_000);

  it("serves, then destroys the client cleanly on SIGTERM", async () => {
    const fake = await fakeDiscord();
    const main = run("adapters/main.ts", fake);
    await until("the gateway session", () => fake.sessions.get(0));
    await until("the ready log", () => main.err().includes("serving"));
    const id = slash(fake, "help");
    await until("the reply", () => fake.callbacks(id)[0]);
    main.child.kill("SIGTERM");
    expect(await main.exit).toBe(0);
    await until("the close frame", () => fake.closeCodes.includes(1000));
  }, 30_000);
});

describe("npm run discord:register", () => {
  it("registers globally without a guild, to the guild with one, and warns when both exist", async () => {
    const fake = await fakeDiscord();
    const global = run("adapters/discord/register.ts", fake, { DISCORD_APPLICATION_ID: IDS.application });
    expect(await global.exit).toBe(0);
    const put = fake.calls.find((c) => c.method === "PUT" && c.path === `/applications/${IDS.application}/commands`)!;
    const names = (put.body as { name: string }[]).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["ask", "help", "about"]));
    expect(names).not.toContain("start");
    const guild = run("adapters/discord/register.ts", fake, { DISCORD_APPLICATION_ID: IDS.application, DISCORD_GUILD_ID: IDS.guild });
    expect(await guild.exit).toBe(0);
    expect(fake.calls.filter((c) => c.method === "PUT" && c.path === `/applications/${IDS.application}/guilds/${IDS.guild}/commands`)).toHaveLength(1);
    expect(fake.calls.filter((c) => c.method === "PUT")).toHaveLength(2);
    expect(guild.out()).toContain("show twice");
  }, 30_000);

  it("names the missing DISCORD_APPLICATION_ID", async () => {
    const fake = await fakeDiscord();
    const register = run("adapters/discord/register.ts", fake);
    expect(await register.exit).toBe(1);
    expect(register.err()).toContain("DISCORD_APPLICATION_ID");
  }, 30_000);
});

describe("npm run start:sharded", () => {
  it("runs two shards under the ShardingManager, each answering its own events", async () => {
    const fake = await fakeDiscord(2);
    const manager = run("adapters/discord/shard.ts", fake);
    await until("both shards ready", () => manager.err().includes("all 2 shards ready"), 40_000);
    expect(fake.sessions.get(0)?.shard).toEqual([0, 2]);
    expect(fake.sessions.get(1)?.shard).toEqual([1, 2]);
    const ids = [slash(fake, "help", {}, { shard: 0, dm: true }), slash(fake, "help", {}, { shard: 1, dm: true })];
    for (const id of ids) await until("a reply from each shard", () => fake.callbacks(id)[0]);
    manager.child.kill("SIGTERM");
    expect(await manager.exit).toBe(0);
    await until("both shards' sockets closed", () => fake.closeCodes.length >= 2);
  }, 60_000);
});
