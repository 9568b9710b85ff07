import { callQuery } from '../providers/graphqlClient';
import type { PatientOutcomes } from './types';

const POINT = 'assessmentId takenAt sessionNumber score normalized';

export async function fetchPatientOutcomes(patientId: string, episodeId?: string): Promise<PatientOutcomes> {
  const data = await callQuery<{ patientOutcomes: PatientOutcomes }>(
    `query patientOutcomes($patientId: ID!, $episodeId: ID) {
      patientOutcomes(patientId: $patientId, episodeId: $episodeId) {
        patientId
        episode { id startedAt open goal dischargedAt }
        measures {
          instrument domain hasFollowUp changePoints changePercent meaningful meetsClaim claimTarget meaningfulTarget
          baseline { ${POINT} } latest { ${POINT} } series { ${POINT} }
        }
      }
    }`,
    { patientId, episodeId },
  );
  return data.patientOutcomes;
}
