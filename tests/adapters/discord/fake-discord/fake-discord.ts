import { EventEmitter, once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { acceptWebSocket, type ServerSocket } from "./websocket.js";
import { APPLICATION_ID, BOT_USER } from "./payloads.js";

export interface CapturedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  /** The JSON body, or a multipart request's `payload_json`. */
  body: unknown;
  /** A multipart request's `files[n]` parts, in order. */
  files: SentFile[];
}

/** One file a message carried, as multipart/form-data delivered it. */
export interface SentFile {
  /** The form field: `files[0]`, `files[1]`… */
  field: string;
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** What the client sent back for one interaction: `type` 4 reply, 7 update, 8 autocomplete choices. */
export interface InteractionCallback {
  interactionId: string;
  type: number;
  data: Record<string, unknown>;
  files: SentFile[];
}

export interface FakeDiscord {
  /** The REST base to give the client (the version is added by @discordjs/rest). */
  apiUrl: string;
  requests: CapturedRequest[];
  /** The IDENTIFY payloads the gateway received. */
  identifies: Record<string, unknown>[];
  /** Sends a gateway dispatch to every connected client. */
  dispatch(event: string, data: unknown): void;
  /** The next `count` interaction callbacks that carry files are refused, as Discord refuses an upload it will not take. */
  refuseFiles(count?: number): void;
  /** Resolves with the client's callback for this interaction (rejecting after `timeoutMs`). */
  callbackFor(interactionId: string, timeoutMs?: number): Promise<InteractionCallback>;
  close(): Promise<void>;
}

/**
 * A local Discord on 127.0.0.1: the REST routes the bot uses and a gateway that says HELLO, answers
 * IDENTIFY with READY and acknowledges heartbeats. https://discord.com/developers/docs/events/gateway
 */
export async function startFakeDiscord(): Promise<FakeDiscord> {
  const requests: CapturedRequest[] = [];
  const identifies: Record<string, unknown>[] = [];
  const callbacks = new Map<string, InteractionCallback>();
  const events = new EventEmitter();
  const sockets = new Set<ServerSocket>();
  let sequence = 0;
  let port = 0;
  let refusals = 0;

  const server = createServer((req, res) => {
    void handleRest(req, res);
  });

  async function handleRest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { body, files } = await readBody(req.headers["content-type"] ?? "", Buffer.concat(chunks));
    const path = url.pathname.replace(/^\/api\/v\d+/, "");
    const method = req.method ?? "GET";
    requests.push({
      method,
      path,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body,
      files,
    });
    const json = (status: number, value?: unknown) => {
      res.writeHead(status, value === undefined ? {} : { "content-type": "application/json" });
      res.end(value === undefined ? undefined : JSON.stringify(value));
    };

    const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path);
    if (method === "POST" && callback && files.length > 0 && refusals > 0) {
      refusals--;
      return json(400, { code: 40005, message: "Request entity too large" });
    }
    if (method === "POST" && callback) {
      const payload = body as { type: number; data?: Record<string, unknown> };
      const captured = { interactionId: callback[1]!, type: payload.type, data: payload.data ?? {}, files };
      callbacks.set(captured.interactionId, captured);
      events.emit(`callback:${captured.interactionId}`, captured);
      return json(204);
    }
    const channelMessages = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === "POST" && channelMessages) {
      const posted = body as Record<string, unknown>;
      return json(200, {
        ...posted,
        id: String(300000000000000000n + BigInt(requests.length)),
        channel_id: channelMessages[1],
        type: 0,
        content: posted.content ?? "",
        author: BOT_USER,
        timestamp: new Date(0).toISOString(),
      });
    }
    // Follow-ups and edits of an interaction's reply: https://discord.com/developers/docs/interactions/receiving-and-responding#followup-messages
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path);
    if (webhook && (method === "POST" || method === "PATCH")) {
      const posted = (body ?? {}) as Record<string, unknown>;
      return json(200, {
        ...posted,
        id:
          webhook[3] && webhook[3] !== "@original"
            ? webhook[3]
            : String(400000000000000000n + BigInt(requests.length)),
        channel_id: "0",
        type: 0,
        content: posted.content ?? "",
        author: BOT_USER,
        timestamp: new Date(0).toISOString(),
        attachments: files.map((f, i) => ({ id: String(i), filename: f.name, size: f.bytes.length })),
      });
    }
    if (method === "GET" && path === "/gateway/bot") {
      return json(200, {
        url: `ws://127.0.0.1:${port}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === "GET" && path === "/applications/@me") {
      return json(200, { id: APPLICATION_ID, name: "Embassy Desk", bot: BOT_USER, flags: 0 });
    }
    const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (method === "PUT" && commands && Array.isArray(body)) {
      return json(
        200,
        body.map((c: Record<string, unknown>, i: number) => ({
          ...c,
          id: String(200000000000000000n + BigInt(i)),
          application_id: commands[1],
          ...(commands[2] ? { guild_id: commands[2] } : {}),
          version: "1",
        })),
      );
    }
    return json(404, { message: "404: Not Found", code: 0 });
  }

  server.on("upgrade", (req, socket) => {
    const ws = acceptWebSocket(req, socket);
    sockets.add(ws);
    socket.on("close", () => sockets.delete(ws));
    const send = (payload: Record<string, unknown>) =>
      ws.send(JSON.stringify({ s: null, t: null, ...payload }));
    ws.onText((text) => {
      const message = JSON.parse(text) as { op: number; d: unknown };
      if (message.op === 1) send({ op: 11 });
      if (message.op === 2) {
        identifies.push(message.d as Record<string, unknown>);
        send({
          op: 0,
          t: "READY",
          s: ++sequence,
          d: {
            v: 10,
            user: BOT_USER,
            guilds: [],
            session_id: "fake-session",
            resume_gateway_url: `ws://127.0.0.1:${port}/gateway`,
            shard: [0, 1],
            application: { id: APPLICATION_ID, flags: 0 },
          },
        });
      }
    });
    send({ op: 10, d: { heartbeat_interval: 41250 } });
  });

  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  port = (server.address() as AddressInfo).port;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    identifies,
    dispatch(event, data) {
      const text = JSON.stringify({ op: 0, t: event, s: ++sequence, d: data });
      for (const ws of sockets) ws.send(text);
    },
    refuseFiles(count = 1) {
      refusals += count;
    },
    callbackFor(interactionId, timeoutMs = 5000) {
      const seen = callbacks.get(interactionId);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no callback for interaction ${interactionId}`)),
          timeoutMs,
        );
        events.once(`callback:${interactionId}`, (captured: InteractionCallback) => {
          clearTimeout(timer);
          resolve(captured);
        });
      });
    },
    async close() {
      for (const ws of sockets) ws.close(1001);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * JSON, or multipart/form-data as discord.js sends a message with files: the message as
 * `payload_json` and each file as `files[n]` (https://discord.com/developers/docs/reference#uploading-files).
 * The multipart body is read with the platform's own parser.
 */
async function readBody(contentType: string, raw: Buffer): Promise<{ body: unknown; files: SentFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (!contentType.includes("multipart/form-data"))
    return { body: JSON.parse(raw.toString("utf8")), files: [] };
  const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
  const files: SentFile[] = [];
  let body: unknown;
  for (const [field, value] of form) {
    if (field === "payload_json" && typeof value === "string") body = JSON.parse(value);
    else if (typeof value !== "string")
      files.push({
        field,
        name: value.name,
        contentType: value.type,
        bytes: Buffer.from(await value.arrayBuffer()),
      });
  }
  return { body, files };
}
