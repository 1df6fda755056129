import { MIN_PASSWORD_LENGTH } from '@minimus/contract';
import { hashPassword } from '../auth/passwords.js';
import type { Config } from '../config/config.js';
import { accountRepository } from '../repositories/account-repository.js';
import { openConfiguredDatabase } from '../runtime/runtime.js';

export interface CreateAdminInput {
  email: string;
  name: string;
  clinic: string;
  password: string;
}

/** Creates a clinic (or reuses one of that name) and its first admin, who can then invite therapists. */
export async function createAdminCommand(config: Config, input: CreateAdminInput): Promise<string> {
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const { database, release } = await openConfiguredDatabase(config, { migrate: false });
  try {
    const accounts = accountRepository(database.db);
    const clinic =
      (await accounts.findClinicByName(input.clinic)) ?? (await accounts.createClinic(input.clinic));
    const admin = await accounts.createUser({
      email: input.email,
      name: input.name,
      role: 'admin',
      clinicId: clinic.id,
    });
    await accounts.setPassword(admin.id, await hashPassword(input.password));
    return `Created admin ${admin.email} for ${clinic.name}.`;
  } finally {
    await database.close();
    release();
  }
}
