import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { DataProblem, Dataset } from "../core/index.js";

const listSchema = z.strictObject({
  title: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  url: z.url({ protocol: /^https?$/ }),
});

const candidateSchema = z
  .strictObject({
    event: z.string().trim().min(1),
    date: z.string().trim().min(4).nullable().optional(),
    host: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable()
      .optional(),
    mission: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable()
      .optional(),
    status: z.enum(["added", "merged", "left-out"]),
    recordId: z.string().optional(),
    reason: z.string().trim().min(1).optional(),
  })
  .refine((c) => c.status === "left-out" || c.recordId !== undefined, {
    message: "an added or merged candidate names its recordId",
    path: ["recordId"],
  })
  .refine((c) => c.status !== "left-out" || c.reason !== undefined, {
    message: "a candidate left out says why (reason)",
    path: ["reason"],
  });

/**
 * data/sweep/*.json: one worklist per chronology swept (data/README.md, "The sweep"), so the next
 * person can continue where the last one stopped.
 */
export const worklistSchema = z
  .strictObject({
    list: listSchema.optional(),
    lists: z.array(listSchema).min(1).optional(),
    scope: z.string().trim().min(1),
    sweptBy: z.string().trim().min(1),
    candidates: z.array(candidateSchema).min(1),
  })
  .refine((w) => w.list !== undefined || w.lists !== undefined, {
    message: "name the chronology swept (list, or lists)",
    path: ["list"],
  });
export type Worklist = z.infer<typeof worklistSchema>;

/** Validates every worklist and checks that each added or merged candidate's record exists. */
export function checkWorklists(dataDir: string, dataset: Dataset): DataProblem[] {
  const dir = join(dataDir, "sweep");
  if (!existsSync(dir)) return [];
  const problems: DataProblem[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const file = `data/sweep/${name}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(dir, name), "utf8"));
    } catch (error) {
      problems.push({ file, id: "-", field: "-", message: `not valid JSON (${String(error)})` });
      continue;
    }
    const result = worklistSchema.safeParse(parsed);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ file, id: "-", field: issue.path.join(".") || "-", message: issue.message });
      continue;
    }
    result.data.candidates.forEach((c, i) => {
      const id = c.recordId;
      if (id !== undefined && !dataset.incidentById.has(id) && !dataset.dutyById.has(id))
        problems.push({ file, id, field: `candidates.${i}.recordId`, message: `no record with id "${id}"` });
    });
  }
  return problems;
}

/** Candidates per status, per worklist, for `data stats`. */
export function countWorklists(dataDir: string): { file: string; counts: Record<string, number> }[] {
  const dir = join(dataDir, "sweep");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .flatMap((name) => {
      const parsed = worklistSchema.safeParse(JSON.parse(readFileSync(join(dir, name), "utf8")));
      if (!parsed.success) return [];
      const counts: Record<string, number> = { added: 0, merged: 0, "left-out": 0 };
      for (const c of parsed.data.candidates) counts[c.status] = (counts[c.status] ?? 0) + 1;
      return [{ file: `data/sweep/${name}`, counts }];
    });
}
