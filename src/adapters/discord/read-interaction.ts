/**
 * The envelope of an interaction as Discord POSTs it to the HTTP endpoint (the same object the
 * gateway's INTERACTION_CREATE carries):
 * https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 * discord.js reads the rest when it builds its interaction object from it.
 */
export interface RawInteraction {
  id: string;
  token: string;
  type: number;
}

/** https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-type */
export const PING = 1;

/** A shape check for JSON that claims to be an interaction. */
export function isRawInteraction(value: unknown): value is RawInteraction {
  const v = value as Partial<RawInteraction> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.id === "string" &&
    typeof v.token === "string" &&
    typeof v.type === "number"
  );
}
