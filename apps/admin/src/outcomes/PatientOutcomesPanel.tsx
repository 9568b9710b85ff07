// The patient outcome chart: pain and function per instrument, over time or by session number, with
// a plain-language summary of each measure against the 30% and 50% thresholds.
import { INSTRUMENTS } from '@backtrack/domain';
import { Alert, Box, Card, CardContent, Chip, LinearProgress, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { date } from '../clinical/format';
import { patientRecordKey } from '../clinical/api';
import { fetchPatientOutcomes, type MeasureOutcome } from './api';
import { OutcomeChart, type XMode } from './OutcomeChart';
import { measureSummary } from './referenceLevels';

interface Props {
  patientId: string;
  episodeId?: string;
}

function verdictTone(m: MeasureOutcome): { label: string; color: 'success' | 'info' | 'default' | 'warning' } {
  if (!m.hasFollowUp) return { label: 'Baseline only', color: 'default' };
  if (m.meetsClaim) return { label: 'Meets 50% claim', color: 'success' };
  if (m.meaningful) return { label: 'Meaningful', color: 'info' };
  if ((m.changePercent ?? 0) < 0) return { label: 'Worse', color: 'warning' };
  return { label: 'Not yet meaningful', color: 'default' };
}

function MeasureCard({ measure, xMode }: { measure: MeasureOutcome; xMode: XMode }) {
  const def = INSTRUMENTS[measure.instrument];
  const tone = verdictTone(measure);
  return (
    <Card variant="outlined" component="section" aria-label={`${measure.instrument} outcome`}>
      <CardContent sx={{ pb: '12px !important' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5, flexWrap: 'wrap' }}>
          <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 700 }}>
            {measure.instrument}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
            {def.name}
          </Typography>
          <Chip size="small" label={tone.label} color={tone.color} variant={tone.color === 'default' ? 'outlined' : 'filled'} />
        </Stack>
        <Typography variant="body2" sx={{ mb: 1 }} data-testid="measure-summary">
          {measureSummary(measure)}
        </Typography>
        <OutcomeChart measure={measure} xMode={xMode} />
      </CardContent>
    </Card>
  );
}

export function PatientOutcomesPanel({ patientId, episodeId }: Props) {
  const [xMode, setXMode] = useState<XMode>('time');
  // Under the patient's record key: recording an assessment elsewhere on the page refreshes the chart.
  const { data, error, isFetching } = useQuery({
    queryKey: [...patientRecordKey(patientId), 'outcomes', episodeId ?? null],
    queryFn: () => fetchPatientOutcomes(patientId, episodeId),
    placeholderData: keepPreviousData,
  });

  if (error) return <Alert severity="warning">{error.message}</Alert>;
  if (!data) return <LinearProgress aria-label="Loading outcomes" />;

  const groups = [
    { domain: 'PAIN', title: 'Pain', measures: data.measures.filter((m) => m.domain === 'PAIN') },
    { domain: 'FUNCTION', title: 'Function', measures: data.measures.filter((m) => m.domain === 'FUNCTION') },
  ];

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}>
        <Box>
          <Typography variant="body2" color="text.secondary">
            {data.episode
              ? `Episode started ${date(data.episode.startedAt)}${data.episode.open ? ' (open)' : `, discharged ${date(data.episode.dischargedAt)}`}${data.episode.goal ? ` · Goal: ${data.episode.goal}` : ''}`
              : 'No episode of care yet.'}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            Each chart is in its instrument’s own units, drawn so that higher is worse (PSFS, where 10 is normal, has its 10 at the bottom).
            The dashed line is the baseline, the solid line the 50%-of-baseline target, the green band a 30–50% improvement. Hollow points
            were answered by the patient at home.
          </Typography>
        </Box>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={xMode}
          onChange={(_, v: XMode | null) => v && setXMode(v)}
          aria-label="Chart x axis"
          sx={{ flexShrink: 0, '& .MuiToggleButton-root': { whiteSpace: 'nowrap' } }}
        >
          <ToggleButton value="time">Over time</ToggleButton>
          <ToggleButton value="session">By session</ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      {isFetching && <LinearProgress aria-label="Updating outcomes" />}
      {data.measures.length === 0 && (
        <Alert severity="info">No assessments in this episode yet. Record a baseline to start the chart.</Alert>
      )}
      {groups
        .filter((g) => g.measures.length)
        .map((g) => (
          <Box key={g.domain} component="section" aria-label={`${g.title} outcomes`}>
            <Typography variant="overline" color="text.secondary" component="h3">
              {g.title}
            </Typography>
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}>
              {g.measures.map((m) => (
                <MeasureCard key={m.instrument} measure={m} xMode={xMode} />
              ))}
            </Box>
          </Box>
        ))}
    </Stack>
  );
}
