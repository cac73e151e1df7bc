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
};
