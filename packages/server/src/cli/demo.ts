import type { Config } from '../config/config.js';

/** Seeds the demo clinic; filled in once the demo seed exists. */
export async function demoCommand(config: Config, options: { ifEmpty: boolean }): Promise<string[]> {
  void config;
  void options;
  throw new Error('The demo seed is not available yet.');
}
