import { countryPhrases } from "../countries.js";
import { tokenize } from "../text/normalize.js";
import { DEED_ACCUSED, MISSION_NOUNS, MISSION_PEOPLE } from "./cue-words.js";
import { FOREIGN_TERMS } from "./foreign-words.js";
import { HOST_SUBJECTS } from "./response-words.js";
import { COUNTED_UNITS, fullYear, monthNumber } from "./time-words.js";
import { typesOfWord } from "./synonyms.js";

/**
 * Everyday words and the words the law's records use for the same thing: "cops" are the police,
 * "wife and kids" the family, "diplomatic ties" relations. Replaced before the question is read, so
 * the reading and the search see the records' words; the asker's meaning is unchanged. Keys are
 * normalized phrases (longest first when several overlap); values replace them.
 */
const EVERYDAY: [string, string][] = [
  ["go into", "enter"],
  ["going into", "entering"],
  ["gone into", "entered"],
  ["break into", "enter"],
  ["breaking into", "entering"],
  ["foreign embassy", "embassy"],
  ["foreign embassies", "embassies"],
  ["foreign ambassador", "ambassador"],
  ["foreign ambassadors", "ambassadors"],
  ["foreign diplomat", "diplomat"],
  ["foreign diplomats", "diplomats"],
  ["foreign mission", "mission"],
  ["foreign missions", "missions"],
  ["on its territory", ""],
  ["on their territory", ""],
  ["in its territory", ""],
  ["on its soil", ""],
  ["on their soil", ""],
  ["go inside", "enter"],
  ["go in", "enter"],
  ["goes into", "enters"],
  ["went into", "entered"],
  ["get into", "enter"],
  ["get inside", "enter"],
  ["come into", "enter"],
  ["asks for protection", "asks for asylum"],
  ["asked for protection", "asked for asylum"],
  ["asking for protection", "asking for asylum"],
  ["seeking protection", "seeking asylum"],
  // Refuge in a mission is what the law calls diplomatic asylum.
  ["took refuge", "took asylum"],
  ["taken refuge", "taken asylum"],
  ["taking refuge", "taking asylum"],
  ["sought refuge", "sought asylum"],
  ["seeking refuge", "seeking asylum"],
  ["harassing", "harassment of"],
  ["harassed", "harassment of"],
  ["harass", "harassment of"],
  ["beaten up", "attacked"],
  ["beat up", "attack"],
  ["roughed up", "attacked"],
  ["home country", "sending state"],
  ["diplomat home country", "diplomat sending state"],
  ["diplomats home country", "diplomats sending state"],
  ["bombed from the air", "airstrike"],
  ["attacked from the air", "airstrike"],
  ["hit from the air", "airstrike"],
  ["struck from the air", "airstrike"],
  ["walk into", "enter"],
  ["walk in", "enter"],
  ["walks into", "enters"],
  ["walked into", "entered"],
  ["walking into", "entering"],
  ["walked in", "entered"],
  ["marched into", "entered"],
  ["burst into", "entered"],
  ["barged into", "entered"],
  ["run into", "enter"],
  ["runs into", "enters"],
  ["ran into", "entered"],
  ["send police into", "police enter"],
  ["sent police into", "police entered"],
  ["send troops into", "troops enter"],
  ["sent troops into", "troops entered"],
  ["barge into", "enter"],
  ["ambassadors house", "ambassador residence"],
  ["ambassador house", "ambassador residence"],
  ["ambassadors home", "ambassador residence"],
  ["ambassador home", "ambassador residence"],
  ["ambassadors homes", "ambassador residences"],
  ["ambassadors houses", "ambassador residences"],
  ["diplomats house", "diplomat private residence"],
  ["diplomat house", "diplomat private residence"],
  ["diplomats home", "diplomat private residence"],
  ["diplomat home", "diplomat private residence"],
  ["what are embassies for", "functions of embassies"],
  ["what is an embassy for", "functions of an embassy"],
  ["what do embassies do", "functions of embassies"],
  ["an embassy supposed to do", "the functions of an embassy"],
  ["embassies supposed to do", "the functions of embassies"],
  ["what does an embassy do", "functions of an embassy"],
  ["saying ok", "consent"],
  ["say ok", "consent"],
  ["saying yes", "consent"],
  ["say so", "consent"],
  ["travel anywhere", "freedom of movement"],
  ["go anywhere", "freedom of movement"],
  ["take him to court", "sued him"],
  ["take her to court", "sued her"],
  ["take them to court", "sued them"],
  ["send him back", "extradite him"],
  ["send her back", "extradite her"],
  ["send them back", "extradite them"],
  ["stop talking to each other", "break off diplomatic relations"],
  ["stopped talking to each other", "broke off diplomatic relations"],
  ["sue", "sued"],
  ["suing", "sued"],
  ["spy", "spying"],
  ["spies", "spying"],
  ["espionage", "spying"],
  ["dipl", "diplomatic"],
  ["lawsuits", "sued"],
  ["lawsuit", "sued"],
  // Libya's embassies were "people's bureaus".
  ["people bureau", "embassy"],
  ["peoples bureau", "embassy"],
  ["people bureaus", "embassies"],
  // Newsroom shorthand.
  ["emb", "embassy"],
  ["brit", "british"],
  ["brits", "british"],
  ["conv", "convention"],
  ["comms", "communication"],
  ["embs", "embassies"],
  ["ambo", "ambassador"],
  ["ambos", "ambassadors"],
  ["amb", "ambassador"],
  ["govt", "government"],
  ["govts", "governments"],
  ["intl", "international"],
  ["dipls", "diplomats"],
  ["consul gen", "consul general"],
  ["suitcase", "baggage"],
  ["suitcases", "baggage"],
  ["luggage", "baggage"],
  ["drivers", "service staff"],
  ["chauffeur", "service staff"],
  ["cook", "service staff"],
  ["cleaner", "service staff"],
  ["gardener", "service staff"],
  ["parking fines", "traffic offence"],
  ["parking fine", "traffic offence"],
  ["parking tickets", "traffic offence"],
  ["parking ticket", "traffic offence"],
  ["tow away", "towing"],
  ["towed away", "towing"],
  ["send commandos into", "special forces enter"],
  ["sent commandos into", "special forces entered"],
  ["send special forces into", "special forces enter"],
  ["commandos", "special forces"],
  ["chauffeurs", "service staff"],
  ["cooks", "service staff"],
  ["cleaners", "service staff"],
  ["gardeners", "service staff"],
  ["air strikes", "airstrikes"],
  ["air strike", "airstrike"],
  ["air raids", "airstrikes"],
  ["air raid", "airstrike"],
  ["on the job", "in their official acts"],
  ["do in their job", "do in their official acts"],
  ["do in his job", "do in his official acts"],
  ["do in her job", "do in her official acts"],
  ["as part of their job", "in their official acts"],
  ["as part of his job", "in his official acts"],
  ["as part of her job", "in her official acts"],
  ["do its job", "perform its functions"],
  ["do their job", "perform their functions"],
  ["do their jobs", "perform their functions"],
  ["apartment", "private residence"],
  ["apartments", "private residences"],
  ["own flat", "private residence"],
  ["have to tell", "must notify"],
  ["has to tell", "must notify"],
  ["must tell", "must notify"],
  ["have to", "must"],
  ["has to", "must"],
  ["travel freely", "freedom of movement"],
  ["cannot travel", "cannot freedom of movement"],
  ["can t travel", "cannot freedom of movement"],
  ["cant travel", "cannot freedom of movement"],
  ["not allowed to travel", "not allowed freedom of movement"],
  ["travel ban", "freedom of movement"],
  ["travel restrictions", "freedom of movement"],
  ["restrict travel", "freedom of movement"],
  ["restricted travel", "freedom of movement"],
  ["restricts travel", "freedom of movement"],
  ["restricting travel", "freedom of movement"],
  // Zones closed to foreign diplomats are what Article 26 allows: travel beyond the capital.
  ["travel outside the capital", "freedom of movement outside the capital"],
  ["travel beyond the capital", "freedom of movement beyond the capital"],
  ["move freely", "freedom of movement"],
  ["phone lines", "communications"],
  ["phone line", "communications"],
  ["internet", "communications"],
  ["without asking", "without consent"],
  ["without permission", "without consent"],
  // "As untouchable as embassies": the law's word for it.
  ["untouchable", "inviolable"],
  ["off limits", "inviolable"],
  ["off-limits", "inviolable"],
  ["mail bag", "bag"],
  ["mailbag", "bag"],
  ["kick out", "expel"],
  ["kicked out", "expelled"],
  ["kicking out", "expelling"],
  ["throw out", "expel"],
  ["thrown out", "expelled"],
  ["overstaffed", "size of the mission"],
  ["too many diplomats", "size of the mission"],
  ["drunk driving", "traffic offence"],
  ["drink driving", "traffic offence"],
  ["red light", "traffic offence"],
  ["shut down", "closing"],
  ["shuts down", "closing"],
  ["closed down", "closing"],
  ["jail", "prison"],
  ["jailed", "in prison"],
  ["imprisoned", "in prison"],
  ["parking tickets", "traffic offence"],
  ["parking ticket", "traffic offence"],
  ["speeding tickets", "traffic offence"],
  ["speeding ticket", "traffic offence"],
  ["x ray", "search"],
  ["can t", "cannot"],
  ["couldn t", "could not"],
  ["shouldn t", "should not"],
  ["wouldn t", "would not"],
  ["mustn t", "must not"],
  ["cant", "cannot"],
  ["couldnt", "could not"],
  ["didnt", "did not"],
  ["wouldnt", "would not"],
  ["wasnt", "was not"],
  ["cop", "police"],
  ["cops", "police"],
  ["policeman", "police"],
  ["policemen", "police"],
  ["kids", "family"],
  // Losing immunity is its end, which Article 39 governs.
  ...["lose", "loses", "lost"].flatMap((verb) =>
    ["", "his ", "her ", "their "].map((whose): [string, string] => [
      `${verb} ${whose}immunity`,
      "immunity end",
    ]),
  ),
  ["immunity ends", "immunity end"],
  ["wives", "family"],
  ["husbands", "family"],
  ["vat", "taxes"],
  ["sales tax", "taxes"],
  ["income tax", "taxes"],
  ["impounded", "attachment"],
  ["impound", "attachment"],
  ["criminalise", "make punishable"],
  ["criminalize", "make punishable"],
  ["cooperate", "cooperation"],
  ["handcuff", "arrest"],
  ["handcuffed", "arrested"],
  ["hand him over", "extradite him"],
  ["hand her over", "extradite her"],
  ["hand them over", "extradite them"],
  ["try someone", "put on trial someone"],
  ["try him", "put him on trial"],
  ["try her", "put her on trial"],
  ["try them", "put them on trial"],
  ["be tried", "be put on trial"],
  ["bailiff", "seizing"],
  ["bailiffs", "seizing"],
  ["unpaid bills", "debts"],
  // Bills for water and power are what the treaty calls payment for specific services rendered.
  ...["water", "electricity", "power", "gas", "utility", "utilities", "rubbish", "garbage"].flatMap(
    (what): [string, string][] => [
      [`${what} bill`, "payment for specific services rendered"],
      [`${what} bills`, "payment for specific services rendered"],
    ],
  ),
  ...["rubbish", "garbage", "trash", "refuse", "waste"].map((what): [string, string] => [
    `${what} collection`,
    "payment for specific services rendered",
  ]),
  ["counterclaim", "counter claim"],
  ["counterclaims", "counter claims"],
  ["make illegal", "make punishable"],
  ["prosecute or extradite", "extradite or prosecute"],
  // A storming by the host's own forces is what the data calls a raid.
  // Police are the host's, wherever they storm a mission ("police storm an embassy in guatemala city").
  ...[...HOST_SUBJECTS, "police", "the police"].flatMap((who): [string, string][] => [
    [`${who} stormed`, `${who} raided`],
    [`${who} storm`, `${who} raid`],
    [`${who} storms`, `${who} raids`],
    // "Police just forced their way into the venezuelan embassy": a raid, told as it is seen.
    [`${who} forced their way into`, `${who} raided`],
    [`${who} just forced their way into`, `${who} raided`],
    [`${who} forced its way into`, `${who} raided`],
    [`${who} broke into`, `${who} raided`],
  ]),
  // Planning attacks is what the 1973 convention calls preparations for the crimes.
  ["planning attacks", "preparations for attacks"],
  ["planning an attack", "preparations for an attack"],
  ["plotting attacks", "preparations for attacks"],
  ["true or false", ""],
  // A conference venue, not a treaty: "vienna convention centre concerts this weekend".
  ["convention centre", "venue"],
  ["convention center", "venue"],
  // A student's shorthand: "def of inviolability".
  ["def of", "definition of"],
  // "Guerrillas took over the embassy": seized it.
  ["took over", "seized"],
  ["take over", "seized"],
  ["takes over", "seized"],
  ["taken over", "seized"],
  ["taking over", "seizing"],
  ["grabbed", "seized"],
  ["grabbing", "seizing"],
  // "Kidnaps an ambassador and flees to another country": the attacker abroad, to be extradited or tried.
  ...["flees", "fled", "flee", "escapes", "escaped", "escape"].flatMap((verb): [string, string][] => [
    [`${verb} to another country`, "fled abroad"],
    [`${verb} to a third country`, "fled abroad"],
    [`${verb} abroad`, "fled abroad"],
  ]),
  // "Do countries have to share intel to stop attacks on diplomats": the exchange the 1973 convention asks for.
  ...["share", "sharing", "shared", "swap", "pass on"].flatMap((verb): [string, string][] => [
    [`${verb} intel`, "exchange information"],
    [`${verb} intelligence`, "exchange information"],
  ]),
  // A wire story's attribution says who told it, not what happened: "…before withdrawing, witnesses
  // said" calls no diplomat as a witness.
  ...["said", "say", "says", "told reporters", "reported"].flatMap((verb): [string, string][] => [
    [`witnesses ${verb}`, ""],
    [`a witness ${verb}`, ""],
    [`officials ${verb}`, ""],
  ]),
  ["according to witnesses", ""],
  // What the answer is for: "every embassy attack in the balkans for a podcast episode".
  ["podcast episode", "podcast"],
  ["podcast episodes", "podcast"],
  // How a story is asked for, not what it is about: "walk me through the iran hostage crisis, start to finish".
  ["walk me through", ""],
  ["walk us through", ""],
  ["from start to finish", ""],
  ["start to finish", ""],
  ["from beginning to end", ""],
  ["step by step", ""],
  ["timeline of", ""],
  ["timeline", ""],
  // "Can a country limit how many diplomats another keeps": the size of the mission, not a count.
  ["limit how many", "limit the size of the mission"],
  ["cap the number of", "limit the size of the mission"],
  ["limit the number of", "limit the size of the mission"],
  ["open fire", "shoot"],
  ["opened fire", "shot"],
  ["opens fire", "shoots"],
  ["restrict how many", "limit the size of the mission"],
  ["cap how many", "limit the size of the mission"],
  // "Emb used for crimes", "an embassy being used for spying": the misuse of its premises.
  ...["embassy", "embassies", "an embassy", "the embassy", "emb"].flatMap((which): [string, string][] => [
    [`${which} used for`, "misuse of an embassy for"],
    [`${which} being used for`, "misuse of an embassy for"],
  ]),
  ["rule on how many diplomats", "rule on the size of the mission"],
  ["cut its diplomatic staff", "size of the mission"],
  ["free to travel", "freedom of movement"],
  ["free to move", "freedom of movement"],
  ["expropriate", "requisition"],
  ["expropriated", "requisition"],
  ["expropriation", "requisition"],
  // Burning a flag outside is what the treaty calls impairing the mission's dignity.
  ...[
    "burn a flag",
    "burn the flag",
    "burning a flag",
    "burning the flag",
    "flag burning",
    "burn its flag",
    "burning its flag",
  ].map((phrase): [string, string] => [phrase, "impairment of the dignity of the mission"]),
  ["without the ambassador permission", "without the consent of the head of the mission"],
  ["without the ambassadors permission", "without the consent of the head of the mission"],
  ["without permission", "without consent"],
  ["unpaid bill", "debt"],
  ["look in", "search"],
  ["look inside", "search"],
  ["looked in", "searched"],
  ["ambassador car", "embassy car"],
  // The Hindustan Ambassador is a car, not an ambassador's: kept whole for set-aside.ts.
  ["hindustan ambassador car", "hindustan ambassador"],
  ["ambassadors car", "embassy car"],
  ["whose job", "whose duty"],
  ["embassy job", "functions of an embassy"],
  ["embassies job", "functions of embassies"],
  ["threatened", "threats"],
  ["burned down", "burned"],
  // Days people name by the calendar's feasts: the records are dated by day and month.
  ["new years eve", "31 december"],
  ["new year eve", "31 december"],
  ["new years day", "1 january"],
  ["new year day", "1 january"],
  ["christmas eve", "24 december"],
  ["christmas day", "25 december"],
  ["burnt down", "burnt"],
  ["burn down", "burn"],
  ["fire brigade", "firefighters"],
  // The staff the convention names by class: "admin staff", "a cipher clerk".
  ["administrative and technical staff", "administrative and technical staff"],
  ["admin staff", "administrative and technical staff"],
  ["administrative staff", "administrative and technical staff"],
  ["technical staff", "administrative and technical staff"],
  ["cipher clerk", "administrative and technical staff"],
  ["embassy clerk", "administrative and technical staff"],
  ["firemen", "firefighters"],
  ["fireman", "firefighter"],
  ["fire fighters", "firefighters"],
  // "Protection under the vienna rules": the conventions, not the city.
  ["vienna rules", "vienna convention"],
  ["vienna treaty", "vienna convention"],
  ["break in", "enter"],
  ["breathalyser", "traffic offence"],
  ["breathalyzer", "traffic offence"],
  ["put a cap on", "limit"],
  ["put a limit on", "limit"],
  ["how many people work at", "the number of staff at"],
  ["cap", "limit"],
  ["official business", "official acts"],
  ["legal base", "legal basis"],
  ["jra", "japanese red army"],
  ["dip bag", "diplomatic bag"],
  ["dip bags", "diplomatic bags"],
  ["search warrant", "search"],
  // Protests outside a mission: what the host must keep from disturbing its peace.
  ...["near", "outside", "in front of"].flatMap((where): [string, string][] => [
    [`protests ${where}`, "protesters outside"],
    [`protest ${where}`, "protesters outside"],
  ]),
  // "The embassy's own soldiers": the sending state's guards, not the host's own forces.
  ...["soldiers", "guards", "troops", "security", "police"].flatMap((who): [string, string][] => [
    [`embassy own ${who}`, "embassy guards"],
    [`embassies own ${who}`, "embassy guards"],
  ]),
  // "Refuse to let police in": the host's agents entering, asked from the mission's side.
  ...[
    "police",
    "the police",
    "officers",
    "firefighters",
    "troops",
    "soldiers",
    "investigators",
    "agents",
  ].flatMap((who): [string, string][] => [
    [`let ${who} in`, `let ${who} enter`],
    [`allow ${who} in`, `allow ${who} to enter`],
  ]),
  // A "diplomatic row" is a dispute; "death row" and "embassy row" stay as they are.
  ["death row", "death row"],
  ["embassy row", "embassy row"],
  ["row", "dispute"],
  // "Killed in the line of duty" says no more than killed; "duty" would ask for the law.
  ["in the line of duty", ""],
  // "The ambassador's 19 year old son": a child of the household, whatever words come between.
  ...["son", "daughter", "child", "kid", "boy", "girl"].flatMap((child): [string, string][] => [
    [`year old ${child}`, "family member"],
    [`years old ${child}`, "family member"],
  ]),
  // Kept from travelling: the freedom of movement the host owes.
  ...["banned", "barred", "stopped", "prevented", "forbidden"].flatMap((verb): [string, string][] => [
    [`${verb} from travelling`, "restricted freedom of movement"],
    [`${verb} from traveling`, "restricted freedom of movement"],
  ]),
  ["travel ban", "restricted freedom of movement"],
  // A diplomat's own trade: the commercial activity immunity does not cover.
  ["side business", "commercial activity"],
  ["private business", "commercial activity"],
  ["business on the side", "commercial activity"],
  ["side hustle", "commercial activity"],
  // What a mission's people owe the host: to respect its laws.
  ["follow the law", "respect the laws"],
  ["follow the laws", "respect the laws"],
  ["obey the law", "respect the laws"],
  ["obey the laws", "respect the laws"],
  ["follow local laws", "respect the laws"],
  ["obey local laws", "respect the laws"],
  ["on official duty", "official acts"],
  ["graffiti", "damage"],
  ["bulldoze", "damage"],
  ["demolish", "damage"],
  ["knock down", "damage"],
  ["told to leave", "expelled"],
  ["hours to leave", "expelled"],
  ["days to leave", "expelled"],
  ["ordered to leave", "expelled"],
  ["ordered out", "expelled"],
  ["cut its staff", "size of the mission"],
  ["cut staff", "size of the mission"],
  ["reduce its staff", "size of the mission"],
  ["warn each other", "exchange information"],
  ["tip off", "exchange information"],
  ["campaigning", "interference in internal affairs"],
  ["spray painted", "damage"],
  ["spray paint", "damage"],
  ["get rid of", "expel"],
  ["ex ambassador", "ambassador after leaving the post"],
  ["former ambassador", "ambassador after leaving the post"],
  ["ex diplomat", "diplomat after leaving the post"],
  ["former diplomat", "diplomat after leaving the post"],
  ["retired ambassador", "ambassador after leaving the post"],
  ["retired diplomat", "diplomat after leaving the post"],
  ["now back home", "after leaving the post"],
  ["left his post", "after leaving the post"],
  ["left her post", "after leaving the post"],
  ["left the post", "after leaving the post"],
  ["has left the country", "after leaving the country"],
  // Ranks of diplomats: a second secretary is a diplomat as the records say it.
  ["first secretary", "diplomat"],
  ["second secretary", "diplomat"],
  ["third secretary", "diplomat"],
  ["local hire", "service staff"],
  ["locally hired", "service staff"],
  ["in a cell", "in detention"],
  ["locked up", "detained"],
  ["lock up", "detain"],
  ["its job", "functions"],
  // Police moving a crowd on: dispersing it, not anyone's freedom of movement.
  ["move them on", "disperse them"],
  ["moved them on", "dispersed them"],
  ["move the crowd on", "disperse the crowd"],
  ["move the protesters on", "disperse the protesters"],
  // The protesters' right, not a speech someone gives.
  ["free speech", "right to protest"],
  // A politician's re-election is no errand of voting (see electionsInRecordTerms).
  ["re election", "reelection"],
  ["children", "family"],
  ["wife", "family"],
  ["husband", "family"],
  ["spouse", "family"],
  ["spouses", "family"],
  ["relatives", "family"],
  ["ties are cut", "relations are broken off"],
  ["break in relations", "relations broken off"],
  ["break in diplomatic relations", "relations broken off"],
  ["relations are cut", "relations are broken off"],
  // The treaty's words (VCDR 45): "if diplomatic relations are broken off".
  ...[
    "cut",
    "cuts",
    "cutting",
    "break",
    "breaks",
    "broke",
    "breaking",
    "sever",
    "severs",
    "severed",
    "severing",
  ]
    .flatMap((verb) => [verb, `${verb} off`])
    .flatMap((verb): [string, string][] => [
      [`${verb} diplomatic ties`, "diplomatic relations broken off"],
      [`${verb} diplomatic relations`, "diplomatic relations broken off"],
    ]),
  ["cut ties", "relations broken off"],
  ["relations cut", "relations broken off"],
  ["relations are cut", "relations are broken off"],
  ["relations were cut", "relations were broken off"],
  ["cutting ties", "relations broken off"],
  ["cutting off relations", "relations broken off"],
  ["cut off relations", "relations broken off"],
  ["break the relations", "relations broken off"],
  ["break relations", "relations broken off"],
  ["break off relations", "relations broken off"],
  ["broke off relations", "relations broken off"],
  ["severed", "broken off"],
  ["sever", "break off"],
  ["ties", "relations"],
  ["wartime", "armed conflict"],
  ["electricity", "power"],
  ["utilities", "power water"],
  ["wreck", "damage"],
  ["wrecked", "damage"],
  ["trashed", "damage"],
  ["vandalised", "damage"],
  ["vandalized", "damage"],
  ["told", "notification"],
  ["notify", "notification"],
  ["notified", "notification"],
  ["not informed", "no notification"],
  ["speeding", "traffic offence"],
  ["collision", "crash"],
  ["collided", "crashed"],
];

