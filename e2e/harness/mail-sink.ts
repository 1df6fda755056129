import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on a free local port that keeps each message's recipients and raw text. */
export interface MailSink {
  url: string;
  /** The first message to `address` whose text matches `pattern`, waited for up to 30 s. */
  waitFor(address: string, pattern: RegExp): Promise<string>;
  close(): Promise<void>;
}

/** Quoted-printable soft breaks and escapes undone, so a link reads whole. */
const decoded = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

export async function startMailSink(): Promise<MailSink> {
  const received: { to: string[]; text: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((address) => address.address),
          text: decoded(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}?tls=off`,
    async waitFor(address, pattern) {
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const found = received.find((message) => message.to.includes(address) && pattern.test(message.text));
        if (found) return found.text;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no mail to ${address} matching ${pattern}`);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
