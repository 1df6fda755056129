import { createInterface } from 'node:readline';

/** Asks for a password on the terminal without echoing it. */
export function promptPassword(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(
      new Error('No terminal to ask for a password: set MINIMUS_ADMIN_PASSWORD instead.'),
    );
  }
  return new Promise((resolve) => {
    const readline = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = readline as unknown as { _writeToOutput: (text: string) => void };
    let muted = false;
    output._writeToOutput = (text: string) => {
      if (!muted) process.stdout.write(text);
    };
    readline.question(question, (answer) => {
      readline.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}
