import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.js';
import type { Dependencies } from '../http/dependencies.js';

export function apiRoutes(deps: Dependencies): OpenAPIHono<AppEnv> {
  const routes = new OpenAPIHono<AppEnv>();
  void deps;
  return routes;
}
