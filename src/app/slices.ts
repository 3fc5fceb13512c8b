// The features' slices, in one typed list: the core (src/state/) knows none of them, and adding a
// feature's slice is one line here (CONTRIBUTING.md). Their order is the order their parts run in
// after the core's, and the order their URL parameters are written.
import { hazardSlice } from '../hazard/hazard-slice';
import { packSlice } from '../pwa/pack-slice';
import { thenSlice } from '../then-now/then-slice';
import { lessonSlice } from '../tours/editor/lesson-slice';
import { tourSlice } from '../tours/tour-slice';

export const SLICES = [hazardSlice, thenSlice, tourSlice, lessonSlice, packSlice] as const;