/**
 * A diplomat's child is one of the family the law speaks of; a son or daughter alone may be anyone's
 * ("the president's son").
 */
const CHILDREN = ["son", "sons", "daughter", "daughters", "teenage son", "teenage daughter", "child", "kid"];
for (const person of ["diplomat", "diplomats", "ambassador", "ambassadors", "consul", "envoy"])
  for (const child of CHILDREN) EVERYDAY.push([`${person} ${child}`, `${person} family`]);

/** "Do they have to let u call ur embassy": an arrested foreigner's consular access. */
for (const verb of ["call", "contact", "phone", "ring"])
  for (const whose of ["their", "your", "ur", "my", "his", "her", "the"])
    for (const mission of ["embassy", "consulate", "embassy or consulate"])
      EVERYDAY.push([`${verb} ${whose} ${mission}`, "consular access"]);

/** "The police won't let the consulate see him": an arrested foreigner's consular access, refused. */
for (const verb of ["let", "allow", "allowing", "letting"])
  for (const whose of ["their", "your", "ur", "my", "his", "her", "the", "a"])
    for (const mission of ["embassy", "consulate", "consul", "consular officer", "consular officials"])
      for (const act of ["see", "visit", "meet", "talk to", "speak to", "speak with"])
        for (const to of verb.startsWith("allow") ? ["to "] : ["", "to "])
          EVERYDAY.push([`${verb} ${whose} ${mission} ${to}${act}`, "consular access"]);

