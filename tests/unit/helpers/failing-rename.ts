// The file system of a save with its `nth` rename failing (synthetic: disk full, no permission),
// to see that a save writes all or nothing.
import { nodeFs, type SaveFs } from '../../../scripts/data-save';

export function failingRename(nth: number, error: string): { fs: SaveFs; renames: () => number } {
  let renames = 0;
  const fs: SaveFs = {
    ...nodeFs,
    renameSync: (from, to) => {
      if (++renames === nth) throw new Error(error);
      nodeFs.renameSync(from, to);
    },
  };
  return { fs, renames: () => renames };
}
