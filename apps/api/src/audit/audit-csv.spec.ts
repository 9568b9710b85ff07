import { auditCsv } from './audit-csv.js';
import type { AuditExportRow } from './audit.repository.js';

const row = (over: Partial<AuditExportRow> = {}): AuditExportRow => ({
  id: 'e1',
  clinicId: 'c1',
  actorId: 'u1',
  actorName: 'Ann Owner',
  actorRole: 'OWNER',
  action: 'READ',
  entity: 'Assessment',
  entityId: null,
  entityIds: ['a1', 'a2'],
  patientId: 'p1',
  patientIds: ['p1'],
  fields: [],
  requestId: 'r1',
  at: new Date('2026-03-01T10:00:00.000Z'),
  ...over,
});

describe('auditCsv', () => {
  it('writes a header and one line per event, lists joined by spaces', () => {
    expect(auditCsv([row()])).toBe(
      'at,actorId,actorName,actorRole,action,entity,entityIds,patientIds,fields,requestId,id\r\n' +
        '2026-03-01T10:00:00.000Z,u1,Ann Owner,OWNER,READ,Assessment,a1 a2,p1,,r1,e1\r\n',
    );
  });

  it('quotes commas and quotes, and defuses values a spreadsheet would run as a formula', () => {
    const [, line] = auditCsv([row({ actorName: 'Smith, "Al"', requestId: '-2+3', fields: ['=cmd'] })]).split('\r\n');
    expect(line).toBe(`2026-03-01T10:00:00.000Z,u1,"Smith, ""Al""",OWNER,READ,Assessment,a1 a2,p1,'=cmd,'-2+3,e1`);
  });
});
