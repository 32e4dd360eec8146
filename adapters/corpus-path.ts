import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The default corpus: the repository's corpus/ folder, wherever the command is started from. */
export const DEFAULT_CORPUS = join(dirname(fileURLToPath(import.meta.url)), "..", "corpus");

/** The corpus path: --corpus PATH wins, then the CORPUS variable, then the default corpus. */
export function corpusPath(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  return flag ?? (env.CORPUS && env.CORPUS.trim() !== "" ? env.CORPUS : DEFAULT_CORPUS);
}
