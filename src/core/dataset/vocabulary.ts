/** The fixed vocabularies of data/README.md; the schema, the parser and the Discord choices all read them here. */
export const INCIDENT_TYPES = [
  "storming",
  "siege",
  "hostage-taking",
  "bombing",
  "armed-attack",
  "arson",
  "violent-protest",
  "protest",
  "raid",
  "airstrike",
  "assassination",
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const HOST_RESPONSES = [
  "protected",
  "intervened-late",
  "stood-by",
  "complicit",
  "host-state-action",
  "third-state-action",
  "unable",
  "not-applicable",
  "unknown",
] as const;
export type HostResponse = (typeof HOST_RESPONSES)[number];

export const MISSION_TYPES = [
  "embassy",
  "high-commission",
  "legation",
  "consulate",
  "residence",
  "other",
] as const;
export type MissionType = (typeof MISSION_TYPES)[number];

/** What a cited page is: the kinds data/README.md defines, counted by `data stats`. */
export const SOURCE_KINDS = ["news", "official", "reference", "scholarly", "other"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const DUTY_KINDS = ["instrument", "article", "case", "resolution", "concept"] as const;

export const INSTRUMENTS = ["VCDR", "VCCR", "IPP", "ICJ", "UNGA", "CONCEPT"] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const INSTRUMENT_NAMES: Record<Instrument, string> = {
  VCDR: "Vienna Convention on Diplomatic Relations (1961)",
  VCCR: "Vienna Convention on Consular Relations (1963)",
  IPP: "Convention on Internationally Protected Persons (1973)",
  ICJ: "International Court of Justice",
  UNGA: "UN General Assembly",
  CONCEPT: "Concept of diplomatic law",
};

export const HOST_RESPONSE_LABELS: Record<HostResponse, string> = {
  protected: "Protected",
  "intervened-late": "Intervened late",
  "stood-by": "Stood by",
  complicit: "Complicit",
  "host-state-action": "Host state's own action",
  "third-state-action": "Another state's action",
  unable: "Unable (no control)",
  "not-applicable": "No chance to intervene",
  unknown: "Not recorded",
};
