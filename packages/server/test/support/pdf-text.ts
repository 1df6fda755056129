import { spawn } from 'node:child_process';

/**
 * The text a reader sees on each page, as poppler's `pdftotext` extracts it, with runs of white space
 * (line and column breaks) made one space so a wrapped phrase still reads as one.
 */
export async function pagesOf(pdf: Buffer): Promise<string[]> {
  const child = spawn('pdftotext', ['-enc', 'UTF-8', '-', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  const errors: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  const exitCode = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  child.stdin.end(pdf);
  const code = await exitCode;
  if (code !== 0) throw new Error(`pdftotext exited ${code}: ${Buffer.concat(errors).toString()}`);
  const pages = Buffer.concat(chunks).toString('utf8').split('\f');
  return pages.map((page) => page.replace(/\s+/g, ' ').trim()).filter((page) => page.length > 0);
}