/** "Do foreign police have to tell my embassy when they arrest me": consular notification. */
for (const verb of ["tell", "notify", "inform", "told", "notified", "informed"])
  for (const whose of ["their", "your", "my", "his", "her", "the"])
    for (const mission of ["embassy", "consulate"]) {
      EVERYDAY.push([`${verb} ${whose} ${mission}`, "consular notification"]);
      // Before "have to tell" (must notify) takes the verb away.
      for (const must of ["have to", "has to", "must", "need to"])
        EVERYDAY.push([`${must} ${verb} ${whose} ${mission}`, "must consular notification"]);
    }

/** "Consul png vccr", "declared png": persona non grata, beside a mission's people or a verb of it (not an image file). */
for (const said of [
  ...["diplomat", "diplomats", "consul", "consuls", "ambassador", "ambassadors", "envoy"].flatMap((p) => [
    `${p} png`,
    `png ${p}`,
  ]),
  ...["declared", "declare", "declares", "declaring", "made", "declaration"].map((verb) => `${verb} png`),
  ...["vcdr", "vccr"].map((treaty) => `png ${treaty}`),
])
  EVERYDAY.push([said, said.replace("png", "persona non grata")]);

/** "If ur dad is a diplomat": the asker is one of the diplomat's family. */
for (const parent of ["dad", "mum", "mom", "father", "mother"])
  for (const person of ["a diplomat", "an ambassador", "a consul"])
    EVERYDAY.push([`${parent} is ${person}`, `family of ${person}`]);
