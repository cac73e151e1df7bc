/** A period the words of a question name, in whole years; either end may be open. */
export interface YearSpan {
  from?: number;
  to?: number;
  /** How the period was said, for the summary line ("since 2010", "1980–1989"). */
  label: string;
  /** Token positions the period used up. */
  used: number[];
  /** A month or a day ("september 2012" → "2012-09", "7 august 1998" → "1998-08-07"). */
  datePrefix?: string;
  /** A day the period begins after or ends before, not counted (ISO): "after 9/11" → "2001-09-11". */
  afterDate?: string;
  beforeDate?: string;
}

const MONTHS = "january february march april may june july august september october november december".split(
  " ",
);
const MONTH_SHORT = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");
const DAY = /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/;

/** Two-digit years up to this are this century's ("kabul 08"); the data ends in the 2020s. */
const SHORT_YEAR_PIVOT = 29;

/** The year two digits stand for, as chat writes years: "tehran 79" is 1979, "kabul 08" 2008. */
export function fullYear(twoDigits: number): number {
  return twoDigits <= SHORT_YEAR_PIVOT ? 2000 + twoDigits : 1900 + twoDigits;
}

/** The month a word names ("september", "sept", "sep" → 9); undefined for any other word. */
export function monthNumber(word: string | undefined): number | undefined {
  const k = MONTHS.indexOf(word ?? "");
  const short = MONTH_SHORT.indexOf((word ?? "").slice(0, 3));
  const isShort = short >= 0 && (word === MONTH_SHORT[short] || word === "sept");
  return k >= 0 ? k + 1 : isShort ? short + 1 : undefined;
}

const YEAR = /^(1[89]\d\d|20\d\d)$/;
const DECADE_WORDS: Record<string, number> = {
  twenties: 1920,
  thirties: 1930,
  forties: 1940,
  fifties: 1950,
  sixties: 1960,
  seventies: 1970,
  eighties: 1980,
  nineties: 1990,
};
const ONWARDS = new Set(["onwards", "onward", "after", "later", "since"]);
const RECENT_WORDS = new Set(["recent", "recently", "lately"]);
/** After "last", these make it a period or a duration ("last 10 years", "how long did it last"), not the newest. */
const NOT_NEWEST_AFTER_LAST = new Set(
  `year years decade decades month months week weeks century few couple long longer for until through night
  summer winter spring autumn fall`.split(/\s+/),
);

/**
 * "The latest attack on a us embassy", "what happened last time protesters breached…", "when was the
 * last embassy bombing", "the most recent storming": the newest first, however old it is.
 */
export function asksNewest(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => {
    const next = tokens[i + 1];
    if (t === "latest") return true;
    if (t === "recent" || t === "recently") return tokens[i - 1] === "most";
    if (t !== "last" || next === undefined || tokens[i - 1] === "at") return false;
    return !NOT_NEWEST_AFTER_LAST.has(next) && !/^\d/.test(next) && NUMBER_WORDS[next] === undefined;
  });
}
/** How far back "recent" reaches. */
const RECENT_YEARS = 5;
/**
 * Periods people name by what happened in them, with the years usually given for them: the Cold
 * War from the Truman Doctrine (1947) to the end of the Soviet Union (1991).
 */
