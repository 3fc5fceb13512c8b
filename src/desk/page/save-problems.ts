// How the desk, its save endpoint and the CLI word an error a save would bring: a reference to
// something the save removes is said as such ("line 12 of chome_flood_records.csv refers to
// SH-1999-08-29, which would be gone"); any other error as data:check prints it.
import { formatProblem } from '../../data/problems';
import type { SaveProblem } from '../../data/whole-set-check';
import type { Lang } from '../../i18n/i18n';
import { td } from './texts';

export function describeSaveProblem({ problem, lost }: SaveProblem, lang: Lang): string {
  if (!lost) return formatProblem(problem, lang);
  const value = String(problem.value);
  return problem.row === undefined
    ? td(lang, 'desk.check.lost', { file: problem.file, value })
    : td(lang, 'desk.check.lostRow', { file: problem.file, row: String(problem.row), value });
}
