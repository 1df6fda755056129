/**
 * Renders the camera's test frames from the figure model (side-lying and standing leg lifts with known
 * hip angles) into e2e/fixtures/camera/, as PNGs and a sequence file per posture.
 *
 *   npx tsx scripts/camera-fixtures.ts
 */
import { writeCameraFixtures } from '../e2e/harness/camera-fixtures.js';

for (const { posture, pictures, bytes } of writeCameraFixtures())
  console.log(`${posture}: ${pictures} pictures, ${(bytes / 1024).toFixed(0)} KB`);
