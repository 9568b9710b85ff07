// The clinical half of a patient's page: outcomes, assessments, questionnaires at home, sessions and
// notes, episodes, screening and clearance. Rendered only for roles allowed clinical data (OWNER,
// THERAPIST); the API enforces the same rule, and a therapist without a session with the patient gets
// its refusal in plain words.
import AddChartIcon from '@mui/icons-material/AddchartOutlined';
import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, Tab, Tabs, TextField } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { usePermissions, useRecordContext } from 'react-admin';
import { can } from '../access';
import { PatientOutcomesPanel } from '../outcomes/PatientOutcomesPanel';
import type { Patient } from '../patients/choices';
import { fetchEpisodes, patientRecordKey } from './api';
import { RecordAssessmentDialog } from './AssessmentDialogs';
import { AssessmentsPanel } from './AssessmentsPanel';
import { EpisodesPanel } from './EpisodesPanel';
import { date } from './format';
import { QuestionnairesPanel } from './QuestionnairesPanel';
import { ScreeningPanel } from './ScreeningPanel';
import { SessionsPanel } from './SessionsPanel';

const TABS = [
  { id: 'outcomes', label: 'Outcomes' },
  { id: 'assessments', label: 'Assessments' },
  { id: 'questionnaires', label: 'Questionnaires' },
  { id: 'sessions', label: 'Sessions & notes' },
  { id: 'episodes', label: 'Episodes' },
  { id: 'screening', label: 'Screening & clearance' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function ClinicalTabs() {
  const { permissions } = usePermissions();
  const patient = useRecordContext<Patient>();
  if (!patient || !can(permissions, 'clinical', 'show')) return null;
  return <ClinicalRecord patient={patient} />;
}

function ClinicalRecord({ patient }: { patient: Patient }) {
  const [tab, setTab] = useState<TabId>('outcomes');
  const [recording, setRecording] = useState(false);
  const queryClient = useQueryClient();
  const episodes = useQuery({ queryKey: [...patientRecordKey(patient.id), 'episodes'], queryFn: () => fetchEpisodes(patient.id) });
  const [episodeId, setEpisodeId] = useState<string>('');
  // A recorded assessment or episode changes outcomes, lists and episodes alike: read them all again.
  const changed = () => void queryClient.invalidateQueries({ queryKey: patientRecordKey(patient.id) });

  const forbidden =
    episodes.error &&
    /FORBIDDEN|permission|session with/i.test(`${(episodes.error as { body?: { code?: string } }).body?.code} ${episodes.error.message}`);
  if (forbidden) {
    return (
      <Alert severity="info" sx={{ mt: 2 }}>
        {episodes.error!.message}. Clinical records open for therapists once the patient has a session with them.
      </Alert>
    );
  }

  return (
    <Card variant="outlined" sx={{ mt: 2 }} component="section" aria-label="Clinical record">
      {/* Six tabs and the button share a line only on a wide screen; below it the button gets a line of
          its own under the tabs, which scroll when they must. Their width never counts towards the page's
          (inline-size containment): otherwise the whole page widens to fit them on a phone or tablet. */}
      <Stack direction={{ xs: 'column', xl: 'row' }} sx={{ borderBottom: 1, borderColor: 'divider', alignItems: { xl: 'center' } }}>
        <Tabs
          value={tab}
          onChange={(_, v: TabId) => setTab(v)}
          variant="scrollable"
          scrollButtons="auto"
          allowScrollButtonsMobile
          aria-label="Clinical record"
          sx={{ flex: 1, minWidth: 0, contain: 'inline-size' }}
        >
          {TABS.map((t) => (
            <Tab key={t.id} value={t.id} label={t.label} id={`clinical-tab-${t.id}`} aria-controls={`clinical-panel-${t.id}`} />
          ))}
        </Tabs>
        <Box sx={{ px: 2, pb: { xs: 1.5, md: 1 }, alignSelf: { md: 'flex-end', xl: 'center' }, pt: { xl: 1 } }}>
          <Button variant="contained" startIcon={<AddChartIcon />} onClick={() => setRecording(true)}>
            Record assessment
          </Button>
        </Box>
      </Stack>
      <CardContent role="tabpanel" id={`clinical-panel-${tab}`} aria-labelledby={`clinical-tab-${tab}`}>
        {tab === 'outcomes' && (
          <Stack spacing={2}>
            {episodes.data && episodes.data.length > 1 && (
              <TextField
                select
                size="small"
                label="Episode of care"
                value={episodeId}
                onChange={(e) => setEpisodeId(e.target.value)}
                sx={{ maxWidth: 360 }}
              >
                <MenuItem value="">Current episode</MenuItem>
                {episodes.data.map((e) => (
                  <MenuItem key={e.id} value={e.id}>
                    Started {date(e.startedAt)}
                    {e.open ? ' (open)' : ` – discharged ${date(e.dischargedAt)}`}
                  </MenuItem>
                ))}
              </TextField>
            )}
            <PatientOutcomesPanel patientId={patient.id} episodeId={episodeId || undefined} />
          </Stack>
        )}
        {tab === 'assessments' && <AssessmentsPanel patientId={patient.id} onChanged={changed} />}
        {tab === 'questionnaires' && <QuestionnairesPanel patientId={patient.id} />}
        {tab === 'sessions' && <SessionsPanel patientId={patient.id} />}
        {tab === 'episodes' && (
          <EpisodesPanel patient={patient} episodes={episodes.data} error={episodes.error ?? undefined} onChanged={changed} />
        )}
        {tab === 'screening' && <ScreeningPanel patient={patient} onChanged={changed} />}
      </CardContent>
      <RecordAssessmentDialog
        patientId={patient.id}
        patientName={patient.name}
        episodeId={episodeId || undefined}
        open={recording}
        onClose={() => setRecording(false)}
        onSaved={changed}
      />
    </Card>
  );
}
