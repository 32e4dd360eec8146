/**
 * Vitest global setup: bundle dist/ from the current sources once (esbuild, under a second), so the
 * process-level tests run the same files `npm start` runs in production, not a stale build.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export default function setup(): void {
  const root = join(import.meta.dirname, "..");
  execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
}
