/**
 * Writes docs/api-contract.md from the API's OpenAPI document. With `--check`, fails when the file is
 * out of date instead, so `npm test` notices a schema or route change the page does not show yet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderApiContract } from '../src/http/api-contract/contract-page.js';
import { apiDocument } from '../src/http/api-document.js';

const target = new URL('../../../docs/api-contract.md', import.meta.url);
const text = renderApiContract(apiDocument());
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = '';
  }
  if (current !== text) {
    console.error('docs/api-contract.md is out of date: run `npm run docs:api` and commit it.');
    process.exit(1);
  }
  console.log('docs/api-contract.md is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${target.pathname}`);
}
