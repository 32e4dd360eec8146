import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The default corpus: the package's corpus/ folder, wherever the command is started from and whether
 * this file runs from adapters/ (tsx) or from the compiled dist/adapters/.
 */
export const DEFAULT_CORPUS = join(packageRoot(dirname(fileURLToPath(import.meta.url))), "corpus");

/** The corpus path: --corpus PATH wins, then the CORPUS variable, then the default corpus. */
export function corpusPath(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  return flag ?? (env.CORPUS && env.CORPUS.trim() !== "" ? env.CORPUS : DEFAULT_CORPUS);
}

// The nearest folder above `from` holding package.json.
function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) return join(from, "..");
  }
}
