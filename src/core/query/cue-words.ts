import type { Instrument, MissionType } from "../dataset/vocabulary.js";

/**
 * The words the reading step acts on, by what they tell it: whose a country is, what kind of
 * question it is, which instrument the law steers to, and which errands are not this desk's field.
 * Kept apart from read-question.ts so the reading reads as rules and these as vocabularies.
 */

/** Demonyms and regional adjectives: iraqi, british, french, chinese, african, middle eastern, nordic. */
export const ADJECTIVE = /(an|ian|ese|ish|ch|i|ern|ic)$/;
export const MISSION_NOUNS = new Set(
  "embassy embassies consulate consulates diplomat diplomats mission missions envoy envoys ambassador ambassadors legation legations residence chancery".split(
    " ",
  ),
);
export const BUILDING_NOUNS = new Set(
  "embassy embassies consulate consulates legation legations mission missions residence chancery".split(" "),
);
export const COUNT_CUES = [
  "how many",
  "how often",
  "number of",
  "how frequently",
  "total number",
  "count of",
  "count",
];
/** What a list of law is a list of: "which articles", "all the rules", "what duties". */
export const LAW_LIST_NOUNS = new Set(
  `articles article rules rule rights duties obligations treaties treaty conventions convention cases case resolutions
  protections provisions laws`.split(/\s+/),
);
export const LIST_CUES = new Set(
  "which list all every examples famous notable notorious major biggest worst".split(" "),
);
export const PLURAL_EVENTS = new Set(
  `attacks incidents bombings stormings sieges raids kidnappings assassinations protests airstrikes strikes arsons fires bombs
  takings takeovers seizures embassies consulates missions diplomats legations residences commissions
  cases instances occasions times crises`.split(/\s+/),
);
/** Words that name a kind of mission; a list keeps to it ("consulates attacked in the 2010s"). */
export const MISSION_TYPE_WORDS: Record<string, MissionType> = {
  consulate: "consulate",
  consulates: "consulate",
  legation: "legation",
  legations: "legation",
  residence: "residence",
  residences: "residence",
  "ambassador residence": "residence",
  "ambassadors residence": "residence",
  "ambassador residences": "residence",
  "ambassadors residences": "residence",
  "high commission": "high-commission",
  "high commissions": "high-commission",
};
export const MISSION_TYPE_LABELS: Record<MissionType, string> = {
  embassy: "Embassies",
  "high-commission": "High commissions",
  legation: "Legations",
  consulate: "Consulates",
  residence: "Residences",
  other: "Other missions",
};
export const LEGAL_CUES = new Set(
  `can may must should shall ought allowed allow permitted permission legal illegal lawful unlawful law laws obliged obligation obligations
  duty duties responsible responsibility required require requires right rights entitled immune immunity inviolable
  inviolability treaty treaties convention conventions article articles court courts icj judgment judgement judgments
  ruling ruled sued sue tribunal resolution resolutions protect protects protected protection rule rules could cannot
  exception exceptions exempt exemption happens pays compensation extradite extradition extradited prosecute
  violation violations violate violated breach breaches breached
  prosecuted prosecution pay supposed liable accountable recognised recognized myth myths covered`.split(
    /\s+/,
  ),
);
/** Words that put a question in this desk's field, so a legal question with no rule named gets the core rules. */
export const DOMAIN_WORDS = new Set(
  `embassy embassies consulate consulates consular consul consuls diplomat diplomats diplomatic mission missions
  ambassador ambassadors envoy envoys legation legations premises chancery persona grata convention treaty icj
  affaires`.split(/\s+/),
);
/** Terms of this law that errands never use: a question with one is not set aside as an errand. */
/** Phrases of this law that tie a question to it as its single terms do: "protecting power - explain it". */
export const LAW_PHRASES = [
  "diplomatic asylum",
  "freedom of communication",
  "freedom of movement",
  "protecting power",
  "persona non grata",
  "diplomatic bag",
  "receiving state",
  "sending state",
  "privileges and immunities",
];
/** "Protecting power lines from storm damage" is not the protecting power of diplomatic law. */
export const OTHER_POWER = [
  "power line",
  "power lines",
  "power grid",
  "power plant",
  "power plants",
  "power supply",
  "power tool",
  "power tools",
];
export const LAW_TERMS = new Set(
  `immunity immune inviolable inviolability asylum grata communication communications prison prisoner prisoners
  custody detention detained arrested arrest privileges tax taxes taxed taxation interference interfere interfering
  expel expels expelled expelling expulsion expulsions`.split(/\s+/),
);
/**
 * A court or a government taking a mission's property: "can a court freeze an embassy's bank
 * account" is the law of the premises and their property, not an errand at the bank.
 */
