import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  /** "auth.test", "views.publish"… for Web API calls; "respond" for response_url posts. */
  method: string;
  /** The response_url id, for "respond" calls. */
  id?: string;
  authorization?: string;
  body: Record<string, unknown>;
}

export interface FakeSlackExtras {
  /** Socket Mode: the app-level token apps.connections.open accepts, and the WebSocket URL it hands out. */
  socket?: { validAppToken: string; url: string };
}

export interface FakeSlack {
  /** The Web API base to pass as SLACK_API_URL. */
  apiUrl: string;
  /** A response_url on this server; ids starting with "expired" answer 404 as Slack does after 30 minutes. */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Resolves once `count` calls to `method` (and response_url `id`) have arrived; handlers answer after the HTTP ack. */
  waitFor(method: string, count?: number, id?: string): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

/** A loopback stand-in for slack.com: records every call, answers like the Web API and response_urls. */
export async function startFakeSlack(validBotToken: string, extra: FakeSlackExtras = {}): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer(async (req, res) => {
    const body = parseBody(req.headers["content-type"] ?? "", await readBody(req));
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const respondMatch = /^\/respond\/(.+)$/.exec(url.pathname);
    const method = respondMatch ? "respond" : url.pathname.replace(/^\/api\//, "");
    const call: RecordedCall = { method, body };
    if (respondMatch) call.id = respondMatch[1]!;
    if (req.headers.authorization) call.authorization = req.headers.authorization;
    calls.push(call);
    waiters.splice(0).forEach((wake) => wake());
    if (respondMatch) {
      const expired = call.id!.startsWith("expired");
      res
        .writeHead(expired ? 404 : 200, { "content-type": "text/plain" })
        .end(expired ? "expired_url" : "ok");
      return;
    }
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify(webApiAnswer(method, call, validBotToken, extra)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const callsTo = (method: string) => calls.filter((c) => c.method === method);
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${id}`,
    calls,
    callsTo,
    async waitFor(method, count = 1, id) {
      const deadline = Date.now() + 5000;
      const matching = () => callsTo(method).filter((c) => id === undefined || c.id === id);
      while (matching().length < count) {
        if (Date.now() > deadline)
          throw new Error(
            `fake Slack: expected ${count} ${method} ${id ?? ""} call(s), got ${matching().length}`,
          );
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return matching();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function webApiAnswer(
  method: string,
  call: RecordedCall,
  validBotToken: string,
  extra: FakeSlackExtras,
): Record<string, unknown> {
  const token = call.authorization?.replace(/^Bearer /, "") ?? call.body.token;
  if (method === "apps.connections.open") {
    return extra.socket && token === extra.socket.validAppToken
      ? { ok: true, url: extra.socket.url }
      : { ok: false, error: "invalid_auth" };
  }
  if (method === "auth.test") {
    return token === validBotToken
      ? {
          ok: true,
          user_id: "UBOT",
          bot_id: "BBOT",
          team_id: "T0TEST",
          user: "embassy_desk",
          url: "https://test.slack.com/",
        }
      : { ok: false, error: "invalid_auth" };
  }
  // The review channel: one maintainers' group, and posts that get a timestamp.
  if (method === "usergroups.users.list")
    return { ok: true, users: call.body.usergroup === "S0MAINT" ? ["U0MAINT"] : [] };
  if (method === "chat.postMessage") return { ok: true, channel: call.body.channel, ts: "1700000000.000900" };
  return { ok: true };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The Web API client posts forms with JSON-encoded objects (view, blocks); response_urls get JSON. */
function parseBody(contentType: string, raw: string): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return body;
}
