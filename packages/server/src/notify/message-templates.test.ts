import { DEFAULT_PROTOCOL, LOCALES } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import { type MessageContent, renderMessage } from './message-templates.js';

/** One of every message, with the facts each may carry. */
const EVERY_MESSAGE: readonly MessageContent[] = [
  { kind: 'reminder' },
  { kind: 'therapist-alert' },
  { kind: 'new-message', from: 'patient' },
  { kind: 'new-message', from: 'therapist' },
  { kind: 'therapist-digest', patientCount: 1 },
  { kind: 'therapist-digest', patientCount: 4 },
  { kind: 'weekly-note', sessionsDone: 1, activities: [] },
  { kind: 'weekly-note', sessionsDone: 5, activities: ['Climbing stairs', 'Walking the dog'] },
  { kind: 'password-reset' },
  { kind: 'invitation', role: 'patient' },
  { kind: 'invitation', role: 'therapist' },
];

/** Every string inside a value, however deep (screen items change shape; their words must not leak). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

const protocol = DEFAULT_PROTOCOL;
const exerciseNames = protocol.exercises.flatMap((exercise) => stringsIn(exercise.name));
const screenWords = stringsIn([protocol.screens.redFlag.items, protocol.screens.tendinopathy.items]).filter(
  (text) => text.length > 12,
);
const diagnoses = [
  ...stringsIn(protocol.name),
  'gluteus',
  'glúteo',
  'tendinopath',
  'tendinopatía',
  'bursitis',
];
const PAIN = /\b(pain|dolor|NPRS)\b|\b\d{1,2}\s*\/\s*10\b/i;

function everyRendering() {
  return EVERY_MESSAGE.flatMap((content) =>
    LOCALES.map((locale) => {
      const message = renderMessage(content, {
        locale,
        clinicName: 'Riverside Physio',
        link: 'https://clinic.example/app',
      });
      return {
        content,
        locale,
        all: [message.subject, message.text, message.html, message.push.title, message.push.body].join('\n'),
      };
    }),
  );
}

describe('notification and email templates', () => {
  it('were checked against a protocol with exercises and screen items', () => {
    expect(exerciseNames.length).toBeGreaterThan(5);
    expect(screenWords.length).toBeGreaterThan(5);
  });

  it.each(everyRendering())('$content.kind ($locale) carries no health data', ({ all }) => {
    const lower = all.toLowerCase();
    for (const name of exerciseNames) expect(lower).not.toContain(name.toLowerCase());
    for (const words of screenWords) expect(lower).not.toContain(words.toLowerCase());
    for (const diagnosis of diagnoses) expect(lower).not.toContain(diagnosis.toLowerCase());
    expect(all).not.toMatch(PAIN);
  });

  it.each(everyRendering())('$content.kind ($locale) names the clinic and links into the app', ({ all }) => {
    expect(all).toContain('Riverside Physio');
    expect(all).toContain('https://clinic.example/app');
  });

  it('writes in the recipient language', () => {
    const context = { clinicName: 'C', link: 'https://x.example/' };
    expect(renderMessage({ kind: 'reminder' }, { ...context, locale: 'en' }).subject).toMatch(
      /^Time for today/,
    );
    expect(renderMessage({ kind: 'reminder' }, { ...context, locale: 'es' }).subject).toMatch(/^Es hora/);
  });

  it('escapes what people typed before it goes into HTML', () => {
    const message = renderMessage(
      { kind: 'weekly-note', sessionsDone: 2, activities: ['<b>golf</b>'] },
      { locale: 'en', clinicName: 'A & B', link: 'https://x.example/' },
    );
    expect(message.html).toContain('&#60;b&#62;golf');
    expect(message.html).toContain('A &#38; B');
    expect(message.text).toContain('<b>golf</b>');
  });
});
