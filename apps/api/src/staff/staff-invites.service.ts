// Staff invitations: an owner invites by email; the account exists at once without a password, and
// an email (through the outbox, in the same transaction) carries a signed, single-use link that
// expires after INVITE_TTL_DAYS. The invitee sets their own password through it, then signs in. A
// newer invitation or a deactivation withdraws the earlier links.
import { Inject, Injectable } from '@nestjs/common';
import { AuditAction } from '../audit/audit-action.js';
import { AuditService } from '../audit/audit.service.js';
import { SIGN_UP_REFUSED } from '../auth/auth.service.js';
import { hashNewPassword } from '../auth/password-policy.js';
import { AppError, BadInputError, ConflictError, ErrorCode, NotFoundError } from '../common/app-error.js';
import { currentActor, currentContext, type Actor } from '../common/request-context.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { TenantTransaction } from '../database/prisma.service.js';
import type { Role, User } from '../generated/prisma/client.js';
import { PatientLinkRateLimit } from '../messages/patient-link-rate-limit.js';
import { MessagesService } from '../messages/messages.service.js';
import { signInviteLink, verifyInviteLink } from './staff-invite-link.js';
import { InviteNoLongerValid, StaffInvitesRepository, type InviteWithUser } from './staff-invites.repository.js';
import type { InviteStaffInput } from './staff.inputs.js';
import { PENDING_PASSWORD, StaffRepository } from './staff.repository.js';

export const INVITE_TTL_DAYS = 7;

/** Where the link in an invitation opens: a page of the same public bundle as the patient page. */
export const INVITE_PATH = '/p/staff-invite';

const ROLE_NAMES: Record<Role, string> = { OWNER: 'an owner', FRONT_DESK: 'front desk', THERAPIST: 'a therapist' };

// Refusals of a link say what the holder can do and nothing about other accounts.
const INVALID = 'This invitation link is not valid. Ask the clinic to send you a new invitation.';
const EXPIRED = 'This invitation has expired. Ask the clinic to send you a new invitation.';
const WITHDRAWN = 'This invitation was replaced by a newer one or withdrawn. Use the latest invitation you received, or ask the clinic.';
const USED = 'This invitation has already been used. Sign in with the password you set.';

export interface StaffInviteView {
  clinicName: string;
  name: string;
  email: string;
  role: Role;
  expiresAt: Date;
}

