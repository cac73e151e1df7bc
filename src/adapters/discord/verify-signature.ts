import { createPublicKey, verify, type KeyObject } from "node:crypto";

/** Ed25519 signatures are 64 bytes, sent as 128 hex characters; public keys are 32 bytes (64 hex). */
const SIGNATURE_HEX = /^[0-9a-f]{128}$/i;
const PUBLIC_KEY_HEX = /^[0-9a-f]{64}$/i;

/** Checks one request's signature; false for anything missing or malformed, never a throw. */
export type SignatureCheck = (
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
) => boolean;

/**
 * Discord signs every request to the Interactions Endpoint URL: X-Signature-Ed25519 over
 * X-Signature-Timestamp followed by the raw body, with the application's key (Developer Portal →
 * General Information → Public Key, hex).
 * https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
 */
export function createSignatureCheck(publicKeyHex: string): SignatureCheck {
  const key = publicKeyFromHex(publicKeyHex);
  return (signature, timestamp, body) => {
    if (!signature || !timestamp || !SIGNATURE_HEX.test(signature)) return false;
    const signed = Buffer.concat([Buffer.from(timestamp, "utf8"), body]);
    return verify(null, signed, key, Buffer.from(signature, "hex"));
  };
}

/** The raw 32-byte key as a KeyObject, through its JWK form (OKP, curve Ed25519, x in base64url). */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!PUBLIC_KEY_HEX.test(hex)) throw new Error("DISCORD_PUBLIC_KEY: expected 64 hex characters");
  const x = Buffer.from(hex, "hex").toString("base64url");
  return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x }, format: "jwk" });
}