const NAMED_ERAS: [string, number, number, string][] = [
  ["cold war", 1947, 1991, "the Cold War"],
  ["between the two world wars", 1919, 1938, "between the world wars"],
  ["between the world wars", 1919, 1938, "between the world wars"],
  ["between the wars", 1919, 1938, "between the world wars"],
  ["interwar", 1919, 1938, "between the world wars"],
  ["inter war", 1919, 1938, "between the world wars"],
  ["first world war", 1914, 1918, "the First World War"],
  ["world war i", 1914, 1918, "the First World War"],
  ["world war 1", 1914, 1918, "the First World War"],
  ["world war one", 1914, 1918, "the First World War"],
  ["ww1", 1914, 1918, "the First World War"],
  ["wwi", 1914, 1918, "the First World War"],
  ["second world war", 1939, 1945, "the Second World War"],
  ["world war ii", 1939, 1945, "the Second World War"],
  ["world war 2", 1939, 1945, "the Second World War"],
  ["world war two", 1939, 1945, "the Second World War"],
  ["ww2", 1939, 1945, "the Second World War"],
  ["wwii", 1939, 1945, "the Second World War"],
  ["arab spring", 2010, 2012, "the Arab Spring"],
];
/**
 * Days people date things by: "after 9/11" (typed "9/11", read "9 11"), "before 9/11". A day, not
 * its year, bounds the period: an attack in July 2001 is not one after 9/11.
 */
const NAMED_DAYS: [string, string, string][] = [
  ["9 11", "2001-09-11", "9/11"],
  ["sept 11", "2001-09-11", "9/11"],
  ["september 11", "2001-09-11", "9/11"],
];
const AFTER_WORDS = new Set(["after", "since", "post"]);
const BEFORE_WORDS = new Set(["before", "until", "pre"]);
/** "The early 2000s", "mid 80s", "the late seventies": a part of a decade, in its years. */
const DECADE_PARTS: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, five: 5, ten: 10, twenty: 20, fifty: 50 };

/**
 * Relative and open periods: "since 2010", "before 1950", "between 1979 and 1989", "this year",
 * "last year", "last decade", "the past 5 years", "recent", "the eighties", "the cold war". Relative words count from
 * `today` (YYYY-MM-DD), which the caller injects so answers are reproducible.
 * Plain years and decades ("1979", "1980s") are read by understandQuery and only become a period here
 * when the question asks for a list or a count.
 */
