// One row of outcome figures per instrument or group, every figure with its n beneath it: the
// follow-up capture rate beside the change it qualifies, the interval or "too few to estimate", each
// share with its count, the questionnaires asked and answered, and a breakdown group's caution.
import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Fragment, type ReactNode } from 'react';
import type { OutcomeStats } from './api';
import { captureText, changePercent, countOf, intervalText, percentOf, requestsText } from './figures';

export interface StatsRow {
  key: string;
  name: string;
  stats: OutcomeStats;
}

const ITT_TITLE = 'Intention to treat: every episode with a baseline, dropouts counted as not improved';
const divider = { borderLeft: '1px solid', borderColor: 'divider' } as const;
const COLUMNS = 10;

/** A figure and, under it, what it is out of. */
function Figure({ value, n, strong = false }: { value: ReactNode; n: ReactNode; strong?: boolean }) {
  return (
    <>
      <Box component="span" sx={{ fontWeight: strong ? 600 : undefined }}>
        {value}
      </Box>
      <Typography
        component="span"
        variant="caption"
        color="text.secondary"
        sx={{ display: 'block', lineHeight: 1.2, whiteSpace: 'nowrap' }}
      >
        {n}
      </Typography>
    </>
  );
}

export function StatsTable({ rows, label, firstColumn }: { rows: StatsRow[]; label: string; firstColumn: string }) {
  const head = { whiteSpace: 'nowrap' } as const;
  return (
    // The grid keeps the table's width from stretching the page; narrow screens scroll the table itself.
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={label} sx={{ minWidth: 800, '& td, & th': { px: 1 }, '& abbr': { textDecoration: 'none' } }}>
          <TableHead>
            <TableRow>
              <TableCell rowSpan={2}>{firstColumn}</TableCell>
              <TableCell rowSpan={2} align="right">
                Episodes
              </TableCell>
              <TableCell rowSpan={2} align="right" sx={head}>
                <abbr title="Follow-up capture rate: episodes with a follow-up assessment / episodes with a baseline; the others are dropouts">
                  Followed up
                </abbr>
              </TableCell>
              <TableCell rowSpan={2} align="right" sx={head}>
                Mean change (95% CI)
              </TableCell>
              <TableCell rowSpan={2} align="right">
                Median
              </TableCell>
              <TableCell colSpan={2} align="center" sx={divider}>
                Meets the 50% claim
              </TableCell>
              <TableCell colSpan={2} align="center" sx={divider}>
                Meaningful change
              </TableCell>
              <TableCell rowSpan={2} align="right" sx={{ ...divider, ...head }}>
                <abbr title="Questionnaires sent to patients that asked for this instrument (not counting withdrawn ones), and the median time to answer">
                  Questionnaires
                </abbr>
              </TableCell>
            </TableRow>
            <TableRow>
              <TableCell align="right" sx={divider}>
                Completers
              </TableCell>
              <TableCell align="right" sx={head}>
                <abbr title={ITT_TITLE}>ITT</abbr>
              </TableCell>
              <TableCell align="right" sx={divider}>
                Completers
              </TableCell>
              <TableCell align="right" sx={head}>
                <abbr title={ITT_TITLE}>ITT</abbr>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(({ key, name, stats: m }) => {
              const requests = requestsText(m);
              // A caution gets its own line under the group's row, so it reads as a sentence.
              const joined = m.caution ? { '& > td': { borderBottom: 0 } } : undefined;
              return (
                <Fragment key={key}>
                  <TableRow data-row={key} sx={joined}>
                    <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{name}</TableCell>
                    <TableCell align="right">{m.episodes}</TableCell>
                    <TableCell align="right">
                      <Figure value={percentOf(m.captureRate)} n={captureText(m)} strong />
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      <Figure value={changePercent(m.meanChangePercent)} n={intervalText(m)} />
                    </TableCell>
                    <TableCell align="right">
                      <Figure value={changePercent(m.medianChangePercent)} n={`n = ${m.changeN}`} />
                    </TableCell>
                    <TableCell align="right" sx={divider}>
                      <Figure value={percentOf(m.completers.claimShare)} n={countOf(m.completers.claimShare, m.withFollowUp)} strong />
                    </TableCell>
                    <TableCell align="right">
                      <Figure value={percentOf(m.intentionToTreat.claimShare)} n={countOf(m.intentionToTreat.claimShare, m.episodes)} />
                    </TableCell>
                    <TableCell align="right" sx={divider}>
                      <Figure
                        value={percentOf(m.completers.meaningfulShare)}
                        n={countOf(m.completers.meaningfulShare, m.withFollowUp)}
                        strong
                      />
                    </TableCell>
                    <TableCell align="right">
                      <Figure
                        value={percentOf(m.intentionToTreat.meaningfulShare)}
                        n={countOf(m.intentionToTreat.meaningfulShare, m.episodes)}
                      />
                    </TableCell>
                    <TableCell align="right" sx={divider}>
                      <Figure value={requests.main} n={requests.detail} />
                    </TableCell>
                  </TableRow>
                  {m.caution && (
                    <TableRow data-caution-for={key}>
                      <TableCell colSpan={COLUMNS} sx={{ pt: 0 }}>
                        <Typography
                          variant="caption"
                          color="warning.dark"
                          data-testid="group-caution"
                          sx={{ display: 'flex', gap: 0.5, alignItems: 'center' }}
                        >
                          <WarningIcon sx={{ fontSize: 14 }} aria-hidden />
                          {name}: {m.caution}
                        </Typography>
                      </TableCell>
                    </TableRow>
                  )}
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
