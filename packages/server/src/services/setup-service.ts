import type { SetupInput, SetupStatus } from '@minimus/contract';
import { hashPassword } from '../auth/passwords.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { accountRepository, EmailTakenError } from '../repositories/account-repository.js';
import type { Repositories } from '../repositories/repositories.js';
import { transaction } from '../repositories/transaction.js';

const SET_UP_ALREADY = 'This installation is set up already; sign in instead';

/** Whether this installation still waits for its first account (then `/` offers to create the clinic). */
export async function setupStatus(repos: Pick<Repositories, 'accounts'>): Promise<SetupStatus> {
  return { needed: (await repos.accounts.countUsers()) === 0 };
}

/**
 * First-run setup: creates the clinic and its first admin, once. Any account existing already (made
 * here, by `create-admin` or by the demo) closes it for good: the answer is then a conflict and nothing
 * is stored. Two setups at once make one clinic: the second waits for the first and is refused.
 */
export async function createFirstClinic(
  db: Database,
  input: SetupInput,
  requestId: string | null,
): Promise<{ email: string }> {
  // Refused before the costly hash once set up, so the closed route cannot be used to burn CPU.
  if (!(await setupStatus({ accounts: accountRepository(db) })).needed)
    throw new AppError('conflict', SET_UP_ALREADY);
  const passwordHash = await hashPassword(input.password);
  return transaction(db)(async (repos) => {
    await repos.accounts.holdFirstRunLock();
    // Checked again under the lock: another setup may have finished while this one hashed.
    if ((await repos.accounts.countUsers()) > 0) throw new AppError('conflict', SET_UP_ALREADY);
    const clinic = await repos.accounts.createClinic(input.clinicName);
    const admin = await repos.accounts
      .createUser({ email: input.email, name: input.adminName, role: 'admin', clinicId: clinic.id })
      .catch((error: unknown) => {
        if (error instanceof EmailTakenError)
          throw new AppError('conflict', 'An account with this email exists already');
        throw error;
      });
    await repos.accounts.setPassword(admin.id, passwordHash);
    if (input.locale) await repos.accounts.setLocale(admin.id, input.locale);
    await repos.audit.record({
      actorId: admin.id,
      actorRole: 'admin',
      clinicId: clinic.id,
      action: 'setup.create-clinic',
      patientId: null,
      outcome: 'allowed',
      requestId,
    });
    return { email: admin.email };
  });
}
