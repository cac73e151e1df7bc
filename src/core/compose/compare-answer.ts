import { emptyAnswer, type Answer, type Fact } from "../answer.js";
import type { Command } from "../commands.js";
import { compareSides, type ComparedSide } from "../compare.js";
import { countryNameOn } from "../countries.js";
import type { Dataset } from "../dataset/dataset.js";
import type { Incident } from "../dataset/schema.js";
import { HOST_RESPONSE_LABELS } from "../dataset/vocabulary.js";
import type { Desk } from "../desk.js";
import { MESSAGES } from "../messages.js";
import { casualtiesLabel, formatPeriod, missionLabel } from "./format.js";
import { displayScore } from "./list-answer.js";
import { resultItemOf } from "./record-answer.js";

/**
 * `compare <a> vs <b>`: two incidents side by side, each attribute twice (A, then B), so the two
 * columns of Slack fields and Discord inline fields line them up. Says which incident was taken
 * when a side's words fit several.
 */
export function compareAnswer(desk: Desk, command: Command): Answer {
  const sides = compareSides(desk, command.query);
  if (!sides.ok) {
    const message =
      sides.error.code === "compare-needs-two"
        ? MESSAGES.compareNeedsTwo
        : MESSAGES.compareSideNotFound(sides.error.side);
    return { ...emptyAnswer("error", "Sorry"), summary: message };
  }
  const [a, b] = sides.value;
  const [ra, rb] = [incidentOf(a), incidentOf(b)];
  const facts: Fact[] = [];
  for (const [label, value] of ROWS)
    facts.push(
      { label: `${label} · A`, value: value(ra, desk.dataset) },
      { label: `${label} · B`, value: value(rb, desk.dataset) },
    );
  const taken = [a, b]
    .filter((s) => s.others.length > 0)
    .map(
      (s) =>
        `For "${s.asked}" I took ${incidentOf(s).title}; it could also be ${s.others.map((o) => o.doc.item.record.title).join("; ")}.`,
    );
  return {
    ...emptyAnswer("list", `${ra.title} vs ${rb.title}`),
    summary: [`A: ${ra.title}. B: ${rb.title}.`, ...taken].join(" "),
    facts,
    results: [
      resultItemOf(a.hit.doc.item, displayScore(a.hit)),
      resultItemOf(b.hit.doc.item, displayScore(b.hit)),
    ],
    citations: [...ra.sources.slice(0, 3), ...rb.sources.slice(0, 3)],
  };
}

function incidentOf(side: ComparedSide): Incident {
  const item = side.hit.doc.item;
  if (item.kind !== "incident") throw new Error("compare searches incidents only");
  return item.record;
}

const ROWS: [string, (r: Incident, d: Dataset) => string][] = [
  ["Date", (r) => formatPeriod(r.date, r.endDate)],
  ["Place", (r) => `${r.city}, ${countryNameOn(r.hostCountry, r.date)}`],
  ["Mission", (r) => missionLabel(r)],
  ["Type", (r) => r.types.join(", ")],
  ["Casualties", (r) => casualtiesLabel(r) ?? "not recorded"],
  ["Host response", (r) => `${HOST_RESPONSE_LABELS[r.hostResponse.category]}: ${r.hostResponse.evidence}`],
  ["Outcome", (r) => r.outcome ?? "not recorded"],
  [
    "Law engaged",
    (r, d) => r.duties.map((id) => d.dutyById.get(id)?.title ?? id).join("; ") || "none recorded",
  ],
  ["Sources", (r) => `${r.sources.length}`],
];
