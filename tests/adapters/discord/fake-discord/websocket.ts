import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";

/** RFC 6455, https://datatracker.ietf.org/doc/html/rfc6455#section-1.3 */
const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const OP = { text: 0x1, close: 0x8, ping: 0x9, pong: 0xa } as const;

export interface ServerSocket {
  send(text: string): void;
  close(code?: number): void;
  /** Cuts the TCP connection with no close frame, as a network failure does (the client sees 1006). */
  drop(): void;
  onText(listener: (text: string) => void): void;
  /** Once, when the connection ends: the close code the client sent, if it sent one. */
  onClose(listener: (clientCode: number | undefined) => void): void;
}

/**
 * Just enough of a WebSocket server for a gateway: the handshake, unfragmented text frames,
 * ping and close. Written here so the tests need no WebSocket dependency of their own.
 */
export function acceptWebSocket(req: IncomingMessage, socket: Duplex): ServerSocket {
  const accept = createHash("sha1").update(`${req.headers["sec-websocket-key"]}${GUID}`).digest("base64");
  socket.write(
    `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
  );
  const listeners: ((text: string) => void)[] = [];
  const closeListeners: ((clientCode: number | undefined) => void)[] = [];
  let clientCode: number | undefined;
  let closed = false;
  socket.on("close", () => {
    for (const listener of closeListeners) listener(clientCode);
  });
  let buffer = Buffer.alloc(0);
  const write = (opcode: number, payload: Buffer) => {
    if (socket.destroyed) return;
    const length = payload.length;
    const header =
      length < 126
        ? Buffer.from([0x80 | opcode, length])
        : length < 65536
          ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
          : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(length)]);
    socket.write(Buffer.concat([header, payload]));
  };
  const close = (code = 1000) => {
    if (closed) return;
    closed = true;
    const payload = Buffer.alloc(2);
    payload.writeUInt16BE(code);
    write(OP.close, payload);
    socket.end();
  };
  socket.on("error", () => socket.destroy());
  socket.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const frame = readFrame(buffer);
      if (!frame) return;
      buffer = buffer.subarray(frame.size);
      if (frame.opcode === OP.text)
        for (const listener of listeners) listener(frame.payload.toString("utf8"));
      else if (frame.opcode === OP.ping) write(OP.pong, frame.payload);
      else if (frame.opcode === OP.close) {
        const code = frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : 1005;
        if (!closed) clientCode = code; // the client's own close, not its echo of ours
        close(code === 1005 ? 1000 : code);
      }
    }
  });
  return {
    send: (text) => write(OP.text, Buffer.from(text, "utf8")),
    close,
    drop: () => {
      closed = true;
      socket.destroy();
    },
    onText: (listener) => listeners.push(listener),
    onClose: (listener) => closeListeners.push(listener),
  };
}

function bigLength(length: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(length));
  return b;
}

function readFrame(buffer: Buffer): { opcode: number; payload: Buffer; size: number } | undefined {
  if (buffer.length < 2) return undefined;
  const opcode = buffer[0]! & 0x0f;
  const masked = (buffer[1]! & 0x80) !== 0;
  let length = buffer[1]! & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return undefined;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return undefined;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const maskLength = masked ? 4 : 0;
  if (buffer.length < offset + maskLength + length) return undefined;
  const payload = Buffer.from(buffer.subarray(offset + maskLength, offset + maskLength + length));
  if (masked) {
    const mask = buffer.subarray(offset, offset + 4);
    for (let i = 0; i < payload.length; i++) payload[i] = payload[i]! ^ mask[i % 4]!;
  }
  return { opcode, payload, size: offset + maskLength + length };
}
