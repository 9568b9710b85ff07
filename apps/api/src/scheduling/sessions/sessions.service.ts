import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/app-error.js';
import { pageRequest } from '../../common/graphql/list.args.js';
import type { SessionListArgs } from './session.inputs.js';
import { SessionsRepository, type SessionRecord } from './sessions.repository.js';

const SORTABLE = ['startsAt', 'endsAt', 'status', 'createdAt', 'updatedAt'] as const;

/** Read side of sessions: every staff member sees the clinic's schedule. */
@Injectable()
export class SessionsService {
  constructor(private readonly sessions: SessionsRepository) {}

  async get(id: string): Promise<SessionRecord> {
    const session = await this.sessions.findById(id);
    if (!session) throw new NotFoundError('Session', id);
    return session;
  }

  list(args: SessionListArgs): Promise<SessionRecord[]> {
    return this.sessions.list(args.filter ?? {}, pageRequest(args, SORTABLE, 'startsAt'));
  }

  count(args: SessionListArgs): Promise<number> {
    return this.sessions.count(args.filter ?? {});
  }
}