export function readTimeWords(tokens: readonly string[], today: string): YearSpan | undefined {
  const year = Number(today.slice(0, 4));
  const at = (i: number) => tokens[i] ?? "";
  const civilWar = civilWarIn(tokens);
  if (civilWar) return civilWar;
  for (let i = 0; i < tokens.length; i++) {
    const date = dateAt(tokens, i);
    if (date) return date;
    const century = centuryAt(tokens, i, year);
    if (century) return century;
    const day = namedDayAt(tokens, i);
    if (day) return day;
    const part = decadePartAt(tokens, i);
    if (part) return part;
    const era = NAMED_ERAS.find(([phrase]) => phrase.split(" ").every((w, k) => at(i + k) === w));
    if (era) {
      const [phrase, from, to, name] = era;
      const used = phrase.split(" ").map((_, k) => i + k);
      // "Before ww2", "after the first world war": the years on the side of the era asked for.
      const side = at(i - 1) === "the" ? i - 2 : i - 1;
      const word = at(side);
      if (word === "before" || word === "until")
        return {
          to: from - 1,
          label: `before ${name}`,
          used: [side, ...(side < i - 1 ? [i - 1] : []), ...used],
        };
      if (word === "after" || word === "since")
        return {
          from: to + 1,
          label: `after ${name}`,
          used: [side, ...(side < i - 1 ? [i - 1] : []), ...used],
        };
      return span(from, to, `${name} (${from}–${to})`, used);
    }
    const word = at(i);
    const next = at(i + 1);
    if (
      (word === "between" || word === "from") &&
      YEAR.test(next) &&
      ["and", "to", "until"].includes(at(i + 2))
    ) {
      const end = at(i + 3);
      if (YEAR.test(end) && Number(end) >= Number(next))
        return span(Number(next), Number(end), `${next}–${end}`, [i, i + 1, i + 2, i + 3]);
    }
    // "2020 onwards", "2015 and after", "1990 and later"
    if (YEAR.test(word) && (ONWARDS.has(next) || (next === "and" && ONWARDS.has(at(i + 2))))) {
      const used = next === "and" ? [i, i + 1, i + 2] : [i, i + 1];
      return { from: Number(word), label: `since ${word}`, used };
    }
    if ((word === "since" || word === "after" || word === "from") && YEAR.test(next)) {
      const from = Number(next) + (word === "after" ? 1 : 0);
      return { from, label: `${word} ${next}`, used: [i, i + 1] };
    }
    if ((word === "before" || word === "until" || word === "till" || word === "up") && YEAR.test(next)) {
      return { to: Number(next) - (word === "before" ? 1 : 0), label: `${word} ${next}`, used: [i, i + 1] };
    }
    if (word === "up" && next === "to" && YEAR.test(at(i + 2)))
      return { to: Number(at(i + 2)), label: `up to ${at(i + 2)}`, used: [i, i + 1, i + 2] };
    if (word === "this" && next === "year") return span(year, year, String(year), [i, i + 1]);
    if (word === "this" && next === "decade") {
      const decade = year - (year % 10);
      return span(decade, year, `${decade}–${year}`, [i, i + 1]);
    }
    if ((word === "last" || word === "past") && next === "year")
      return span(year - 1, year - 1, String(year - 1), [i, i + 1]);
    if ((word === "last" || word === "past") && next === "decade")
      return span(year - 10, year, `${year - 10}–${year}`, [i, i + 1]);
    if (word === "last" || word === "past") {
      const n = /^\d{1,3}$/.test(next) ? Number(next) : NUMBER_WORDS[next];
      if (n !== undefined && (at(i + 2) === "years" || at(i + 2) === "year"))
        return span(year - n, year, `${year - n}–${year}`, [i, i + 1, i + 2]);
      if (next === "ten" && at(i + 2) === "years")
        return span(year - 10, year, `${year - 10}–${year}`, [i, i + 1, i + 2]);
    }
    // "Recent attacks": the last five years, so the answer does not drift with the data's age.
    if (RECENT_WORDS.has(word) && at(i - 1) !== "most")
      return span(year - RECENT_YEARS, year, `${year - RECENT_YEARS}–${year}`, [i]);
    const decade = DECADE_WORDS[word];
    if (decade !== undefined) return span(decade, decade + 9, `${decade}–${decade + 9}`, [i]);
  }
  return undefined;
}

/** "The 20th century", "the twentieth century": its years as people count them (1900–1999). */
function centuryAt(tokens: readonly string[], i: number, thisYear: number): YearSpan | undefined {
  if (tokens[i + 1] !== "century") return undefined;
  const century = CENTURIES[tokens[i] ?? ""];
  if (century === undefined) return undefined;
  const [first, name] = century;
  const last = Math.min(first + 99, thisYear);
  return span(first, last, `the ${name} century (${first}–${last})`, [i, i + 1]);
}
const CENTURIES: Record<string, [number, string]> = {
  "19th": [1800, "19th"],
  nineteenth: [1800, "19th"],
  "20th": [1900, "20th"],
  twentieth: [1900, "20th"],
  "21st": [2000, "21st"],
};

/** "After 9/11", "since september 11", "pre-9/11": the days after or before it. */
function namedDayAt(tokens: readonly string[], i: number): YearSpan | undefined {
  const side = tokens[i] ?? "";
  const after = AFTER_WORDS.has(side);
  if (!after && !BEFORE_WORDS.has(side)) return undefined;
  const at = tokens[i + 1] === "the" ? i + 2 : i + 1;
  const named = NAMED_DAYS.find(([phrase]) => phrase.split(" ").every((w, k) => tokens[at + k] === w));
  if (!named) return undefined;
  const [phrase, date, name] = named;
  const used = [i, ...(at > i + 1 ? [i + 1] : []), ...phrase.split(" ").map((_, k) => at + k)];
  const year = Number(date.slice(0, 4));
  return after
    ? { from: year, label: `after ${name}`, used, afterDate: date }
    : { to: year, label: `before ${name}`, used, beforeDate: date };
}