@Injectable()
export class StaffInvitesService {
  constructor(
    private readonly staff: StaffRepository,
    private readonly invites: StaffInvitesRepository,
    private readonly messages: MessagesService,
    private readonly audit: AuditService,
    private readonly rate: PatientLinkRateLimit,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates the account without a password and sends the invitation, in one transaction. */
  async invite(input: InviteStaffInput): Promise<User> {
    const actor = currentActor();
    const user = await this.staff.create(
      { email: input.email, name: input.name.trim(), role: input.role, passwordHash: PENDING_PASSWORD, invitedAt: new Date() },
      async (tx, created) => {
        await this.send(tx, created, actor);
        await this.audit.record(
          { action: AuditAction.CREATE, entity: 'User', entityId: created.id, patientId: null, fields: ['role', 'invitation'] },
          tx,
        );
      },
    );
    // As createStaff: "already registered" would let an owner probe other clinics' staff.
    if (!user) throw BadInputError.field('input.email', SIGN_UP_REFUSED);
    return user;
  }

  /** Sends a new invitation to an account still waiting for its password; earlier links stop working. */
  async resend(userId: string): Promise<User> {
    const actor = currentActor();
    const user = await this.staff.withLockedUser(userId, async (tx, locked) => {
      if (locked.passwordHash !== PENDING_PASSWORD) {
        throw new AppError(ErrorCode.INVALID_TRANSITION, `${locked.name} has already set a password: there is no invitation to resend`);
      }
      if (!locked.active)
        throw new AppError(ErrorCode.INVALID_TRANSITION, `Reactivate ${locked.name}'s account before inviting them again`);
      await this.staff.revokeInvites(tx, locked.id);
      await this.messages.cancelScheduledToStaff(tx, locked.id, 'A newer invitation replaced this one');
      await this.send(tx, locked, actor);
      await this.audit.record(
        { action: AuditAction.UPDATE, entity: 'User', entityId: locked.id, patientId: null, fields: ['invitation'] },
        tx,
      );
      return locked;
    });
    if (!user) throw new NotFoundError('User', userId);
    return user;
  }

  /** What an invitation is for, shown before the invitee chooses a password. */
  async view(token: string, clientIp: string): Promise<StaffInviteView> {
    await this.rate.assertAllowed(clientIp);
    const verified = this.verify(token);
    return this.invites.inClinic(verified.clinicId, async (tx) => {
      const invite = this.usable(await this.invites.findByHash(tx, verified.tokenHash));
      return viewOf(invite);
    });
  }

  /** Sets the invitee's first password through the link; single use. The invitee then signs in. */
  async accept(token: string, password: string, clientIp: string): Promise<StaffInviteView> {
    await this.rate.assertAllowed(clientIp);
    const verified = this.verify(token);
    const passwordHash = await hashNewPassword(password, 'password');
    try {
      return await this.invites.inClinic(verified.clinicId, async (tx) => {
        const invite = this.usable(await this.invites.findByHash(tx, verified.tokenHash));
        if (!(await this.invites.redeem(tx, invite, passwordHash, new Date()))) throw new ConflictError(USED, { field: 'token' });
        // The invitee is who acts here, as at sign-in: the event names them.
        const context = currentContext();
        if (context) context.actor = actorOf(invite.user);
        await this.audit.record(
          { action: AuditAction.UPDATE, entity: 'User', entityId: invite.userId, patientId: null, fields: ['password'] },
          tx,
        );
        return viewOf(invite);
      });
    } catch (error) {
      if (error instanceof InviteNoLongerValid) throw BadInputError.field('token', WITHDRAWN);
      throw error;
    }
  }

  private verify(token: string): { clinicId: string; tokenHash: string } {
    const verified = verifyInviteLink(token, this.config.jwtSecret);
    if ('problem' in verified) throw BadInputError.field('token', verified.problem === 'EXPIRED' ? EXPIRED : INVALID);
    return verified;
  }

  /** The invitation if it can still set a password, else the refusal that says why. */
  private usable(invite: InviteWithUser | null): InviteWithUser {
    if (!invite) throw BadInputError.field('token', INVALID);
    if (invite.usedAt) throw new ConflictError(USED, { field: 'token' });
    if (invite.revokedAt || !invite.user.active || invite.user.passwordHash !== PENDING_PASSWORD)
      throw BadInputError.field('token', WITHDRAWN);
    if (invite.expiresAt <= new Date()) throw BadInputError.field('token', EXPIRED);
    return invite;
  }

  private async send(tx: TenantTransaction, user: User, actor: Actor): Promise<void> {
    const expiresAt = new Date(Date.now() + INVITE_TTL_DAYS * 86_400_000);
    const { token, tokenHash } = signInviteLink({ clinicId: user.clinicId, expiresAt }, this.config.jwtSecret);
    await this.staff.createInvite(tx, { userId: user.id, tokenHash, expiresAt, createdById: actor.userId });
    const clinicName = await this.staff.clinicName(tx, user.clinicId);
    const url = `${this.config.messaging.publicUrl}${INVITE_PATH}?token=${token}`;
    await this.messages.scheduleToStaff(tx, {
      userId: user.id,
      to: user.email,
      kind: 'STAFF_INVITE',
      subject: `${actor.name} invited you to ${clinicName} on Backtrack`,
      text: [
        `Hello ${user.name},`,
        `${actor.name} invited you to join ${clinicName} on Backtrack as ${ROLE_NAMES[user.role]}. Choose your password to activate your account, then sign in with this email address (${user.email}).`,
        `Set your password: ${url}`,
        `The link works once and expires in ${INVITE_TTL_DAYS} days. If you did not expect this invitation, you can ignore this message.`,
      ].join('\n\n'),
    });
  }
}

function viewOf(invite: InviteWithUser): StaffInviteView {
  const { user } = invite;
  return { clinicName: user.clinic.name, name: user.name, email: user.email, role: user.role, expiresAt: invite.expiresAt };
}

function actorOf(user: User): Actor {
  return { userId: user.id, clinicId: user.clinicId, role: user.role, name: user.name, email: user.email };
}
