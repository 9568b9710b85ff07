// Reads are recorded once per request and entity type, listing the ids returned, not one row per
// record; a read over several patients is found by each of them.
import { graphql } from '../graphql/index.js';
import { setupClinic } from '../support/clinic-setup.js';
import { patientOfTherapist, recordAssessment } from '../support/clinical-factories.js';

const EVENTS = graphql(`
  query AuditReadEvents($filter: AuditEventFilter) {
    allAuditEvents(filter: $filter, perPage: 500, sortField: "at", sortOrder: "ASC") {
      action
      entity
      entityId
      entityIds
      patientId
      patientIds
      requestId
    }
  }
`);
const ONE_REQUEST = graphql(`
  query AuditReadTwiceInOneRequest($id: ID!, $p: ID!) {
    Assessment(id: $id) {
      id
    }
    allAssessments(filter: { patientId: $p }) {
      id
    }
    screenings(patientId: $p) {
      id
    }
  }
`);
const ALL_ASSESSMENTS = graphql(`
  query AuditReadAcrossPatients {
    allAssessments(perPage: 100) {
      id
      patientId
    }
  }
`);

describe('reads in the audit log', () => {
  const clinic = setupClinic();

  it('records one event per request and entity type, listing every id read', async () => {
    const { id: patientId } = await patientOfTherapist(clinic);
    const t = clinic.therapist;
    const ids = [];
    for (const responses of [[7], [5], [3]]) {
      ids.push((await recordAssessment(clinic.api, t.token, { patientId, instrument: 'NPRS', responses })).id);
    }
    const result = await clinic.api.gql(ONE_REQUEST, { id: ids[0]!, p: patientId }, t.token);
    expect(result.data!.allAssessments).toHaveLength(3);
    expect(result.data!.screenings).toEqual([]);

    const reads = (await clinic.api.gql(EVENTS, { filter: { patientId, action: 'READ' } }, clinic.owner.token)).data!.allAuditEvents;
    // Three assessments read twice in one request: one event. No screening was returned: none read.
    expect(reads).toHaveLength(1);
    expect(reads[0]).toEqual(
      expect.objectContaining({ entity: 'Assessment', entityId: null, patientId, patientIds: [patientId], requestId: expect.any(String) }),
    );
    expect([...reads[0]!.entityIds].sort()).toEqual([...ids].sort());
    // Each record is found by its id.
    const byRecord = await clinic.api.gql(EVENTS, { filter: { entityId: ids[2]!, action: 'READ' } }, clinic.owner.token);
    expect(byRecord.data!.allAuditEvents).toHaveLength(1);
  });

  it('records a read across patients once, found by each patient', async () => {
    const first = await patientOfTherapist(clinic);
    const second = await patientOfTherapist(clinic);
    const a = await recordAssessment(clinic.api, clinic.owner.token, { patientId: first.id, instrument: 'NPRS', responses: [4] });
    const b = await recordAssessment(clinic.api, clinic.owner.token, { patientId: second.id, instrument: 'NPRS', responses: [6] });
    const from = new Date().toISOString();
    const listed = (await clinic.api.gql(ALL_ASSESSMENTS, {}, clinic.owner.token)).data!.allAssessments;
    expect(listed.map((x) => x.id)).toEqual(expect.arrayContaining([a.id, b.id]));

    const all = (await clinic.api.gql(EVENTS, { filter: { action: 'READ', from } }, clinic.owner.token)).data!.allAuditEvents;
    expect(all).toHaveLength(1);
    expect(all[0]!.patientId).toBeNull();
    expect(all[0]!.entityIds).toHaveLength(listed.length);
    expect(all[0]!.patientIds).toEqual(expect.arrayContaining([first.id, second.id]));
    for (const patientId of [first.id, second.id]) {
      const mine = await clinic.api.gql(EVENTS, { filter: { action: 'READ', from, patientId } }, clinic.owner.token);
      expect(mine.data!.allAuditEvents.map((e) => e.requestId)).toEqual([all[0]!.requestId]);
    }
  });
});
