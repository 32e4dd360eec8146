/**
 * Counting for /metrics, wrapped around what the adapters already use (the bot, the logger, the rate
 * limiter), so the adapters need not know about metrics. Nothing counted carries an id or a text.
 */
import { RateLimiter, type Bot } from "../../src/index.js";
import type { Logger } from "../logger.js";
import type { SharedState } from "../state/index.js";
import type { Metrics, Platform } from "./metrics.js";
import { withHandle } from "./wrap.js";

// A question: plain text or /ask (with or without @botname), not a button press or another command.
const ASK = /^\/ask(@\w+)?(\s|$)/i;

/** The bot, counting each reply for one platform: questions answered or declined, other commands, latency. */
export function instrument(bot: Bot, metrics: Metrics, platform: Platform): Bot {
  return withHandle(bot, (incoming) => {
    const stop = metrics.latency.startTimer({ platform });
    const reply = bot.handle(incoming);
    stop();
    const text = (incoming.text ?? "").trim();
    if (incoming.action || (text.startsWith("/") && !ASK.test(text))) metrics.commands.inc({ platform });
    else {
      metrics.questions.inc({ platform });
      (reply.blocks.some((b) => b.kind === "answer") ? metrics.answered : metrics.declined).inc({ platform });
    }
    return reply;
  });
}

/** The logger, counting each error logged. */
export function countingLogger(log: Logger, metrics: Metrics, platform: Platform): Logger {
  return {
    info: (message) => log.info(message),
    warn: (message) => log.warn(message),
    error: (message, error) => {
      metrics.errors.inc({ platform });
      log.error(message, error);
    },
  };
}

/** The shared state, its limiters counting each message not answered for the rate limit. */
export function countingState(state: SharedState, metrics: Metrics, platform: Platform): SharedState {
  return {
    ...state,
    limiter: (scope, options) => {
      const limiter = state.limiter(scope, options);
      return {
        check: async (user) => {
          const decision = await limiter.check(user);
          if (decision !== "allow") metrics.rateLimited.inc({ platform });
          return decision;
        },
      };
    },
  };
}

/** The core's in-process rate limiter (Discord's), counting each message not answered. */
export class CountingRateLimiter extends RateLimiter {
  constructor(
    private readonly metrics: Metrics,
    private readonly platform: Platform,
  ) {
    super();
  }

  override check(user: string) {
    const decision = super.check(user);
    if (decision !== "allow") this.metrics.rateLimited.inc({ platform: this.platform });
    return decision;
  }
}
