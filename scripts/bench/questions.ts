import { readFileSync } from "node:fs";

/** Real questions people ask, from the eval sets: every load generator cycles through them. */
export function readQuestions(files = ["tests/eval/questions.jsonl", "tests/eval/dev.jsonl"]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { q: string }).q),
  );
}
