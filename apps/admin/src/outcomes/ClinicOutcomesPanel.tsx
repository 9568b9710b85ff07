// The clinic outcome summary: responder rates against the 50% claim, completers and intention-to-treat
// side by side, mean and median change with the 95% CI, dropouts, breakdowns by therapist and modality,
// and the API's own no-comparison-group statement and published reference, shown verbatim.
import { INSTRUMENT_CODES, INSTRUMENTS, type Instrument } from '@backtrack/domain';
import {
  Alert,
  Box,
  Card,
  CardContent,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { DateTime } from 'luxon';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Modality } from '../graphql/graphql';
import { MODALITY_LABELS } from '../shared/labels';
import { fetchClinicOutcomes, fetchTherapistChoices, type ClinicOutcomesFilter, type OutcomeStats } from './api';

export type Period = 'all' | '90d' | '6m' | '12m';
const PERIODS: { id: Period; label: string }[] = [
  { id: 'all', label: 'All time' },
  { id: '90d', label: 'Baseline in the last 90 days' },
  { id: '6m', label: 'Baseline in the last 6 months' },
  { id: '12m', label: 'Baseline in the last 12 months' },
];

export function periodFilter(period: Period, now: DateTime = DateTime.now()): Pick<ClinicOutcomesFilter, 'from' | 'to'> {
  if (period === 'all') return {};
  const from = period === '90d' ? now.minus({ days: 90 }) : now.minus({ months: period === '6m' ? 6 : 12 });
  return { from: from.startOf('day').toUTC().toISO()! };
}

const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
const change = (value: number | null) => (value === null ? '—' : `${Math.round(value)}%`);
const ci = (m: OutcomeStats) =>
  m.ci95Low === null || m.ci95High === null ? 'n too small' : `${Math.round(m.ci95Low)} to ${Math.round(m.ci95High)}%`;

