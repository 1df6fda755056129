import type { Dependencies } from '../http/dependencies.js';
import { newRouter } from './route-kit.js';

/** The exports (PDF handout, physician summary, FHIR bundle) and the calendar feed's secret. */
export function exportRoutes(deps: Dependencies) {
  void deps;
  return newRouter();
}
