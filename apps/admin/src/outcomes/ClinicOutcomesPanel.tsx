// The clinic outcome summary: one plain sentence per instrument from the API (its n, its follow-up
// rate, what its interval says about the 50% claim), then responder rates against the claim,
// completers and intention-to-treat side by side, each with its count and n, beside the follow-up
// capture rate and the questionnaires asked and answered; breakdowns by therapist and modality with
// the API's cautions; and the API's own no-comparison-group statement and published reference, verbatim.
import { INSTRUMENT_CODES, type Instrument } from '@backtrack/domain';
import { Alert, Box, Card, CardContent, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { DateTime } from 'luxon';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Modality } from '../graphql/graphql';
import { MODALITY_LABELS } from '../shared/labels';
import { fetchClinicOutcomes, fetchTherapistChoices, type ClinicOutcomesFilter, type OutcomeStats } from './api';
import { Breakdown } from './Breakdown';
import { ClaimChart } from './ClaimChart';
import { hasFigures } from './figures';
import { StatsTable } from './StatsTable';

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
  const byInstrument = (list: OutcomeStats[]) => list.filter(hasFigures);
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
                baseline, dropouts as not improved. Meaningful: at least 30% better or the instrument’s MCID. Followed up: the share of
                episodes with a baseline that have a follow-up, without which no outcome can be read. No 95% interval is given below 5
                changes.
              </Typography>
              {byInstrument(data.measures).length > 0 && (
                <Box component="ul" aria-label="In plain words" sx={{ m: 0, mb: 2, pl: 2.5 }}>
                  {byInstrument(data.measures).map((m) => (
                    <Typography component="li" variant="body2" key={m.instrument} data-testid={`outcome-summary-${m.instrument}`}>
                      {m.summary}
                    </Typography>
                  ))}
                </Box>
              )}
              {byInstrument(data.measures).length === 0 ? (
                <Typography color="text.secondary">No episodes with a baseline or questionnaires match these filters.</Typography>
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
                      Share meeting the 50% claim (count of n on each bar)
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
