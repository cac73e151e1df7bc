import { readRequestBody } from "../../http/http-route.js";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { HTTPReceiver } from "@slack/bolt";
import type { RequestVerdict } from "./request-checks.js";

/** Slack's payloads are a few kilobytes; anything far larger is not Slack's. */
const MAX_BODY_BYTES = 1_000_000;

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Bolt's HTTP receiver trusts that a form's `payload` parses to an object: a signed `payload=null`
 * throws inside it, where nothing catches it, and the request hangs. This reads the body first,
 * answers 400 to a payload that is not an object (or 413 to an oversized body), and hands the rest
 * to Bolt already buffered (Bolt reuses `rawBody`), so signatures are still verified by Bolt.
 * `check` (request-checks.ts) refuses, with 401 as Bolt refuses a bad signature, a request stamped
 * outside the clock window or one already served.
 */
export function guardRequests(
  receiver: HTTPReceiver,
  check?: (req: IncomingMessage, body: Buffer) => Promise<RequestVerdict>,
): void {
  const listener: Listener = receiver.requestListener.bind(receiver);
  receiver.requestListener = (req, res) => {
    if (req.method !== "POST") return listener(req, res);
    void readRequestBody(req, MAX_BODY_BYTES).then(
      async (body) => {
        if (body === undefined) return void res.writeHead(413).end();
        if (!isUsablePayload(req, body)) return void res.writeHead(400).end();
        if (check && (await check(req, body)) !== "pass") return void res.writeHead(401).end();
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
        listener(req, res);
      },
      () => void res.writeHead(400).end(),
    );
  };
}

/** A form with a `payload` must carry a JSON object there; every other body is Bolt's to judge. */
function isUsablePayload(req: IncomingMessage, body: Buffer): boolean {
  if (!String(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) return true;
  const payload = new URLSearchParams(body.toString("utf8")).get("payload");
  if (payload === null) return true;
  try {
    const parsed: unknown = JSON.parse(payload);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  } catch {
    return true; // not JSON at all: Bolt answers 400 itself
  }
}
