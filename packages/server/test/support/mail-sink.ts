import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the sink received it, with its parts decoded for reading. */
export interface ReceivedMail {
  to: string[];
  raw: string;
  subject: string;
  messageId: string;
  text: string;
  html: string;
}

export interface MailSink {
  url: string;
  received: ReceivedMail[];
  /** Resolves once `count` messages have arrived, or rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Answer the next `count` messages with a temporary failure (451). */
  refuseNext(count: number): void;
  close(): Promise<void>;
}

function header(raw: string, name: string): string {
  const match = raw.match(new RegExp(`^${name}:\\s*((?:.*)(?:\\r?\\n[ \\t].*)*)`, 'im'));
  return decodeWords((match?.[1] ?? '').replace(/\r?\n[ \t]+/g, ' ').trim());
}

/** RFC 2047 encoded words, as nodemailer writes a subject with accents. */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
  try {
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
  } catch {
    return bytes;
  }
}

function part(raw: string, type: string): string {
  const sections = raw.split(/\r?\n--[^\r\n]+\r?\n/);
  const section = sections.find((candidate) => new RegExp(`^Content-Type: ${type}`, 'im').test(candidate));
  if (!section) return '';
  const [head = '', ...body] = section.split(/\r?\n\r?\n/);
  const content = body.join('\n\n').replace(/\r?\n--[^\r\n]+--\s*$/, '');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) return decodeQuotedPrintable(content);
  if (/Content-Transfer-Encoding: base64/i.test(head))
    return Buffer.from(content.replace(/\s/g, ''), 'base64').toString('utf8');
  return content;
}

/** A real SMTP server on a free local port that keeps what it receives in memory. */
export async function startMailSink(): Promise<MailSink> {
  const received: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals -= 1;
          const error = Object.assign(new Error('try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          to: session.envelope.rcptTo.map((address) => address.address),
          raw,
          subject: header(raw, 'Subject'),
          messageId: header(raw, 'Message-ID'),
          text: part(raw, 'text/plain'),
          html: part(raw, 'text/html'),
        });
        for (const wake of waiters.splice(0)) wake();
        callback();
      });
    },
  });
  // A client killed mid-conversation resets its connection: that is the sender's failure, not the sink's.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}?tls=off`,
    received,
    refuseNext: (count) => {
      refusals = count;
    },
    waitFor: (count, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const deadline = setTimeout(
          () => reject(new Error(`expected ${count} mails, received ${received.length}`)),
          timeoutMs,
        );
        const check = () => {
          if (received.length >= count) {
            clearTimeout(deadline);
            resolve(received);
          } else waiters.push(check);
        };
        check();
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
