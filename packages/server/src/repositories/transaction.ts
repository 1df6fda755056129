import type { Database } from '../db/database.js';
import { createRepositories, type Repositories } from './repositories.js';

/** Runs work on repositories bound to one transaction: all of it is stored, or none of it. */
export function transaction(db: Database) {
  return <T>(work: (repos: Repositories) => Promise<T>): Promise<T> =>
    db.transaction((tx) => work(createRepositories(tx)));
}
