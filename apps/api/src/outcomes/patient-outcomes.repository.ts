import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import type { Assessment, EpisodeOfCare } from '../generated/prisma/client.js';

@Injectable()
export class PatientOutcomesRepository {
  constructor(private readonly prisma: PrismaService) {}

  findEpisode(id: string): Promise<EpisodeOfCare | null> {
    return this.prisma.tenant.episodeOfCare.findFirst({ where: { id } });
  }

  /** Latest versions only: an amended score replaces its earlier versions in every outcome. */
  latestAssessments(patientId: string, episodeId: string): Promise<Assessment[]> {
    return this.prisma.tenant.assessment.findMany({
      where: { patientId, episodeId, isLatest: true },
      orderBy: [{ takenAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** Start instants of the episode's completed sessions (patientId leads the index used). */
  async completedSessionStarts(patientId: string, episodeId: string): Promise<Date[]> {
    const sessions = await this.prisma.tenant.session.findMany({
      where: { patientId, episodeId, status: 'COMPLETED' },
      select: { startsAt: true },
      orderBy: { startsAt: 'asc' },
    });
    return sessions.map((s) => s.startsAt);
  }
}
