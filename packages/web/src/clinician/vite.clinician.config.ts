import { fileURLToPath } from 'node:url';
import { mergeConfig, type PluginOption, type UserConfig } from 'vite';
import patientConfig from '../../vite.config.ts';

/** Where this config builds the clinician entry, away from the patient app's dist. */
export const CLINICIAN_OUT_DIR = fileURLToPath(
  new URL('../../../../node_modules/.cache/minimus-clinician', import.meta.url),
);
const WEB_ROOT = fileURLToPath(new URL('../../', import.meta.url));

function isPwaPlugin(plugin: PluginOption): boolean {
  return (
    typeof plugin === 'object' && plugin !== null && 'name' in plugin && String(plugin.name).includes('pwa')
  );
}

/**
 * The clinician entry on its own, built like the patient app (same aliases, target and tree-shaking)
 * but without the patient's service worker, which must never take over the clinic's pages.
 */
const base = patientConfig as UserConfig;
export default mergeConfig(
  { ...base, plugins: (base.plugins ?? []).flat().filter((plugin) => !isPwaPlugin(plugin)) },
  {
    root: WEB_ROOT,
    build: {
      outDir: CLINICIAN_OUT_DIR,
      emptyOutDir: true,
      rolldownOptions: { input: { clinician: `${WEB_ROOT}clinician.html` } },
    },
  },
);