/** "Early 2000s", "the mid 80s", "late seventies". */
function decadePartAt(tokens: readonly string[], i: number): YearSpan | undefined {
  const part = DECADE_PARTS[tokens[i] ?? ""];
  if (!part) return undefined;
  const next = tokens[i + 1] ?? "";
  const written = /^(1[89]\d0|20\d0)s$/.exec(next) ?? /^(\d0)s$/.exec(next);
  const number = written ? Number(written[1]) : DECADE_WORDS[next];
  if (number === undefined) return undefined;
  const decade = number >= 100 ? number : number >= 30 ? 1900 + number : 2000 + number;
  const [first, last] = part;
  return span(decade + first, decade + last, `${tokens[i]} ${decade}s (${decade + first}–${decade + last})`, [
    i,
    i + 1,
  ]);
}

/**
 * "In lebanon during the civil war": the civil war of the country named, for the two whose dates
 * are not in dispute (Lebanon 1975–1990, Spain 1936–1939).
 */
const CIVIL_WARS: [RegExp, number, number, string][] = [
  [/^(lebanon|lebanese|beirut)$/, 1975, 1990, "the Lebanese civil war"],
  [/^(spain|spanish|madrid)$/, 1936, 1939, "the Spanish civil war"],
];

function civilWarIn(tokens: readonly string[]): YearSpan | undefined {
  const at = tokens.findIndex((t, i) => t === "civil" && tokens[i + 1] === "war");
  if (at < 0) return undefined;
  for (const [place, from, to, name] of CIVIL_WARS)
    if (tokens.some((t) => place.test(t))) return span(from, to, `${name} (${from}–${to})`, [at, at + 1]);
  return undefined;
}

/**
 * A month and a year, with or without a day: "september 2012", "sept 2012", "7 august 1998",
 * "august 7th, 1998". "May" alone is a modal; only a year after it makes it a month.
 */
function dateAt(tokens: readonly string[], i: number): YearSpan | undefined {
  const month = monthNumber(tokens[i]);
  if (month === undefined) return undefined;
  const dayBefore = i > 0 && DAY.test(tokens[i - 1]!) ? Number.parseInt(tokens[i - 1]!, 10) : undefined;
  const dayAfter = DAY.test(tokens[i + 1] ?? "") ? Number.parseInt(tokens[i + 1]!, 10) : undefined;
  const yearAt = dayAfter !== undefined ? i + 2 : i + 1;
  const yearWord = tokens[yearAt] ?? "";
  if (!YEAR.test(yearWord)) return undefined;
  const day = dayAfter ?? dayBefore;
  const mm = String(month).padStart(2, "0");
  const name = MONTHS[month - 1]!;
  const monthLabel = `${name[0]!.toUpperCase()}${name.slice(1)} ${yearWord}`;
  const used = [...(dayBefore !== undefined && dayAfter === undefined ? [i - 1] : []), i];
  for (let k = i + 1; k <= yearAt; k++) used.push(k);
  const year = Number(yearWord);
  return day === undefined
    ? { from: year, to: year, label: monthLabel, used, datePrefix: `${yearWord}-${mm}` }
    : {
        from: year,
        to: year,
        label: `${day} ${monthLabel}`,
        used,
        datePrefix: `${yearWord}-${mm}-${String(day).padStart(2, "0")}`,
      };
}

function span(from: number, to: number, label: string, used: number[]): YearSpan {
  return { from, to, label, used };
}

/**
 * Words after two digits that make them a number, not a year: "15 years", "52 hostages", "in 45
 * minutes", "in 40 countries".
 */
export const COUNTED_UNITS: ReadonlySet<string> = new Set(
  `years year months month days day hours hour minutes weeks week seconds dead killed hostages people
  countries cities percent cases`.split(/\s+/),
);
