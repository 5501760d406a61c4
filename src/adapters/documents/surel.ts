import nodemailer from 'nodemailer';
import type { PengirimSurel } from '../../application/surat/ports.js';

/**
 * Letters by e-mail (nodemailer over SMTP, SK_SMTP_URL). The Message-ID is fixed per letter and person, so a
 * receiver that sees the same letter twice (a crash between sending and recording) can tell it is one message.
 */
export function createPengirimSurel(smtp: { url: string; dari: string }): PengirimSurel {
  const transport = nodemailer.createTransport(smtp.url);
  return async (m) => {
    await transport.sendMail({
      from: smtp.dari, to: m.ke, subject: m.subjek, text: m.teks, messageId: m.messageId,
      attachments: [{ filename: m.lampiran.nama, content: Buffer.from(m.lampiran.isi), contentType: 'application/pdf' }],
    });
  };
}