export const ENFORCEMENT_WORDS = new Set(
  `seize seized seizing seizure freeze freezing froze frozen attach attachment garnish garnished confiscate
  confiscated confiscation requisition requisitioned expropriate expropriated tow towed towing clamp
  clamped clamping impound impounded`.split(/\s+/),
);
/**
 * Asking whether someone is immune, something inviolable or whose territory an embassy is: a
 * question of law wherever it is set.
 */
export const IMMUNITY_WORDS = new Set(
  "immune immunity inviolable inviolability soil sovereign extraterritorial extraterritoriality".split(" "),
);
/** Words that make a question legal even when it names a place or a year ("which court ruled on tehran 1979"). */
export const STRONG_LEGAL = new Set(
  "court courts icj judgment judgement judgments ruling ruled sued tribunal convention conventions treaty treaties legally illegally codifies codified codify codification multilateral".split(
    " ",
  ),
);
/** The host's own forces, when the question asks what the host did. */
export const SECURITY_NOUNS = new Set("police forces troops soldiers army security guards".split(" "));
/** Nouns after a nationality that make it the attackers', not the mission's: "armenian militants". */
export const PERPETRATOR_NOUNS = new Set(
  `militants militant students protesters protestors demonstrators terrorists terrorist gunmen gunman mob mobs
  forces police troops soldiers army rebels guerrillas extremists nationalists separatists crowd crowds group
  guards militia militias revolutionaries islamists groups organisation organization attacks attack attackers
  assassins bombers kidnappers hijackers`.split(/\s+/),
);
/** What a diplomat's own deed is called once read ("a diplomat hits a cyclist"): see everyday-words. */
export const DEED_ACCUSED = "accused of a crime";
/**
 * Asking whether something is permitted ("arrested in dubai … is that allowed", "was it legal"),
 * whose duty it is, or what follows a diplomat's crime, whatever place the question names.
 */
export const PERMISSION_ASKED = [
  DEED_ACCUSED,
  "international law",
  ...["is", "was"].flatMap((verb) =>
    ["that", "it", "this"].flatMap((what) => ["allowed", "legal"].map((word) => `${verb} ${what} ${word}`)),
  ),
  "whose job",
  ...["is", "was"].flatMap((verb) => ["that", "it", "this"].map((what) => `${verb} ${what} a breach`)),
  ...["break", "broke", "breaking", "breaks"].map((verb) => `${verb} the law`),
  // "…ransacking offices. what does the law say?": the law on what the story tells.
  "law say",
  "law says",
  // "…cut the water supply; which provisions are engaged?": which of the law's texts.
  ...["which", "what"].flatMap((asked) =>
    ["provision", "provisions", "article", "articles", "rule", "rules", "treaty", "treaties", "standard"].map(
      (text) => `${asked} ${text}`,
    ),
  ),
  "hostages case",
  "is that a defence",
  "is that a defense",
  "legal implications",
  "legal position",
  // "Mindszenty lived 15 years in the american embassy - what was his legal status".
  "legal status",
  "legal basis",
  "legal angle",
  "legally speaking",
  "what law",
  "which law",
  "what laws",
  "which laws",
  "whose responsibility",
  "whose duty",
  // Asking for the rule itself: "georgia waived its diplomat's immunity in 1997, what rule allows that".
  ...["what", "which"].flatMap((ask) => ["rule", "law", "article"].map((word) => `${ask} ${word}`)),
];
/**
 * Words that name a diplomatic mission or its people, and those that name a consular one: a
 * question naming only the first is not answered from the consular convention, and one naming both
 * ("diplomatic and consular missions") is steered to neither.
 */
