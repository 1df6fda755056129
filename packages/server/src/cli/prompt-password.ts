/**
 * Asks for a password on the terminal without echoing it (raw mode: each key is read as typed).
 * Enter finishes, Backspace deletes, Ctrl-C cancels.
 */
export function promptPassword(question: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    return Promise.reject(
      new Error('No terminal to ask for a password: set MINIMUS_ADMIN_PASSWORD instead.'),
    );
  }
  process.stdout.write(question);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stdout.write('\n');
    };
    function onData(chunk: string): void {
      for (const key of chunk) {
        if (key === '\r' || key === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (key === '\u0003') {
          finish();
          reject(new Error('Cancelled.'));
          return;
        }
        value = key === '\u007f' || key === '\b' ? value.slice(0, -1) : value + key;
      }
    }
    input.on('data', onData);
  });
}