EVERYDAY.push(["parents are diplomats", "family of diplomats"]);

/** The everyday phrases, for spelling to mend to ("travel restrictons" is then a phrase above). */
export const EVERYDAY_PHRASES: readonly string[] = EVERYDAY.map(([phrase]) => phrase);

/**
 * Plurals spelt as the singular plus "s": a known word is not mended, so they are put right here.
 * They and the other languages' words are pushed after EVERYDAY_PHRASES, so they are not spelling's
 * targets: "embasy" is one edit short of "embasys" too, and must still become "embassy".
 */
EVERYDAY.push(["embassys", "embassies"], ["embasys", "embassies"], ["consulats", "consulates"]);
EVERYDAY.push(...FOREIGN_TERMS);

/** First word → the phrases it starts (as word lists), longest first. */
const BY_FIRST_WORD = new Map<string, { words: string[]; replacement: string }[]>();
for (const [phrase, replacement] of EVERYDAY) {
  const words = phrase.split(" ");
  const list = BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push({ words, replacement });
  list.sort((a, b) => b.words.length - a.words.length);
  BY_FIRST_WORD.set(words[0]!, list);
}

/** Hedges that carry no meaning and would split a phrase above ("what are embassies actually for"). */
const HEDGES = new Set(["actually", "really", "basically", "technically", "literally", "truly", "ever"]);

