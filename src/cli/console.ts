import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import {
  commandFromText,
  decodeCommand,
  encodeCommand,
  execute,
  isStatefulCommand,
  readRoundRequest,
  type Answer,
  type Command,
  type Desk,
} from "../core/index.js";
import type { FeedbackService } from "../feedback/feedback-service.js";
import type { QuizRoundService, RoundPlayer } from "../quiz/round-service.js";
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
  quiz?: QuizRoundService,
): Promise<void> {
  io.stdout.write(GREETING);
  const prompt = () => io.stdout.write("embassy> ");
  let last: Answer | undefined;
  let asked: string | undefined;
  // A round in the terminal is a round for one player: its "channel" posts print here, and the
  // latest question is what "answer N", "next" and "stop" act on. The database opens on the first
  // round command, which also moves on a round left from an earlier session.
  // Posts made while a command is answered wait for its reply, so the reply reads first.
  let held: Answer[] | undefined;
  const show = (answer: Answer) => {
    if (answer.actions.some((a) => a.type === "quiz-answer")) last = answer;
    io.stdout.write(renderTextAnswer(answer));
  };
  quiz?.setPoster(
    CONSOLE_PLAYER.platform,
    async (post) => void (held ? held.push(post.answer) : show(post.answer)),
  );
  prompt();
  const rl = createInterface({ input, terminal: false });
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === "exit" || line === "quit") break;
    if (line !== "") {
      const follow = roundWord(line, last, quiz !== undefined) ?? followUp(line, last);
      if (follow && "notice" in follow) {
        io.stdout.write(`${follow.notice}\n`);
        prompt();
        continue;
      }
      const command = follow ?? { ...commandFromText(line), seed: seed() };
      // A report keeps the answer it is about: "more" and "cite" still follow it.
      const origin = {
        platform: "console",
        reporter: "console",
        question: asked ?? null,
        shownIds: shownIn(last),
      };
      const round = quiz?.handle(command, CONSOLE_PLAYER);
      const stored = isStatefulCommand(command.name) ? feedback?.handle(command, origin) : undefined;
      if (round) {
        held = [];
        const { reply, delivered } = await round;
        await delivered;
        if (reply) io.stdout.write(renderTextAnswer(reply));
        held.splice(0).forEach(show);
        held = undefined;
      } else if (stored) io.stdout.write(renderTextAnswer(await stored));
      else {
        last = execute(desk, command);
        if (command.name !== "help") asked = line;
        io.stdout.write(renderTextAnswer(last));
      }
    }
    prompt();
  }
  rl.close();
  quiz?.setPoster(CONSOLE_PLAYER.platform, undefined);
  io.stdout.write("\nGoodbye.\n");
}

/** The one player of a console round. */
const CONSOLE_PLAYER: RoundPlayer = {
  platform: "console",
  workspace: "",
  channel: "console",
  userId: "console",
  name: "You",
};

/** "next" presses a round question's Next (or Finish); "stop" stops the round. */
function roundWord(line: string, last: Answer | undefined, rounds: boolean): Command | undefined {
  if (!rounds) return undefined;
  const word = line.toLowerCase();
  if (word === "stop") return { name: "quiz", query: "stop" };
  if (word !== "next") return undefined;
  return last?.actions.find((a) => {
    const read = a.type === "quiz-next" ? readRoundRequest(a.command) : undefined;
    return read?.ok === true && read.value.kind === "next";
  })?.command;
}

/**
 * The console's words for buttons. A follow-up that does not apply to the last answer ("more" on
 * its last page, "answer 9", "related" with nothing related) is said so, and the last answer
 * stays, so a quiz in progress is not lost to a mistyped word.
 */
function followUp(line: string, last: Answer | undefined): Command | { notice: string } | undefined {
  const word = line.toLowerCase();
  const action = (type: string) => last?.actions.find((a) => a.type === type)?.command;
  const or = (command: Command | undefined, notice: string) => command ?? { notice };
  if (word === "more" || word === "next") return or(action("next-page"), FOLLOW_UP.noMore);
  if (word === "related") return or(action("related"), FOLLOW_UP.noRelated);
  if (word === "cite") return or(action("cite"), FOLLOW_UP.noCite);
  if (word === "next question" || word === "another") return or(action("quiz-next"), FOLLOW_UP.noQuiz);
  const answer = /^answer\s+(\d+)$/.exec(word);
  if (!answer) return undefined;
  const options = last?.actions.filter((a) => a.type === "quiz-answer") ?? [];
  if (options.length === 0) return { notice: FOLLOW_UP.noQuiz };
  const chosen = options[Number(answer[1]) - 1];
  // Round-trip through the button encoding, so the console exercises what buttons carry.
  return chosen
    ? (decodeCommand(encodeCommand(chosen.command)) ?? { notice: FOLLOW_UP.noQuiz })
    : { notice: FOLLOW_UP.pick(options.length) };
}

const FOLLOW_UP = {
  noMore: "That was the last page of the last answer.",
  noRelated: "The last answer has nothing related to open.",
  noCite: 'The last answer is not a record to cite. Ask for one, or type "cite <record id>".',
  noQuiz: 'No quiz question is waiting for an answer. Type "quiz" to start one.',
  pick: (n: number) => `Answer with a number from 1 to ${n}.`,
} as const;

/** The records an answer showed, kept with a report so a maintainer sees what the reader saw. */
export function shownIn(answer: Answer | undefined): string[] {
  if (!answer) return [];
  const ids = [
    ...answer.actions.filter((a) => a.type === "cite").map((a) => a.command.query),
    ...answer.results.map((r) => r.id),
  ];
  return [...new Set(ids)];
}
