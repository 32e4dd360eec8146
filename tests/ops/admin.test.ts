import { describe, expect, it } from "vitest";
import { createBot, loadCorpus, type Incoming } from "../../src/index.js";
import { DEFAULT_CORPUS } from "../../adapters/corpus-path.js";
import { withAdmin } from "../../adapters/ops/reload.js";

const core = createBot(loadCorpus(DEFAULT_CORPUS));
const message = (from: string, text: string): Incoming => ({ text, chat: { id: "c", kind: "group" }, from: { id: from } });

describe("/reload for a platform's admins", () => {
  it("reloads for a listed id only (with or without @botname); others get the core's unknown-command reply", () => {
    let reloads = 0;
    const bot = withAdmin(core, new Set(["801234567890123456"]), () => ({ ok: true, message: `reloaded ${++reloads}` }));
    const text = (incoming: Incoming) => bot.handle(incoming).blocks.map((b) => ("text" in b ? b.text : "")).join(" ");
    expect(text(message("801234567890123456", "/reload"))).toBe("reloaded 1");
    expect(text(message("801234567890123456", "/reload@TanyaBot "))).toBe("reloaded 2");
    expect(bot.handle(message("42", "/reload"))).toEqual(core.handle(message("42", "/reload")));
    expect(text(message("42", "/reload"))).not.toMatch(/reloaded/);
    expect(text(message("801234567890123456", "/reload now"))).not.toMatch(/reloaded/);
    expect(reloads).toBe(2);
  });
});
