import { describe, expect, it } from "vitest";
import { findRecordsForText } from "../../../src/core/index.js";
import { inRecordTerms } from "../../../src/core/query/everyday-words.js";
import { loadDesk } from "../../support/desk.js";

describe("words of this field in other languages", () => {
  it("puts them in the records' English terms, whose mission included", () => {
    expect(inRecordTerms("consulado de estados unidos en jeddah ataque 2004")).toBe(
      "consulate of united states en jeddah attack 2004",
    );
    expect(inRecordTerms("art. 22 wiener übereinkommen über diplomatische beziehungen")).toBe(
      "art 22 vienna convention on diplomatic relations",
    );
    expect(inRecordTerms("la valise diplomatique")).toBe("la diplomatic bag");
    expect(inRecordTerms("policia puede entrar embajada sin permiso")).toMatch(/^police can enter embassy /);
    expect(inRecordTerms("embajada es territorio extranjero")).toBe("embassy es foreign soil");
    expect(inRecordTerms("bom kedutaan besar australia")).toBe("bom embassy australia");
    expect(inRecordTerms("anschläge auf botschaften")).toBe("attacks auf embassies");
  });

  it("finds the incident and the rule they name", () => {
    const desk = loadDesk();
    const first = (q: string) => {
      const found = findRecordsForText(desk, q);
      return found.ok ? found.value.hits[0]?.doc.item.record.id : undefined;
    };
    expect(first("japanese red army took the french ambassade in den haag 1974")).toBe("the-hague-fr-1974");
    expect(first("cour internationale de justice etats-unis contre iran 1980")).toBe(
      "icj-tehran-hostages-1980",
    );
    expect(first("ambassade des etats-unis teheran 1979 hostages how many days")).toBe("tehran-us-1979");
  });
});
