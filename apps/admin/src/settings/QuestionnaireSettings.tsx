// "Questionnaires at home", inside the settings form: whether patients are asked, how often, which
// instruments per complaint region, and the clinic's licensed ODI/NDI wording. Limits and messages
// are the domain's (QUESTIONNAIRE_LIMITS, validateQuestionnaireSchedule), as the API checks them.
import { Alert, Box, Typography } from '@mui/material';
import { COMPLAINT_REGIONS, LICENSED_TEXT_INSTRUMENTS, QUESTIONNAIRE_LIMITS } from '@backtrack/domain';
import { BooleanInput, NumberInput } from 'react-admin';
import { REGION_LABELS } from '../patients/choices';
import { LicensedTextInput } from './LicensedTextInput';
import { scheduleValidator } from './questionnaireRules';
import { RegionInstrumentsInput } from './RegionInstrumentsInput';

const { everySessions, followUpMonths, instrumentsPerRegion } = QUESTIONNAIRE_LIMITS;

export function QuestionnaireSettings() {
  return (
    <>
      <BooleanInput
        source="questionnairesEnabled"
        label="Ask patients to fill in questionnaires at home"
        helperText="Off: no new requests are sent; those already sent can still be answered."
      />
      <Typography variant="body2" sx={{ mb: 2 }}>
        Patients with email or SMS consent are asked before their first visit, at discharge (or once they stop coming), after every few
        sessions and once more some months later. Each request is reminded at most twice.
      </Typography>
      <Box sx={{ display: 'grid', gap: { xs: 0, sm: 2 }, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, width: '100%' }}>
        <NumberInput
          source="questionnaireEverySessions"
          label="Progress questionnaire every (sessions)"
          min={everySessions.min}
          max={everySessions.max}
          step={1}
          validate={scheduleValidator('everySessions')}
          helperText={`After every this many completed sessions of an episode (${everySessions.min}–${everySessions.max})`}
        />
        <NumberInput
          source="questionnaireFollowUpMonths"
          label="Follow-up after (months)"
          min={followUpMonths.min}
          max={followUpMonths.max}
          step={1}
          validate={scheduleValidator('followUpMonths')}
          helperText={`Months after discharge, to see whether the improvement lasts (${followUpMonths.min}–${followUpMonths.max})`}
        />
      </Box>

      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 1 }}>
        Instruments by complaint region
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Patients answer them in the order listed, at most {instrumentsPerRegion.max} per region to keep it short. RMDQ is not offered: its
        statements are copyrighted, so a patient would see numbered items only.
      </Typography>
      {COMPLAINT_REGIONS.map((region) => (
        <RegionInstrumentsInput key={region} region={region} label={REGION_LABELS[region]} />
      ))}

      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 1 }}>
        Licensed wording of ODI and NDI
      </Typography>
      <Alert severity="info" role="note" sx={{ my: 1.5, width: '100%', boxSizing: 'border-box' }}>
        The questions and statements of the Oswestry Disability Index and the Neck Disability Index are licensed. Enter them only if your
        clinic holds a licence for them, one section per box, in order. Left empty, patients see each section’s name and what 0 and 5 mean.
      </Alert>
      <Box sx={{ width: '100%', mb: 2 }}>
        {LICENSED_TEXT_INSTRUMENTS.map((instrument) => (
          <LicensedTextInput key={instrument} instrument={instrument} />
        ))}
      </Box>
    </>
  );
}
