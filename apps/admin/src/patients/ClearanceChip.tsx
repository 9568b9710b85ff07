import Chip from '@mui/material/Chip';
import { useRecordContext } from 'react-admin';
import { CLEARANCE_LABELS, type ClearanceStatus, type Patient } from './choices';

// Soft tints with dark text: readable (WCAG AA) and calm; only "needs clearance" draws the eye.
const TONES: Record<ClearanceStatus, { bg: string; fg: string; border: string }> = {
  NOT_SCREENED: { bg: '#eef1f4', fg: '#3d4a57', border: '#d5dce3' },
  NOT_REQUIRED: { bg: '#e6f4ef', fg: '#1f5c47', border: '#bfe0d3' },
  NEEDS_MEDICAL_CLEARANCE: { bg: '#fdecea', fg: '#8a1f17', border: '#f5c2bd' },
  CLEARED: { bg: '#e3f1fb', fg: '#164f7a', border: '#b9dbf2' },
};

export function ClearanceChip({ status, size = 'small' }: { status?: ClearanceStatus; size?: 'small' | 'medium' }) {
  const record = useRecordContext<Patient>();
  const value = status ?? record?.clearanceStatus;
  if (!value) return null;
  const tone = TONES[value];
  return (
    <Chip
      size={size}
      label={CLEARANCE_LABELS[value]}
      data-status={value}
      sx={{ bgcolor: tone.bg, color: tone.fg, border: `1px solid ${tone.border}`, fontWeight: 600 }}
    />
  );
}
