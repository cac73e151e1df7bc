import { inflateSync } from "node:zlib";

export interface DecodedPng {
  width: number;
  height: number;
  /** How many different pixel values (all channels together) the image holds. */
  distinctPixels: number;
  /** One pixel's channels as hex (RGBA: "ff0000ff"). */
  pixelAt(x: number, y: number): string;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Bytes per pixel for 8-bit samples, by colour type: https://www.w3.org/TR/png/#6Colour-values */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/**
 * Decodes a non-interlaced 8-bit PNG far enough to test it: the signature, the IHDR size, and every
 * pixel (IDAT inflated with node:zlib, each row's filter undone), written from the PNG spec so that
 * a renderer bug cannot hide behind the renderer's own decoder. Throws on anything else.
 */
export function decodePng(png: Buffer): DecodedPng {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG: bad signature");
  let offset = 8;
  let header: { width: number; height: number; depth: number; colour: number; interlace: number } | undefined;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("latin1", offset + 4, offset + 8);
    const chunk = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR")
      header = {
        width: chunk.readUInt32BE(0),
        height: chunk.readUInt32BE(4),
        depth: chunk[8]!,
        colour: chunk[9]!,
        interlace: chunk[12]!,
      };
    if (type === "IDAT") data.push(chunk);
    if (type === "IEND") break;
    offset += 12 + length;
  }
  if (!header) throw new Error("not a PNG: no IHDR");
  const channels = CHANNELS[header.colour];
  if (header.depth !== 8 || !channels || header.interlace !== 0)
    throw new Error(`unsupported PNG: depth ${header.depth}, colour ${header.colour}`);
  const raw = inflateSync(Buffer.concat(data));
  const stride = header.width * channels;
  if (raw.length !== header.height * (stride + 1)) throw new Error("PNG data does not fit its IHDR size");
  const pixels = unfilter(raw, header.height, stride, channels);
  const seen = new Set<string>();
  for (let i = 0; i < pixels.length; i += channels)
    seen.add(pixels.subarray(i, i + channels).toString("hex"));
  return {
    width: header.width,
    height: header.height,
    distinctPixels: seen.size,
    pixelAt: (x, y) =>
      pixels
        .subarray((y * header.width + x) * channels, (y * header.width + x + 1) * channels)
        .toString("hex"),
  };
}

/** Undoes the five row filters (None, Sub, Up, Average, Paeth): https://www.w3.org/TR/png/#9Filters */
function unfilter(raw: Buffer, height: number, stride: number, bpp: number): Buffer {
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[row - stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`bad PNG filter ${filter} on row ${y}`);
      out[row + x] = (line[x]! + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
