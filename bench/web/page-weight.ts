import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * The JS and CSS a first visit to any page downloads before it can render: what index.html loads
 * (entry script, module preloads, stylesheets, service-worker registration). Pages loaded on demand
 * (the player, progress, onboarding) are not in it.
 */
export async function initialAssets(distDir: string): Promise<Asset[]> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const references = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="(?:modulepreload|stylesheet)"/g),
  ].map((match) => match[1] ?? '');
  const unique = [...new Set(references)].filter((path) => /\.(m?js|css)$/.test(path));
  return Promise.all(
    unique.map(async (path) => {
      const content = await readFile(join(distDir, path.replace(/^\//, '')));
      return { path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    }),
  );
}

export function kilobytes(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
