/** The built entry point (dist/, bundled by tests/build-dist.ts) for a source entry such as "adapters/main.ts". */
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..");

export function entry(source: string): string {
  return join(ROOT, "dist", source.replace(/\.ts$/, ".js"));
}
