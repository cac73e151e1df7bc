/**
 * A deliberately light suffix stripper: enough that "bombings", "bombed" and "bomb" meet,
 * applied identically to the index and the query so it never has to be linguistically right.
 */
export function stem(token: string): string {
  if (token.length <= 4 || /^\d/.test(token)) return token;
  // "Inviolability" is the quality of what is "inviolable": one stem, so a question in either word
  // meets a rule titled in the other. (Only this word: "responsibility" for an attack is not being
  // "responsible" for a mission's safety, and the notes tell them apart.)
  if (token === "inviolability") return "inviolable";
  if (token.endsWith("ies") && token.length > 5) return `${token.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/.test(token)) return token.slice(0, -2);
  for (const suffix of ["ings", "ing", "ed", "s"]) {
    if (token.endsWith(suffix) && !token.endsWith("ss") && token.length - suffix.length >= 4) {
      return silentE(undoubled(token.slice(0, -suffix.length)), suffix);
    }
  }
  return undoubled(token);
}

/**
 * "Waived" and "seized" lost the silent e their verbs end in ("waive", "seize"): it is put back, so
 * the verb and its past meet. Only after v and -iz, where English words almost always end in e.
 */
function silentE(word: string, suffix: string): string {
  return (suffix === "ed" || suffix === "ing") && /(v|[a-z]{2}iz)$/.test(word) ? `${word}e` : word;
}

/**
 * English doubles a final consonant before -ed and -ing ("expelled", "kidnapped"): one of the two
 * goes, from every word alike, so "expel" meets "expelled". A final "ll" goes only after two vowel
 * groups ("expell", "install"), since "kill" and "shell" are words as they stand.
 */
function undoubled(word: string): string {
  if (/([bdgmnprt])\1$/.test(word)) return word.slice(0, -1);
  if (word.endsWith("ll") && (word.match(/[aeiouy]+/g)?.length ?? 0) >= 2) return word.slice(0, -1);
  return word;
}
