import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { catalogues } from "@/messages";
import { interpolate } from "@/lib/i18n/translate";

/** Whether reset links are also e-mailed (SMTP_URL set); without it the admin passes the link on. */
export function mailEnabled(): boolean {
  return Boolean(env().SMTP_URL);
}

/**
 * E-mails a reset link, in French then English (the recipient's language is not known). Resolves
 * false on any delivery failure: the admin still has the link on screen.
 */
export async function sendResetMail(to: { email: string; name: string }, link: string): Promise<boolean> {
  const { SMTP_URL, SMTP_FROM } = env();
  if (!SMTP_URL) return false;
  const { fr, en } = catalogues;
  const text = [fr, en].map((m) => interpolate(m.account.mail.body, { name: to.name, link })).join("\n\n—\n\n");
  try {
    const transport = nodemailer.createTransport(SMTP_URL);
    await transport.sendMail({ from: SMTP_FROM, to: to.email, subject: `${fr.account.mail.subject} / ${en.account.mail.subject}`, text });
    return true;
  } catch (e) {
    // Logged without the link (it is a credential); the admin sees that the mail failed.
    console.error(`reset mail to ${to.email.replace(/^[^@]*/, "…")} failed: ${(e as Error).message}`);
    return false;
  }
}
