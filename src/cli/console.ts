import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import {
  commandFromText,
  decodeCommand,
  encodeCommand,
  execute,
  isStatefulCommand,
  type Answer,
  type Command,
  type Desk,
} from "../core/index.js";
import type { FeedbackService } from "../feedback/feedback-service.js";
import type { CliIo } from "./io.js";
import { renderTextAnswer } from "./render-text.js";

const GREETING =
  'Embassy Desk console. Ask as you would after /embassy: "tehran 1979", "duty art 22", "timeline IR", "quiz", "help". ' +
  'Type "more" for the next page, "exit" to leave.\n';

/**
 * The terminal is one more front end: lines in, rendered answers out. The console keeps only the
 * last answer's actions (for "more", "related", quiz answers), exactly as a button would carry them.
 */
export async function runConsole(
  desk: Desk,
  input: Readable,
  io: CliIo,
  seed: () => number = Date.now,
  feedback?: FeedbackService,
): Promise<void> {
  io.stdout.write(GREETING);
  const prompt = () => io.stdout.write("embassy> ");
  prompt();
  let last: Answer | undefined;
  let asked: string | undefined;
  const rl = createInterface({ input, terminal: false });
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === "exit" || line === "quit") break;
    if (line !== "") {
      const command = followUp(line, last) ?? { ...commandFromText(line), seed: seed() };
      // A report keeps the answer it is about: "more" and "cite" still follow it.
      const origin = {
        platform: "console",
        reporter: "console",
        question: asked ?? null,
        shownIds: shownIn(last),
      };
      const stored = isStatefulCommand(command.name) ? feedback?.handle(command, origin) : undefined;
      if (stored) io.stdout.write(renderTextAnswer(await stored));
      else {
        last = execute(desk, command);
        if (command.name !== "help") asked = line;
        io.stdout.write(renderTextAnswer(last));
      }
    }
    prompt();
  }
  rl.close();
  io.stdout.write("\nGoodbye.\n");
}

function followUp(line: string, last: Answer | undefined): Command | undefined {
  const word = line.toLowerCase();
  const action = (type: string) => last?.actions.find((a) => a.type === type)?.command;
  if (word === "more" || word === "next") return action("next-page") ?? { name: "help", query: "" };
  if (word === "related") return action("related");
  if (word === "cite") return action("cite");
  const answer = /^answer\s+(\d)$/.exec(word);
  if (answer && last?.quiz) {
    const chosen = last.actions.filter((a) => a.type === "quiz-answer")[Number(answer[1]) - 1];
    // Round-trip through the button encoding, so the console exercises what buttons carry.
    return chosen ? decodeCommand(encodeCommand(chosen.command)) : undefined;
  }
  if (word === "next question" || word === "another") return action("quiz-next");
  return undefined;
}

/** The records an answer showed, kept with a report so a maintainer sees what the reader saw. */
export function shownIn(answer: Answer | undefined): string[] {
  if (!answer) return [];
  const ids = [
    ...answer.actions.filter((a) => a.type === "cite").map((a) => a.command.query),
    ...answer.results.map((r) => r.id),
  ];
  return [...new Set(ids)];
}
