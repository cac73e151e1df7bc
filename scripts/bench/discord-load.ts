import type { FakeDiscord } from "../../tests/adapters/discord/fake-discord/fake-discord.js";
import { createDummySlash, type Payload } from "../../tests/adapters/discord/fake-discord/payloads.js";
import { percentile } from "./stats.js";

/**
 * One way an interaction reaches the bot and its answer comes back. The gateway driver sends
 * INTERACTION_CREATE through the fake Discord's gateway and waits for the callback the real
 * discord.js client posts to the fake's REST API.
 * Hook: an HTTP interactions endpoint gets a driver of its own here (POST the payload, signed with
 * Ed25519, to the endpoint; the answer is the response body), and runDiscordSection adds a row for it.
 */
export interface InteractionDriver {
  name: string;
  send(payload: Payload): Promise<void>;
}

export function gatewayDriver(fake: FakeDiscord): InteractionDriver {
  return {
    name: "gateway (discord.js)",
    async send(payload) {
      const callback = fake.callbackFor(String(payload.id), 10_000);
      fake.dispatch("INTERACTION_CREATE", payload);
      await callback;
    },
  };
}

export interface InteractionLoadResult {
  driver: string;
  concurrency: number;
  interactionsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
  interactions: number;
}

/** `/embassy search <question>` interactions, `concurrency` in flight at once, for `seconds`. */
export async function loadInteractions(
  driver: InteractionDriver,
  questions: string[],
  concurrency: number,
  seconds: number,
): Promise<InteractionLoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const question = questions[next++ % questions.length]!;
      const payload = createDummySlash("search", [{ name: "query", type: 3, value: question }]);
      const sent = performance.now();
      try {
        await driver.send(payload);
        latencies.push(performance.now() - sent);
      } catch {
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    driver: driver.name,
    concurrency,
    interactionsPerSecond: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    failures,
    interactions: latencies.length,
  };
}
