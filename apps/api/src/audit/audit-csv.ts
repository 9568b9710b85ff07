// The audit log as CSV (RFC 4180): one line per event, a header naming the columns, lists joined by
// spaces. Every value is quoted when it needs it, and one a spreadsheet would run as a formula (a
// request id sent by a client may start with '-') is prefixed with an apostrophe.
import type { AuditExportRow } from './audit.repository.js';

export const AUDIT_CSV_COLUMNS = [
  'at',
  'actorId',
  'actorName',
  'actorRole',
  'action',
  'entity',
  'entityIds',
  'patientIds',
  'fields',
  'requestId',
  'id',
] as const;

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function valuesOf(e: AuditExportRow): Record<(typeof AUDIT_CSV_COLUMNS)[number], string> {
  return {
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorName: e.actorName ?? '',
    actorRole: e.actorRole,
    action: e.action,
    entity: e.entity,
    entityIds: e.entityIds.join(' '),
    patientIds: e.patientIds.join(' '),
    fields: e.fields.join(' '),
    requestId: e.requestId ?? '',
    id: e.id,
  };
}

export const AUDIT_CSV_HEADER = `${AUDIT_CSV_COLUMNS.join(',')}\r\n`;

/** The rows' lines, each ending in CRLF (the header is AUDIT_CSV_HEADER). */
export function auditCsvLines(rows: AuditExportRow[]): string {
  let text = '';
  for (const row of rows) {
    const values = valuesOf(row);
    text += `${AUDIT_CSV_COLUMNS.map((c) => cell(values[c])).join(',')}\r\n`;
  }
  return text;
}

export function auditCsv(rows: AuditExportRow[]): string {
  return AUDIT_CSV_HEADER + auditCsvLines(rows);
}
