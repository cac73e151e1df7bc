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

/** What a client sent in RESUME (opcode 6). */
export interface ResumeRequest {
  session_id: string;
  seq: number;
  token: string;
}

export interface FakeDiscord {
  /** The REST base to give the client (the version is added by @discordjs/rest). */
  apiUrl: string;
  requests: CapturedRequest[];
  /** The IDENTIFY payloads the gateway received. */
  identifies: Record<string, unknown>[];
  /** The RESUME payloads the gateway received. */
  resumes: ResumeRequest[];
  /** The path of every gateway connection, in order (READY's resume_gateway_url has its own). */
  connections: string[];
  /**
   * Sends a gateway dispatch to every live session. A session whose connection is down keeps the
   * event, numbered, and replays it when the client resumes, as Discord does.
   */
  dispatch(event: string, data: unknown): void;
  /** Ends every session's connection: a close frame with `code` (4000: unknown error, resumable), or a plain drop. */
  disconnect(how: { code: number } | "drop"): void;
  /** Sends opcode 7 RECONNECT: the client should reconnect and resume. */
  requestReconnect(): void;
  /** Forgets every session: the next RESUME gets opcode 9 INVALID SESSION (d: false). */
  invalidateSessions(): void;
  /** Resolves when the gateway has sent `count` READY (or RESUMED) dispatches in all. */
  waitForGateway(event: "READY" | "RESUMED", count: number, timeoutMs?: number): Promise<void>;
  /** The next `count` interaction callbacks that carry files are refused, as Discord refuses an upload it will not take. */
  refuseFiles(count?: number): void;
  /** Resolves with the client's callback for this interaction (rejecting after `timeoutMs`). */
  callbackFor(interactionId: string, timeoutMs?: number): Promise<InteractionCallback>;
  close(): Promise<void>;
}

/** A gateway session: its numbered dispatches (kept for replay) and its connection, when up. */
interface Session {
  id: string;
  token: unknown;
  sequence: number;
  sent: { op: 0; t: string; s: number; d: unknown }[];
  socket: ServerSocket | undefined;
}

/** The path READY gives as resume_gateway_url, so a test can see the client resume there. */
const RESUME_PATH = "/resume-gateway";

/**
 * A local Discord on 127.0.0.1: the REST routes the bot uses and a gateway that says HELLO, answers
 * IDENTIFY with READY, RESUME with the missed events and RESUMED (or opcode 9 INVALID SESSION when
 * the session is gone), acknowledges heartbeats, and can close, drop or ask for a reconnect.
 * https://discord.com/developers/docs/events/gateway#resuming
 */
export async function startFakeDiscord(): Promise<FakeDiscord> {
  const requests: CapturedRequest[] = [];
  const identifies: Record<string, unknown>[] = [];
  const resumes: ResumeRequest[] = [];
  const connections: string[] = [];
  const callbacks = new Map<string, InteractionCallback>();
  const events = new EventEmitter();
  const sockets = new Set<ServerSocket>();
  const sessions = new Map<string, Session>();
  const gatewaySent = { READY: 0, RESUMED: 0 };
  let sessionCount = 0;
  let port = 0;
  let refusals = 0;

  const server = createServer((req, res) => {
    void handleRest(req, res);
  });
  // Node closes an idle keep-alive socket after 5 s; a client starved of CPU may reuse one just as it
  // closes ("other side closed"). Discord's own API keeps them far longer, and so does this fake.
  server.keepAliveTimeout = 60_000;

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
    connections.push(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const ws = acceptWebSocket(req, socket);
    sockets.add(ws);
    let session: Session | undefined;
    ws.onClose((clientCode) => {
      sockets.delete(ws);
      if (session?.socket === ws) session.socket = undefined;
      // A client that closes with 1000 or 1001 ends its session; it cannot be resumed.
      if (session && (clientCode === 1000 || clientCode === 1001)) sessions.delete(session.id);
    });
    const send = (payload: Record<string, unknown>) =>
      ws.send(JSON.stringify({ s: null, t: null, ...payload }));
    const dispatchTo = (target: Session, t: string, d: unknown) => {
      const event = { op: 0 as const, t, s: ++target.sequence, d };
      target.sent.push(event);
      target.socket?.send(JSON.stringify(event));
      if (t === "READY" || t === "RESUMED") {
        gatewaySent[t] += 1;
        events.emit("gateway");
      }
    };
    ws.onText((text) => {
      const message = JSON.parse(text) as { op: number; d: unknown };
      if (message.op === 1) send({ op: 11 });
      if (message.op === 2) {
        identifies.push(message.d as Record<string, unknown>);
        session = {
          id: `fake-session-${++sessionCount}`,
          token: (message.d as { token?: unknown }).token,
          sequence: 0,
          sent: [],
          socket: ws,
        };
        sessions.set(session.id, session);
        dispatchTo(session, "READY", {
          v: 10,
          user: BOT_USER,
          guilds: [],
          session_id: session.id,
          resume_gateway_url: `ws://127.0.0.1:${port}${RESUME_PATH}`,
          shard: [0, 1],
          application: { id: APPLICATION_ID, flags: 0 },
        });
      }
      if (message.op === 6) {
        const resume = message.d as ResumeRequest;
        resumes.push(resume);
        const known = sessions.get(resume.session_id);
        if (!known || known.token !== resume.token) {
          // d: false: not resumable; the client must IDENTIFY again on a new connection.
          send({ op: 9, d: false });
          return;
        }
        session = known;
        known.socket?.close(4000);
        known.socket = ws;
        for (const missed of known.sent.filter((e) => e.s > resume.seq)) ws.send(JSON.stringify(missed));
        dispatchTo(known, "RESUMED", {});
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
    resumes,
    connections,
    dispatch(event, data) {
      for (const session of sessions.values()) {
        const sent = { op: 0 as const, t: event, s: ++session.sequence, d: data };
        session.sent.push(sent);
        session.socket?.send(JSON.stringify(sent));
      }
    },
    disconnect(how) {
      for (const session of sessions.values()) {
        const ws = session.socket;
        session.socket = undefined; // events from now on wait for the resume
        if (how === "drop") ws?.drop();
        else ws?.close(how.code);
      }
    },
    requestReconnect() {
      for (const session of sessions.values())
        session.socket?.send(JSON.stringify({ op: 7, d: null, s: null, t: null }));
    },
    invalidateSessions() {
      sessions.clear();
    },
    waitForGateway(event, count, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (gatewaySent[event] < count) return;
          clearTimeout(timer);
          events.off("gateway", check);
          resolve();
        };
        const timer = setTimeout(() => {
          events.off("gateway", check);
          reject(new Error(`the gateway sent ${gatewaySent[event]} ${event}, not ${count}`));
        }, timeoutMs);
        events.on("gateway", check);
        check();
      });
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
