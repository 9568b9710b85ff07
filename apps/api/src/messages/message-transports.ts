// How a message leaves: SMTP for email, Twilio's Messages endpoint for SMS, or, for a channel with no
// transport configured, nowhere: the outbox row is the delivery and staff read it in the admin.
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { MessageChannel } from '../generated/prisma/enums.js';

export interface Outgoing {
  channel: MessageChannel;
  to: string;
  subject: string;
  text: string;
  /** iCalendar text; sent with email as an invitation (its METHOD line says REQUEST or CANCEL). */
  calendar?: string | null;
}

/** What the outbox records when no transport is configured for the channel. */
export const OUTBOX_DELIVERY = 'outbox';

const SEND_TIMEOUT_MS = 15000;

@Injectable()
export class MessageTransports implements OnModuleDestroy {
  private readonly mail: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const { smtpUrl } = config.messaging;
    this.mail = smtpUrl
      ? nodemailer.createTransport({
          url: smtpUrl,
          connectionTimeout: SEND_TIMEOUT_MS,
          greetingTimeout: SEND_TIMEOUT_MS,
          socketTimeout: SEND_TIMEOUT_MS,
        })
      : null;
  }

  /** Sends one message and returns the provider's id for it (or "outbox"); throws when the provider refuses. */
  send(message: Outgoing): Promise<string> {
    return message.channel === 'EMAIL' ? this.sendEmail(message) : this.sendSms(message);
  }

  private async sendEmail(message: Outgoing): Promise<string> {
    if (!this.mail) return OUTBOX_DELIVERY;
    const info = (await this.mail.sendMail({
      from: this.config.messaging.mailFrom!,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.calendar
        ? {
            icalEvent: {
              method: /^METHOD:(\w+)/m.exec(message.calendar)?.[1] ?? 'REQUEST',
              filename: 'appointment.ics',
              content: message.calendar,
            },
          }
        : {}),
    })) as { messageId: string };
    return info.messageId;
  }

  private async sendSms(message: Outgoing): Promise<string> {
    const twilio = this.config.messaging.twilio;
    if (!twilio) return OUTBOX_DELIVERY;
    const endpoint = `${twilio.baseUrl}/2010-04-01/Accounts/${encodeURIComponent(twilio.accountSid)}/Messages.json`;
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${twilio.accountSid}:${twilio.authToken}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ To: message.to, From: twilio.from, Body: message.text }),
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    const body = await response.text();
    if (!response.ok) throw new Error(`SMS provider answered ${response.status}: ${body.slice(0, 300)}`);
    const sid = (JSON.parse(body) as { sid?: unknown }).sid;
    if (typeof sid !== 'string') throw new Error(`SMS provider answered without a sid: ${body.slice(0, 300)}`);
    return sid;
  }

  onModuleDestroy(): void {
    this.mail?.close();
  }
}
