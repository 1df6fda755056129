import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { backupCommand } from './backup.js';
import { createAdminCommand } from './create-admin.js';
import { demoCommand } from './demo.js';
import { promptPassword } from './prompt-password.js';
import { restoreCommand } from './restore.js';
import { serveCommand } from './serve.js';

const USAGE = `Usage: minimus <command> [options]

Commands:
  serve                      run the server (HOST, PORT, MINIMUS_DATA_DIR, DATABASE_URL, PUBLIC_URL, LOG_LEVEL)
  migrate                    apply the database migrations (needed for PostgreSQL; embedded runs them itself)
  create-admin --email E --name N --clinic C
                             create a clinic admin (password from MINIMUS_ADMIN_PASSWORD or asked)
  demo [--if-empty]          seed a demo clinic, therapist and three patients; prints the logins
  backup --out FILE          write a consistent copy of the embedded database
  restore --from FILE        fill an empty data directory from a backup`;

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value;
}

class UsageError extends Error {}

async function run(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: [...rest],
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      clinic: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      'if-empty': { type: 'boolean' },
    },
    strict: true,
  });
  const config = loadConfig(process.env);
  switch (command) {
    case 'serve':
      return serveCommand(config, print);
    case 'migrate': {
      const { openConfiguredDatabase } = await import('../runtime/runtime.js');
      const { database, release } = await openConfiguredDatabase(config, { migrate: true });
      await database.close();
      release();
      return print('Migrations applied.');
    }
    case 'create-admin': {
      const input = {
        email: required(values, 'email'),
        name: required(values, 'name'),
        clinic: required(values, 'clinic'),
      };
      const password =
        process.env.MINIMUS_ADMIN_PASSWORD ?? (await promptPassword('Password for the admin: '));
      return print(await createAdminCommand(config, { ...input, password }));
    }
    case 'demo':
      for (const line of await demoCommand(config, { ifEmpty: values['if-empty'] === true })) print(line);
      return;
    case 'backup':
      return print(await backupCommand(config, required(values, 'out')));
    case 'restore':
      return print(await restoreCommand(config, required(values, 'from')));
    default:
      throw new UsageError(command ? `Unknown command: ${command}` : 'No command given');
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${USAGE}\n`);
  else if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof Error) process.stderr.write(`minimus: ${error.message}\n`);
  else process.stderr.write(`minimus: ${String(error)}\n`);
  process.exit(1);
});
