import type { Program } from '@minimus/core';
import { asc, desc, eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { programVersion } from '../db/schema/index.js';

export interface ProgramVersionRow {
  version: number;
  program: Program;
  kind: string;
  reason: string;
  /** Null for a change the system made (migration 0008). */
  authorId: string | null;
  authorName: string;
  createdAt: Date;
}

const columns = {
  version: programVersion.version,
  program: programVersion.program,
  kind: programVersion.kind,
  reason: programVersion.reason,
  authorId: programVersion.authorId,
  authorName: programVersion.authorName,
  createdAt: programVersion.createdAt,
};

/** Program versions: append-only; the highest version is the program in force. */
export function programRepository(db: Database) {
  return {
    async latest(patientId: string): Promise<ProgramVersionRow | null> {
      const [row] = await db
        .select(columns)
        .from(programVersion)
        .where(eq(programVersion.patientId, patientId))
        .orderBy(desc(programVersion.version))
        .limit(1);
      return row ?? null;
    },

    async history(patientId: string): Promise<ProgramVersionRow[]> {
      return db
        .select(columns)
        .from(programVersion)
        .where(eq(programVersion.patientId, patientId))
        .orderBy(asc(programVersion.version));
    },

    /**
     * Stores a new version; returns false when that version number exists already, i.e. someone else
     * changed the program at the same moment (the unique constraint decides, not a read before).
     */
    async append(patientId: string, row: Omit<ProgramVersionRow, 'createdAt'>): Promise<boolean> {
      const inserted = await db
        .insert(programVersion)
        .values({ patientId, ...row })
        .onConflictDoNothing()
        .returning({ version: programVersion.version });
      return inserted.length === 1;
    },
  };
}

export type ProgramRepository = ReturnType<typeof programRepository>;
