import { describe, expect, it } from "vitest";
import { setAside } from "../../../src/core/query/set-aside.js";
import { questionWords } from "../../support/question-words.js";

const asideOf = (text: string, peopleMay = false) => {
  const { tokens, has, signals } = questionWords(text);
  return setAside(tokens, has, signals, peopleMay);
};

describe("setAside", () => {
  it("sets errands, other senses, other treaties and films aside", () => {
    expect(asideOf("visa appointment at the us embassy")).toBe(true);
    expect(asideOf("article 22 gdpr automated decisions")).toBe(true);
    expect(asideOf("chinese embassy belgrade nato bombing")).toBe(false);
    expect(asideOf("foods that boost immunity")).toBe(true);
    expect(asideOf("vienna convention on road traffic")).toBe(true);
    expect(asideOf("lethal weapon 2 diplomatic immunity scene")).toBe(true);
    expect(asideOf("lethal weapon 2 diplomatic immunity quote")).toBe(true);
    expect(asideOf("the embassy tv series")).toBe(true);
    expect(asideOf("diplomatic immunity in civ 6 how do i get it")).toBe(true);
    expect(asideOf("protecting power cords from my cat")).toBe(true);
    expect(asideOf("a series of bombings at embassies in the 1980s")).toBe(false);
    expect(asideOf("beirut port explosion 2020 death toll")).toBe(true);
    expect(asideOf("ambassador hotel los angeles rfk assassination")).toBe(true);
    expect(asideOf("student ambassadors programme for year 10")).toBe(true);
    expect(asideOf("brand ambassador jobs")).toBe(true);
    expect(asideOf("how long does immunity last after a covid vaccine")).toBe(true);
    expect(asideOf("who were the roman consuls in 59 bc")).toBe(true);
    expect(asideOf("who was first consul of france")).toBe(true);
    expect(asideOf("qualified immunity police lawsuits")).toBe(true);
    expect(asideOf("parliamentary immunity for members of the european parliament")).toBe(true);
    expect(asideOf("how do i apply for political asylum in germany")).toBe(true);
    expect(asideOf("inalienable and inviolable rights in the bill of rights")).toBe(true);
    expect(asideOf("vienna convention for the protection of the ozone layer")).toBe(true);
    expect(asideOf("how long does tetanus immunity last")).toBe(true);
    expect(asideOf("immunity idol survivor rules")).toBe(true);
    expect(asideOf("dar es salaam best beaches")).toBe(true);
    expect(asideOf("ambassador bridge traffic")).toBe(true);
    expect(asideOf("french ambassador wine tasting party")).toBe(true);
    expect(asideOf("hostage negotiation training course for police")).toBe(true);
    // An ambassador's arrival is news, not an attack or a rule at stake.
    expect(asideOf("the new ambassador presented her credentials at a ceremony, what happens then")).toBe(
      true,
    );
    expect(asideOf("new ambassador to japan named, what's her background")).toBe(true);
    expect(asideOf("can i get married at my country's embassy")).toBe(true);
    // Facts of diplomacy and of other laws that share this field's words.
    expect(asideOf("who is the current british ambassador to the usa")).toBe(true);
    expect(asideOf("which countries have an embassy in pyongyang")).toBe(true);
    expect(asideOf("local staff salaries at the british embassy")).toBe(true);
    expect(asideOf("how to use diplomatic language in a text message to my landlord")).toBe(true);
    // How to cite a judgment, or a committee's quorum, is an errand even at the World Court or the UN.
    expect(asideOf("how do i cite an icj judgment in oscola format")).toBe(true);
    expect(asideOf("how many words should the diplomatic law essay be")).toBe(true);
    expect(asideOf("quorum requirement for a draft resolution in the model un general assembly")).toBe(true);
    expect(asideOf("embassy opens a book of condolence for the late king")).toBe(true);
    expect(asideOf("inviolability of human dignity german basic law article 1")).toBe(true);
  });

  it("sets aside attacks on places that are not missions, unless a mission or the law is named", () => {
    expect(asideOf("islamabad marriott bombing 2008")).toBe(true);
    expect(asideOf("storming of the winter palace")).toBe(true);
    expect(asideOf("protest rules for students at my school")).toBe(true);
    expect(asideOf("embassy staff taken hostage in a hotel")).toBe(false);
    expect(asideOf("quote article 22 of the vcdr")).toBe(false);
    expect(asideOf("us ambassador attacked at a breakfast forum in seoul")).toBe(false);
    expect(asideOf("unicef goodwill ambassador kidnapped")).toBe(false);
    expect(asideOf("embassies attacked over the innocence of muslims film")).toBe(false);
    expect(asideOf("car bomb mission in gta 5 how to finish")).toBe(true);
    expect(asideOf("port au prince kidnapping 2023")).toBe(false);
    expect(asideOf("can diplomats be detained at the airport")).toBe(false);
    expect(asideOf("munich olympics hostages")).toBe(true);
    // A protest is this field's only at a mission or against its people.
    expect(asideOf("protest permit for a march in london")).toBe(true);
    expect(asideOf("protest outside the us embassy in london on saturday")).toBe(false);
    expect(asideOf("protesters chase the ambassador's car, photos")).toBe(false);
    expect(asideOf("embassy staff attacked during the olympics")).toBe(false);
  });

  it("sets aside games, cars and exams named with this field's words", () => {
    expect(asideOf("persona 5 royal best personas")).toBe(true);
    expect(asideOf("ford consul parts")).toBe(true);
    expect(asideOf("fsot pass rate consular fellows")).toBe(true);
    expect(asideOf("attack against embassy: which international law apply")).toBe(false);
    expect(asideOf("visa application fee at the embassy")).toBe(true);
    expect(asideOf("matricula consular to open a bank account")).toBe(true);
    expect(asideOf("hague convention on child abduction")).toBe(true);
    expect(asideOf("mexico vs ecuador football score")).toBe(true);
    expect(asideOf("diplomatic immunity comes from the geneva convention right")).toBe(false);
    expect(asideOf("inalienable and inviolable rights in the bill of rights")).toBe(true);
    expect(asideOf("protecting power outlets from surges during storms")).toBe(true);
    expect(asideOf("persona non grata")).toBe(false);
    expect(asideOf("can a consul be expelled")).toBe(false);
    // Towing or clamping a mission's car is enforcement against its property, a question of the law.
    expect(asideOf("can a diplomatic car be towed for illegal parking")).toBe(false);
    expect(asideOf("diplomat car clamped outside the embassy, is that allowed")).toBe(false);
  });

  it("keeps what names an attack, an article, a term of this law or a mission", () => {
    expect(asideOf("visa office bombed")).toBe(false);
    expect(asideOf("photos of the beirut embassy bombing")).toBe(false);
    expect(asideOf("a diplomat imports crates of wine, does he pay import duty")).toBe(false);
    expect(asideOf("m-19 guerrillas seize the dominican embassy during a reception")).toBe(false);
    expect(asideOf("can someone claim asylum in an embassy")).toBe(false);
    expect(asideOf("films about the tehran hostage crisis")).toBe(false);
    expect(asideOf("road traffic accident outside the embassy")).toBe(false);
    expect(asideOf("can a consul general be arrested")).toBe(false);
    expect(asideOf("first consul attacked at the consulate")).toBe(false);
    expect(asideOf("background to the london embassy siege")).toBe(false);
    expect(asideOf("how many times have embassies in tehran been attacked")).toBe(false);
    expect(asideOf("my colleague died suddenly at post, can his family stay on with immunity")).toBe(false);
    expect(asideOf("the current ambassador's residence was stormed by protesters")).toBe(false);
    // The belief that a mission is its country's land, whatever errand it is told with.
    expect(asideOf("since the embassy is part of america can i get married there")).toBe(false);
    // "Career" names a kind of post before a mission or its people, and a job search otherwise.
    expect(asideOf("are honorary consulates protected like career consulates")).toBe(false);
    expect(asideOf("career advice for working at the us embassy")).toBe(true);
  });

  it("keeps an errand word in a question about what a mission's people may do", () => {
    expect(asideOf("can diplomats travel outside the capital", true)).toBe(false);
    expect(asideOf("can diplomats travel outside the capital", false)).toBe(true);
  });
  it("sets aside the law's terms used of the asker's own life, bands and handbags", () => {
    expect(asideOf("persona non grata meaning at work my boss ignores me")).toBe(true);
    expect(asideOf("persona non grata band tour dates")).toBe(true);
    expect(asideOf("diplomatic pouch handbag")).toBe(true);
    expect(asideOf("how write letter to ambassador for scholarship")).toBe(true);
    expect(asideOf("is the old soviet embassy building in berlin open to visitors")).toBe(true);
    expect(asideOf("the legations besieged by the boxers — record for my podcast episode")).toBe(false);
    expect(asideOf("is an embassy foreign soil? exam question says it is")).toBe(false);
    expect(asideOf("internships at the international court of justice application")).toBe(true);
    expect(asideOf("which countries signed the final act of the congress of vienna")).toBe(true);
    expect(asideOf("storming of the bastille how many prisoners freed")).toBe(true);
    expect(asideOf("protesters stormed the president's official residence and swam in his pool")).toBe(true);
    expect(asideOf("protesters stormed the ambassador's residence")).toBe(false);
    expect(asideOf("gunmen took hostages at the bataclan concert hall")).toBe(true);
    expect(asideOf("vienna convention treaties 1969")).toBe(true);
    expect(asideOf("french lessons for ambassadors' spouses")).toBe(true);
    expect(asideOf("education allowance for special needs children of diplomats")).toBe(true);
    expect(
      asideOf("diplomat giving speeches at opposition rallies - interference in internal affairs?"),
    ).toBe(false);
    expect(asideOf("the hindustan ambassador was based on which british model")).toBe(true);
    expect(asideOf("do consuls have immunity for things they do at work")).toBe(false);
    expect(asideOf("a band of gunmen stormed the embassy")).toBe(false);
  });
});
