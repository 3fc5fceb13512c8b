// The data files as texts, the way the desk handles them: the current set, a candidate set with
// some files replaced, checked whole by the same code as `npm run data:check` and the save
// endpoint (src/data/whole-set-check.ts) and joined into the AppData the map and timeline preview.
// Pure, so the dev-server save endpoint and the CLI check what they write with exactly this code.
import type { AppData } from '../../data/app-data';
import { catalog, type DatasetMeta } from '../../data/catalog';
import type { Problem } from '../../data/problems';
import {
  checkDataSet,
  newErrors,
  type CheckedDataSet,
  type ExtraCheck,
  type FileTexts,
  type SaveProblem,
} from '../../data/whole-set-check';

export { loadedFiles, type FileTexts } from '../../data/whole-set-check';

/** The catalogue entry of a bundled file, by its file name (the only names the desk writes). */
export function datasetForFile(name: string): DatasetMeta | null {
  return catalog.find((d) => d.file === name) ?? null;
}

export interface CheckedSet {
  readonly data: AppData;
  /** Problems of the replaced files only: the ones the person saving can act on. */
  readonly problems: readonly Problem[];
  /** Errors anywhere in the set, tours included, that today's files do not have: they block a save. */
  readonly blocking: readonly SaveProblem[];
}

/**
 * The current texts with `replaced` put in, checked file by file, against each other and with
 * `extra` (the lessons), compared with today's set (`before`, checked once by the caller).
 */
export function checkCandidate(
  current: FileTexts,
  replaced: FileTexts,
  extra?: ExtraCheck,
  before: CheckedDataSet = checkDataSet(current, extra),
): CheckedSet {
  const texts = new Map(current);
  for (const [id, text] of replaced) texts.set(id, text);
  const after = checkDataSet(texts, extra);
  const data = after.data;
  const files = new Set([...replaced.keys()].map((id) => catalog.find((d) => d.id === id)?.file));
  const problems = [...data.problems].filter(([file]) => files.has(file)).flatMap(([, ps]) => ps);
  return { data, problems, blocking: newErrors(before, after) };
}
