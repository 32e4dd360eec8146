import { describe, expect, it } from "vitest";
import { createBot, loadCorpus } from "../../src/index.js";
import { DEFAULT_CORPUS } from "../../adapters/corpus-path.js";
import { inlineKeyboard } from "../../adapters/telegram/buttons.js";
import { menuCommands } from "../../adapters/telegram/menu.js";

const bot = createBot(loadCorpus(DEFAULT_CORPUS));

describe("menuCommands", () => {
  it("lists the registry's listed commands, in both languages, in registry order", () => {
    const listed = bot.commands.filter((c) => c.listed);
    expect(menuCommands(bot.commands, "id")).toEqual(listed.map((c) => ({ command: c.name, description: c.summary.id })));
    expect(menuCommands(bot.commands, "en").map((c) => c.description)).toEqual(listed.map((c) => c.summary.en));
    expect(menuCommands(bot.commands, "id").map((c) => c.command)).not.toContain("start");
  });
});

describe("inlineKeyboard", () => {
  it("lays buttons out three to a row and drops data Telegram would refuse (over 64 bytes, empty)", () => {
    const ok = (n: number) => ({ label: `B${n}`, action: `a:${n}` });
    const keyboard = inlineKeyboard([ok(1), ok(2), { label: "big", action: "é".repeat(33) }, ok(3), ok(4), { label: "x", action: "" }]);
    expect(keyboard?.inline_keyboard.map((row) => row.map((k) => k.text))).toEqual([["B1", "B2", "B3"], ["B4"]]);
    expect(inlineKeyboard([])).toBeUndefined();
  });

  it("sends the core's answer buttons unchanged, each within 64 bytes", () => {
    const reply = bot.handle({ text: "Siapa Sekretaris Jenderal NATO?", chat: { id: "1", kind: "private" }, from: { id: "1" } });
    const buttons = reply.blocks.flatMap((b) => (b.kind === "buttons" ? b.buttons : []));
    expect(buttons.length).toBeGreaterThan(0);
    expect(inlineKeyboard(buttons)?.inline_keyboard.flat().map((k) => ("callback_data" in k ? k.callback_data : ""))).toEqual(buttons.map((b) => b.action));
  });
});
