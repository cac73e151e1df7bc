import { describe, expect, it } from "vitest";
import { findRecordsForText, recordFields } from "../../../src/core/index.js";
import { lookupCountry } from "../../../src/core/countries.js";
import { inRecordTerms } from "../../../src/core/query/everyday-words.js";
import { loadDesk } from "../../support/desk.js";

describe("words of this field in other languages", () => {
  it("puts them in the records' English terms, whose mission included", () => {
    expect(inRecordTerms("consulado de estados unidos en jeddah ataque 2004")).toBe(
      "consulate of united states in jeddah attack 2004",
    );
    expect(inRecordTerms("art. 22 wiener übereinkommen über diplomatische beziehungen")).toBe(
      "art 22 vienna convention on diplomatic relations",
    );
    expect(inRecordTerms("la valise diplomatique")).toBe("la diplomatic bag");
    expect(inRecordTerms("policia puede entrar embajada sin permiso")).toMatch(/^police can enter embassy /);
    expect(inRecordTerms("embajada es territorio extranjero")).toBe("embassy es foreign soil");
    expect(inRecordTerms("bom kedutaan besar australia")).toBe("bomb embassy australia");
    expect(inRecordTerms("anschläge auf botschaften")).toBe("attacks auf embassies");
    expect(inRecordTerms("manifestation devant l'ambassade juillet 2023")).toBe(
      "protest outside l embassy july 2023",
    );
    // "De" and "del" join a month to its year in Spanish, Portuguese and Italian.
    expect(inRecordTerms("embajadas atacadas en septiembre de 2012")).toBe(
      "embassies attacked in september 2012",
    );
    expect(inRecordTerms("ambasciata settembre del 2012")).toBe("embassy september 2012");
    expect(inRecordTerms("cuando atacaron la embajada")).toBe("when atacaron la embassy");
    // A month's name abroad that is also a name in the records stays as it is.
    expect(inRecordTerms("embassy in rio de janeiro")).toBe("embassy in rio de janeiro");
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
    expect(first("İstanbul İngiliz başkonsolosluğu bombalı saldırı 2003")).toBe("istanbul-gb-2003");
    expect(first("Beyrouth ambassade de France voiture piégée 1982")).toBe("beirut-fr-1982");
    expect(first("¿puede la policía entrar en una embajada extranjera?")).toBe("vcdr-22");
    expect(first("l'ambasciata deve pagare le tasse sull'immobile?")).toBe("vcdr-23");
    expect(first("Schutzmacht Schweiz USA Iran was heisst das")).toBe("concept-protecting-power");
    expect(first("que pasa con el consulado cuando se rompen las relaciones diplomaticas")).toBe("vccr-27");
    expect(first("kann die immunität aufgehoben werden verzicht")).toBe("vcdr-32");
    // Typed with typos, near misses of their words are mended once the question is partly foreign.
    expect(first("toma de la embajda de estados unidos en teheran, cuantos reenes")).toBe("tehran-us-1979");
    expect(first("attaques contre des ambassades dans les annees 80")).toMatch(/-198\d/);
    expect(first("Geiselnhame US-Botschaft Teheran wie lange dauerte di")).toBe("tehran-us-1979");
    expect(first("les diplomates doivent-ils respecter les lois locals")).toBe("vcdr-41");
    expect(first("peut-on arêter un diplomate etrangé")).toBe("vcdr-29");
  });

  it("lists whose missions the words name, in the plural and in adjectives, past other languages' small words", () => {
    const desk = loadDesk();
    const listed = (q: string) => {
      const found = findRecordsForText(desk, q);
      return found.ok ? found.value.hits.map((h) => recordFields(h.doc.item)) : [];
    };
    const french = listed("attaques contre les ambassades de France");
    expect(french.length).toBeGreaterThan(5);
    expect(french.every((r) => r["missionCountry"] === "FR")).toBe(true);
    const german = listed("Anschläge auf deutsche Botschaften");
    expect(german.length).toBeGreaterThan(3);
    expect(german.every((r) => r["missionCountry"] === "DE")).toBe(true);
    const american = listed("¿cuántas embajadas de Estados Unidos fueron atacadas en 2012?");
    expect(american.length).toBeGreaterThan(3);
    expect(american.every((r) => r["missionCountry"] === "US" && String(r["date"]).startsWith("2012"))).toBe(
      true,
    );
  });

  it("reads the countries and cities newsrooms name in their own languages, never mending a typo to one", () => {
    expect(lookupCountry("Irak")).toBe("IQ");
    expect(lookupCountry("Liban")).toBe("LB");
    expect(lookupCountry("Russland")).toBe("RU");
    expect(lookupCountry("libanais")).toBe("LB");
    expect(lookupCountry("britannique")).toBe("GB");
    // A demonym two countries share names neither.
    expect(lookupCountry("américaine")).toBeUndefined();
    // Translations that are English words are not countries: peppers, leather, a thrown grenade.
    expect(lookupCountry("chili")).toBeUndefined();
    expect(lookupCountry("suede")).toBeUndefined();
    expect(lookupCountry("grenade")).toBeUndefined();
    const desk = loadDesk();
    const cities = (q: string) => {
      const found = findRecordsForText(desk, q);
      return found.ok ? found.value.reading?.filters.cities : undefined;
    };
    expect(cities("attaques contre les ambassades à Moscou")).toEqual(["moscow"]);
    expect(cities("Botschaften in Moskau angegriffen")).toEqual(["moscow"]);
    // "Dramas" is one letter from "damas" (Damascus in French), and stays the asker's word.
    expect(cities("embassy hostage dramas of the 1970s")).toBeUndefined();
  });
});
