/**
 * Prometheus metrics (prom-client): what an operator watches. Labels are the platform name only:
 * never a token, a chat or user id, or message text.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Corpus } from "../../src/index.js";

export type Platform = "telegram" | "discord";

export interface Metrics {
  readonly registry: Registry;
  readonly questions: Counter<"platform">;
  readonly answered: Counter<"platform">;
  readonly declined: Counter<"platform">;
  readonly commands: Counter<"platform">;
  readonly latency: Histogram<"platform">;
  readonly rateLimited: Counter<"platform">;
  readonly errors: Counter<"platform">;
  readonly reloads: Counter<"result">;
  corpusLoaded(corpus: Corpus): void;
}

/** A fresh registry with the bot's metrics and Node's process metrics (CPU, memory, event loop). */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const counter = <L extends string>(name: string, help: string, labelNames: L[]) => new Counter({ name, help, labelNames, registers: [registry] });
  const articles = new Gauge({ name: "tanya_corpus_articles", help: "Articles in the loaded corpus.", registers: [registry] });
  const sentences = new Gauge({ name: "tanya_corpus_sentences", help: "Sentences in the loaded corpus.", registers: [registry] });
  return {
    registry,
    questions: counter("tanya_questions_total", "Questions asked (plain text or /ask).", ["platform"]),
    answered: counter("tanya_answered_total", "Questions answered with a sentence of the article.", ["platform"]),
    declined: counter("tanya_declined_total", "Questions the article does not cover (declined).", ["platform"]),
    commands: counter("tanya_commands_total", "Other commands and button presses handled.", ["platform"]),
    latency: new Histogram({
      name: "tanya_answer_duration_seconds",
      help: "Time the core took to make a reply.",
      labelNames: ["platform"],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    rateLimited: counter("tanya_rate_limited_total", "Messages not answered because the person went over the rate limit.", ["platform"]),
    errors: counter("tanya_errors_total", "Errors logged while serving (each also in the log).", ["platform"]),
    reloads: counter("tanya_corpus_reloads_total", "Corpus reloads by result (ok, failed).", ["result"]),
    corpusLoaded: (corpus) => {
      articles.set(corpus.articles.length);
      sentences.set(corpus.articles.reduce((sum, a) => sum + a.sentences.length, 0));
    },
  };
}
