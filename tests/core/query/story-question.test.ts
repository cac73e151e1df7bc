import { describe, expect, it } from "vitest";
import { questionAfterStory } from "../../../src/core/query/story-question.js";

describe("questionAfterStory", () => {
  it("finds the question asked after a pasted story", () => {
    expect(
      questionAfterStory(
        "ISTANBUL — A truck bomb devastated the British consulate in Istanbul, killing the consul-general. has a british mission been attacked like this before",
      ),
    ).toBe("has a british mission been attacked like this before");
    expect(
      questionAfterStory(
        "Ecuadorean police force their way into Mexico's embassy in Quito - has a host raided an embassy before?",
      ),
    ).toBe("has a host raided an embassy before?");
    expect(
      questionAfterStory(
        "Foreign ministry spokesman: 'We are considering asking a third country to represent our interests in Kabul.' What is a protecting power?",
      ),
    ).toBe("What is a protecting power?");
    // A short situation in the editor's own words is a story too.
    expect(questionAfterStory("iran's consulate in herat is on fire. any history here?")).toBe(
      "any history here?",
    );
  });

  it("leaves a question of one part, a short lead or a one-word tail alone", () => {
    expect(questionAfterStory("has the us embassy in belgrade been attacked before")).toBeUndefined();
    expect(questionAfterStory("Tehran 1979. precedents?")).toBeUndefined();
    expect(
      questionAfterStory(
        "NATO aircraft struck the Chinese embassy in Belgrade overnight. Beijing accused the alliance and crowds gathered outside American missions in China.",
      ),
    ).toBeUndefined();
    expect(
      questionAfterStory("Protesters stormed the British embassy compound in Tehran on Tuesday. law?"),
    ).toBeUndefined();
  });
});
