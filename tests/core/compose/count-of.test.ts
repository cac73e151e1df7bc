import { describe, expect, it } from "vitest";
import { countOf } from "../../../src/core/compose/count-of.js";

describe("countOf", () => {
  it("puts the noun in the plural unless the number is one", () => {
    expect(countOf(1, "incident")).toBe("1 incident");
    expect(countOf(0, "incident")).toBe("0 incidents");
    expect(countOf(7, "source")).toBe("7 sources");
  });
});
