import { describe, expect, it } from "vitest";
import { ConfigError, readSettings } from "../adapters/config.js";
import { DEFAULT_CORPUS } from "../adapters/corpus-path.js";

const problemsOf = (argv: string[]): readonly string[] => {
  try {
    readSettings({}, argv);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};

describe("npm start's flags (node:util parseArgs)", () => {
  it("takes --corpus PATH and --corpus=PATH (a path with a space too); the flag wins over CORPUS", () => {
    expect(readSettings({}, ["--corpus", "/data/my articles"]).corpusPath).toBe("/data/my articles");
    expect(readSettings({ CORPUS: "/env" }, ["--corpus=/data/x"]).corpusPath).toBe("/data/x");
    expect(readSettings({ CORPUS: "/env" }, []).corpusPath).toBe("/env");
    expect(readSettings({}, []).corpusPath).toBe(DEFAULT_CORPUS);
  });

  it("rejects an unknown flag, a stray word and --corpus without a path, naming each", () => {
    expect(problemsOf(["--corpsu", "x"])).toEqual([expect.stringMatching(/Unknown option '--corpsu'.*only --corpus PATH/)]);
    expect(problemsOf(["articles/"])).toEqual([expect.stringMatching(/Unexpected argument 'articles\/'/)]);
    expect(problemsOf(["--corpus"])).toEqual([expect.stringMatching(/'--corpus <value>' argument missing/)]);
  });

  it("the default corpus is the package's corpus folder (from adapters/ as from dist/adapters/)", () => {
    expect(DEFAULT_CORPUS).toMatch(/[/\\]corpus$/);
    expect(DEFAULT_CORPUS).not.toMatch(/dist[/\\]corpus$/);
  });
});
