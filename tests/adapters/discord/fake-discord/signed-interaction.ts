import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";

/** An application's Ed25519 key pair, as the Developer Portal holds it: the public half in hex. */
export interface SigningKeys {
  publicKeyHex: string;
  privateKey: KeyObject;
}

export function createSigningKeys(): SigningKeys {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const x = publicKey.export({ format: "jwk" }).x!;
  return { publicKeyHex: Buffer.from(x, "base64url").toString("hex"), privateKey };
}

export interface InteractionPost {
  status: number;
  /** The parsed JSON response, or the text when it is not JSON. */
  body: unknown;
}

export interface SignOptions {
  /** Signs this body but sends `body` (a tampered request). */
  signedBody?: string;
  /** Leaves the signature headers out. */
  unsigned?: boolean;
}

/** POSTs an interaction exactly as Discord does: X-Signature-Ed25519 over timestamp + raw body. */
export async function postSignedInteraction(
  url: string,
  keys: SigningKeys,
  payload: unknown,
  options: SignOptions = {},
): Promise<InteractionPost> {
  const response = await sendSignedInteraction(url, keys, payload, options);
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed };
}

/** The same signed POST, with the response as it came (for multipart answers). */
export async function sendSignedInteraction(
  url: string,
  keys: SigningKeys,
  payload: unknown,
  options: SignOptions = {},
): Promise<Response> {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signed = Buffer.from(timestamp + (options.signedBody ?? body), "utf8");
  const signature = sign(null, signed, keys.privateKey).toString("hex");
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.unsigned ? {} : { "x-signature-ed25519": signature, "x-signature-timestamp": timestamp }),
    },
    body,
  });
}
