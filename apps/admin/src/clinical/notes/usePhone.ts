import { useMediaQuery, useTheme } from '@mui/material';

/** True on a phone-sized screen, where the note's dialogs take the whole screen (MUI's default theme outside the admin). */
export function usePhone(): boolean {
  const theme = useTheme();
  return useMediaQuery(theme.breakpoints.down('sm'));
}
