// The baseline for `npm run bench`: the smallest Bolt app in HTTP mode on the same Bolt version as
// the bot, acknowledging /embassy with a constant string. Plain JavaScript, run by node directly,
// so no loader or compile step weighs on it. `authorize` stands in for auth.test: it never calls Slack.
import process from "node:process";
import bolt from "@slack/bolt";

const { App, HTTPReceiver, LogLevel } = bolt;
const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? "",
  endpoints: "/slack/events",
  customRoutes: [
    { path: "/healthz", method: "GET", handler: (_req, res) => void res.writeHead(200).end("ok") },
  ],
});
const app = new App({
  receiver,
  logLevel: LogLevel.ERROR,
  authorize: async () => ({ botToken: "xoxb-bench", botId: "BBENCH", botUserId: "UBENCH", teamId: "T0TEST" }),
});
app.command("/embassy", async ({ ack }) => {
  await ack("The baseline answers every question with this sentence.");
});
await app.start(Number(process.env.PORT ?? 3000));
process.stderr.write("bare Bolt ready\n");
process.on("SIGTERM", () => void app.stop().then(() => process.exit(0)));
