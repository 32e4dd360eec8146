/**
 * Regression floor for follow-ups: the dialogues of tests/fixtures/dialogues.jsonl on the default
 * article, in process through the same Conversation the `chat --jsonl` command uses (`npm run eval`
 * runs them all, news articles too, through the command itself).
 */
import { describe, expect, it } from "vitest";
import { createBot, loadCorpus } from "../src/index.js";
import { Conversation } from "../adapters/cli/chat.js";
import { DEFAULT_CORPUS_DIR } from "./bench/data.js";
import { holdsGold, readAlone, readDialogues, type Said } from "./bench/dialogues.js";

describe("follow-up dialogues on the default article", () => {
  it("answers the follow-ups right (measured 100% of 16; alone 68.8%) and reads every must-not-borrow turn alone", () => {
    const dialogues = readDialogues().filter((d) => d.corpus === "default");
    const bot = createBot(loadCorpus(DEFAULT_CORPUS_DIR));
    const talk = new Conversation(bot);
    const alone = new Conversation(bot);
    let followups = 0;
    let right = 0;
    for (const d of dialogues) {
      d.turns.forEach((turn, i) => {
        const said = talk.say({ chat: `${d.id}:${turn.chat}`, text: turn.text, reply: turn.reply }).answer as Said;
        const single = alone.say({ chat: `${d.id}:${i}`, text: turn.text, reply: false }).answer as Said;
        if (turn.alone) expect(readAlone(said, single, turn.gold), `${d.id}: "${turn.text}" must be read alone`).toBe(true);
        else if (i > 0 && turn.gold) {
          followups++;
          if (holdsGold(said, turn.gold)) right++;
        }
      });
    }
    expect(followups).toBeGreaterThanOrEqual(16);
    expect(right / followups).toBeGreaterThanOrEqual(0.9);
  });
});
