import { describe, expect, it } from "vitest";
import type { Command } from "../../src/index.js";
import { createBot, loadCorpus } from "../../src/index.js";
import { DEFAULT_CORPUS } from "../../adapters/corpus-path.js";
import { slashCommands } from "../../adapters/discord/commands.js";

const base: Command = {
  name: "quote",
  usage: "/quote <speaker> [topic]",
  summary: { id: "Kutipan seorang pembicara", en: "Quotes of a speaker" },
  examples: [],
  options: [
    { name: "topic", type: "string", required: false, description: { id: "Topik", en: "Topic" } },
    { name: "speaker", type: "string", required: true, autocomplete: true, description: { id: "Pembicara", en: "Speaker" } },
    { name: "count", type: "integer", required: false, min: 1, max: 10, description: { id: "Jumlah", en: "How many" } },
  ],
  listed: true,
  run: () => ({ lang: "id", blocks: [] }),
};

describe("slashCommands", () => {
  it("maps a command, its options and both languages", () => {
    const [quote] = slashCommands([base]);
    expect(quote).toMatchObject({ name: "quote", description: "Quotes of a speaker", description_localizations: { id: "Kutipan seorang pembicara" } });
    expect(quote!.options!.map((o) => o.name)).toEqual(["speaker", "topic", "count"]);
    expect(quote!.options![0]).toMatchObject({ type: 3, required: true, autocomplete: true, description_localizations: { id: "Pembicara" } });
    expect(quote!.options![2]).toMatchObject({ type: 4, min_value: 1, max_value: 10 });
  });

  it("leaves out unlisted commands and clips descriptions to Discord's 100 characters", () => {
    const long = { ...base, name: "about", summary: { id: "x".repeat(150), en: "y".repeat(150) } };
    const list = slashCommands([{ ...base, listed: false }, long]);
    expect(list.map((c) => c.name)).toEqual(["about"]);
    expect(list[0]!.description).toHaveLength(100);
  });

  it("covers every listed command of the real registry with valid names and descriptions", () => {
    const bot = createBot(loadCorpus(DEFAULT_CORPUS));
    const list = slashCommands(bot.commands);
    expect(list.map((c) => c.name)).toEqual(bot.commands.filter((c) => c.listed).map((c) => c.name));
    for (const command of list) {
      expect(command.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description_localizations?.id?.length).toBeGreaterThan(0);
      for (const option of command.options ?? []) expect(option.description.length).toBeLessThanOrEqual(100);
    }
  });
});
