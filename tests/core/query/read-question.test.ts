import { describe, expect, it } from "vitest";
import { createDesk } from "../../../src/core/index.js";
import { readQuestion } from "../../../src/core/query/read-question.js";
import { readText } from "../../../src/core/read-text.js";
import { asksNewest, readTimeWords } from "../../../src/core/query/time-words.js";
import { understandQuery } from "../../../src/core/search/understand.js";
import { tokenize } from "../../../src/core/text/normalize.js";
import { loadDesk } from "../../support/desk.js";

const TODAY = "2026-12-02";
const read = (text: string) => {
  const desk = loadDesk();
  return readQuestion(text, understandQuery(text, desk.index.cityPhrases), {
    today: TODAY,
    regions: desk.regions,
  });
};
const span = (text: string) => readTimeWords(tokenize(text), TODAY);

describe("readTimeWords", () => {
  it.each([
    ["embassy attacks this year", { from: 2026, to: 2026 }],
    ["attacks last year", { from: 2025, to: 2025 }],
    ["attacks in the last decade", { from: 2016, to: 2026 }],
    ["the past 5 years", { from: 2021, to: 2026 }],
    ["since 2010", { from: 2010 }],
    ["after 2010", { from: 2011 }],
    ["before 1950", { to: 1949 }],
    ["until 1950", { to: 1950 }],
    ["between 1979 and 1989", { from: 1979, to: 1989 }],
    ["in the eighties", { from: 1980, to: 1989 }],
    ["recent embassy attacks", { from: 2021, to: 2026 }],
  ])("reads %s relative to today", (text, expected) => {
    expect(span(text)).toMatchObject(expected);
  });

  it("reads 'latest', 'last time' and 'the most recent' as newest first, and 'last' as a period or a verb otherwise", () => {
    const newest = (text: string) => asksNewest(tokenize(text));
    expect(newest("latest attack on a us embassy")).toBe(true);
    expect(newest("what happened last time protesters breached a us embassy")).toBe(true);
    expect(newest("when was the last embassy bombing")).toBe(true);
    expect(newest("the most recent storming")).toBe(true);
    expect(newest("when did protesters last storm a us embassy")).toBe(true);
    expect(newest("embassy attacks last year")).toBe(false);
    expect(newest("the last 10 years")).toBe(false);
    expect(newest("how long did the tehran siege last")).toBe(false);
    expect(newest("did the siege last for months")).toBe(false);
    expect(newest("recent embassy attacks")).toBe(false);
    // "The most recent" is the newest however old, not the last five years.
    expect(span("the most recent storming")).toBeUndefined();
  });

  it("reads before and after a named era as the years on that side", () => {
    expect(span("legations attacked before ww2")).toMatchObject({ to: 1938 });
    expect(span("before the second world war")).toMatchObject({ to: 1938 });
    expect(span("embassy attacks after the cold war")).toMatchObject({ from: 1992 });
    expect(span("during the second world war")).toMatchObject({ from: 1939, to: 1945 });
  });

  it("reads a part of a decade as its years", () => {
    expect(span("early 2000s embassy bombings")).toMatchObject({ from: 2000, to: 2003 });
    expect(span("attacks in the mid 80s")).toMatchObject({ from: 1984, to: 1986 });
    expect(span("the late seventies")).toMatchObject({ from: 1977, to: 1979 });
    expect(span("a late reply in 1980")).toBeUndefined();
  });

  it("reads a century as its years, up to today", () => {
    expect(span("embassy attacks in iran in the 20th century")).toMatchObject({ from: 1900, to: 1999 });
    expect(span("the twentieth century")).toMatchObject({ from: 1900, to: 1999 });
    expect(span("embassy attacks in the 21st century")).toMatchObject({ from: 2000, to: 2026 });
    expect(span("a century of attacks")).toBeUndefined();
  });

  it("bounds a period by the day of 9/11, not its year", () => {
    expect(span("consulate bombings after 9/11")).toMatchObject({ from: 2001, afterDate: "2001-09-11" });
    expect(span("post-9/11 embassy attacks")).toMatchObject({ afterDate: "2001-09-11" });
    expect(span("embassy attacks before september 11")).toMatchObject({ to: 2001, beforeDate: "2001-09-11" });
    expect(span("911 call")).toBeUndefined();
  });

  it("reads 'didn't this happen once before?' after a story as asking for precedents", () => {
    expect(read("shots fired from an embassy window in london. didn't this happen once before?").intent).toBe(
      "list",
    );
  });

  it("leaves 'has this happened before?' alone", () => {
    expect(span("has this happened before")).toBeUndefined();
  });

  it("reads 'onwards' after a year, and a civil war by the country named", () => {
    expect(span("embassy attacks 2020 onwards")).toMatchObject({ from: 2020, label: "since 2020" });
    expect(span("embassy attacks 2015 and after")).toMatchObject({ from: 2015 });
    expect(span("embassies attacked in lebanon during the civil war")).toMatchObject({
      from: 1975,
      to: 1990,
    });
    expect(span("the spanish civil war embassies")).toMatchObject({ from: 1936, to: 1939 });
    // A civil war the table does not date is no period.
    expect(span("embassies attacked during the civil war")).toBeUndefined();
  });

  it("reads a month or a day with its year, and 'may' alone as a modal", () => {
    expect(span("embassy protests in september 2012")).toMatchObject({
      from: 2012,
      to: 2012,
      datePrefix: "2012-09",
      label: "September 2012",
    });
    expect(span("bombed on 7 august 1998")).toMatchObject({
      datePrefix: "1998-08-07",
      label: "7 August 1998",
    });
    expect(span("bombed on august 7th, 1998")).toMatchObject({ datePrefix: "1998-08-07" });
    expect(span("kabul truck bomb may 2017")).toMatchObject({ datePrefix: "2017-05" });
    expect(span("sept 2012 protests")).toMatchObject({ datePrefix: "2012-09" });
    expect(span("may police enter an embassy")).toBeUndefined();
  });
});

