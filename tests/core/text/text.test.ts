import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allowedTypos, editDistance, letterMask, masksWithin } from "../../../src/core/text/edit-distance.js";
import { hasPhrase, normalizeText, tokenize } from "../../../src/core/text/normalize.js";
import { stem } from "../../../src/core/text/stem.js";

describe("text", () => {
  it("normalizes case, accents, possessives and punctuation", () => {
    expect(normalizeText("Bogotá's EMBASSY — Art. 22(2)!")).toBe("bogota embassy art 22 2");
    expect(tokenize("  ")).toEqual([]);
    // Letters with no accent to strip are folded too, so a Turkish or German word stays whole.
    expect(normalizeText("İngiliz başkonsolosluğu saldırısı, Straße")).toBe(
      "ingiliz baskonsoloslugu saldirisi strasse",
    );
  });

  it("stems the forms a question and a record may use alike", () => {
    expect(stem("bombings")).toBe(stem("bombing"));
    expect(stem("stormed")).toBe(stem("storming"));
    expect(stem("consulates")).toBe(stem("consulate"));
    expect(stem("embassies")).toBe("embassy");
    expect(stem("churches")).toBe("church");
    expect(stem("1979")).toBe("1979");
    // A consonant doubled before -ed and -ing: "expel" meets "expelled", "kidnap" "kidnapped"…
    expect(stem("expelled")).toBe(stem("expel"));
    expect(stem("kidnapping")).toBe(stem("kidnap"));
    // The silent e of "waive" and "seize" comes back after -ed and -ing.
    expect(stem("waived")).toBe(stem("waive"));
    expect(stem("seizing")).toBe(stem("seize"));
    // …while words that end in a double letter keep meeting their own forms.
    expect(stem("killed")).toBe("kill");
    expect(stem("staffed")).toBe(stem("staff"));
    // The law's quality and its adjective meet; responsibility and responsible stay apart.
    expect(stem("inviolability")).toBe(stem("inviolable"));
    expect(stem("responsibility")).not.toBe(stem("responsible"));
  });

  it("measures typos, transpositions included, and stops early past the bound", () => {
    expect(editDistance("bengazi", "benghazi", 2)).toBe(1);
    expect(editDistance("teh", "the", 2)).toBe(1);
    expect(editDistance("weather", "tomorrow", 2)).toBe(3);
    expect(allowedTypos("art")).toBe(0);
    expect(allowedTypos("iran")).toBe(1);
    expect(allowedTypos("benghazi")).toBe(2);
  });
  it("never lets the letter-mask check skip two words within the edit bound", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcdeéz-1 "), minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(word, word, fc.constantFrom(1, 2), (a, b, max) => {
        if (editDistance(a, b, max) <= max) expect(masksWithin(letterMask(a), letterMask(b), max)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(masksWithin(letterMask("tehran"), letterMask("sudan"), 1)).toBe(false);
    expect(masksWithin(letterMask("tehran"), letterMask("tehrna"), 1)).toBe(true);
  });

  it("finds a phrase only as whole words", () => {
    expect(hasPhrase(" was it a diplomatic bag ", "diplomatic bag")).toBe(true);
    expect(hasPhrase(" undiplomatic bags ", "diplomatic bag")).toBe(false);
    expect(hasPhrase(" diplomatic bags and a diplomatic bag ", "diplomatic bag")).toBe(true);
    expect(hasPhrase(" embassy ", "embassy")).toBe(true);
  });
});
