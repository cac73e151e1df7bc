import type { IncomingMessage, ServerResponse } from "node:http";

/** One path on the bot's HTTP server; the same shape as Bolt's custom routes, so either server can carry it. */
export interface HttpRoute {
  path: string;
  method: "GET" | "POST";
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

/** Slack's request guard may have read the body already and left it on the request. */
type BufferedRequest = IncomingMessage & { rawBody?: Buffer };

/** The request body, up to `maxBytes`; undefined past that. */
export async function readRequestBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  const buffered = (req as BufferedRequest).rawBody;
  if (buffered) return buffered.length <= maxBytes ? buffered : undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
