// Counting repetitions from the phone's camera: pure readings of a pose model's joints, frame by frame.
export * from './body-points.js';
export * from './leg-reading.js';
export * from './rep-tracker.js';
