import type { ExerciseDefinition, ExerciseId, Locale, Protocol } from '@minimus/core';
import { ExportInputError } from '../patient-record.js';

export function exerciseDefinition(protocol: Protocol, exerciseId: ExerciseId): ExerciseDefinition {
  const exercise = protocol.exercises.find((candidate) => candidate.id === exerciseId);
  if (!exercise) {
    throw new ExportInputError(
      'export.protocol-mismatch',
      `protocol ${protocol.id}@${protocol.version} has no exercise ${exerciseId}`,
    );
  }
  return exercise;
}

export function exerciseName(protocol: Protocol, exerciseId: ExerciseId, locale: Locale): string {
  return exerciseDefinition(protocol, exerciseId).name[locale];
}
