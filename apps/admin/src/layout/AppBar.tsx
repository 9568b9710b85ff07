import SpaIcon from '@mui/icons-material/SpaOutlined';
import { Box, Chip, Typography } from '@mui/material';
import { AppBar as RaAppBar, Logout, TitlePortal, UserMenu, useGetIdentity } from 'react-admin';
import { ROLE_LABELS } from '../access';
import type { BacktrackIdentity } from '../providers/authProvider';
import { ChangePasswordMenuItem } from '../staff/ChangePasswordPage';

function Brand() {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mr: 2 }} aria-label="Backtrack">
      <SpaIcon sx={{ color: 'primary.main' }} />
      <Typography component="span" variant="h6" sx={{ fontWeight: 700, letterSpacing: '-0.01em', color: 'primary.dark' }}>
        Backtrack
      </Typography>
    </Box>
  );
}

/** The signed-in user's role, next to the user menu (which shows their name). */
function CurrentRole() {
  const { identity } = useGetIdentity();
  const user = identity as BacktrackIdentity | undefined;
  if (!user) return null;
  return (
    <Chip
      size="small"
      data-testid="current-role"
      label={ROLE_LABELS[user.role] ?? user.role}
      sx={{ display: { xs: 'none', sm: 'inline-flex' }, mr: 0.5, fontWeight: 600, bgcolor: '#e3efee', color: 'primary.dark' }}
    />
  );
}

export function AppBar() {
  return (
    <RaAppBar
      color="inherit"
      sx={{ bgcolor: 'background.paper', borderBottom: 1, borderColor: 'divider', '& .RaAppBar-toolbar': { minHeight: 56 } }}
      userMenu={
        <UserMenu>
          <ChangePasswordMenuItem />
          <Logout />
        </UserMenu>
      }
    >
      <Brand />
      <Box sx={{ display: { xs: 'none', md: 'block' }, width: '1px', alignSelf: 'stretch', my: 1.5, mr: 2, bgcolor: 'divider' }} />
      <TitlePortal variant="subtitle1" sx={{ color: 'text.secondary', fontWeight: 500 }} />
      <CurrentRole />
    </RaAppBar>
  );
}
