/**
 * Long polling. Before polling starts, one getUpdates without waiting proves that no other instance or
 * webhook holds the updates (409), so that failure is a start-up error. Once running, grammY gives up
 * only on 401 (token revoked) and 409 (another instance took over): that resolves `failed`, and main
 * decides what to do. Every other polling error is retried by grammY. Stopping confirms the last
 * update taken, refuses the rest of the batch (Telegram sends them again on the next start), and
 * waits for the updates in hand to be answered: none is lost or answered twice across a restart.
 */
import type { Bot as Client } from "grammy";
import { failureSignal, type RunningService } from "../service.js";
import type { TelegramSettings } from "./settings.js";
import { ALLOWED_UPDATES, type Intake } from "./start.js";
import { atStartup, startupError } from "./startup-error.js";

export async function startPolling(client: Client, settings: TelegramSettings, intake: Intake): Promise<RunningService> {
  await atStartup(() => client.api.deleteWebhook(), settings.apiRoot);
  await atStartup(() => client.api.getUpdates({ limit: 1, timeout: 0 }), settings.apiRoot);
  let stopping = false;
  const { failed, fail } = failureSignal();
  const running = client.start({ allowed_updates: [...ALLOWED_UPDATES], timeout: settings.pollTimeoutSeconds }).catch((error: unknown) => {
    if (!stopping) fail(startupError(error, settings.apiRoot));
  });
  return {
    name: "Telegram",
    failed,
    stop: async () => {
      stopping = true;
      // bot.stop() reads the offset to confirm synchronously; closing the intake in the same tick
      // means every update taken is confirmed and every update refused is not.
      const confirmed = client.stop();
      intake.accepting = false;
      try {
        await confirmed;
      } finally {
        await running;
        await intake.queue.drain();
      }
    },
  };
}
