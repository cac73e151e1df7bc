import autocannon from "autocannon";
import { createDummySlashCommand } from "../../tests/adapters/slack/support/payloads.js";
import { formBody, slackSignature } from "../../tests/adapters/slack/support/signed-request.js";
import { SIGNING_SECRET } from "./spawn-app.js";

export interface LoadResult {
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts and non-2xx answers: all should be 0. */
  failures: number;
  requests: number;
}

/**
 * Signed `/embassy <question>` slash commands from autocannon, as Slack sends them: every request
 * carries the next real question and is signed with a fresh timestamp.
 */
export async function loadSlashCommands(
  url: string,
  questions: string[],
  connections: number,
  seconds: number,
  responseUrl: string,
): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: `${url}/slack/events`,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          const question = questions[next++ % questions.length]!;
          const body = formBody(createDummySlashCommand(question, responseUrl));
          const timestamp = Math.floor(Date.now() / 1000);
          return {
            ...request,
            body,
            headers: {
              "content-type": "application/x-www-form-urlencoded",
              "x-slack-request-timestamp": String(timestamp),
              "x-slack-signature": slackSignature(SIGNING_SECRET, timestamp, body),
            },
          };
        },
      },
    ],
  });
  return {
    connections,
    requestsPerSecond: result["2xx"] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
    requests: result["2xx"],
  };
}
