/**
 * What each entry of the news hand list (src/text/lexicon-news.ts) fixes on the news dev set: the
 * questions (and the English follow-up turns of the news dialogues) answered right with the whole list
 * and wrong without that one entry. An entry that fixes none is not justified by the dev set and has
 * no place in the list (tests/text/lexicon-news.test.ts).
 */
import { Conversation } from "../../adapters/cli/chat.js";
import { createBot, type Corpus } from "../../src/index.js";
import { NEWS_LEXICON } from "../../src/text/lexicon-news.js";
import { holdsGold, readDialogues, type Said } from "./dialogues.js";
import { oursRight } from "./eval-news.js";
import { newsDev } from "./news.js";
import { ours } from "./ours.js";
import { table } from "./table.js";

type List = Readonly<Record<string, readonly string[]>>;

/** Per entry of the list, the dev questions it fixes; null where ../shared is absent. */
export function entryFixes(list: List = NEWS_LEXICON): Map<string, string[]> | null {
  const dev = newsDev();
  if (!dev) return null;
  const english = dev.items.filter((i) => i.kind === "en");
  const rightWith = (newsLexicon: List) => {
    const mine = ours(dev.corpus, { resources: { newsLexicon } });
    const questions = english.filter((i) => oursRight(mine, i)).map((i) => i.q);
    return new Set([...questions, ...rightFollowups(dev.corpus, newsLexicon)]);
  };
  const whole = rightWith(list);
  const out = new Map<string, string[]>();
  for (const entry of Object.keys(list)) {
    const without = rightWith(Object.fromEntries(Object.entries(list).filter(([word]) => word !== entry)));
    out.set(entry, [...whole].filter((q) => !without.has(q)));
  }
  return out;
}

/** The table `npm run eval` prints: each entry and the dev questions it fixes. */
export function evalNewsLexicon(): string {
  const fixes = entryFixes();
  if (!fixes) return "skipped the news hand list: ../shared/benchmarks not found";
  const rows = [...fixes].map(([entry, questions]) => [entry, String(questions.length), questions.join(" / ") || "-"]);
  return `News hand list: the English dev questions and news dialogue follow-ups each entry fixes\n\n${table(["entry", "fixes", "questions"], rows)}`;
}

// The English news dialogues' follow-up turns answered right, through the same Conversation the
// `chat --jsonl` command uses, on a bot whose index has this hand list.
function rightFollowups(corpus: Corpus, newsLexicon: List): string[] {
  const talk = new Conversation(createBot(corpus, { index: { resources: { newsLexicon } } }));
  const right: string[] = [];
  for (const d of readDialogues().filter((d) => d.corpus === "news" && d.kind === "english")) {
    for (const turn of d.turns) {
      const said = talk.say({ chat: `${d.id}:${turn.chat}`, text: turn.text, reply: turn.reply }).answer as Said;
      if (turn.reply && !turn.alone && turn.gold?.length && holdsGold(said, turn.gold)) right.push(`${d.id}: ${turn.text}`);
    }
  }
  return right;
}
