import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "src");
const ADAPTERS = join(import.meta.dirname, "..", "adapters");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("the core stays pure", () => {
  it("imports no platform SDK and nothing from adapters/, and reads no environment", () => {
    for (const file of files(SRC)) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/from ["'](grammy|@grammyjs\/|discord\.js|@discordjs\/|dotenv)/);
      expect(text, file).not.toMatch(/from ["'][./]*adapters\//);
      expect(text, file).not.toMatch(/process\.env/);
    }
  });

  it("touches the file system only in the corpus loader", () => {
    const users = files(SRC).filter((f) => /from ["']node:fs["']|from ["']fs["']/.test(readFileSync(f, "utf8")));
    expect(users.map((f) => f.slice(SRC.length + 1))).toEqual(["corpus/load.ts"]);
  });

  it("is imported by adapters/ only through src/index.ts", () => {
    for (const file of files(ADAPTERS)) {
      const specifiers = [...readFileSync(file, "utf8").matchAll(/["']((?:\.\.\/)+src\/[^"']*)["']/g)].map((m) => m[1]);
      for (const specifier of specifiers) expect(specifier, file).toMatch(/^(\.\.\/)+src\/index\.js$/);
    }
  });
});
