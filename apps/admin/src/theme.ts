// A calm, clinical look: white surfaces, a deep teal for actions, soft borders instead of shadows,
// outlined inputs and comfortable (touch-friendly) targets for tablets at the front desk.
import { deepmerge } from '@mui/utils';
import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

const teal = { main: '#0f6b66', light: '#3f8f8a', dark: '#0a4d49', contrastText: '#ffffff' };
const border = '#dfe6e8';

export const theme: RaThemeOptions = deepmerge(defaultLightTheme, {
  palette: {
    mode: 'light',
    primary: teal,
    secondary: { main: '#36587a', light: '#5f7f9f', dark: '#243d57', contrastText: '#ffffff' },
    error: { main: '#b3261e' },
    background: { default: '#f3f6f6', paper: '#ffffff' },
    text: { primary: '#1c2a33', secondary: '#51606b' },
    divider: border,
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: '"Inter", "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
    fontSize: 14,
    h6: { fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 600 },
    overline: { fontWeight: 600, lineHeight: 1.8 },
  },
  // Wide enough for the longest menu label, "Questionnaires", in the active item's bold.
  sidebar: { width: 240, closedWidth: 56 },
  components: {
    MuiTextField: { defaultProps: { variant: 'outlined' } },
    MuiFormControl: { defaultProps: { variant: 'outlined' } },
    MuiPaper: { styleOverrides: { root: { backgroundImage: 'none' }, elevation1: { boxShadow: 'none', border: `1px solid ${border}` } } },
    MuiCard: { defaultProps: { variant: 'outlined' } },
    MuiAppBar: { styleOverrides: { root: { boxShadow: 'none' } } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600, color: '#3a4852', backgroundColor: '#f8fafa' } } },
    MuiTableRow: { styleOverrides: { root: { '&:last-child td': { borderBottom: 0 } } } },
    MuiButton: { defaultProps: { disableElevation: true } },
    RaToolbar: { styleOverrides: { root: { backgroundColor: '#f8fafa', borderTop: `1px solid ${border}` } } },
    RaMenuItemLink: {
      styleOverrides: {
        root: {
          borderRadius: 8,
          margin: '2px 8px',
          color: '#3a4852',
          '&.RaMenuItemLink-active': { backgroundColor: 'rgba(15, 107, 102, 0.10)', color: teal.dark, fontWeight: 600 },
          '&.RaMenuItemLink-active .RaMenuItemLink-icon': { color: teal.main },
        },
      },
    },
    RaLayout: { styleOverrides: { root: { '& .RaLayout-content': { paddingTop: 8 } } } },
  },
} satisfies RaThemeOptions) as RaThemeOptions;
