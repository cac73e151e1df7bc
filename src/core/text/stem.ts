/**
 * A deliberately light suffix stripper: enough that "bombings", "bombed" and "bomb" meet,
 * applied identically to the index and the query so it never has to be linguistically right.
 */
export function stem(token: string): string {
  if (token.length <= 4 || /^\d/.test(token)) return token;
  for (const suffix of ["ings", "ing", "ied", "ies", "ed", "es", "s"]) {
    if (token.endsWith(suffix) && token.length - suffix.length >= 4) {
      const base = token.slice(0, -suffix.length);
      return suffix === "ied" || suffix === "ies" ? `${base}y` : base;
    }
  }
  return token;
}
