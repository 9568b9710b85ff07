// A SOAP note as read: S, O (findings with the treatment given), A, P and the next step, each in its
// own labelled section; parts left empty are said to be so rather than hidden, so a reader knows.
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { TreatmentNote } from './api';
import { pressureText, regionsText, techniquesText } from './soap';

function Section({ letter, title, children }: { letter: string; title: string; children: ReactNode }) {
  return (
    <Box
      component="section"
      aria-label={title}
      sx={{ display: 'grid', gridTemplateColumns: '22px 1fr', columnGap: 1, py: 0.75, '& + &': { borderTop: 1, borderColor: 'divider' } }}
    >
      <Typography aria-hidden sx={{ fontWeight: 800, color: 'primary.main', lineHeight: 1.6 }}>
        {letter}
      </Typography>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="caption" color="text.secondary" component="h4" sx={{ fontWeight: 600, display: 'block' }}>
          {title}
        </Typography>
        {children}
      </Box>
    </Box>
  );
}

function Text({ value, empty }: { value: string; empty: string }) {
  return value ? (
    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {value}
    </Typography>
  ) : (
    <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
      {empty}
    </Typography>
  );
}

export function TreatmentNoteView({
  note,
}: {
  note: Pick<TreatmentNote, 'subjective' | 'objective' | 'techniques' | 'regions' | 'pressure' | 'patientResponse' | 'plan' | 'nextStep'>;
}) {
  return (
    <Box>
      <Section letter="S" title="Subjective">
        <Text value={note.subjective} empty="Not recorded" />
      </Section>
      <Section letter="O" title="Objective">
        {note.objective && <Text value={note.objective} empty="" />}
        <Typography variant="body2">
          <strong>{techniquesText(note.techniques)}</strong> · {pressureText(note.pressure)} pressure · {regionsText(note.regions)}
        </Typography>
      </Section>
      <Section letter="A" title="Assessment / response">
        <Text value={note.patientResponse} empty="Not recorded" />
      </Section>
      <Section letter="P" title="Plan">
        <Text value={note.plan} empty="Not recorded" />
        {note.nextStep && (
          <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
            <strong>Next step:</strong> {note.nextStep}
          </Typography>
        )}
      </Section>
    </Box>
  );
}