function StatsTable({
  rows,
  label,
  firstColumn,
}: {
  rows: { key: string; name: string; stats: OutcomeStats }[];
  label: string;
  firstColumn: string;
}) {
  const head = { whiteSpace: 'nowrap' } as const;
  return (
    // The grid keeps the table's width from stretching the page; narrow screens scroll the table itself.
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={label} sx={{ minWidth: 640, '& td, & th': { px: 1 }, '& abbr': { textDecoration: 'none' } }}>
          <TableHead>
            <TableRow>
              <TableCell rowSpan={2}>{firstColumn}</TableCell>
              <TableCell rowSpan={2} align="right">
                Episodes
              </TableCell>
              <TableCell rowSpan={2} align="right">
                Follow-up
              </TableCell>
              <TableCell rowSpan={2} align="right">
                Dropouts
              </TableCell>
              <TableCell rowSpan={2} align="right" sx={head}>
                Mean change (95% CI)
              </TableCell>
              <TableCell rowSpan={2} align="right">
                Median
              </TableCell>
              <TableCell colSpan={2} align="center" sx={{ borderLeft: '1px solid', borderColor: 'divider' }}>
                Meets the 50% claim
              </TableCell>
              <TableCell colSpan={2} align="center" sx={{ borderLeft: '1px solid', borderColor: 'divider' }}>
                Meaningful change
              </TableCell>
            </TableRow>
            <TableRow>
              <TableCell align="right" sx={{ borderLeft: '1px solid', borderColor: 'divider' }}>
                Completers
              </TableCell>
              <TableCell align="right" sx={head}>
                <abbr title="Intention to treat: every episode with a baseline, dropouts counted as not improved">ITT</abbr>
              </TableCell>
              <TableCell align="right" sx={{ borderLeft: '1px solid', borderColor: 'divider' }}>
                Completers
              </TableCell>
              <TableCell align="right" sx={head}>
                <abbr title="Intention to treat: every episode with a baseline, dropouts counted as not improved">ITT</abbr>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(({ key, name, stats: m }) => (
              <TableRow key={key} data-row={key}>
                <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{name}</TableCell>
                <TableCell align="right">{m.episodes}</TableCell>
                <TableCell align="right">{m.withFollowUp}</TableCell>
                <TableCell align="right">{m.dropouts}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {change(m.meanChangePercent)}
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block', lineHeight: 1.2 }}>
                    {ci(m)}
                  </Typography>
                </TableCell>
                <TableCell align="right">{change(m.medianChangePercent)}</TableCell>
                <TableCell align="right" sx={{ borderLeft: '1px solid', borderColor: 'divider', fontWeight: 600 }}>
                  {pct(m.completers.claimShare)}
                </TableCell>
                <TableCell align="right">{pct(m.intentionToTreat.claimShare)}</TableCell>
                <TableCell align="right" sx={{ borderLeft: '1px solid', borderColor: 'divider', fontWeight: 600 }}>
                  {pct(m.completers.meaningfulShare)}
                </TableCell>
                <TableCell align="right">{pct(m.intentionToTreat.meaningfulShare)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}

function ClaimChart({ measures }: { measures: OutcomeStats[] }) {
  const data = measures
    .filter((m) => m.episodes > 0)
    .map((m) => ({
      instrument: m.instrument,
      Completers: m.completers.claimShare === null ? 0 : Math.round(m.completers.claimShare * 100),
      'Intention to treat': m.intentionToTreat.claimShare === null ? 0 : Math.round(m.intentionToTreat.claimShare * 100),
    }));
  if (!data.length) return null;
  return (
    <Box role="img" aria-label="Share of episodes meeting the 50% claim, completers and intention to treat">
      <ResponsiveContainer width="100%" height={190}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#eef1f2" vertical={false} />
          <XAxis dataKey="instrument" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} width={44} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => `${v}%`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="Completers" fill="#0f6b66" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          <Bar dataKey="Intention to treat" fill="#9cc7c3" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
}

interface Filters {
  period: Period;
  therapistId: string;
  modality: '' | Modality;
  instrument: '' | Instrument;
}

export function ClinicOutcomesPanel({ restrictedToOwnPatients = false }: { restrictedToOwnPatients?: boolean }) {
  const [filters, setFilters] = useState<Filters>({ period: 'all', therapistId: '', modality: '', instrument: '' });
  const therapists = useQuery({
    queryKey: ['backtrack', 'therapistChoices'],
    queryFn: fetchTherapistChoices,
    enabled: !restrictedToOwnPatients,
  });
  const query = useMemo<ClinicOutcomesFilter>(
    () => ({
      ...periodFilter(filters.period),
      ...(filters.therapistId ? { therapistId: filters.therapistId } : {}),
      ...(filters.modality ? { modality: filters.modality } : {}),
      ...(filters.instrument ? { instrument: filters.instrument } : {}),
    }),
    [filters],
  );
  // The last summary stays on screen while a new filter loads.
  const {
    data,
    error,
    isFetching: loading,
  } = useQuery({
    queryKey: ['backtrack', 'clinicOutcomes', query],
    queryFn: () => fetchClinicOutcomes(query),
    placeholderData: keepPreviousData,
  });
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const byInstrument = (list: OutcomeStats[]) => list.filter((m) => m.episodes > 0);
  const focus: Instrument[] = filters.instrument ? [filters.instrument] : ['NPRS', 'ODI'];

  return (
    <Stack spacing={2}>
      <Stack
        direction="row"
        sx={{ flexWrap: 'wrap', gap: 1.5 }}
        component="form"
        aria-label="Outcome filters"
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          select
          size="small"
          fullWidth={false}
          label="Period"
          value={filters.period}
          onChange={(e) => set({ period: e.target.value as Period })}
          sx={{ minWidth: 220 }}
        >
          {PERIODS.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.label}
            </MenuItem>
          ))}
        </TextField>
        {!restrictedToOwnPatients && (
          <TextField
            select
            size="small"
            fullWidth={false}
            label="Therapist"
            value={filters.therapistId}
            onChange={(e) => set({ therapistId: e.target.value })}
            sx={{ minWidth: 180 }}
          >
            <MenuItem value="">All therapists</MenuItem>
            {(therapists.data ?? []).map((t) => (
              <MenuItem key={t.id} value={t.id}>
                {t.displayName}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          select
          size="small"
          fullWidth={false}
          label="Modality"
          value={filters.modality}
          onChange={(e) => set({ modality: e.target.value as Modality })}
          sx={{ minWidth: 180 }}
        >
          <MenuItem value="">All modalities</MenuItem>
          {Object.entries(MODALITY_LABELS).map(([id, name]) => (
            <MenuItem key={id} value={id}>
              {name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          fullWidth={false}
          label="Instrument"
          value={filters.instrument}
          onChange={(e) => set({ instrument: e.target.value as Filters['instrument'] })}
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="">All instruments</MenuItem>
          {INSTRUMENT_CODES.map((code) => (
            <MenuItem key={code} value={code}>
              {code}
            </MenuItem>
          ))}
        </TextField>
      </Stack>

      {restrictedToOwnPatients && (
        <Alert severity="info">These figures cover only your own patients (episodes where most completed sessions were with you).</Alert>
      )}
      {error && <Alert severity="error">{error.message}</Alert>}
      {loading && <LinearProgress aria-label="Loading outcomes" />}

      {data && (
        <>
          <Card variant="outlined" component="section" aria-label="Outcomes by instrument">
            <CardContent>
              <Typography variant="h6" component="h3">
                Responders against the 50% claim
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                Claim: “{data.claim}”. Completers have a follow-up assessment; intention to treat (ITT) counts every episode with a
                baseline, dropouts as not improved. Meaningful: at least 30% better or the instrument’s MCID.
              </Typography>
              {byInstrument(data.measures).length === 0 ? (
                <Typography color="text.secondary">No episodes with a baseline match these filters.</Typography>
              ) : (
                <Box
                  sx={{
                    display: 'grid',
                    gap: 2,
                    gridTemplateColumns: { xs: 'minmax(0, 1fr)', xl: 'minmax(0, 2fr) minmax(0, 1fr)' },
                    alignItems: 'start',
                  }}
                >
                  <StatsTable
                    label="Outcomes by instrument"
                    firstColumn="Instrument"
                    rows={byInstrument(data.measures).map((m) => ({ key: m.instrument, name: m.instrument, stats: m }))}
                  />
                  <Box sx={{ maxWidth: 720 }}>
                    <Typography variant="overline" color="text.secondary">
                      Share meeting the 50% claim
                    </Typography>
                    <ClaimChart measures={data.measures} />
                  </Box>
                </Box>
              )}
            </CardContent>
          </Card>

          <Alert
            severity="warning"
            icon={false}
            component="section"
            aria-label="How to read these figures"
            sx={{ '& .MuiAlert-message': { width: '100%' } }}
          >
            <Typography variant="subtitle2" component="h3">
              Observational data, no comparison group
            </Typography>
            <Typography variant="body2" data-testid="outcome-statement">
              {data.statement}
            </Typography>
          </Alert>

          <Card variant="outlined" component="section" aria-label="Published reference">
            <CardContent>
              <Typography variant="overline" color="text.secondary">
                Published reference
              </Typography>
              <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                {data.reference.citation}
              </Typography>
              <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
                {data.reference.title}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {data.reference.design} · {data.reference.participants} participants · {data.reference.sessions}
              </Typography>
              <Typography variant="body2" sx={{ mt: 1 }} data-testid="reference-finding">
                {data.reference.finding}
              </Typography>
            </CardContent>
          </Card>

          {!restrictedToOwnPatients && (
            <Breakdown
              title="By therapist"
              firstColumn="Therapist"
              groups={data.byTherapist.map((g) => ({ key: g.therapistId, name: g.therapistName, measures: g.measures }))}
              focus={focus}
            />
          )}
          <Breakdown
            title="By modality"
            firstColumn="Modality"
            groups={data.byModality.map((g) => ({ key: g.modality, name: MODALITY_LABELS[g.modality], measures: g.measures }))}
            focus={focus}
          />
        </>
      )}
    </Stack>
  );
}

function Breakdown({
  title,
  firstColumn,
  groups,
  focus,
}: {
  title: string;
  firstColumn: string;
  groups: { key: string; name: string; measures: OutcomeStats[] }[];
  focus: Instrument[];
}) {
  return (
    <Card variant="outlined" component="section" aria-label={title}>
      <CardContent>
        <Typography variant="h6" component="h3" sx={{ mb: 1 }}>
          {title}
        </Typography>
        {focus.map((instrument) => {
          const rows = groups.flatMap((g) =>
            g.measures
              .filter((m) => m.instrument === instrument && m.episodes > 0)
              .map((m) => ({ key: `${g.key}-${instrument}`, name: g.name, stats: m })),
          );
          return (
            <Box key={instrument} sx={{ mb: 2 }}>
              <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
                {instrument} · {INSTRUMENTS[instrument].name}
              </Typography>
              {rows.length ? (
                <StatsTable label={`${title}, ${instrument}`} firstColumn={firstColumn} rows={rows} />
              ) : (
                <Typography variant="body2" color="text.secondary">
                  No episodes.
                </Typography>
              )}
            </Box>
          );
        })}
      </CardContent>
    </Card>
  );
}
