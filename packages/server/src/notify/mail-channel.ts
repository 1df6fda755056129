import nodemailer from 'nodemailer';
import type { RenderedMessage } from './message-templates.js';

export interface MailChannel {
  /** Hands one message to the SMTP server; resolves once the server accepted it. */
  send(to: string, message: RenderedMessage, messageId: string): Promise<void>;
  close(): void;
}

/**
 * Email over SMTP with nodemailer, pooled so many reminders due in one minute reuse a few connections.
 * `messageId` is stable per message, so a retry after an uncertain send is recognisable downstream.
 */
export function smtpMailChannel(settings: { smtpUrl: string; from: string }): MailChannel {
  const url = new URL(settings.smtpUrl);
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: 5,
    host: url.hostname,
    port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
    secure: url.protocol === 'smtps:',
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    // A local relay or test sink speaks plain SMTP; a remote one upgrades with STARTTLS when offered.
    ignoreTLS: url.searchParams.get('tls') === 'off',
  });
  return {
    async send(to, message, messageId) {
      await transport.sendMail({
        from: settings.from,
        to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: `<${messageId}@minimus>`,
      });
    },
    close: () => transport.close(),
  };
}