/**
 * What a diplomat does wrong, said as the deed ("a diplomat hits a cyclist", "a consul is caught
 * smuggling"), is what the law calls being accused of a crime; the deed done to a diplomat ("a
 * diplomat was shot") is not. A past form is the diplomat's deed only with someone after it.
 */
const DEEDS_DONE = new Set(
  "kills murders shoots stabs hits rapes assaults steals smuggles robs punches slaps beats injures crashes runs commits".split(
    " ",
  ),
);
const DEEDS_PAST = new Set(
  "killed murdered shot stabbed hit raped assaulted robbed punched slapped beat injured ran crashed".split(
    " ",
  ),
);
const VICTIM_STARTS = new Set(
  "someone somebody a an his her their two three people pedestrian pedestrians man woman child over into".split(
    " ",
  ),
);
const BEFORE_DEED = new Set(["who", "allegedly", "reportedly", "accidentally", "then"]);

/** The index just past a diplomat's deed that starts at `i`, or -1. */
function deedEnd(tokens: readonly string[], i: number): number {
  const word = tokens[i] ?? "";
  const next = tokens[i + 1] ?? "";
  // Caught spying is the spying the law deals with apart (persona non grata).
  // So is what the everyday words name otherwise ("caught campaigning" is interference).
  if (word === "caught" && next.endsWith("ing") && next !== "spying" && !BY_FIRST_WORD.has(next))
    return i + 2;
  const particle = next === "over" || next === "into" ? 1 : 0;
  if (DEEDS_DONE.has(word)) return i + 1 + particle;
  if (DEEDS_PAST.has(word) && VICTIM_STARTS.has(next)) return i + 1 + particle;
  return -1;
}

