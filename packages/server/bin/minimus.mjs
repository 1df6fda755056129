#!/usr/bin/env node
// The server is TypeScript run as is (no build step); tsx compiles it on load.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
