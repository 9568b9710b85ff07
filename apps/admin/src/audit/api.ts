// The audit log's CSV export: the API renders the filtered range (owner only), the browser saves it.
import { graphql } from '../graphql';
import type { AuditEventFilter } from '../graphql/graphql';
import { callQuery } from '../providers/graphqlClient';

const AUDIT_CSV = graphql(`
  query AuditEventsCsv($filter: AuditEventFilter) {
    auditEventsCsv(filter: $filter)
  }
`);

export async function fetchAuditCsv(filter: AuditEventFilter): Promise<string> {
  return (await callQuery(AUDIT_CSV, { filter })).auditEventsCsv;
}
