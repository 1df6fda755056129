/**
 * Writes docs/course-examples.md from the worked courses. With `--check`, fails when the file is out of
 * date instead, so `npm test` notices an engine change that the document does not show yet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { GLUTEUS_MINIMUS_PROTOCOL, renderCourseExamples } from '@minimus/core';

const target = new URL('../docs/course-examples.md', import.meta.url);
const text = renderCourseExamples(GLUTEUS_MINIMUS_PROTOCOL);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = '';
  }
  if (current !== text) {
    console.error('docs/course-examples.md is out of date: run `npm run docs:courses` and commit it.');
    process.exit(1);
  }
  console.log('docs/course-examples.md is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${target.pathname}`);
}
