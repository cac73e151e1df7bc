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

/**
 * How many characters a person sent, in Unicode code points: an emoji counts once, not as the two
 * UTF-16 units `String.length` counts. Every limit on user text is applied in this unit.
 */
export function countCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** The longest start of `text` made of whole grapheme clusters that has at most `max` characters (code points). */
export function cutToCharacters(text: string, max: number): string {
  if (countCharacters(text) <= max) return text;
  let end = 0;
  let count = 0;
  for (const { segment } of segmenter.segment(text)) {
    const size = countCharacters(segment);
    if (count + size > max) break;
    count += size;
    end += segment.length;
  }
  return text.slice(0, end);
}
