import { describe, expect, it } from "vitest";
import { readLegalCues } from "../../../src/core/query/legal-cues.js";
import { questionWords } from "../../support/question-words.js";

const cues = (text: string) => {
  const { tokens, has, signals } = questionWords(text);
  return readLegalCues(tokens, has, signals, false, false);
};

describe("readLegalCues", () => {
  it("reads what authorities did to a mission's people, and a request for the rule, as law", () => {
    expect(cues("a consul was arrested for a bar fight").legalCue).toBe(true);
    expect(cues("consul charged with fraud in his own private business").legalCue).toBe(true);
    expect(cues("the ambassador was shot outside his residence").legalCue).toBe(false);
    const rule = cues("georgia waived immunity for its diplomat after the 1997 crash, what rule allows that");
    expect(rule.strongLegal).toBe(true);
  });

  it("reads what a state owed, asked with what or which, as law wherever it is set", () => {
    expect(
      cues("protesters breach british embassy compound in tehran - what were iran's obligations?")
        .strongLegal,
    ).toBe(true);
    expect(cues("our consul was beaten up by a mob, what did the host country owe him").strongLegal).toBe(
      true,
    );
    expect(cues("iran's obligations were ignored in 1979").strongLegal).toBe(false);
    expect(cues("iran's obligations after the 2011 storming of the british embassy").strongLegal).toBe(true);
    expect(cues("why did not british police just enter and grab assange").strongLegal).toBe(true);
    expect(cues("can you sue a diplomat for unpaid rent on a flat").strongLegal).toBe(true);
    expect(cues("can you list diplomats killed in moscow").strongLegal).toBe(false);
    expect(cues("who must guard the chinese consulate in karachi").strongLegal).toBe(true);
    expect(
      cues("who is responsible for security outside the australian embassy in jakarta").strongLegal,
    ).toBe(true);
    expect(cues("who pays if protesters trash an embassy in canberra").strongLegal).toBe(true);
    expect(cues("who is responsible for the 1983 beirut bombing").strongLegal).toBe(false);
    expect(
      cues("ocalan was hiding in the greek ambassador's residence in nairobi, was that diplomatic asylum")
        .strongLegal,
    ).toBe(true);
    expect(cues("does a state must pay reparation after failing to protect an embassy").strongLegal).toBe(
      true,
    );
    expect(cues("why did not police enter the embassy in 1980").strongLegal).toBe(false);
    expect(cues("honorary consul office is protected by the host state?").strongLegal).toBe(true);
    expect(cues("was serbia obliged to protect the us embassy in belgrade in 2008").strongLegal).toBe(true);
    expect(
      cues("did peru need japan's consent to storm the ambassador's residence in lima").strongLegal,
    ).toBe(true);
    const told =
      "protesters took over an embassy and the police did nothing. is the host country responsible?";
    expect(cues(told).strongLegal).toBe(true);
    expect(cues("is the government to blame for the riot at the embassy").strongLegal).toBe(true);
    expect(cues("who is responsible for the 1983 beirut bombing").strongLegal).toBe(false);
    expect(cues("umaru dikko crate stansted 1984 was it a diplomatic bag").strongLegal).toBe(true);
    const past =
      "could the british police have entered the libyan embassy after the policewoman was shot in 1984";
    expect(cues(past).strongLegal).toBe(true);
    expect(cues("the police could not stop the mob in 1984").strongLegal).toBe(false);
    expect(cues("congo uganda embassy case").citedCase).toBe(true);
    expect(cues("drc v uganda").citedCase).toBe(true);
    expect(cues("the case of the iranian embassy siege in london").citedCase).toBe(false);
  });

  it("reads what an authority or a mission's people may do as law, not what the bot is asked", () => {
    expect(cues("can police enter the us embassy in london").strongLegal).toBe(true);
    expect(cues("can moscow stop american diplomats from travelling").peopleMay).toBe(true);
    expect(cues("can you list diplomats killed in moscow").peopleMay).toBe(false);
    expect(cues("can you list diplomats killed in moscow").strongLegal).toBe(false);
    // What police may do, even in a room named for an errand, is law.
    expect(cues("can police walk into a consulate visa waiting room").peopleMay).toBe(true);
  });

  it("reads a diplomat's crime and a breach of international law as law, wherever it is set", () => {
    expect(cues("a diplomat accused of a crime in london").strongLegal).toBe(true);
    expect(cues("did the country break international law").strongLegal).toBe(true);
  });

  it("lets a year, not a city, set a question about immunity at an event", () => {
    expect(cues("is she immune in seoul").incidentAnchor).toBe(false);
    expect(cues("is she immune in seoul").legalCue).toBe(true);
    expect(cues("embassy attacks in seoul").incidentAnchor).toBe(true);
    expect(cues("was he immune in seoul in 1990").incidentAnchor).toBe(true);
    expect(cues("kidnapped on its territory").legalCue).toBe(false);
  });

  it("reads who must act as law, and who it happened to as events", () => {
    expect(cues("who takes care of the building").legalCue).toBe(true);
    expect(cues("ambassadors who were assassinated").legalCue).toBe(false);
    expect(cues("drc v uganda").citedCase).toBe(true);
  });
});
