/**
 * Follow-up questions (tests/fixtures/dialogues.jsonl): share of follow-up turns answered right with
 * the earlier exchange, beside "answer the last turn alone"; and the turns that must not borrow any
 * context (a fresh chat, a non-reply, another chat's history, a reply to a declined question).
 */
import { DEFAULT_CORPUS_DIR } from "./data.js";
import { holdsGold, newsCorpus, readAlone, readDialogues, runDialogues, type Dialogue, type Said } from "./dialogues.js";
import { table } from "./table.js";

interface Scored {
  readonly kind: string;
  readonly followup: boolean;
  readonly right: boolean;
  readonly rightAlone: boolean;
}

export async function evalDialogues(): Promise<string> {
  const dialogues = readDialogues();
  const scored = scoreCorpus(dialogues.filter((d) => d.corpus === "default"), DEFAULT_CORPUS_DIR);
  const news = newsCorpus();
  let note = "";
  if (news) {
    try {
      scored.push(...scoreCorpus(dialogues.filter((d) => d.corpus === "news"), news.dir));
    } finally {
      news.remove();
    }
  } else note = "\n(skipped the news dialogues: ../shared/benchmarks not found)";
  const followups = scored.filter((s) => s.followup);
  const rows = [...["formal", "chatty", "english"].map((kind) => row(`follow-ups, ${kind}`, followups.filter((s) => s.kind === kind)))];
  rows.push(row("follow-ups, all", followups), row("must-not-borrow turns", scored.filter((s) => !s.followup)));
  return `Follow-up dialogues (${dialogues.length} dialogues, through chat --jsonl)\n\n${table(["measure", "with the exchange", "last turn alone"], rows)}${note}`;
}

function scoreCorpus(dialogues: readonly Dialogue[], dir: string): Scored[] {
  if (dialogues.length === 0) return [];
  const withContext = runDialogues(dialogues, dir, false);
  const alone = runDialogues(dialogues, dir, true);
  return dialogues.flatMap((d, i) => d.turns.flatMap((turn, j) => scoreTurn(d, turn, withContext[i]![j]!, alone[i]![j]!, j)));
}

function scoreTurn(d: Dialogue, turn: Dialogue["turns"][number], said: Said, aloneSaid: Said, at: number): Scored[] {
  if (turn.alone) return [{ kind: d.kind, followup: false, right: readAlone(said, aloneSaid, turn.gold), rightAlone: readAlone(aloneSaid, aloneSaid, turn.gold) }];
  if (at === 0 || turn.gold === undefined) return [];
  return [{ kind: d.kind, followup: true, right: holdsGold(said, turn.gold), rightAlone: holdsGold(aloneSaid, turn.gold) }];
}

function row(name: string, items: readonly Scored[]): string[] {
  const pct = (n: number) => (items.length === 0 ? "-" : `${((100 * n) / items.length).toFixed(1)}%`);
  return [`${name} (n=${items.length})`, pct(items.filter((s) => s.right).length), pct(items.filter((s) => s.rightAlone).length)];
}

/** The turns each run got wrong, for developing (`npx tsx tests/bench/eval-dialogues.ts`). */
if (import.meta.url === `file://${process.argv[1]}`) console.log(await evalDialogues());
