/**
 * Bot API failures that stop the bot (at start, or while polling), as one line for the operator.
 * Every message is here; none contains the token.
 */
import { GrammyError, HttpError } from "grammy";
import { redactUrlCredentials } from "../logger.js";
import { StartupError } from "../service.js";

/** The operator's one-line explanation of why Telegram cannot be served (a password in the API root left out). */
export function startupError(error: unknown, apiRootWithCredentials: string): StartupError {
  if (error instanceof StartupError) return error;
  const apiRoot = redactUrlCredentials(apiRootWithCredentials);
  if (error instanceof GrammyError) {
    if (error.error_code === 401) {
      return new StartupError("Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather.");
    }
    if (error.error_code === 409) {
      return new StartupError(
        "Another instance of this bot is receiving its updates (409 Conflict): stop the other instance (or its webhook) and start again.",
      );
    }
    if (error.error_code === 404) {
      return new StartupError(`The Bot API at ${apiRoot} answered 404 to ${error.method}: check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT.`);
    }
    return new StartupError(`Telegram refused ${error.method} (${error.error_code}: ${error.description}).`);
  }
  if (error instanceof HttpError) return new StartupError(`Cannot reach the Telegram Bot API at ${apiRoot}: ${redactUrlCredentials(error.message)}`);
  return new StartupError(`Telegram could not start: ${redactUrlCredentials(error instanceof Error ? error.message : String(error))}`);
}

/** Runs a start-up call, turning its failure into a StartupError. */
export async function atStartup<T>(call: () => Promise<T>, apiRoot: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw startupError(error, apiRoot);
  }
}
