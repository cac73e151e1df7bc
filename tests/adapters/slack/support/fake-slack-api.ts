import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  /** "auth.test", "views.publish"… for Web API calls; "respond" for response_url posts; "upload" for file bytes. */
  method: string;
  /** The response_url id, for "respond" calls; the file id, for "upload" calls. */
  id?: string;
  authorization?: string;
  body: Record<string, unknown>;
  /** The file bytes, for "upload" calls. */
  bytes?: Buffer;
}

/** A file as it landed: what files.completeUploadExternal shared, with the bytes sent to its upload URL. */
export interface UploadedFile {
  id: string;
  title: string | undefined;
  filename: string | undefined;
  channel: string | undefined;
  initialComment: string | undefined;
  threadTs: string | undefined;
  bytes: Buffer;
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
  /** Files shared by files.completeUploadExternal, with their bytes. */
  uploadedFiles(): UploadedFile[];
  /** The next call to `method` answers `{ ok: false, error }` (and `needed`, for missing_scope), as Slack does. */
  failNext(method: string, error: string): void;
  /** Calls to `method` wait for the returned release function before they are answered. */
  hold(method: string): () => void;
  close(): Promise<void>;
}

/** A loopback stand-in for slack.com: records every call, answers like the Web API and response_urls. */
export async function startFakeSlack(validBotToken: string, extra: FakeSlackExtras = {}): Promise<FakeSlack> {
  let base = "";
  const calls: RecordedCall[] = [];
  const waiters: (() => void)[] = [];
  const failures = new Map<string, string[]>();
  const holds = new Map<string, Promise<void>>();
  let files = 0;
  const server = createServer(async (req, res) => {
    const { body, bytes } = await parseBody(req.headers["content-type"] ?? "", await readBody(req));
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const respondMatch = /^\/respond\/(.+)$/.exec(url.pathname);
    const uploadMatch = /^\/upload\/(.+)$/.exec(url.pathname);
    const method = respondMatch ? "respond" : uploadMatch ? "upload" : url.pathname.replace(/^\/api\//, "");
    const call: RecordedCall = { method, body };
    if (respondMatch) call.id = respondMatch[1]!;
    if (uploadMatch) call.id = uploadMatch[1]!;
    if (bytes) call.bytes = bytes;
    if (req.headers.authorization) call.authorization = req.headers.authorization;
    calls.push(call);
    waiters.splice(0).forEach((wake) => wake());
    await holds.get(method);
    const failure = failures.get(method)?.shift();
    if (failure) {
      const needed = failure === "missing_scope" ? { needed: "files:write", provided: "commands" } : {};
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(JSON.stringify({ ok: false, error: failure, ...needed }));
    }
    if (uploadMatch) {
      // The upload URL answers as files.slack.com does: 200 and a short text.
      if (!bytes) return void res.writeHead(400, { "content-type": "text/plain" }).end("no file");
      return void res.writeHead(200, { "content-type": "text/plain" }).end(`OK - ${bytes.length}`);
    }
    if (method === "files.getUploadURLExternal") {
      const id = `F${String(++files).padStart(8, "0")}`;
      call.id = id;
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(JSON.stringify({ ok: true, upload_url: `${base}/upload/${id}`, file_id: id }));
    }
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
  // As the fake Discord does: a client starved of CPU must not reuse a socket Node's 5 s default is closing.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const callsTo = (method: string) => calls.filter((c) => c.method === method);
  const uploadedFiles = (): UploadedFile[] =>
    callsTo("files.completeUploadExternal").flatMap((call) =>
      (call.body.files as { id: string; title?: string }[]).map((file) => {
        const bytes = calls.find((c) => c.method === "upload" && c.id === file.id)?.bytes;
        const asked = calls.find((c) => c.method === "files.getUploadURLExternal" && c.id === file.id);
        const text = (key: string) => (typeof call.body[key] === "string" ? call.body[key] : undefined);
        return {
          id: file.id,
          title: file.title,
          filename: typeof asked?.body.filename === "string" ? asked.body.filename : undefined,
          channel: text("channel_id"),
          initialComment: text("initial_comment"),
          threadTs: text("thread_ts"),
          bytes: bytes ?? Buffer.alloc(0),
        };
      }),
    );
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
    uploadedFiles,
    failNext(method, error) {
      failures.set(method, [...(failures.get(method) ?? []), error]);
    },
    hold(method) {
      let release = () => undefined as void;
      holds.set(
        method,
        new Promise<void>((resolve) => {
          release = () => {
            holds.delete(method);
            resolve();
          };
        }),
      );
      return release;
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
  if (method === "files.completeUploadExternal")
    return { ok: true, files: (call.body.files as { id: string; title?: string }[]).map((f) => ({ ...f })) };
  return { ok: true };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The Web API client posts forms with JSON-encoded objects (view, blocks); response_urls get JSON;
 * file bytes arrive as multipart/form-data, read here with the platform's own multipart parser.
 */
async function parseBody(
  contentType: string,
  raw: Buffer,
): Promise<{ body: Record<string, unknown>; bytes?: Buffer }> {
  if (raw.length === 0) return { body: {} };
  if (contentType.includes("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
    const body: Record<string, unknown> = {};
    let bytes: Buffer | undefined;
    for (const [key, value] of form) {
      if (typeof value === "string") body[key] = value;
      else bytes = Buffer.from(await value.arrayBuffer());
    }
    return bytes ? { body, bytes } : { body };
  }
  const text = raw.toString("utf8");
  if (contentType.includes("application/json")) return { body: JSON.parse(text) as Record<string, unknown> };
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return { body };
}