/** "A diplomat hits a cyclist" → "a diplomat accused of a crime a cyclist". */
function deedsInRecordTerms(tokens: string[]): string[] {
  const out: string[] = [];
  let afterPerson = false;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    const end = afterPerson ? deedEnd(tokens, i) : -1;
    if (end > 0) {
      out.push(DEED_ACCUSED);
      i = end;
      afterPerson = false;
      continue;
    }
    out.push(t);
    afterPerson =
      MISSION_PEOPLE.has(t) ||
      (afterPerson && (BEFORE_DEED.has(t) || t === "is" || t === "was" || t === "gets" || t === "got"));
    i++;
  }
  return out;
}

const REPRESENTS = new Set(
  "represent represents representing represented protects protected handles handled safeguards".split(" "),
);
const LOOK = new Set(["look", "looks", "looking", "looked"]);
/** How far "interests" may follow: "represents the united states' interests". */
const INTERESTS_WITHIN = 4;

/**
 * "Switzerland represents us interests in iran": one state looking after another's interests is what
 * the law calls a protecting power.
 */
function protectingPowerInRecordTerms(tokens: string[]): string[] {
  // "Represents", "protects", "handles", or "looks after": the verb, one word or two.
  const verbLength = (i: number) =>
    REPRESENTS.has(tokens[i]!) ? 1 : LOOK.has(tokens[i]!) && tokens[i + 1] === "after" ? 2 : 0;
  const at = tokens.findIndex((_, i) => verbLength(i) > 0);
  if (at < 0) return tokens;
  const from = at + verbLength(at);
  const end = tokens.slice(from, from + INTERESTS_WITHIN).indexOf("interests");
  if (end < 0) return tokens;
  return [...tokens.slice(0, at), "protecting", "power", ...tokens.slice(from + end + 1)];
}

