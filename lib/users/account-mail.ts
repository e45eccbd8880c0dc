/**
 * How invitation and password-reset links reach people. Dateline has no mail server yet, so the
 * one sender today delivers nothing and the link is shown once to the person who asked for it
 * (they pass it on themselves). A sender that really mails (SMTP, an email API) implements
 * AccountMailer and is returned by accountMailer() when configured; the pages then say "sent"
 * instead of showing the link, and nothing else changes.
 */

export interface AccountMessage {
  kind: 'invitation' | 'password_reset';
  to: { name: string; email: string };
  /** Absolute one-time link. */
  link: string;
  expiresAt: Date;
  /** Who asked for it ("Aynur invited you …"). */
  requestedBy: { name: string };
  publicationName: string;
}

export type Delivery = { sent: true } | { sent: false; reason: 'no_mail_server' };

export interface AccountMailer {
  send(message: AccountMessage): Promise<Delivery>;
}

export const noMailServer: AccountMailer = {
  async send() {
    return { sent: false, reason: 'no_mail_server' };
  },
};

export function accountMailer(): AccountMailer {
  return noMailServer;
}

/** What the person who invited or reset sees: the link only when nobody else delivered it. */
export type AccessLinkHandover =
  | { kind: AccountMessage['kind']; delivered: true; email: string; expiresAt: Date }
  | { kind: AccountMessage['kind']; delivered: false; email: string; expiresAt: Date; link: string };

export async function handOver(message: AccountMessage, mailer: AccountMailer = accountMailer()): Promise<AccessLinkHandover> {
  const delivery = await mailer.send(message);
  const base = { kind: message.kind, email: message.to.email, expiresAt: message.expiresAt };
  return delivery.sent ? { ...base, delivered: true } : { ...base, delivered: false, link: message.link };
}
