import { describe, expect, it } from "vitest";
import { buildReadingLexicon, joinSplitWords, mendReadingWords } from "../../../src/core/query/spelling.js";

const lexicon = buildReadingLexicon([
  ["tehran", "baghdad", "nairobi", "israeli"],
  ["hostages", "assassinated"],
  ["baker", "bayer"],
]);
const nothingKnown = () => false;

describe("mendReadingWords", () => {
  it("mends near misses of the words the reading acts on: places, demonyms, types", () => {
    expect(mendReadingWords("tehrna hostges", lexicon, nothingKnown)).toBe("tehran hostages");
    const dataWords = (w: string) => ["attacks", "embassies"].includes(w);
    expect(mendReadingWords("attacks on isreali embassies", lexicon, dataWords)).toBe(
      "attacks on israeli embassies",
    );
    expect(mendReadingWords("diplomats assasinated in the 70s", lexicon, nothingKnown)).toContain(
      "assassinated",
    );
  });

  it("mends to another language's words only in a question partly in another language, English first", () => {
    const mixed = buildReadingLexicon(
      [["passport", "convention"]],
      [],
      ["passaporte", "embajada", "convencao"],
    );
    expect(mendReadingWords("toma de la embajda", mixed, nothingKnown)).toBe("toma de la embajada");
    expect(mendReadingWords("embajda attack", mixed, nothingKnown)).toBe("embajda attack");
    expect(mendReadingWords("lost my passaport", mixed, nothingKnown)).toBe("lost my passport");
    expect(mendReadingWords("la convencion", mixed, nothingKnown)).toBe("la convention");
    // Foreign as typed, though its foreign words were put in English before mending ("peut" → "can").
    const arrest = buildReadingLexicon([["arrest", "diplomat"]], [], ["arreter", "diplomate"]);
    expect(
      mendReadingWords("can on areter a diplomat", arrest, nothingKnown, "peut-on areter un diplomate"),
    ).toBe("can on arreter a diplomat");
    expect(mendReadingWords("can on areter a diplomat", arrest, nothingKnown)).toBe(
      "can on areter a diplomat",
    );
  });

  it("leaves words the data knows, short words and stop words as typed", () => {
    expect(mendReadingWords("tehrna", lexicon, (w) => w === "tehrna")).toBe("tehrna");
    expect(mendReadingWords("iram irak", lexicon, nothingKnown)).toBe("iram irak");
    expect(mendReadingWords("which where there", lexicon, nothingKnown)).toBe("which where there");
  });

  it("mends only to one closest word, within one edit up to seven letters", () => {
    // "bamer" is one edit from both "baker" and "bayer": nothing is guessed.
    expect(mendReadingWords("bamer", lexicon, nothingKnown)).toBe("bamer");
    expect(mendReadingWords("nairbi", lexicon, nothingKnown)).toBe("nairobi");
    // Two edits in a word of under eight letters are too many.
    expect(mendReadingWords("naxrbx", lexicon, nothingKnown)).toBe("naxrbx");
    expect(mendReadingWords("nrbi", lexicon, nothingKnown)).toBe("nrbi");
  });

  it("mends to one of several equally close forms of one word, the nearest in length", () => {
    const forms = buildReadingLexicon([["consul", "consuls", "consular"]]);
    expect(mendReadingWords("consulr notification", forms, nothingKnown)).toBe("consuls notification");
    expect(mendReadingWords("consulars", forms, nothingKnown)).toBe("consular");
  });

  it("mends to a word that sets a question aside only from one edit away", () => {
    const withAside = buildReadingLexicon([["hostages"]], [["wedding", "passport"]]);
    // Two edits: "knife-wielding" is no wedding, and the question keeps its subject.
    expect(mendReadingWords("knife wielding man", withAside, nothingKnown)).toBe("knife wielding man");
    expect(mendReadingWords("pasport renewal", withAside, nothingKnown)).toBe("passport renewal");
    expect(mendReadingWords("hostges", withAside, nothingKnown)).toBe("hostages");
  });
});

describe("joinSplitWords", () => {
  const dataWords = new Set([
    "lagrand",
    "airstrikes",
    "cooperate",
    "case",
    "la",
    "grand",
    "air",
    "strikes",
    "unofficials",
  ]);
  const known = (word: string) => dataWords.has(word);

  it("joins two words the data writes as one", () => {
    expect(joinSplitWords("la grand case", known)).toBe("lagrand case");
    expect(joinSplitWords("embassies hit by air strikes", known)).toBe("embassies hit by airstrikes");
  });

  it("leaves apart words that stand on their own, stop words and unknown joins", () => {
    expect(joinSplitWords("are un officials covered", known)).toBe("are un officials covered");
    expect(joinSplitWords("for things they do", (w) => w === "forthings" || known(w))).toBe(
      "for things they do",
    );
    expect(joinSplitWords("grand case", known)).toBe("grand case");
  });
});