/**
 * "India expels canadian diplomats over nijjar row": expelling a mission's people is what the law
 * calls declaring them persona non grata (VCDR 9), whatever the news calls it; the term is added.
 */
function expulsionInRecordTerms(tokens: string[]): string[] {
  const expels =
    (tokens.some((t) => EXPEL_WORDS.has(t)) && tokens.some((t) => MISSION_PEOPLE.has(t))) ||
    toldToLeave(tokens);
  return expels && !tokens.includes("grata") ? [...tokens, "persona", "non", "grata"] : tokens;
}

/**
 * "Sends the diplomat home", "orders the ambassador out", "wants an ambassador gone": one of a
 * mission's people told to leave, in a verb, its object and a word after it.
 */
function toldToLeave(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => {
    const away = SENT_AWAY.get(t);
    // "Orders the mission to send 30 diplomats home" cuts its size (VCDR 11): the mission sends them.
    if (!away || tokens[i - 1] === "to") return false;
    const rest = tokens.slice(i + 1, i + 2 + LEAVER_WITHIN);
    const end = rest.findIndex((w) => away.has(w));
    return end > 0 && rest.slice(0, end).some((w) => MISSION_PEOPLE.has(w));
  });
}
const SENT_AWAY = new Map<string, ReadonlySet<string>>([
  ...["send", "sends", "sent", "sending"].map((verb): [string, ReadonlySet<string>] => [
    verb,
    new Set(["home", "packing"]),
  ]),
  ...["order", "orders", "ordered", "ordering"].map((verb): [string, ReadonlySet<string>] => [
    verb,
    new Set(["out", "home"]),
  ]),
  ...["want", "wants", "wanted", "wanting"].map((verb): [string, ReadonlySet<string>] => [
    verb,
    new Set(["gone", "out"]),
  ]),
]);
/** How many words may name who is sent away: "sends the two russian diplomats home". */
const LEAVER_WITHIN = 4;
/**
 * "How does a country get rid of a diplomat's immunity", "take away his immunity": ending a
 * diplomat's immunity is what the law calls waiving it (VCDR 32), and only the sending State can.
 */
