import { cutToLength } from "../../core/index.js";

const ELLIPSIS = "…";

const FENCE = "```";

/**
 * Cuts to `max` characters with "…", never failing on long text. A cut inside a code block closes
 * it: left open, Discord renders the fence as text and everything after it as markdown, so the
 * mentions and links the block held verbatim would come alive.
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = (room: number) => `${cutToLength(text, Math.max(0, room)).trimEnd()}${ELLIPSIS}`;
  const fitted = cut(max - 1);
  if (fenceCount(fitted) % 2 === 0) return fitted;
  const shorter = cut(max - 1 - FENCE.length - 1);
  return fenceCount(shorter) % 2 === 0 ? shorter : `${shorter}\n${FENCE}`;
}

function fenceCount(text: string): number {
  return text.split(FENCE).length - 1;
}

/** Joins whole lines up to `max`, ending with "…" when some were left out (a cut link would not render). */
export function fitLines(lines: readonly string[], max: number, separator = "\n"): string {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    const added = (kept.length > 0 ? separator.length : 0) + line.length;
    if (length + added > max - (separator.length + ELLIPSIS.length)) {
      if (kept.length === 0) return fitText(line, max);
      kept.push(ELLIPSIS);
      break;
    }
    kept.push(line);
    length += added;
  }
  return kept.join(separator);
}

/**
 * Makes text safe to show in markdown: no mention can ping or render (`@everyone`, `<@id>`,
 * `<@&role>`), no masked link can form and no bare URL turns into a link. Applied to every string
 * of an Answer, since error messages and titles quote what the person typed.
 */
export function inert(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, "\\$&")
    .replace(/^([#>-])/gm, "\\$1")
    .replace(/@(everyone|here)/gi, "@\u200b$1")
    .replace(/<([@#/:])/g, "<\u200b$1")
    .replace(/:\/\//g, ":\u200b//");
}
