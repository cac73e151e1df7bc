const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * The longest start of `text` made of whole characters as a reader sees them (grapheme clusters:
 * an emoji with its modifiers, a letter with its accents) that fits in `max` UTF-16 units, the
 * unit the platforms' limits count. Cutting by code units can split a surrogate pair and leave a
 * lone half, which Slack and Discord reject or show as garbage.
 */
export function cutToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  // Whether a boundary falls at `max` depends only on what precedes it and the one code point
  // (at most two units) that starts there, so the rest of a long text need not be segmented.
  const head = text.slice(0, max + 2);
  let end = 0;
  for (const { segment } of segmenter.segment(head)) {
    if (end + segment.length > max) break;
    end += segment.length;
  }
  return text.slice(0, end);
}