export const DIPLOMATIC_MISSION_WORDS = new Set(
  "embassy embassies ambassador ambassadors diplomat diplomats legation legations chancery envoy envoys".split(
    " ",
  ),
);
/** The people of missions: with a modal ("can diplomats travel…"), an errand word is part of a legal question. */
export const MISSION_PEOPLE = new Set(
  "diplomat diplomats ambassador ambassadors consul consuls envoy envoys attache attaches affaires".split(
    " ",
  ),
);
export const CONSULAR_WORDS = new Set("consulate consulates consular consul consuls".split(" "));
/** Harm done to a mission or its people ("attacking an embassy", "kidnap a diplomat"). */
export const HARM_WORDS = new Set(
  `attack attacks attacked attacking bomb bombs bombing bombed kidnap kidnaps kidnapping kidnapped kill kills
  killing killed murder murders murdering murdered assault assaulting assaulted threaten threatening storm
  storming stormed strike strikes struck raid raids raided`.split(/\s+/),
);
/** What the host's authorities do to a mission's people, told in the passive: "a consul was arrested". */
export const STATE_ACTS = new Set(
  "arrested detained jailed charged prosecuted searched expelled handcuffed fined questioned".split(" "),
);
/** Asking whether a deed is a crime, or who prosecutes it. */
export const CRIME_WORDS = new Set(
  "crime crimes criminal jurisdiction extradite extradited extradition prosecute prosecutes prosecuted prosecution punish punished punishment offence offense".split(
    " ",
  ),
);
/** What an authority insists on, in the present: "the host demands…", "city hall orders…". */
export const DEMAND_VERBS = new Set(
  "demands orders requires insists bans forbids refuses tells wants demand order require insist ban forbid refuse want".split(
    " ",
  ),
);
/** A question that ends on one of these asks whether what it told is permitted. */
export const PERMISSION_LAST = new Set("allowed lawful legal illegal unlawful permitted law".split(" "));
/** Asking what follows ("now what"): by law, when nothing sets the question at an event. */
export const WHAT_FOLLOWS = ["now what", "what now", "what next", "what happens now"];
/** Modal words that ask what someone may or must do. */
export const PERMISSION_MODALS = new Set("can may must should could cannot".split(" "));
/** Those whose powers over a mission the law settles: "can police…", "may the host government…". */
export const AUTHORITY_NOUNS = new Set(
  `police soldiers troops army military government governments host authorities firefighters firemen officers
  security guards state states country countries mayor council municipality hall ministry customs city town`.split(
    /\s+/,
  ),
);
/** Phrases that mean a state was taken to the World Court, not a diplomat before a local judge. */
export const ICJ_PHRASES = [
  "international court",
  "world court",
  "taken to court",
  "take to court",
  "took to court",
  "court case",
  "court cases",
  "hostages case",
  "armed activities",
];
/** Asking what a term means or how two differ, rather than what the law requires in a situation. */
export const DEFINITION_CUES = [
  "mean",
  "means",
  "meaning",
  "define",
  "definition",
  "what is meant",
  "explain",
  "difference",
  "differences",
  "differ",
  "differs",
  "distinguish",
  "vs",
  "versus",
];
export const TREATY_WORDS = new Set("treaty treaties convention conventions article articles".split(" "));
/** Treaty words no errand uses ("convention" is also a convention centre). */
export const TREATY_NAMES = new Set("treaty treaties article articles".split(" "));
/** "Criminal cases", "a traffic case": cases before a local court, not the World Court's. */
export const LOCAL_CASE_WORDS = new Set(
  "criminal civil murder traffic divorce custody drug drugs fraud rape assault commercial domestic local national bankruptcy employment labour labor tax family housing".split(
    " ",
  ),
);
/** Words that steer a legal question to one instrument. */
export const INSTRUMENT_CUES: Record<string, Instrument> = {
  // Of the instruments here, only the 1973 convention deals with handing offenders over.
  extradite: "IPP",
  extradited: "IPP",
  extradition: "IPP",
  judgment: "ICJ",
  judgement: "ICJ",
  judgments: "ICJ",
  ruling: "ICJ",
  ruled: "ICJ",
  tribunal: "ICJ",
  icj: "ICJ",
  case: "ICJ",
  cases: "ICJ",
  ...Object.fromEntries([...CONSULAR_WORDS].map((word) => [word, "VCCR" as const])),
  resolution: "UNGA",
  resolutions: "UNGA",
};
/**
 * Words of other errands people run at embassies: a question built on them is not about attacks
 * or the law of protection, even when it names an embassy or a city in the data.
 */
