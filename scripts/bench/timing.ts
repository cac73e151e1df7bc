/** Times `run` over every question, `rounds` times, after a short warm-up; the samples in ms, sorted. */
export function time(run: (q: string) => void, questions: string[], rounds: number, warmUp = 20): number[] {
  for (const q of questions.slice(0, warmUp)) run(q); // warm-up: JIT, caches
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const start = performance.now();
      run(q);
      samples.push(performance.now() - start);
    }
  }
  return samples.sort((a, b) => a - b);
}

/** The questions the core section times: real ones from the eval sets (the tuned starter sets). */
export const CORE_QUESTION_FILES = ["tests/eval/questions.jsonl", "tests/eval/starter.jsonl"];
