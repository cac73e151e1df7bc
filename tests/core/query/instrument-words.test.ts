import { describe, expect, it } from "vitest";
import { steeredInstruments } from "../../../src/core/query/instrument-words.js";
import { questionWords } from "../../support/question-words.js";

const steer = (text: string, citedCase = false) => {
  const { tokens, has, signals } = questionWords(text);
  return steeredInstruments(tokens, has, signals, citedCase);
};

describe("steeredInstruments", () => {
  it("steers a crime against a mission or its people to the 1973 convention, not a diplomat's own deed", () => {
    expect([...steer("is attacking an embassy a crime under international law").instruments]).toEqual([
      "IPP",
    ]);
    expect([...steer("who can prosecute the kidnapping of a diplomat").instruments]).toEqual(["IPP"]);
    expect([
      ...steer("which crimes against diplomats must states make criminal offences").instruments,
    ]).toEqual(["IPP"]);
    expect(
      steer("diplomat ran a red light and killed someone, can he be prosecuted").instruments.has("IPP"),
    ).toBe(false);
    expect(steer("is attacking an embassy legal").instruments.has("IPP")).toBe(false);
    expect([...steer("jurisdiction over people who attack diplomats abroad").instruments]).toEqual(["IPP"]);
    expect(steer("immunity from jurisdiction of diplomats").instruments.has("IPP")).toBe(false);
  });

  it("steers consular words to the VCCR unless joined with diplomatic ones", () => {
    expect([...steer("are consulates protected like embassies").instruments]).toEqual(["VCCR"]);
    expect([...steer("diplomatic and consular missions").instruments]).toEqual([]);
    expect([...steer("the vccr on diplomatic and consular missions").instruments]).toEqual(["VCCR"]);
  });

  it("tells a question about an embassy alone", () => {
    expect(steer("can firemen enter an embassy").diplomaticOnly).toBe(true);
    expect(steer("can firemen enter a consulate").diplomaticOnly).toBe(false);
    expect(steer("when diplomatic relations are broken off").diplomaticOnly).toBe(false);
  });

  it("steers to the World Court for its cases, not for local ones or relations broken off", () => {
    expect([...steer("the tehran hostages case").instruments]).toEqual(["ICJ"]);
    expect([...steer("diplomatic immunity criminal cases").instruments]).toEqual([]);
    expect([...steer("drc v uganda", true).instruments]).toEqual(["ICJ"]);
    expect([...steer("when diplomatic relations are broken off").instruments]).toEqual([]);
    expect([...steer("which treaty protects diplomats").instruments].sort()).toEqual(["IPP", "VCCR", "VCDR"]);
    expect([...steer("can an ambassador be sued over unpaid rent").instruments]).toEqual([]);
    expect([...steer("can a court seize embassy cars to pay a judgment").instruments]).toEqual([]);
    expect([...steer("bailiffs acting on a commercial court judgment at the embassy").instruments]).toEqual(
      [],
    );
    expect([...steer("was iran ever sued over an embassy seizure").instruments]).toEqual(["ICJ"]);
  });

  it("does not take a case named after something the data never mentions for the Court's", () => {
    const { tokens, has, signals } = questionWords("the harry dunn case");
    const known = (w: string) => !["harry", "dunn"].includes(w);
    expect([...steeredInstruments(tokens, has, signals, false, known).instruments]).toEqual([]);
    expect([...steeredInstruments(tokens, has, signals, false, () => true).instruments]).toEqual(["ICJ"]);
  });

  it("knows a treaty by the year people call it by", () => {
    expect([...steer("the 1973 convention").instruments]).toEqual(["IPP"]);
    expect([...steer("the 1963 vienna convention").instruments]).toEqual(["VCCR"]);
  });
});