export const OFF_TOPIC = new Set(
  `quorum vote voting election elections ballot visa visas passport passports hotel hotels travel travelling traveling tourist tourists tourism appointment appointments
  restaurant restaurants weather job jobs career careers internship vacancy vacancies address phone email
  renew renewal ticket tickets opera concert flight flights booking wedding parking directions nearest apply application
  citizenship notary legalisation legalization apostille visit visiting translate translation thanks thank hello hi
  currency salary fee fees certificate certificates exam exams training course courses netflix season episode
  cast trailer recipe recipes foods notarize notarise notarized notarised boss coworker coworkers breakfast lunch
  dinner saturday sunday weekend weekends cigarette cigarettes nightclub club bar pub permit permits
  beach beaches photos photo pictures gala fsot fsoa football soccer score scores hiring hire recruiting recruitment
  tour tours speech speeches registration register handbag handbags purse fashion scholarship scholarships visitors internships price prices allowance allowances
  networking lessons venue venues credentials ceremony ceremonies biography background
  married marry marriage divorce salaries elect elected oscola bluebook referencing instagram tiktok cooking condolences`.split(
    /\s+/,
  ),
);

/** Errands that are never an attack, whatever kind of attack they name: "bomb disposal training course". */
export const NOT_EVENTS = new Set(
  "training course courses exam exams certificate certificates career careers job jobs internship internships salary oscola bluebook referencing quorum".split(
    " ",
  ),
);

/**
 * Phrases of other fields that share this one's words ("a diplomatic way to say no" is tact) and of
 * errands ("what time", "embassy suites").
 */
export const OFF_TOPIC_PHRASES = [
  "opening hours",
  "where can we park",
  "where can i park",
  "where to park",
  "embassy gardens",
  "open to the public",
  "open to visitors",
  "pass rate",
  "bank account",
  "matricula consular",
  "ambassador bridge",
  "wine tasting",
  "national day reception",
  "reception photos",
  "closed during",
  "closed on",
  "closed today",
  "closed tomorrow",
  "open today",
  "open tomorrow",
  "open on",
  "public holiday",
  "bank holiday",
  "golden week",
  "opening times",
  "office hours",
  "business hours",
  "diplomatic way",
  "be diplomatic",
  "diplomatic answer",
  "diplomatic reply",
  "diplomatic excuse",
  "diplomatic language",
  "text message",
  "release date",
  "green card",
  "driving permit",
  "how to become",
  "civil service",
  "driving licence",
  "driving license",
  "more diplomatic",
  "diplomatic skills",
  "embassy suites",
  "what time",
  "open on",
  "opening times",
  "closed on",
  // Who holds a post, who has missions where, when relations began: facts of diplomacy, not of
  // attacks on missions or the law that protects them.
  "who is the ambassador",
  "which countries have an embassy",
  "which countries have embassies",
  "countries with an embassy in",
  "countries with embassies in",
  "restore diplomatic relations",
  "restored diplomatic relations",
  "establish diplomatic relations",
  "established diplomatic relations",
  "book of condolence",
  // A student's errands: an essay's length, old exam papers.
  "how many words",
  "word count",
  "past papers",
  "past paper",
];

/**
 * The law's own terms in another field's sense: asylum claimed from a country (not refuge in an
 * embassy), the immunity of the body; and the storming of the US Capitol, which shares the type
 * words. Set aside unless the question names a mission or a diplomat ("can someone claim asylum in
 * an embassy" is law).
 */
/**
 * The asker's own life, where the law's terms are figures of speech: "persona non grata at work, my
 * boss ignores me". Set aside unless a mission, a treaty, a place or a year is named.
 */
export const FIGURATIVE_PHRASES = [
  "at work",
  "my boss",
  "my coworker",
  "my coworkers",
  "my colleague",
  "my colleagues",
  "my friends",
  "my girlfriend",
  "my boyfriend",
  "my ex",
  "my parents",
  "at school",
];

export const OTHER_SENSE_PHRASES = [
  "power lines",
  "power line",
  "power grid",
  "power outlet",
  "power outlets",
  "power surge",
  "power surges",
  "power outage",
  "power cord",
  "power cords",
  "power strip",
  "power bank",
  "power tools",
  "asylum claim",
  "asylum claims",
  "asylum application",
  "asylum applications",
  "asylum seeker",
  "asylum seekers",
  "asylum process",
  "asylum interview",
  "asylum case",
  "refugee status",
  "immune system",
  "boost immunity",
  "boosts immunity",
  "boost your immunity",
  "immunity boost",
  "immunity boosting",
  "herd immunity",
  "qualified immunity",
  "parliamentary immunity",
  "presidential immunity",
  "judicial immunity",
  "apply for asylum",
  "apply for political asylum",
  "applying for asylum",
  "vaccine",
  "vaccines",
  "vaccinated",
  "vaccination",
  "covid",
  "antibodies",
  "tetanus",
  "measles",
  "booster",
  "immune response",
  "immunity idol",
  "survivor",
  "capitol",
  "january 6",
];

