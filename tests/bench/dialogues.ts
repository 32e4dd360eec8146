/**
 * The dialogues of tests/fixtures/dialogues.jsonl run through the `chat --jsonl` contract (a real
 * CLI process), once as conversations and once with every turn read alone, and scored.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BENCHMARKS, DEFAULT_CORPUS_DIR } from "./data.js";

export interface Turn {
  readonly chat: string;
  readonly text: string;
  readonly reply: boolean;
  /** Substrings of the sentence that answers; [] when the turn must be declined. */
  readonly gold?: readonly string[];
  /** A turn that must be read alone (no context may be borrowed). */
  readonly alone?: boolean;
}

export interface Dialogue {
  readonly id: string;
  readonly corpus: "default" | "news";
  readonly kind: string;
  readonly turns: readonly Turn[];
}

/** What the CLI said for one turn. */
export interface Said {
  readonly answered: boolean;
  readonly answer: { readonly article: string; readonly sentence: number; readonly text: string } | null;
}

const REPO = join(DEFAULT_CORPUS_DIR, "..");

export function readDialogues(file = join(REPO, "tests/fixtures/dialogues.jsonl")): Dialogue[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as Dialogue);
}

/** The news dev articles as a corpus directory (a temporary one), or null without ../shared. */
export function newsCorpus(): { dir: string; remove: () => void } | null {
  const script = join(BENCHMARKS, "make-news-corpus.mjs");
  if (!existsSync(script)) return null;
  const dir = mkdtempSync(join(tmpdir(), "dialogue-news-"));
  execFileSync(process.execPath, [script, dir, "--dev"], { stdio: "ignore" });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every turn of the dialogues, through `chat --jsonl`; `alone` sends each as a fresh non-reply. */
export function runDialogues(dialogues: readonly Dialogue[], corpusDir: string, alone: boolean): Said[][] {
  const lines = dialogues.flatMap((d) =>
    d.turns.map((t) => JSON.stringify({ chat: alone ? `${d.id}:${t.text}` : `${d.id}:${t.chat}`, text: t.text, reply: alone ? false : t.reply })),
  );
  const out = execFileSync(join(REPO, "node_modules/.bin/tsx"), [join(REPO, "adapters/cli.ts"), "chat", "--jsonl", "--corpus", corpusDir], {
    input: `${lines.join("\n")}\n`,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const said = out.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as Said);
  if (said.length !== lines.length) throw new Error(`chat --jsonl gave ${said.length} lines for ${lines.length}`);
  let at = 0;
  return dialogues.map((d) => d.turns.map(() => said[at++]!));
}

/** A turn is right when its answer holds a gold string (or it is declined when the gold is []). */
export function holdsGold(said: Said, gold: readonly string[]): boolean {
  if (gold.length === 0) return !said.answered;
  const text = said.answered ? (said.answer?.text ?? "").toLowerCase() : "";
  return gold.some((g) => text.includes(g.toLowerCase()));
}

/** A must-not-borrow turn is right when it gets what it gets read alone (and its gold, if any). */
export function readAlone(said: Said, aloneSaid: Said, gold: readonly string[] | undefined): boolean {
  const same = said.answered === aloneSaid.answered && key(said) === key(aloneSaid);
  return same && (gold === undefined || holdsGold(said, gold));
}

function key(said: Said): string {
  return said.answer ? `${said.answer.article}#${said.answer.sentence}` : "-";
}
