import { z } from "zod";
import {
  DUTY_KINDS,
  SOURCE_KINDS,
  HOST_RESPONSES,
  INCIDENT_TYPES,
  INSTRUMENTS,
  MISSION_TYPES,
} from "./vocabulary.js";

/** ISO 8601 calendar date, or year-month, or year: as precise as the sources allow. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const partialDate = z
  .string()
  .regex(PARTIAL_DATE, "expected YYYY-MM-DD, YYYY-MM or YYYY")
  .refine(isRealDate, "not a real calendar date");
const nonEmpty = z.string().trim().min(1, "must not be empty");
const count = z.number().int().nonnegative().nullable();
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected kebab-case (a-z, 0-9, hyphens)");
const countryCode = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code in upper case");

export const sourceSchema = z.strictObject({
  title: nonEmpty,
  publisher: nonEmpty,
  date: partialDate.nullable(),
  url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }),
  /** The Internet Archive's copy of the original page, when the original is gone or paywalled. */
  archiveUrl: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional(),
  kind: z.enum(SOURCE_KINDS),
});

export const incidentSchema = z.strictObject({
  id,
  title: nonEmpty.max(120),
  aliases: z.array(nonEmpty),
  summary: nonEmpty,
  date: partialDate,
  endDate: partialDate.optional(),
  city: nonEmpty,
  hostCountry: countryCode,
  missionCountry: countryCode,
  missionType: z.enum(MISSION_TYPES),
  types: z.array(z.enum(INCIDENT_TYPES)).min(1, "needs at least one incident type"),
  perpetrators: nonEmpty.nullable(),
  casualties: z.strictObject({
    deaths: count,
    attackersKilled: count,
    injured: count,
    hostages: count,
    range: nonEmpty.optional(),
    note: nonEmpty.optional(),
  }),
  hostResponse: z.strictObject({ category: z.enum(HOST_RESPONSES), evidence: nonEmpty }),
  outcome: nonEmpty.nullable(),
  duties: z.array(id),
  sources: z.array(sourceSchema).min(1, "needs at least one source"),
  notes: nonEmpty.optional(),
  /** Ids of incidents with the same host and mission within a week that are separate events. */
  distinctFrom: z.array(id).optional(),
});

export const dutySchema = z
  .strictObject({
    id,
    kind: z.enum(DUTY_KINDS),
    instrument: z.enum(INSTRUMENTS),
    article: z
      .string()
      .regex(/^\d+[a-z]?$/, "expected an article number such as 22")
      .optional(),
    year: z.number().int().min(1800).max(2100),
    title: nonEmpty,
    aliases: z.array(nonEmpty),
    text: nonEmpty.optional(),
    textSource: nonEmpty.optional(),
    explanation: nonEmpty,
    related: z.array(id),
    sources: z.array(sourceSchema).min(1, "needs at least one source"),
  })
  .refine((d) => (d.kind === "article") === (d.article !== undefined), {
    message: "article is required for kind 'article' and only for it",
    path: ["article"],
  });

export type Source = z.infer<typeof sourceSchema>;
export type Incident = z.infer<typeof incidentSchema>;
export type Duty = z.infer<typeof dutySchema>;

function isRealDate(value: string): boolean {
  if (!PARTIAL_DATE.test(value)) return true; // the format check already said what is wrong
  const [y, m, d] = value.split("-").map(Number);
  if (m === undefined || d === undefined || y === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
