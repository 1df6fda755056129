/**
 * `npm start`: builds the web app when it has a build script and no build yet, seeds the demo clinic
 * with `--demo` (only into an empty database), then runs the server in the foreground.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../packages/server/bin/minimus.mjs', import.meta.url));
const webPackage = fileURLToPath(new URL('../packages/web/package.json', import.meta.url));
const webIndex = fileURLToPath(new URL('../packages/web/dist/index.html', import.meta.url));

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const webScripts = existsSync(webPackage) ? (JSON.parse(readFileSync(webPackage, 'utf8')).scripts ?? {}) : {};
if (webScripts.build && !existsSync(webIndex)) {
  console.log('Building the web app (first start only)...');
  run('npm', ['run', 'build', '-w', '@minimus/web']);
}

if (process.argv.includes('--demo')) run(process.execPath, [cli, 'demo', '--if-empty']);

const server = spawn(process.execPath, [cli, 'serve'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
