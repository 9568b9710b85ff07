// Outcomes by therapist or modality, one table per instrument in focus. Comparing groups is where small
// and unequal numbers mislead most, so the API's caution is said above the table and on each row.
import { INSTRUMENTS, type Instrument } from '@backtrack/domain';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import type { OutcomeStats } from './api';
import { hasFigures } from './figures';
import { StatsTable } from './StatsTable';

export function Breakdown({
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
              .filter((m) => m.instrument === instrument && hasFigures(m))
              .map((m) => ({ key: `${g.key}-${instrument}`, name: g.name, stats: m })),
          );
          const cautioned = rows.filter((r) => r.stats.caution).length;
          return (
            <Box key={instrument} sx={{ mb: 2 }}>
              <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
                {instrument} · {INSTRUMENTS[instrument].name}
              </Typography>
              {cautioned > 0 && (
                <Alert severity="warning" sx={{ mb: 1, py: 0 }} data-testid="breakdown-caution">
                  Compare with care: {cautioned === rows.length ? 'every group' : `${cautioned} of ${rows.length} groups`} below{' '}
                  {cautioned === 1 ? 'is' : 'are'} too small or too unequal in size for a difference to mean much (see each row).
                </Alert>
              )}
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
