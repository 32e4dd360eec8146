/**
 * `npm run discord:register`: registers the slash commands generated from the core's registry. To
 * the server DISCORD_GUILD_ID names when it is set (appears at once: for development), else
 * globally (for every server; Discord may take a while to show changes). Never both, or every
 * command would show twice: with a guild set, it warns when global commands exist too.
 * `--clear` removes the commands from that same scope instead.
 */
import { pathToFileURL } from "node:url";
import { REST, Routes } from "discord.js";
import { createBot, loadCorpus, type Command } from "../../src/index.js";
import { slashCommands } from "./commands.js";
import { discordFromEnv, runEntry } from "./entry.js";

export interface Registration {
  readonly scope: "guild" | "global";
  readonly names: readonly string[];
  /** Global commands still registered while registering to a guild (they would show twice). */
  readonly globalLeft: number;
}

/** Puts the commands (or nothing, to clear) to the guild when given, else globally. */
export async function registerCommands(rest: REST, applicationId: string, guildId: string | null, commands: readonly Command[], clear = false): Promise<Registration> {
  const body = clear ? [] : slashCommands(commands);
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  await rest.put(route, { body });
  const globalLeft = guildId ? ((await rest.get(Routes.applicationCommands(applicationId))) as unknown[]).length : 0;
  return { scope: guildId ? "guild" : "global", names: body.map((c) => c.name), globalLeft };
}

async function main(): Promise<number> {
  const { discord, corpusPath } = discordFromEnv(true);
  const bot = createBot(loadCorpus(corpusPath));
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const clear = process.argv.includes("--clear");
  const done = await registerCommands(rest, discord.applicationId!, discord.guildId, bot.commands, clear);
  const where = done.scope === "guild" ? `server ${discord.guildId}` : "every server (global; may take a while to appear)";
  process.stdout.write(clear ? `Removed the slash commands from ${where}.\n` : `Registered ${done.names.map((n) => `/${n}`).join(" ")} in ${where}.\n`);
  if (done.globalLeft > 0) {
    process.stdout.write(`Warning: ${done.globalLeft} global commands are registered too, so they show twice in that server. Remove them with: DISCORD_GUILD_ID= npm run discord:register -- --clear\n`);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) runEntry(main);
