/** One thing wrong with the data, located precisely enough to fix without searching. */
export interface DataProblem {
  file: string;
  id: string;
  field: string;
  message: string;
}

export function formatProblem(p: DataProblem): string {
  return `${p.file}: ${p.id}: ${p.field}: ${p.message}`;
}
