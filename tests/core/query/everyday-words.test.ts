import { describe, expect, it } from "vitest";
import { inRecordTerms } from "../../../src/core/query/everyday-words.js";

describe("inRecordTerms", () => {
  it.each([
    ["are consulates as untouchable as embassies", "are consulates as inviolable as embassies"],
    ["our consulate's mail bag was opened", "our consulate bag was opened"],
    ["can the embassy refuse to let police in", "can the embassy refuse to let police enter"],
    ["diplomat given 48 hours to leave", "diplomat given 48 expelled"],
    ["do the firemen just have to watch", "do the firefighters just must watch"],
    ["admin staff immune", "administrative and technical staff immune"],
    ["retired ambassador now back home", "ambassador after leaving the post after leaving the post"],
    // The convention's own phrase is left as it is, not read twice.
    ["administrative and technical staff", "administrative and technical staff"],
  ])("reads %j in the records' terms as %j", (said, recordTerms) => {
    expect(inRecordTerms(said)).toBe(recordTerms);
  });

  it("puts everyday words in the records' terms, phrases before single words", () => {
    expect(inRecordTerms("can cops kick out a diplomat")).toBe("can police expel a diplomat");
    expect(inRecordTerms("after diplomatic ties were restored")).toBe(
      "after diplomatic relations were restored",
    );
    expect(inRecordTerms("after diplomatic ties are cut")).toBe("after diplomatic relations are broken off");
    expect(inRecordTerms("diplomats cant be arrested")).toBe("diplomats cannot be arrested");
    expect(inRecordTerms("does his family lose their immunity straight away")).toBe(
      "does his family immunity end straight away",
    );
    expect(inRecordTerms("when immunity ends")).toBe("when immunity end");
    expect(inRecordTerms("can firefighters go into an embassy")).toBe("can firefighters enter an embassy");
    expect(inRecordTerms("do the police have to tell our consulate")).toBe(
      "do the police must notify our consulate",
    );
    expect(inRecordTerms("can diplomats travel freely")).toBe("can diplomats freedom of movement");
    expect(inRecordTerms("what are embassies actually for")).toBe("functions of embassies");
    expect(inRecordTerms("can i sue a diplomat")).toBe("can i sued a diplomat");
    expect(inRecordTerms("is the ambassadors house protected")).toBe("is the ambassador residence protected");
    expect(inRecordTerms("air strikes that hit embassies")).toBe("airstrikes that hit embassies");
    expect(inRecordTerms("us embassy baghdad new years eve 2019")).toBe(
      "us embassy baghdad 31 december 2019",
    );
    expect(inRecordTerms("once a diplomat has left his post")).toBe(
      "once a diplomat has after leaving the post",
    );
    expect(inRecordTerms("the flat of a second secretary")).toBe("the flat of a diplomat");
    expect(inRecordTerms("dipl bag open?")).toBe("diplomatic bag open");
    expect(inRecordTerms("could the police have walked into the embassy")).toBe(
      "could the police have entered the embassy",
    );
    expect(inRecordTerms("has an embassy been bombed from the air")).toBe("has an embassy been airstrike");
    expect(inRecordTerms("who looks after us interests in iran")).toBe("who protecting power in iran");
    expect(inRecordTerms("do they have to let u call ur embassy")).toBe("do they must let u consular access");
    expect(inRecordTerms("the police wont let the consulate see him")).toBe(
      "the police wont consular access him",
    );
    expect(inRecordTerms("will they allow the consul to visit her")).toBe("will they consular access her");
    expect(inRecordTerms("he kidnaps an ambassador and flees to another country")).toBe(
      "he kidnaps an ambassador and fled abroad",
    );
    expect(inRecordTerms("do countries share intel")).toBe("do countries exchange information");
    expect(inRecordTerms("can the host cap how many diplomats come")).toBe(
      "can the host limit the size of the mission diplomats come",
    );
    expect(inRecordTerms("attacks on brit embs")).toBe("attacks on british embassies");
    expect(inRecordTerms("new york conv 73")).toBe("new york convention 73");
    expect(inRecordTerms("consul png vccr")).toBe("consul persona non grata vccr");
    expect(inRecordTerms("convert png to jpg")).toBe("convert png to jpg");
    expect(inRecordTerms("consulate after relations cut")).toBe("consulate after relations broken off");
    expect(inRecordTerms("how many us emb attacks in 79")).toBe("how many us embassy attacks in 1979");
    expect(inRecordTerms("sanctions in 45 minutes")).toBe("sanctions in 45 minutes");
    expect(inRecordTerms("us emb damascus attack 06")).toBe("us embassy damascus attack 2006");
    expect(inRecordTerms("vcdr art 22")).toBe("vcdr art 22");
    expect(inRecordTerms("is there a rule on how many diplomats a country keeps")).toBe(
      "is there a rule on the size of the mission a country keeps",
    );
    expect(inRecordTerms("embassy used for spying")).toBe("misuse of an embassy for spying");
    expect(inRecordTerms("detained after a collision")).toBe("detained after a crash");
    expect(inRecordTerms("police forced their way into the embassy")).toBe("police raided the embassy");
    expect(inRecordTerms("the embassy was not informed of the arrest")).toBe(
      "the embassy was no notification of the arrest",
    );
    expect(inRecordTerms("gunmen looted offices before withdrawing, witnesses said")).toBe(
      "gunmen looted offices before withdrawing",
    );
    expect(inRecordTerms("iranian students grabbed the american embassy")).toBe(
      "iranian students seized the american embassy",
    );
    expect(inRecordTerms("embassy attacks in the balkans for a podcast episode")).toBe(
      "embassy attacks in the balkans for a podcast",
    );
    expect(inRecordTerms("in the us embassy are you technically in america")).toBe(
      "in the us embassy are you in foreign soil",
    );
    // Without a mission, "in america" is only a place.
    expect(inRecordTerms("are you technically in america at the airport")).toBe(
      "are you in america at the airport",
    );
    expect(inRecordTerms("what if my dad is a diplomat")).toBe("what if my family of a diplomat");
    expect(inRecordTerms("us emb tehran 79 what happened")).toBe("us embassy tehran 79 what happened");
    expect(inRecordTerms("can govt expel an ambo")).toBe("can government expel an ambassador");
    expect(inRecordTerms("israeli embassys attacked")).toBe("israeli embassies attacked");
    expect(inRecordTerms("diplomat running a side business")).toBe("diplomat running a commercial activity");
    expect(inRecordTerms("do diplomats have to follow the law")).toBe("do diplomats must respect the laws");
    expect(inRecordTerms("im a diplomat's kid")).toBe("im a diplomat family");
    expect(inRecordTerms("the ambassador's 19 year old son")).toBe("the ambassador 19 family member");
    expect(inRecordTerms("diplomats banned from travelling")).toBe(
      "diplomats restricted freedom of movement",
    );
    expect(inRecordTerms("is it legal to burn a flag in front of an embassy")).toBe(
      "is it legal to impairment of the dignity of the mission in front of an embassy",
    );
    expect(inRecordTerms("are embassies exempt from their water bills")).toBe(
      "are embassies exempt from their payment for specific services rendered",
    );
    expect(inRecordTerms("can firefighters go in without the ambassador's permission")).toBe(
      "can firefighters enter without the consent of the head of the mission",
    );
    expect(inRecordTerms("consulats attacked")).toBe("consulates attacked");
    expect(inRecordTerms("kuwait emb bombings dec 83")).toBe("kuwait embassy bombings dec 1983");
    expect(inRecordTerms("beirut truck bomb, was it 82 or 83")).toBe("beirut truck bomb was it 1982 or 1983");
    expect(inRecordTerms("do diplomats have to pay their parking fines")).toBe(
      "do diplomats must pay their traffic offence",
    );
    expect(inRecordTerms("is the embassy chauffeur immune")).toBe("is the embassy service staff immune");
    expect(inRecordTerms("can the host send commandos into an embassy")).toBe(
      "can the host special forces enter an embassy",
    );
    // A day stays a day.
    expect(inRecordTerms("attack on dec 12")).toBe("attack on dec 12");
    expect(inRecordTerms("how can a government get rid of a consul")).toBe(
      "how can a government expel a consul",
    );
    expect(inRecordTerms("ex-ambassador now retired")).toBe("ambassador after leaving the post now retired");
    expect(inRecordTerms("the guard is a local hire")).toBe("the guard is a service staff");
    expect(inRecordTerms("someone spray-painted the office")).toBe("someone damage the office");
    expect(inRecordTerms("keep him in a cell overnight")).toBe("keep him in detention overnight");
    // Caught doing what the everyday words name otherwise is not a crime read as such.
    expect(inRecordTerms("a diplomat was caught campaigning")).toBe(
      "a diplomat was caught interference in internal affairs",
    );
    expect(inRecordTerms("after a break in relations")).toBe("after a relations broken off");
    expect(inRecordTerms("after cutting ties can the host")).toBe("after relations broken off can the host");
    expect(inRecordTerms("switzerland represents us interests in iran")).toBe(
      "switzerland protecting power in iran",
    );
    expect(inRecordTerms("diplomats represent their country")).toBe("diplomats represent their country");
    expect(inRecordTerms("he told me i can't take him to court")).toContain("sued him");
    expect(inRecordTerms("does that country have to send him back")).toContain("extradite him");
    expect(inRecordTerms("if two countries stop talking to each other")).toBe(
      "if two countries break off diplomatic relations",
    );
    expect(inRecordTerms("put a cap on how many people work at an embassy")).toBe(
      "limit the number of staff at an embassy",
    );
    expect(inRecordTerms("can the police walk in after him")).toBe("can the police enter after him");
    expect(inRecordTerms("a consul gets beaten up")).toBe("a consul gets attacked");
    expect(inRecordTerms("protesters keep harassing the consul")).toBe(
      "protesters keep harassment of the consul",
    );
    expect(inRecordTerms("a diplomat's home country")).toBe("a diplomat sending state");
    expect(inRecordTerms("asks for protection")).toBe("asks for asylum");
    expect(inRecordTerms("they can't travel to the border")).toBe(
      "they cannot freedom of movement to the border",
    );
    // The asker's words for what an embassy is for; the police's duty stays theirs.
    expect(inRecordTerms("what is an embassy supposed to do")).toBe("what is the functions of an embassy");
    expect(inRecordTerms("what are the police supposed to do")).toBe("what are the police supposed to do");
    // "go in" is a phrase only when both words are there: "go" alone stays.
    expect(inRecordTerms("where did they go")).toBe("where did they go");
  });

  it("calls a diplomat's own deed a crime, and leaves a deed done to a diplomat alone", () => {
    expect(inRecordTerms("a diplomat hits a cyclist while drunk")).toBe(
      "a diplomat accused of a crime a cyclist while drunk",
    );
    expect(inRecordTerms("a consul is caught smuggling")).toBe("a consul is accused of a crime");
    expect(inRecordTerms("the ambassador was shot in 1973")).toBe("the ambassador was shot in 1973");
    expect(inRecordTerms("a diplomat caught spying")).toBe("a diplomat caught spying");
  });

  it("drops words that add nothing to a rule, and reads a diplomat's child as family", () => {
    expect(inRecordTerms("could police have gone into the embassy")).toBe(
      "could police have entered the embassy",
    );
    expect(inRecordTerms("a foreign ambassador kidnapped on its territory")).toBe("a ambassador kidnapped");
    expect(inRecordTerms("is the diplomat's teenage son immune")).toBe("is the diplomat family immune");
    expect(inRecordTerms("the president's son")).toBe("the president's son");
  });

  it("drops how a story is asked for, and reads refuge in a mission as asylum", () => {
    expect(inRecordTerms("walk me through the iran hostage crisis timeline, start to finish")).toBe(
      "the iran hostage crisis",
    );
    expect(inRecordTerms("dissident took refuge in the embassy")).toBe(
      "dissident took asylum in the embassy",
    );
    expect(inRecordTerms("travel outside the capital")).toBe("freedom of movement outside the capital");
    expect(inRecordTerms("when two countries cut diplomatic ties")).toBe(
      "when two countries diplomatic relations broken off",
    );
  });

  it("reads elections as the host's internal affairs only when a mission's people are in the question", () => {
    expect(inRecordTerms("can a diplomat campaign in the host's elections")).toBe(
      "can a diplomat campaign in the host internal affairs",
    );
    expect(inRecordTerms("who won the election today")).toBe("who won the election today");
    expect(inRecordTerms("the crisis that cost carter re-election")).toBe(
      "the crisis that cost carter reelection",
    );
  });

  it("reads a crowd moved on as dispersed, and free speech as the right to protest", () => {
    expect(inRecordTerms("the government says it's free speech. must it move them on")).toBe(
      "the government says it right to protest must it disperse them",
    );
  });

  it("reads one of a mission's people told to leave as declared persona non grata", () => {
    for (const told of [
      "the host government wants an ambassador gone tomorrow",
      "the host sends a diplomat home",
      "host orders the two russian diplomats out",
    ])
      expect(inRecordTerms(told)).toMatch(/persona non grata$/);
    // The mission told to cut its staff, a man sent home, a wish to go out: no one expelled.
    for (const other of [
      "orders the mission to send 30 diplomats home",
      "the hospital sent my father home",
      "i want to go out tonight",
    ])
      expect(inRecordTerms(other)).not.toMatch(/grata/);
  });

  it("reads ending a diplomat's immunity as waiving it", () => {
    expect(inRecordTerms("take away a diplomat's immunity")).toBe("waive a diplomat immunity");
    expect(inRecordTerms("how does a country get rid of immunity")).toBe("how does a country waive immunity");
    expect(inRecordTerms("remove the old embassy sign")).toBe("remove the old embassy sign");
  });

  it("returns the question untouched when it has no everyday word", () => {
    const text = "Tehran 1979: the US embassy";
    expect(inRecordTerms(text)).toBe(text);
  });
});
