// Exports what the audit list's filters select (every page, oldest first) as a CSV file.
import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import { useMutation } from '@tanstack/react-query';
import { Button, useListContext, useNotify } from 'react-admin';
import type { AuditEventFilter } from '../graphql/graphql';
import { fetchAuditCsv } from './api';

const FILTER_KEYS = ['actorId', 'patientId', 'action', 'entity', 'entityId', 'from', 'to'] as const;

/** The list's filter values the API knows, empty ones left out. */
export function auditFilterOf(values: Record<string, unknown>): AuditEventFilter {
  const filter: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) if (values[key]) filter[key] = values[key];
  return filter as AuditEventFilter;
}

function fileName(filter: AuditEventFilter): string {
  const day = (iso: unknown) => (typeof iso === 'string' ? iso.slice(0, 10) : null);
  const range = [day(filter.from) ?? 'start', day(filter.to) ?? 'now'].join('_');
  return `audit-log_${range}.csv`;
}

function save(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function ExportCsvButton() {
  const { filterValues } = useListContext();
  const notify = useNotify();
  const filter = auditFilterOf(filterValues as Record<string, unknown>);
  const exporting = useMutation({
    mutationFn: () => fetchAuditCsv(filter),
    onSuccess: (csv) => save(csv, fileName(filter)),
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  return (
    <Button label={exporting.isPending ? 'Exporting…' : 'Export CSV'} onClick={() => exporting.mutate()} disabled={exporting.isPending}>
      <DownloadIcon />
    </Button>
  );
}