describe("readQuestion", () => {
  it("lists the incidents of a month, and keeps one incident told with its month a lookup", () => {
    const month = read("us embassies attacked in september 2012");
    expect(month.intent).toBe("list");
    expect(month.filters).toMatchObject({ mission: ["US"], datePrefix: "2012-09" });
    expect(month.understood).toContain("September 2012");
    expect(read("beirut embassy bombing april 1983").intent).toBe("lookup");
  });

  it("gives countries joined by 'and' the part stated for one of them, and leaves a country apart alone", () => {
    expect(read("us, british and french embassies attacked").filters.mission).toEqual(["US", "GB", "FR"]);
    const kuwait = read("kuwait 1983 bombings us and french embassies");
    expect(kuwait.filters).toMatchObject({ host: ["KW"], mission: ["US", "FR"] });
    expect(read("kuwait us embassy bombing").filters.mission).toEqual(["US"]);
  });

  it("does not take 'convention' alone as this field's word", () => {
    const desk = loadDesk();
    const known = (w: string) => desk.index.postings.has(w);
    const ctx = { today: TODAY, regions: desk.regions, known };
    const q = "comic-con convention dates san diego";
    expect(readQuestion(q, understandQuery(q, desk.index.cityPhrases), ctx).intent).toBe("off-topic");
    const r = "vienna convention on diplomatic relations summary";
    expect(readQuestion(r, understandQuery(r, desk.index.cityPhrases), ctx).intent).not.toBe("off-topic");
  });

  it("reads 'other times' as a list of the type named", () => {
    const r = read("other times an embassy was hit in an airstrike");
    expect(r.intent).toBe("list");
    expect(r.filters.types).toEqual(["airstrike"]);
  });

  it("reads an order from city hall as a legal question", () => {
    expect(read("city hall orders an embassy to take its national flag down").intent).toBe("legal");
  });

  it("reads 'violent protests' as the violent ones and 'peaceful protests' as the others", () => {
    const violent = read("violent protests at embassies");
    expect(violent.filters.types).toEqual(["violent-protest"]);
    expect(violent.intent).toBe("list");
    expect(violent.residue).toEqual([]);
    expect(read("peaceful protests outside embassies").filters.types).toEqual(["protest"]);
    expect(read("protests at embassies in 2012").filters.types).toEqual(["protest", "violent-protest"]);
  });

  it("reads a count with its mission country and decade", () => {
    const r = read("how many french embassies were attacked in the 1980s");
    expect(r.intent).toBe("count");
    expect(r.filters).toMatchObject({ mission: ["FR"], from: 1980, to: 1989 });
    expect(r.understood).toEqual(["France's missions", "1980–1989"]);
  });

  it("reads a country named with 'the' after 'in' as the host, and a demonym after 'the' as either", () => {
    expect(read("foreign embassies attacked inside the us").filters).toMatchObject({ host: ["US"] });
    expect(read("embassies attacked in the netherlands").filters).toMatchObject({ host: ["NL"] });
    expect(read("embassies attacked in the danish cartoon riots").filters.host).toBeUndefined();
  });

  it("reads a country named before 'attacks' as where, and a people before it as who attacked", () => {
    expect(read("us embassy iraq attacks").filters).toMatchObject({ mission: ["US"], host: ["IQ"] });
    expect(read("embassy in iraq attacks").filters).toMatchObject({ host: ["IQ"] });
    expect(read("armenian attacks on turkish diplomats").filters.host).toBeUndefined();
    expect(read("armenian attacks on turkish diplomats").filters.mission).toEqual(["TR"]);
  });

  it("reads a high commission as a mission, not a stray word", () => {
    const r = read("the pakistani high commission in dhaka was attacked");
    expect(r.intent).not.toBe("off-topic");
    expect(r.aboutMissions).toBe(true);
  });

  it("reads 'similar cases?' after a story as asking for precedents", () => {
    const r = read(
      "A suicide bomber has blown himself up at the gate of the Chinese embassy in Kabul. similar cases?",
    );
    expect(r.precedents).toBe(true);
    expect(r.intent).toBe("list");
  });

  it("reads governments that raided embassies themselves as the host's own action", () => {
    expect(read("which governments raided embassies themselves since 2000").filters).toMatchObject({
      responses: ["host-state-action"],
      from: 2000,
    });
  });

  it("reads a list with a type and a region, the region's countries as hosts", () => {
    const r = read("car bombs at embassies in asia");
    expect(r.intent).toBe("list");
    expect(r.filters.types).toEqual(["bombing"]);
    expect(r.filters.host).toEqual(expect.arrayContaining(["IQ", "AF", "JP", "IN"]));
    expect(r.filters.host).not.toContain("FR");
  });

  it("maps host responses said in plain words", () => {
    expect(read("embassy attacks in africa where the government was too weak").filters.responses).toEqual([
      "unable",
    ]);
    expect(read("which hosts stood by while an embassy burned").filters).toMatchObject({
      responses: ["stood-by"],
      types: ["arson"],
    });
    expect(read("embassies where the police did nothing").filters.responses).toEqual(["stood-by"]);
    expect(read("attacks where the host failed to protect the embassy").filters.responses).toEqual([
      "stood-by",
      "intervened-late",
      "complicit",
    ]);
    expect(read("governments that helped the attackers").filters.responses).toEqual(["complicit"]);
    expect(read("army let them in").filters.responses).toEqual(["stood-by", "complicit"]);
    expect(read("police let the mob into the embassy").filters.responses).toEqual(["stood-by", "complicit"]);
    expect(read("government organised it").filters.responses).toEqual(["complicit"]);
    expect(read("embassies stormed in iran with the government's blessing").filters.responses).toEqual([
      "complicit",
    ]);
    expect(read("cases where the host government was in on the attack").filters.responses).toEqual([
      "complicit",
    ]);
    expect(read("the soldiers just watched").filters.responses).toEqual(["stood-by"]);
    expect(read("embassies bombed by other countries' militaries").filters.responses).toEqual([
      "third-state-action",
    ]);
    expect(read("cases where the host police itself raided the embassy").filters.responses).toEqual([
      "host-state-action",
    ]);
  });

  it("reads legal questions as legal, and court words steer to the ICJ", () => {
    expect(read("is it legal for soldiers to go into a foreign embassy").intent).toBe("legal");
    expect(read("who must protect an embassy").intent).toBe("legal");
    const court = read("which court ruled on the tehran hostage crisis");
    expect(court.intent).toBe("legal");
    expect(read("icj judgment on embassies").instruments).toContain("ICJ");
    expect(read("who has to protect a consulate").instruments).toContain("VCCR");
  });

  it("tells whose a country is: the mission's, the host's, the attackers'", () => {
    expect(read("the iraqi embassy").roles.get("IQ")).toBe("mission");
    expect(read("embassies attacked in iraq").filters.host).toEqual(["IQ"]);
    expect(read("kenya embassy bombing").roles.get("KE")).toBe("either");
    const perpetrators = read("turkish diplomats killed by armenian militants");
    expect(perpetrators.filters.mission).toEqual(["TR"]);
    expect(perpetrators.filters.either).toBeUndefined();
    expect(read("danish and norwegian embassies burned in damascus").filters.mission).toEqual(["DK", "NO"]);
    // Named twice, a country takes the part its clearest mention states.
    const twice = read("west german militants have seized the west german embassy in stockholm");
    expect(twice.filters.mission).toEqual(["DE"]);
    expect(read("protests turning violent at us embassies in latin america").filters.mission).toEqual(["US"]);
  });

  it("sets errands people run at embassies aside as off-topic", () => {
    for (const q of [
      "how do i get a visa at the us embassy in london",
      "best hotels near the us embassy in nairobi",
      "embassy opening hours",
      "translate good morning into french",
    ])
      expect(read(q).intent, q).toBe("off-topic");
    expect(read("can an embassy give diplomatic asylum").intent).toBe("legal");
    expect(read("is a foreign minister on a visit protected by the 1973 convention").intent).toBe("legal");
  });

  it("keeps single-incident lookups as lookups", () => {
    for (const q of ["tehran 1979 embassy seizure", "benghazi 2012", "us embassy baghdad 2019"])
      expect(read(q).intent, q).toBe("lookup");
  });
});

