import { editDistance, letterMask, masksWithin } from "./edit-distance.js";

/** Words that carry no meaning for ranking, in the questions people type into chat. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the of in on at to for from by with about into over under after before during and or but not no
  is are was were be been being has have had do does did can could should would will shall may might must
  this that these those it its it's there their they them he she his her we our you your i me my
  what which who whom whose when where why how than then so if as also just very any all some
  tell show give find me please know want about happened happen happens ever again time times
  much many more most lot lots get gets got make makes made say says said mean means explain define definition whether rather although though while because since until unless upon within without between among
  s t
  need needs wants facts fact info information details detail background summary overview quick quickly
  teaching teach lesson lessons class students student pupils seminar homework essay next week
  someone somebody anyone anybody something like pls plz thx asap
  asking asks wondering curious yo hey hi lol
  entire whole actually really basically literally exactly truly through throughout ve ll re u ur n
  two three four five six seven eight nine ten months weeks`.split(/\s+/),
);

/**
 * Words every record shares (the whole dataset is about embassies): they never make a match on
 * their own, so a question like "embassy weather" is not mistaken for a confident answer.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `embassy embassies consulate consulates mission missions diplomatic diplomat diplomats attack attacks attacked
  incident incidents us host country state`.split(/\s+/),
);

/** Stop words long enough that a typo in one is still recognisable ("happend", "wether"). */
const LONG_STOPWORDS = [...STOPWORDS]
  .filter((w) => w.length >= 5)
  .map((w) => ({ word: w, mask: letterMask(w) }));

/**
 * Whether a word is one typo from a stop word ("happend" for "happened"): such a word carries no
 * meaning either, and is no sign that a question is about something else.
 */
export function nearStopword(word: string): boolean {
  if (word.length < 5) return false;
  const mask = letterMask(word);
  return LONG_STOPWORDS.some((s) => masksWithin(mask, s.mask, 1) && editDistance(word, s.word, 1) <= 1);
}

/**
 * Function words of the languages a newsroom mixes into English ("fueron", "contre", "wurden",
 * "yang"): no sign that a question is about something else, though they carry no meaning to rank by.
 */
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `fueron fue como para sobre desde entre cuando donde porque tiene esta este estos estas cual cuales quien contra
  contre dans pour avec sont etait quand quel quelle quels quelles depuis apres avant leur leurs cette sous elle
  gegen nach wurde wurden sind wann welche welcher eine einer einem einen durch unter nicht auch oder sich diese dieser
  contro sono stata stati quale quali della delle degli nella negli dopo prima anche cosa
  foram qual quais pela pelo pelos depois antes
  yapilan icin olan nedir hangi kadar sonra once
  yang untuk dengan atau tidak apakah kapan sejak oleh dalam kepada`.split(/\s+/),
);
