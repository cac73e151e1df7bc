/** Letters that carry no accent to strip but are a plain letter or two all the same ("saldırı", "Straße"). */
const FOLDED: Readonly<Record<string, string>> = {
  ı: "i",
  ß: "ss",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
};

/** Lower case, no diacritics, punctuation folded to spaces: the one shape every matcher compares. */
export function normalizeText(input: string): string {
  return input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[ıßøæœłđðþ]/g, (c) => FOLDED[c] ?? c)
    .replace(/['’`]s\b/g, "")
    .replace(/[^a-z0-9.]+/g, " ")
    .replace(/(?<![0-9])\.|\.(?![0-9])/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function tokenize(input: string): string[] {
  const normalized = normalizeText(input);
  return normalized === "" ? [] : normalized.split(" ");
}

/**
 * Whether `phrase` stands as whole words in `padded` (tokens joined by single spaces, with a space
 * at each end). Finds it in place rather than building `" phrase "`: a question is checked against
 * hundreds of cue phrases.
 */
export function hasPhrase(padded: string, phrase: string): boolean {
  for (let at = padded.indexOf(phrase); at >= 0; at = padded.indexOf(phrase, at + 1)) {
    if (padded.charCodeAt(at - 1) === 32 && padded.charCodeAt(at + phrase.length) === 32) return true;
  }
  return false;
}