/**
 * "Ambassador" in another sense: "unicef goodwill ambassadors", "student ambassadors programme".
 * Set aside unless a mission, a diplomat, an attack or the law is named too.
 */
export const OTHER_AMBASSADOR_PHRASES = [
  ...["goodwill", "brand", "student", "youth", "campus"].flatMap((kind) => [
    `${kind} ambassador`,
    `${kind} ambassadors`,
  ]),
  ...["programme", "program"].flatMap((word) => [`ambassador ${word}`, `ambassadors ${word}`]),
];

/**
 * Offices of other times that share the consul's name: "the roman consuls in 59 bc", "first consul
 * of france" (Napoleon). Set aside even though "consul" is this field's word, unless a mission is named.
 */
export const OTHER_OFFICE_PHRASES = [
  "roman consul",
  "roman consuls",
  "consul of rome",
  "consuls of rome",
  "first consul",
  "consul for life",
];

/**
 * Other treaties that share a city or a word with these: "the vienna convention on road traffic",
 * "the law of treaties". Set aside unless an embassy, a consulate or a diplomat is named.
 */
export const OTHER_TREATY_PHRASES = [
  "road traffic",
  "road signs",
  "ozone layer",
  "ozone",
  "law of treaties",
  "convention treaties",
  "vienna convention 1969",
  "1969 vienna convention",
  "congress of vienna",
  "final act",
  "law of the sea",
  "geneva convention",
  "hague convention",
  "child abduction",
  "geneva conventions",
  "refugee convention",
  "bill of rights",
  // Other laws' articles people quote by number: "article 22 gdpr", "nato article 5".
  "gdpr",
  "nato",
  "echr",
  "un charter",
  "european convention on human rights",
  "first amendment",
  "second amendment",
  "basic law",
  "grundgesetz",
  "human dignity",
];

/**
 * Places attacked that are not missions: "islamabad marriott bombing 2008", "storming of the winter
 * palace". Set aside unless a mission, a diplomat or the law is named.
 */
export const OTHER_TARGETS = new Set(
  `hotel hotels marriott hilton sheraton hyatt radisson theatre theater cinema school schools bank banks mall
  supermarket church churches mosque synagogue market train trains plane planes airliner airport stadium
  museum palace fortress bastille capitol parliament amia port harbour harbor warehouse refinery olympics
  olympic concert`.split(/\s+/),
);

/**
 * Fiction and screens: "lethal weapon 2 diplomatic immunity scene" is about a film. Set aside unless
 * the question names a real place or time.
 */
export const FICTION_WORDS = new Set(
  "movie movies film films scene scenes episode episodes actor actress novel sitcom tv netflix series miniseries gta videogame game games gaming civ playthrough walkthrough quote quotes band album song songs lyrics".split(
    " ",
  ),
);

/** Names of films, games and cars that share the field's words: set aside as fiction is. */
export const PRODUCT_NAMES = [
  "lethal weapon",
  "persona 3",
  "persona 4",
  "persona 5",
  "ford consul",
  "hindustan ambassador",
  // A hotel chain and a London development: a hostage situation at one is not at a mission.
  "embassy suites",
  "embassy gardens",
];

/** The cue words above, for the spelling step that mends near misses of them before reading. */
export const READING_CUE_WORDS: readonly Iterable<string>[] = [
  MISSION_NOUNS,
  COUNT_CUES,
  LIST_CUES,
  PLURAL_EVENTS,
  LEGAL_CUES,
  DOMAIN_WORDS,
  STRONG_LEGAL,
  PERPETRATOR_NOUNS,
  ICJ_PHRASES,
  DEFINITION_CUES,
  AUTHORITY_NOUNS,
];
/** Words that set a question aside, mended to more strictly (see ReadingLexicon.asideWords). */
export const SET_ASIDE_WORDS: readonly Iterable<string>[] = [
  OFF_TOPIC,
  OFF_TOPIC_PHRASES,
  OTHER_SENSE_PHRASES,
  OTHER_OFFICE_PHRASES,
  OTHER_TREATY_PHRASES,
  FICTION_WORDS,
  PRODUCT_NAMES,
];
