import { Chip } from '@mui/material';

/** Active or inactive, for the catalogue lists (services, rooms, therapists, staff). */
export function ActiveChip({ active }: { active: boolean }) {
  return active ? (
    <Chip size="small" label="Active" sx={{ bgcolor: '#e3f3e8', color: '#1d4d30', fontWeight: 600 }} />
  ) : (
    <Chip size="small" label="Inactive" sx={{ bgcolor: '#f1f3f4', color: '#5b6670', fontWeight: 600 }} />
  );
}
