import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["tests/build-dist.ts"],
    // Many test files wait on child processes and sockets, not the CPU: as many workers as cores
    // (vitest's default is one fewer, a single worker on a 2-core machine). More starved the
    // multi-process tests of CPU on a busy machine.
    maxWorkers: availableParallelism(),
    // Test files share a worker's module cache instead of re-importing the core each (a third of the
    // CPU time); no test mocks modules or leaves global state behind.
    isolate: false,
    // The benchmark floors and the process tests take seconds of CPU each; on a 2-core machine shared
    // with other work, 5 s is not enough. A limit against hangs, not a speed check.
    testTimeout: 30_000,
  },
});
