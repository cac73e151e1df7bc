export * from "./answer.js";
export * from "./commands.js";
export { createDesk, type Desk } from "./desk.js";
export { execute, describeFindError } from "./execute.js";
export { dataFooter } from "./messages.js";
export * from "./feedback.js";
export * from "./feedback-review.js";
export { findRecords, findRecordsForText, type Found, type FindError } from "./find-records.js";
export type { Intent } from "./query/read-question.js";
export {
  loadDataset,
  validateDataset,
  DEFAULT_DATA_DIR,
  COLLECTION_DIRS,
  SOURCE_POLICY_FILE,
  VERSION_FILE,
  type LoadOptions,
} from "./dataset/load-dataset.js";
export type { DataVersion, DataVersionFile } from "./dataset/data-version.js";
export {
  checkUrl,
  describeUrlProblem,
  normalizeHost,
  type SourcePolicy,
  type UrlProblem,
} from "./dataset/source-policy.js";
export { formatProblem, type DataProblem } from "./dataset/problems.js";
export type { Dataset } from "./dataset/dataset.js";
export type { Incident, Duty, Source } from "./dataset/schema.js";
export { recordFields, exportFields } from "./result-json.js";
export { displayScore } from "./compose/list-answer.js";
export { countryInfo, countryName } from "./countries.js";
export { notability } from "./notability.js";
export { keyDuties } from "./key-duties.js";
export { statsOf, type IncidentStats } from "./stats.js";
export {
  HOST_RESPONSES,
  HOST_RESPONSE_LABELS,
  INCIDENT_TYPES,
  INSTRUMENTS,
  INSTRUMENT_NAMES,
  SOURCE_KINDS,
  type HostResponse,
  type IncidentType,
} from "./dataset/vocabulary.js";
export { countCharacters, cutToLength } from "./text/graphemes.js";
export { excerptForSearch, type Excerpt } from "./text/excerpt.js";
export * from "./quiz/round-request.js";
export * from "./compose/quiz-round-answer.js";