describe("readQuestion: what is left after the filters", () => {
  it("keeps only the words no filter explained, so a list ranks by them", () => {
    expect(read("bombings in africa after 1990").residue).toEqual([]);
    expect(read("embassies set on fire by mobs").residue).toEqual([]);
    expect(read("bombings in africa by al qaeda").residue).toEqual(expect.arrayContaining(["qaeda"]));
  });

  it("reads a plural incident type with nothing else as a list", () => {
    const reading = read("embassy hostage sieges");
    expect(reading.intent).toBe("list");
    expect(reading.filters.types).toEqual(["hostage-taking", "siege"]);
    // How a bomb was carried says which bombings, not which one.
    expect(read("car bombs at embassies")).toMatchObject({ intent: "list", filters: { types: ["bombing"] } });
    expect(read("car bombs at embassies").residue).toEqual([]);
    expect(read("attack on a diplomat's car").residue).toContain("car");
  });

  it("does not read the country inside a region's name", () => {
    const reading = read("embassy attacks in latin america");
    expect(reading.filters.either ?? []).not.toContain("US");
    expect(reading.filters.host).toContain("AR");
  });

  it("tells a question about a term's meaning from one about a situation", () => {
    expect(read("what does inviolability mean").definition).toBe(true);
    expect(read("can police enter an embassy").definition).toBe(false);
    // What follows from a term is not its meaning.
    expect(read("does diplomatic immunity mean they cant be prosecuted back home").definition).toBe(false);
    expect(read("what does persona non grata mean in practice").definition).toBe(true);
  });
});

