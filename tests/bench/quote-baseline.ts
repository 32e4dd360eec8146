/**
 * The quote extractor as it stood before the speaker resolver of issue 13 (commit BASELINE_COMMIT),
 * for the "before" column of `npm run eval`: its src/ is unpacked with `git archive` under
 * node_modules/.cache (so that its own imports resolve) and loaded beside the current one. Absent
 * (null) where git or that commit is not there, e.g. in a shallow clone.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Corpus, Quote } from "../../src/types.js";
import { REPO_ROOT } from "./indosum.js";

/** The last commit before the speaker resolver. */
export const BASELINE_COMMIT = "37d74da";

/** Loads a corpus directory and lists its quotations, with one version of the code. */
export type QuoteReader = (dir: string) => readonly Quote[];

interface Modules {
  loadCorpus(path: string): Corpus;
  quoteIndexOf(corpus: Corpus): { quotes: readonly Quote[] };
}

/** The baseline's reader, or null when its code cannot be unpacked. */
export async function baselineReader(): Promise<QuoteReader | null> {
  const dir = join(REPO_ROOT, "node_modules", ".cache", `quote-baseline-${BASELINE_COMMIT}`);
  try {
    if (!existsSync(join(dir, "src"))) {
      mkdirSync(dir, { recursive: true });
      const archive = execFileSync("git", ["-C", REPO_ROOT, "archive", BASELINE_COMMIT, "src"]);
      execFileSync("tar", ["-x", "-C", dir], { input: archive });
    }
  } catch {
    return null;
  }
  const load = (await import(pathToFileURL(join(dir, "src/corpus/load.ts")).href)) as Pick<Modules, "loadCorpus">;
  const index = (await import(pathToFileURL(join(dir, "src/quotes/index.ts")).href)) as Pick<Modules, "quoteIndexOf">;
  return (corpusDir) => index.quoteIndexOf(load.loadCorpus(corpusDir)).quotes;
}
