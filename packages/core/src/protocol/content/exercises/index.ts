import type { ExerciseDefinition } from '../../types.js';
import { BAND_SIDE_STEPS } from './band-side-steps.js';
import { BRIDGE_PROGRESSION } from './bridge-progression.js';
import { CROSSOVER_DYNAMIC } from './crossover-dynamic.js';
import { CROSSOVER_STATIC } from './crossover-static.js';
import { HIP_HITCH } from './hip-hitch.js';
import { SEATED_KNEE_TO_SHOULDER } from './seated-knee-to-shoulder.js';
import { SIDELYING_ABDUCTION } from './sidelying-abduction.js';
import { SIDELYING_ISOMETRIC_ABDUCTION } from './sidelying-isometric-abduction.js';
import { SQUAT_PROGRESSION } from './squat-progression.js';
import { STANDING_ISOMETRIC_ABDUCTION } from './standing-isometric-abduction.js';
import { SUPINE_ISOMETRIC_ABDUCTION } from './supine-isometric-abduction.js';

/** The exercise library of CLINICAL.md section 3, in EXERCISE_IDS order. */
export const EXERCISES: readonly ExerciseDefinition[] = [
  CROSSOVER_DYNAMIC,
  CROSSOVER_STATIC,
  SEATED_KNEE_TO_SHOULDER,
  SIDELYING_ISOMETRIC_ABDUCTION,
  SUPINE_ISOMETRIC_ABDUCTION,
  STANDING_ISOMETRIC_ABDUCTION,
  SIDELYING_ABDUCTION,
  BRIDGE_PROGRESSION,
  HIP_HITCH,
  BAND_SIDE_STEPS,
  SQUAT_PROGRESSION,
];
