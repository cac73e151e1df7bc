/**
 * Names a city went by, or that people still type, and the name the data uses (normalized). A
 * journalist writes "peking legations", a student "bombay": both are the city the data calls
 * otherwise. Only names whose city is in the data take effect (search-index.ts checks). The list
 * keeps to names the city bore when something in the data happened there: "leningrad" is left out,
 * or the WWII siege would find the 1918 raid on the British embassy in Petrograd.
 */
export const CITY_NAMES: Readonly<Record<string, string>> = {
  peking: "beijing",
  peiping: "beijing",
  rangoon: "yangon",
  bombay: "mumbai",
  calcutta: "kolkata",
  madras: "chennai",
  petrograd: "saint petersburg",
  "st petersburg": "saint petersburg",
  constantinople: "istanbul",
  canton: "guangzhou",
  leopoldville: "kinshasa",
  salisbury: "harare",
  batavia: "jakarta",
  "ho chi minh city": "saigon",
  teheran: "tehran",
  mukden: "shenyang",
  nanking: "nanjing",
  kiev: "kyiv",
  "alma ata": "almaty",
  dacca: "dhaka",
  "washington dc": "washington",
  "washington d c": "washington",
  djakarta: "jakarta",
};

/**
 * The names the same cities go by in the languages an international newsroom mixes into English
 * ("Beyrouth", "Moskau"). Read as the city when typed so, but never a target for mending typos:
 * "dramas" is no misspelt "damas".
 */
export const CITY_EXONYMS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    (
      [
        ["beirut", ["beyrouth", "beirute"]],
        ["moscow", ["moskau", "moscou", "moscu", "mosca", "moskova"]],
        ["beijing", ["pekin", "pechino", "pequim"]],
        ["baghdad", ["bagdad", "bagdade", "bagda"]],
        ["tehran", ["tahran", "teera", "teheran"]],
        ["cairo", ["le caire", "el cairo", "il cairo", "kairo", "kahire"]],
        ["algiers", ["alger", "argel", "algeri", "cezayir"]],
        ["london", ["londres", "londra"]],
        ["warsaw", ["varsovie", "varsovia", "varsavia", "warschau"]],
        ["brussels", ["bruxelles", "bruselas", "bruxelas", "brussel"]],
        ["the hague", ["la haye", "la haya", "l aia", "haia"]],
        ["kabul", ["kaboul", "cabul"]],
        ["damascus", ["damas", "damasco", "damaskus"]],
        ["athens", ["athenes", "atenas", "atene", "athen"]],
        ["lisbon", ["lisbonne", "lisboa", "lissabon"]],
        ["copenhagen", ["copenhague", "copenaghen", "kopenhagen"]],
        ["stockholm", ["estocolmo", "stoccolma"]],
        ["jakarta", ["yakarta", "giacarta", "cakarta"]],
        ["geneva", ["geneve", "ginebra", "genf", "ginevra", "cenevre"]],
        ["bern", ["berne", "berna"]],
        ["new york", ["nueva york", "nova iorque"]],
        ["tripoli", ["tripoli", "trablus"]],
        ["khartoum", ["khartoum", "jartum", "cartum", "hartum"]],
        ["islamabad", ["islamabad"]],
        ["mexico city", ["ciudad de mexico", "mexico df"]],
        ["saint petersburg", ["saint petersbourg", "san petersburgo", "sankt petersburg"]],
        ["istanbul", ["estambul"]],
      ] as const
    ).flatMap(([city, names]) => names.filter((n) => n !== city).map((n) => [n, city])),
  ),
};