describe("readText: the question as the bots read it, spelling mended", () => {
  const desk = createDesk(loadDesk().dataset, { today: () => TODAY });
  const reading = (text: string) => readText(desk, text).reading;

  it("reads an everyday phrase that a mended word completes", () => {
    expect(readText(desk, "diplomat travel restrictons").text).toBe("diplomat freedom of movement");
    expect(readText(desk, "embasy arsons").text).toBe("embassy arsons");
    // The law's names are words to mend to as well: "protected persn" is the 1973 convention's term.
    expect(readText(desk, "who is protected persn").text).toBe("who is protected person");
  });

  it("keeps a list to the kind of mission it names, and a lookup to nothing of the sort", () => {
    const consulates = reading("consulates attacked in the 2010s");
    expect(consulates.intent).toBe("list");
    expect(consulates.filters.missionTypes).toEqual(["consulate"]);
    expect(consulates.understood[0]).toBe("Consulates");
    expect(reading("attacks on ambassadors' residences").filters.missionTypes).toEqual(["residence"]);
    expect(reading("benghazi consulate attack").filters.missionTypes).toBeUndefined();
  });

  it("reads what the host did in everyday words as a list of that response", () => {
    expect(reading("cases where the host government was complicit in an attack").filters.responses).toEqual([
      "complicit",
    ]);
    expect(reading("police showed up too late when the embassy was attacked").filters.responses).toEqual([
      "intervened-late",
    ]);
    expect(reading("embassies hit by another country's military").filters.responses).toEqual([
      "third-state-action",
    ]);
    expect(reading("embassies hit by a foreign country's military, not the host").filters.responses).toEqual([
      "third-state-action",
    ]);
    expect(reading("incidents where security forces protected the embassy").intent).toBe("list");
    expect(reading("embassies attacked while the police just stood there").filters.responses).toEqual([
      "stood-by",
    ]);
    expect(reading("every time a government raided a foreign embassy itself").filters.responses).toEqual([
      "host-state-action",
    ]);
    expect(reading("cases where the host country itself raided the embassy").filters.responses).toEqual([
      "host-state-action",
    ]);
    expect(reading("is the embassy part of the state itself").filters.responses).toBeUndefined();
  });

  it("lists a kind of attack in a period or region even when it is said in the singular", () => {
    const crisis = reading("hostge crisis at an embassy in the 80s");
    expect(crisis.intent).toBe("list");
    expect(crisis.filters).toMatchObject({ types: ["hostage-taking"], from: 1980, to: 1989 });
    expect(reading("tehran 1979 hostage crisis").intent).toBe("lookup");
  });

  it("takes the precedents where the words put them", () => {
    const here = reading("a mob just stormed an embassy in teheran - has this happened before?");
    expect(here.intent).toBe("list");
    expect(here.filters.cities).toEqual(["tehran"]);
  });

  it("reads a group named after a nationality as the attackers, and 'the us embassy' as whose", () => {
    expect(reading("japanese red army embassy attacks").filters.mission).toBeUndefined();
    expect(reading("rioters set fire to the us embassy").roles.get("US")).toBe("mission");
    expect(reading("khartoum 1973 the us ambassador killed").roles.get("US")).toBe("either");
  });

  it("sets aside errands and questions the data has no word for, whatever year they name", () => {
    expect(reading("embassy internship applications 2025").intent).toBe("off-topic");
    expect(reading("consular fee for a birth certificate apostille").intent).toBe("off-topic");
    expect(reading("is a foreign minister on a visit protected by the 1973 convention").intent).toBe("legal");
    expect(reading("do consuls have immunity for things they do on the job").intent).not.toBe("off-topic");
    // A year or a country does not make a question about something else one of this field.
    expect(reading("entebbe raid 1976 how many hostages rescued").intent).toBe("off-topic");
    expect(reading("lockerbie bombing libya compensation").intent).toBe("off-topic");
    expect(reading("car bomb mission in gta 5 how to finish").intent).toBe("off-topic");
  });

  it("steers to the consular convention only when consulates are asked about apart", () => {
    const both = reading("protection of diplomatic and consular missions and representatives");
    expect([...both.instruments]).not.toContain("VCCR");
    expect([...reading("are consulates protected like embassies").instruments]).toContain("VCCR");
    expect(reading("can firemen enter an embassy during a fire").diplomaticOnly).toBe(true);
    expect(reading("can firemen enter a consulate during a fire").diplomaticOnly).toBe(false);
    // Relations broken off are not the 1961 convention named.
    const relations = reading("what happens to consulates when diplomatic relations are broken off");
    expect([...relations.instruments]).toEqual(["VCCR"]);
    expect(relations.intent).toBe("legal");
  });

  it("reads what an authority may do as law, wherever it is asked about, and a year as the event", () => {
    expect(reading("can police enter the us embassy in london").intent).toBe("legal");
    expect(reading("may the host government cut off the embassy in caracas").intent).toBe("legal");
    expect(reading("should police have stopped the mob at the us embassy in tehran in 1979").intent).not.toBe(
      "legal",
    );
    expect(reading("can you show me the siege in london").intent).not.toBe("legal");
    expect(reading("ambassador's wife slaps a shop worker in seoul, is she immune").intent).toBe("legal");
    expect(reading("is the us embassy in london technically american territory?").intent).toBe("legal");
  });

  it("reads lists said as people say them", () => {
    const armenian = reading("armenian attacks on turkish diplomats");
    expect(armenian.filters.mission).toEqual(["TR"]);
    expect(armenian.filters.either).toBeUndefined();
    expect(reading("attacks on russian or soviet embassies").filters.mission).toEqual(["RU", "SU"]);
    expect(reading("attacks on ambassadors homes").filters.missionTypes).toEqual(["residence"]);
    expect(reading("attacks on embassies where the host government was in on it").filters.responses).toEqual([
      "complicit",
    ]);
    const assassinated = reading("ambassadors who were assassinated");
    expect(assassinated.intent).toBe("list");
    expect(assassinated.filters.types).toEqual(["assassination"]);
  });

  it("steers to the World Court for a case cited as courts cite them, not for a local one", () => {
    const cited = reading("drc v uganda embassy kinshasa");
    expect(cited.intent).toBe("legal");
    expect([...cited.instruments]).toContain("ICJ");
    expect([...reading("diplomatic immunity criminal cases").instruments]).not.toContain("ICJ");
  });

  it("reads a short 'what is…' as asking what a term means", () => {
    expect(reading("what is inviolability").definition).toBe(true);
    expect(reading("whats persona non grata").definition).toBe(true);
    expect(reading("whats article 22").definition).toBe(false);
    expect(reading("what is the law on protecting embassies during riots").definition).toBe(false);
  });

  it("reads a country named bare in a list as where the attacks happened", () => {
    expect(reading("embassy attacks pakistan").filters).toMatchObject({ host: ["PK"] });
    expect(reading("embassy attacks pakistan").filters.either).toBeUndefined();
    // A nationality still says whose mission it was.
    expect(reading("attacks on pakistani embassies").filters).toMatchObject({ mission: ["PK"] });
  });

  it("reads whose mission it was through 'diplomatic', and the Dominican Republic as 'dominican'", () => {
    expect(reading("attacks on chinese diplomatic missions").filters.mission).toEqual(["CN"]);
    const bogota = reading("m-19 guerrillas take ambassadors hostage at the dominican embassy in bogota");
    expect(bogota.filters.mission).toEqual(["DO"]);
    expect(bogota.intent).toBe("lookup");
    expect(reading("embassy attacks in the arabian peninsula").filters.host).toEqual(
      expect.arrayContaining(["SA", "YE", "KW"]),
    );
  });

  it("reads what a mission's people may do as law, errand words and cities notwithstanding", () => {
    expect(reading("can moscow stop american diplomats from travelling outside the capital").intent).toBe(
      "legal",
    );
    expect(reading("can you list diplomats killed in moscow").intent).not.toBe("legal");
    expect(
      reading("what facilities does the receiving state owe a mission so it can do its job").intent,
    ).toBe("legal");
    expect(reading("embassy bomber fled to a third country, extradite or prosecute?").intent).toBe("legal");
    expect(reading("consular processing green card timeline").intent).toBe("off-topic");
    expect(reading("were embassy cigarettes discontinued").intent).toBe("off-topic");
    expect(reading("january 6 capitol storming arrests").intent).toBe("off-topic");
    expect(reading("the embassy nightclub london").intent).toBe("off-topic");
    expect(reading("vienna convention on road traffic international driving permit").intent).toBe(
      "off-topic",
    );
    expect(reading("geneva conventions on prisoners of war").intent).toBe("off-topic");
    expect(reading("lethal weapon 2 diplomatic immunity scene").intent).toBe("off-topic");
    expect(reading("how to become a diplomat in the uk civil service").intent).toBe("off-topic");
    expect(reading("can consular archives be seized by the host state").intent).toBe("legal");
    expect(reading("famous embassy sieges").intent).toBe("list");
  });

  it("reads who must act, and whether something is allowed, as law", () => {
    expect(reading("consulate closing who takes care of the building").intent).toBe("legal");
    expect(reading("are embassies allowed to be searched by the host country").intent).toBe("legal");
    // Whether something is covered by the law is a question of it.
    expect(reading("is the ambassador's residence covered like the embassy?").intent).toBe("legal");
    // Whether a belief is a myth is a question of law.
    expect(reading("my students think the us embassy is in america, true or myth?").intent).toBe("legal");
    // An expulsion is this law's, whatever unknown name the story around it has.
    expect(
      reading("tit for tat expulsions after the skripal poisoning, what is the legal basis").intent,
    ).toBe("legal");
    expect(reading("give me a diplomatic answer for why i was late to work").intent).toBe("off-topic");
    expect(reading("host demands 48 hours notice before any diplomat travels").intent).toBe("legal");
    expect(
      reading("russia makes american diplomats give notice before every trip outside moscow, allowed?")
        .intent,
    ).toBe("legal");
    expect(reading("a diplomat was told to leave within 48 hours but he's still here. now what").intent).toBe(
      "legal",
    );
    expect([
      ...reading("does a country have to extradite a man who killed an ambassador").instruments,
    ]).toEqual(["IPP"]);
  });

  it("reads periods named by what happened in them", () => {
    expect(reading("embassy attacks between the two world wars").filters).toMatchObject({
      from: 1919,
      to: 1938,
    });
    expect(reading("cold war attacks on soviet embassies").filters).toMatchObject({ from: 1947, to: 1991 });
  });

  it("reads a term of the law asked first as law, whatever example follows", () => {
    const power = reading("what is a protecting power, like switzerland for usa in teheran");
    expect(power.intent).toBe("legal");
    expect(power.definition).toBe(true);
  });

  it("reads 'how many days' as how long one incident lasted, not a count", () => {
    expect(reading("us embassy tehran 1979 hostages how many days").intent).not.toBe("count");
    expect(reading("how many embassies were bombed in the 1980s").intent).toBe("count");
  });

  it("reads 'count as' as asking what something is, not how many", () => {
    expect(reading("does the embassy's garden count as part of the embassy").intent).not.toBe("count");
    expect(reading("how many embassies were bombed in the 1980s").intent).toBe("count");
  });

  it("reads a question asked in the past tense, or with a visit in it, as law when it names the law", () => {
    expect(reading("was it legal for ecuador to shelter assange in its london embassy").intent).toBe("legal");
    const visit = reading(
      "is a foreign minister on an official visit abroad an internationally protected person",
    );
    expect(visit.intent).not.toBe("off-topic");
    expect([...visit.instruments]).toContain("IPP");
  });

  it("tells asylum claimed from a country apart from refuge in an embassy", () => {
    expect(reading("foods that boost immunity").intent).toBe("off-topic");
    // The phrases' own words are never "mended" into others ("boosting" is not "booking").
    expect(reading("immunity boosting foods").intent).toBe("off-topic");
    expect(reading("embassy suites breakfast times").intent).toBe("off-topic");
    expect(reading("what time does the canadian consulate open on saturday").intent).toBe("off-topic");
    expect(reading("how long does a uk asylum claim take").intent).toBe("off-topic");
    expect(reading("refugee status interview tips").intent).toBe("off-topic");
    expect(reading("can someone claim asylum in an embassy").intent).toBe("legal");
    expect(reading("asylum seekers in the ecuadorian embassy").intent).not.toBe("off-topic");
  });

  it("reads who was killed, and by what, as the kind of attack it was", () => {
    const killed = reading("ambassador killed in libya");
    expect(killed.filters.types).toEqual(["assassination"]);
    expect(killed.residue).toEqual([]);
    // Killed in a bombing: the bombing says what it was.
    expect(reading("diplomats killed in embassy bombings").filters.types).toEqual(["bombing"]);
    const envoys = reading("ambassadors assassinated");
    expect(envoys.intent).toBe("list");
    expect(envoys.filters.types).toEqual(["assassination"]);
    // Bombs dropped by a military are airstrikes, not planted bombs.
    const fromTheAir = reading("embassies bombed by a third country's military");
    expect(fromTheAir.filters.types).toEqual(["airstrike"]);
    expect(fromTheAir.filters.responses).toEqual(["third-state-action"]);
    expect(reading("embassy bombed by militants").filters.types).toEqual(["bombing"]);
  });

  it("ties a question to the subject by a city the data knows and an attack there", () => {
    expect(reading("benghazzi attack chris stevens").intent).toBe("lookup");
    expect(reading("benghazi weather tomorrow").intent).toBe("off-topic");
  });

  it("reads a ban on travel as a question of freedom of movement", () => {
    const border = readText(
      desk,
      "the foreign ministry told all foreign diplomats they can't travel to the border region without permission",
    );
    expect(border.reading.intent).toBe("legal");
    expect(border.text).toContain("freedom of movement");
    expect(readText(desk, "can a host impose travel restrictions on diplomats").text).toContain(
      "freedom of movement",
    );
  });

  it("reads whether anyone ever did it as every time it was done", () => {
    const soviet = reading("yo did anyone ever actually attack a soviet embassy");
    expect(soviet.intent).toBe("list");
    expect(soviet.filters.mission).toEqual(["SU"]);
  });

  it("reads an article named as law, whatever else the question says", () => {
    const custody = reading("art 45 vcdr custody of premises by a third state");
    expect(custody.intent).toBe("legal");
    expect([...custody.articles]).toEqual(["45"]);
  });

  it("reads what a host did in words the records never use, and errands about closing days", () => {
    const egged = reading("cases where the host government egged the mob on");
    expect(egged.intent).toBe("list");
    expect(egged.filters.responses).toEqual(["complicit"]);
    expect(reading("is the chinese embassy closed during golden week").intent).toBe("off-topic");
    expect(reading("is the embassy open on saturday").intent).toBe("off-topic");
  });

  it("reads threats to a foreign minister or a head of state as the 1973 convention's", () => {
    const threats = reading("is it a crime to phone in threats against a foreign minister who is visiting");
    expect(threats.intent).toBe("legal");
    expect([...threats.instruments]).toContain("IPP");
    expect(reading("foreign minister visiting china next week").intent).toBe("off-topic");
  });

  it("reads a place's two digits as a year, but not in a name like 'the kuwait 17'", () => {
    expect(reading("tehran 79").filters).toMatchObject({ from: 1979, to: 1979 });
    const trial = reading("the bombings behind the kuwait 17 trial");
    expect(trial.filters.from).toBeUndefined();
    expect(trial.filters.host).toEqual(["KW"]);
  });

  it("lists what the words ask for every time, whatever else the asker calls it", () => {
    const dramas = reading("embassy hostage dramas of the 1970s");
    expect(dramas.intent).toBe("list");
    expect(dramas.filters).toMatchObject({ from: 1970, to: 1979, types: ["hostage-taking"] });
    const precedent = reading("need precedent for protesters storming an embassy");
    expect(precedent.intent).toBe("list");
    expect(precedent.filters.types).toEqual(["storming"]);
    const either = reading("russian or soviet embassy attacked");
    expect(either.intent).toBe("list");
    expect(either.filters.mission).toEqual(["RU", "SU"]);
    expect(reading("the russian embassy in ankara 2016").intent).toBe("lookup");
  });

  it("narrows a named period to the years named inside it", () => {
    const lesson = reading(
      "for my lesson on the cold war: embassy sieges and hostage takings in europe in the 70s",
    );
    expect(lesson.filters).toMatchObject({ from: 1970, to: 1979 });
    expect(reading("embassy attacks during the cold war").filters).toMatchObject({ from: 1947, to: 1991 });
  });

  it("reads bombs dropped by another state, and police protecting a mission, in plain words", () => {
    const bombed = reading("when has another country bombed an embassy in someone elses capital");
    expect(bombed.intent).toBe("list");
    expect(bombed.filters.types).toEqual(["bombing", "airstrike"]);
    expect(bombed.filters.responses).toEqual(["third-state-action"]);
    expect(
      reading("examples of host police actually protecting an embassy from a mob").filters.responses,
    ).toEqual(["protected"]);
  });

  it("keeps a case cited as courts cite them, with words the data never used", () => {
    const avena = reading("avena case mexico v usa");
    expect(avena.intent).toBe("legal");
    expect([...avena.instruments]).toContain("ICJ");
  });

  it("reads what the host owes as law now, and what it did as the event", () => {
    const honorary = reading("are honorary consulates protected by the host state");
    expect(honorary.intent).toBe("legal");
    expect(honorary.filters.responses).toEqual(["protected"]);
    expect(reading("embassies raided by the host state").filters.responses).toEqual(["host-state-action"]);
    expect(
      reading("did iranian police protect the saudi embassy when it was attacked after the execution").intent,
    ).not.toBe("legal");
    expect(reading("is the host state liable if a mob burns an embassy").intent).toBe("legal");
  });

  it("reads a list of the law's main rules, one embassy asked for, and whether any ever was", () => {
    const main = reading("for a lesson plan, what are the main international rules protecting embassies");
    expect(main.intent).toBe("legal");
    expect(main.lawList).toBe(true);
    expect(reading("argo canadian caper which embassy").intent).toBe("lookup");
    expect(reading("which embassies were stormed in the 1970s").intent).toBe("list");
    const ever = reading("has an embassy ever been bombed from the air");
    expect(ever.intent).toBe("list");
    expect(ever.filters.types).toEqual(["airstrike"]);
  });

  it("does not read a breach of the law as a storming, nor a duration as a year", () => {
    const breach = reading("chinese embassy in belgrade bombing, was it a breach of international law");
    expect(breach.filters.types).toEqual(["bombing"]);
    expect(reading("protesters breached the embassy walls").filters.types).toContain("storming");
    expect(reading("cardinal us legation budapest 15 years asylum").filters.from).toBeUndefined();
    expect(reading("tehran 79").filters).toMatchObject({ from: 1979, to: 1979 });
  });

  it("keeps a list or a count of killings to the incidents in which people died", () => {
    const killed = reading("how many us diplomats have been killed");
    expect(killed.intent).toBe("count");
    expect(killed.filters).toMatchObject({ mission: ["US"], deadly: true });
    expect(killed.understood).toContain("with deaths");
    // The killing tells why the embassies were attacked, not who died in the attacks.
    expect(
      reading("embassies attacked in tripoli after nato strike killed gaddafi's son").filters.deadly,
    ).toBeUndefined();
  });

  it("reads pasted news that asks for precedents as a list of the kind of incident it tells of", () => {
    const kabul = reading("car bomb explodes outside an embassy in kabul, at least 5 dead. precedents?");
    expect(kabul.intent).toBe("list");
    expect(kabul.filters).toMatchObject({ types: ["bombing"], cities: ["kabul"] });
    const shots = reading("shots fired at embassy overnight, no injuries. has this happened before?");
    expect(shots.intent).toBe("list");
    expect(shots.filters.types).toEqual(["armed-attack"]);
    const baghdad = reading(
      "has the US embassy in Baghdad been attacked before? militia supporters just broke in",
    );
    expect(baghdad.intent).toBe("list");
    expect(baghdad.filters).toMatchObject({ mission: ["US"], cities: ["baghdad"] });
    expect(
      reading("Crowd besieges embassy for a second day. when has this happened before").filters.types,
    ).toEqual(["siege"]);
  });

  it("reads armed attackers as who did it when another kind of attack is named", () => {
    expect(reading("armed men take staff hostage inside embassy").filters.types).toEqual(["hostage-taking"]);
    expect(reading("armed attacks on embassies in the 1990s").filters.types).toEqual(["armed-attack"]);
  });

  it("reads what a host could not do, and what governments did, in plain words", () => {
    expect(
      reading("embassies attacked where the host couldnt do anything because of civil war").filters.responses,
    ).toEqual(["unable"]);
    const raids = reading("embassy raids by latin american governments");
    expect(raids.intent).toBe("list");
    expect(raids.filters.responses).toEqual(["host-state-action"]);
    expect(raids.filters.host).toContain("EC");
  });

  it("reads a term typed alone as asking what it is, and an article named as the answer", () => {
    expect(reading("inviolability").definition).toBe(true);
    expect(reading("Explain Art. 31(1)(a) VCDR").definition).toBe(false);
    expect(reading("explain what inviolability means").definition).toBe(true);
  });

  it("keeps a list to the city the attacks were in, and asks for one event remembered", () => {
    const kinshasa = reading("crowds attacking embassies in kinshasa when the rebels took goma");
    expect(kinshasa.filters.cities).toEqual(["kinshasa"]);
    expect(kinshasa.understood).not.toContain("Goma");
    const headline = reading("Protesters attack several embassies in Kinshasa as M23 rebels take Goma");
    expect(headline.filters.cities).toEqual(["kinshasa"]);
    expect(reading("the time when boxers trapped all the foreign diplomats in peking").intent).toBe("lookup");
  });

  it("ties law phrases, a visiting president's protection and a diplomat's child to the law", () => {
    expect(reading("protecting power - explain it to me like i've got 30 seconds").intent).not.toBe(
      "off-topic",
    );
    const president = reading(
      "is the president of another country protected when hes visiting, like is there a treaty",
    );
    expect(president.intent).toBe("legal");
    expect([...president.instruments]).toContain("IPP");
    expect(reading("can u get arrested if ur dad is a diplomat").intent).toBe("legal");
    expect(reading("what is the quorum for a model un committee vote").intent).toBe("off-topic");
  });

  it("reads how many people an incident killed as a lookup, and states before a court as law", () => {
    expect(reading("benghazi consulate how many americans were killed").intent).toBe("lookup");
    expect(reading("how many people died in the nairobi embassy bombing").intent).toBe("lookup");
    expect(reading("how many french embassies were attacked in the 1980s").intent).toBe("count");
    expect(
      reading("germany sued the usa over the execution of two german brothers, what did the court say")
        .intent,
    ).toBe("legal");
  });

  it("ties a kind of attack in a region, and authorities going in, to the subject", () => {
    const eastAfrica = reading("the bombing in east africa in the late 90s");
    expect(eastAfrica.intent).not.toBe("off-topic");
    expect(eastAfrica.filters).toMatchObject({ types: ["bombing"], from: 1997, to: 1999 });
    expect(reading("why didnt british police just go in and grab assange").intent).not.toBe("off-topic");
    expect(reading("protecting power lines from storm damage").intent).toBe("off-topic");
    expect(reading("can i vote at the embassy in the us election").intent).toBe("off-topic");
  });

  it("reads a question put as a case ('…responsible if…') as law, and a people's bureau as an embassy", () => {
    const standBy = reading(
      "is a host government responsible if its police stand by while a mob attacks an embassy",
    );
    expect(standBy.intent).toBe("legal");
    expect(reading("police stood by while a mob attacked the embassy").intent).toBe("list");
    const bureau = reading("could the uk legally have stormed the libyan people's bureau in 1984");
    expect(bureau.aboutMissions).toBe(true);
    expect(bureau.filters.mission).toEqual(["LY"]);
  });
  it("reads 'name three…' as a list, and errands of staff, tours, speeches and births as off-topic", () => {
    expect(reading("name 3 embassy sieges").intent).toBe("list");
    // A case's own name, or what the host must do, ties a question full of other words to the law.
    expect(reading("medellin v texas and the avena judgment").intent).not.toBe("off-topic");
    expect(reading("what did lagrand say the US must do if it happens again").intent).not.toBe("off-topic");
    expect(
      reading("lecturer here: best authority for the proposition that the host must act against attackers")
        .intent,
    ).not.toBe("off-topic");
    expect(reading("medellin colombia travel tips").intent).toBe("off-topic");
    expect(reading("can the state department cap the number of russian diplomats").intent).toBe("legal");
    expect(reading("two women open fire on us consulate istanbul").filters.types ?? []).not.toContain(
      "arson",
    );
    // A people that took a city is who did it, not whose embassy it was.
    const nanking = reading(
      "what happened to the embassies in nanking when the japanese took the city in 1937",
    );
    expect(nanking.filters.either ?? []).not.toContain("JP");
    expect(nanking.filters.mission ?? []).not.toContain("JP");
    expect(
      reading(
        "who counts as an internationally protected person under that 1973 convention, does a visiting head of state count",
      ).intent,
    ).toBe("legal");
    expect(
      reading("can a country limit how many diplomats another country keeps in its embassy?").intent,
    ).toBe("legal");
    expect(reading("where can we park the outside broadcast van near embassy gardens in london").intent).toBe(
      "off-topic",
    );
    expect(reading("the avena case was brought by which country against the usa").intent).toBe("legal");
    expect(reading("freedom of communication for consulates").intent).toBe("legal");
    expect(
      reading("true or false: embassy premises can be requisitioned by the host state in an emergency")
        .intent,
    ).toBe("legal");
    expect(reading("host governments that raided foreign embassies themselves").filters.responses).toEqual([
      "host-state-action",
    ]);
    expect(reading("the hindustan ambassador car was based on which british model").intent).toBe("off-topic");
    const hostStormed = reading("has a host government stormed an embassy before?");
    expect(hostStormed.intent).toBe("list");
    expect(hostStormed.filters).toMatchObject({ types: ["raid"], responses: ["host-state-action"] });
    expect(reading("name the ambassador killed in benghazi").intent).not.toBe("list");
    expect(reading("is the us embassy in kyiv hiring local staff").intent).toBe("off-topic");
    expect(reading("embassy row washington dc walking tour times").intent).toBe("off-topic");
    expect(reading("russian ambassador's speech at the security council today").intent).toBe("off-topic");
    expect(reading("can the consulate register my child's birth abroad").intent).toBe("off-topic");
    expect(
      reading("tweet: a baby born inside an embassy automatically gets that country's citizenship. true?")
        .intent,
    ).not.toBe("off-topic");
  });
  it("reads a rule that applies to someone, a typo of a filler word, and a city's own siege", () => {
    expect(reading("does the special duty to protect apply to consulates too or only embassies").intent).toBe(
      "legal",
    );
    expect(reading("how do i apply to the us embassy for a visa").intent).toBe("off-topic");
    // "Happend" is one typo from a stop word, no sign of another subject.
    expect(reading("wat happend in tehran 79").intent).toBe("lookup");
    expect(reading("wat happend at the cinema in tehran").intent).toBe("off-topic");
    // The siege of a city in a war, where the data holds no siege of a mission; Peking's legations were.
    expect(reading("siege of sarajevo").intent).toBe("off-topic");
    expect(reading("siege of the us embassy in sarajevo").intent).toBe("lookup");
    expect(reading("siege of peking").intent).toBe("lookup");
    expect(reading("can a court freeze an embassy's bank account").intent).toBe("legal");
    expect(reading("how do i open a bank account at the embassy").intent).toBe("off-topic");
    // Taxes are this law's when a mission or its people pay them; a convention centre is a venue.
    expect(reading("tax exemption for charities in the uk").intent).toBe("off-topic");
    expect(reading("do diplomats pay income tax").intent).toBe("legal");
    expect(reading("vienna convention centre concerts this weekend").intent).toBe("off-topic");
    // A World Court case by its name is law, whatever country it names.
    expect(reading("armed activities case diplomatic premises uganda").intent).toBe("legal");
    expect(reading("def of inviolability").definition).toBe(true);
    // A hotel chain's name is no mission, whatever happened there.
    expect(reading("hostage situation at the embassy suites hotel — latest").intent).toBe("off-topic");
    const last = reading("when was the last embassy bombing");
    expect(last.intent).toBe("list");
    expect(last.newest).toBe(true);
    expect(last.understood).toContain("newest first");
    // Immunity from the host's courts is not the World Court's; cases in that court still are.
    expect([...reading("do diplomats have immunity from civil court cases").instruments]).not.toContain(
      "ICJ",
    );
    expect([...reading("which court cases dealt with embassy attacks").instruments]).toContain("ICJ");
    // A person sued is before a local court; states sued are before the World Court.
    expect([
      ...reading("a former ambassador is sued over a private business deal. immune?").instruments,
    ]).not.toContain("ICJ");
    expect([...reading("was iran ever sued over an embassy seizure").instruments]).toContain("ICJ");
    // A waiver of immunity is an act of the law, whatever event it followed.
    expect(
      reading("georgia waived immunity of its diplomat makharadze after the 1997 washington crash").intent,
    ).toBe("legal");
    expect(reading("host has restricted our diplomats' travel outside the capital. allowed?").intent).toBe(
      "legal",
    );
    expect(
      reading(
        "cardinal mindszenty lived 15 years in the american embassy in budapest - what was his legal status",
      ).intent,
    ).toBe("legal");
  });

  it("reads the host named as the one obliged, not a host of a party", () => {
    expect(reading("what must the host do").hostObliged).toBe(true);
    expect(reading("what must greece do as host").hostObliged).toBe(true);
    expect(reading("what should the host of a party do").hostObliged).toBe(false);
    expect(reading("can i host a dinner").hostObliged).toBe(false);
  });
});
