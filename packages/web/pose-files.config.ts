import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
/** The human package's folder (its exports do not list its model files, so they are found by path). */
const humanFolder = dirname(dirname(require.resolve('@vladmandic/human')));
const wasmFolder = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm.wasm'));

/**
 * The files the camera counter loads on demand, served by the app itself under /pose/ (never from a
 * CDN): the MoveNet-Lightning body model shipped in @vladmandic/human, and the wasm backend's binaries.
 * They are not precached: the service worker keeps them once the camera is first used.
 */
export const POSE_FILES: Readonly<Record<string, string>> = {
  'movenet-lightning.json': join(humanFolder, 'models/movenet-lightning.json'),
  'movenet-lightning.bin': join(humanFolder, 'models/movenet-lightning.bin'),
  'tfjs-backend-wasm.wasm': join(wasmFolder, 'tfjs-backend-wasm.wasm'),
  'tfjs-backend-wasm-simd.wasm': join(wasmFolder, 'tfjs-backend-wasm-simd.wasm'),
  'tfjs-backend-wasm-threaded-simd.wasm': join(wasmFolder, 'tfjs-backend-wasm-threaded-simd.wasm'),
};

const TYPES: Record<string, string> = {
  json: 'application/json',
  bin: 'application/octet-stream',
  wasm: 'application/wasm',
};

/** Serves the pose files in development and writes them into the build's pose/ folder. */
export function poseFiles(): Plugin {
  return {
    name: 'minimus-pose-files',
    configureServer(server) {
      server.middlewares.use('/pose/', (request, response, next) => {
        const name = (request.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        const file = POSE_FILES[name];
        if (!file) return next();
        response.setHeader('Content-Type', TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [name, file] of Object.entries(POSE_FILES))
        this.emitFile({ type: 'asset', fileName: `pose/${name}`, source: readFileSync(file) });
    },
  };
}