function waiverInRecordTerms(tokens: string[]): string[] {
  const immunity = tokens.indexOf("immunity");
  if (immunity < 0) return tokens;
  for (let i = Math.max(0, immunity - WAIVER_WITHIN); i < immunity; i++) {
    const length = REMOVALS.find((words) => words.every((w, k) => tokens[i + k] === w))?.length;
    if (length !== undefined) return [...tokens.slice(0, i), "waive", ...tokens.slice(i + length)];
  }
  return tokens;
}
const REMOVALS = [
  ["get", "rid", "of"],
  ["got", "rid", "of"],
  ["take", "away"],
  ["took", "away"],
  ["taken", "away"],
  ["remove"],
  ["removed"],
  ["removing"],
  ["revoke"],
  ["revoked"],
  ["revoking"],
  ["cancel"],
  ["cancelled"],
  ["canceled"],
];
/** How far before "immunity" the verb may be: "take away a diplomat's immunity". */
const WAIVER_WITHIN = 4;

/**
 * "Can a diplomat campaign in the host's elections": a mission's people and elections are the host's
 * internal affairs (VCDR 41); "who won the election today" names no one of a mission and stays an
 * election, which the reading sets aside.
 */
function electionsInRecordTerms(tokens: string[]): string[] {
  if (!tokens.some((t) => MISSION_NOUNS.has(t))) return tokens;
  return tokens.flatMap((t) => (ELECTION_WORDS.has(t) ? ["internal", "affairs"] : [t]));
}
const ELECTION_WORDS = new Set(["election", "elections"]);

const EXPEL_WORDS = new Set(["expel", "expels", "expelled", "expelling", "expulsion", "expulsions"]);

/**
 * "Is the american embassy in london legally american territory": a country's territory or soil,
 * said of an embassy, is the foreign soil the law denies it is (not "the territory of the congo").
 */
function soilInRecordTerms(tokens: string[]): string[] {
  const inMission = tokens.some((t) => MISSION_NOUNS.has(t));
  return tokens.map((t, i) =>
    ((t === "territory" || t === "soil") && countryPhrases().has(tokens[i - 1] ?? "")) ||
    (inMission && tokens[i - 1] === "in" && SO_TO_SPEAK.has(tokens[i - 2] ?? "") && countryPhrases().has(t))
      ? "foreign soil"
      : t,
  );
}
/** "Inside the us embassy are you technically in america": in the law's eyes, in that country. */
const SO_TO_SPEAK = new Set(["technically", "legally", "officially", "actually", "really"]);

/**
 * "Kuwait emb bombings dec 83": two digits after a month that cannot be a day are its year, in full;
 * so are "82 or 83".
 * ("May" is left out: "may 83" is rarer than "may" the modal.)
 */
function yearsInFull(tokens: string[]): string[] {
  const twoDigits = (t: string | undefined) => t !== undefined && /^\d\d$/.test(t) && Number(t) > 31;
  // "Was it 82 or 83": two such numbers either side of "or" are years too.
  const eitherYear = (i: number) =>
    (tokens[i + 1] === "or" && twoDigits(tokens[i + 2])) ||
    (tokens[i - 1] === "or" && twoDigits(tokens[i - 2]));
  // "Us embassy attacks in 79": after "in", unless it counts something ("in 45 minutes"); "damascus
  // attack 06": closing the question after the deed, with or without a leading zero.
  const inYear = (i: number) => tokens[i - 1] === "in" && !COUNTED_UNITS.has(tokens[i + 1] ?? "");
  const afterDeed = (i: number) =>
    i === tokens.length - 1 && /^\d\d$/.test(tokens[i]!) && namesDeed(tokens[i - 1]);
  return tokens.map((t, i) => {
    const afterMonth = monthNumber(tokens[i - 1]) !== undefined && tokens[i - 1] !== "may";
    if (afterDeed(i)) return String(fullYear(Number(t)));
    if (!twoDigits(t) || !(afterMonth || eitherYear(i) || inYear(i))) return t;
    return String(fullYear(Number(t)));
  });
}

/** A word for a kind of attack, or "attack" itself: "damascus attack 06", "beirut bombing 83". */
function namesDeed(word: string | undefined): boolean {
  return word !== undefined && (/^attacks?$/.test(word) || typesOfWord(word).length > 0);
}

/** The question with everyday words put in the records' terms; unchanged text when none is found. */
export function inRecordTerms(text: string): string {
  const all = tokenize(text);
  const deeds = expulsionInRecordTerms(
    soilInRecordTerms(
      protectingPowerInRecordTerms(
        electionsInRecordTerms(waiverInRecordTerms(deedsInRecordTerms(yearsInFull(all)))),
      ),
    ),
  );
  let changed = deeds.length !== all.length || deeds.some((t, i) => t !== all[i]);
  const tokens = deeds.filter((t) => !HEDGES.has(t));
  if (tokens.length !== deeds.length) changed = true;
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const match = BY_FIRST_WORD.get(tokens[i]!)?.find(({ words }) =>
      words.every((w, k) => tokens[i + k] === w),
    );
    if (match) {
      // A phrase that adds nothing ("on its territory") is dropped.
      if (match.replacement !== "") out.push(match.replacement);
      i += match.words.length;
      changed = true;
    } else out.push(tokens[i++]!);
  }
  return changed ? out.join(" ") : text;
}
