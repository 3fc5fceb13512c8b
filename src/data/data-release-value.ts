// The data release this build carries, set at build time by scripts/data-release-plugin.ts.
import type { DataRelease } from './data-release';

declare const __FHM_DATA_RELEASE__: DataRelease;

export const dataRelease: DataRelease = __FHM_DATA_RELEASE__;
