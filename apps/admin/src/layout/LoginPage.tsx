import SpaIcon from '@mui/icons-material/SpaOutlined';
import { Typography } from '@mui/material';
import { Login, LoginForm, PasswordInput, TextInput, email, required } from 'react-admin';

export function LoginPage() {
  return (
    <Login
      avatarIcon={<SpaIcon />}
      sx={{
        backgroundImage: 'linear-gradient(160deg, #e8f2f1 0%, #f3f6f6 55%, #e3ecf3 100%)',
        '& .RaLogin-card': {
          width: 360,
          maxWidth: 'calc(100vw - 32px)',
          border: 1,
          borderColor: 'divider',
          boxShadow: '0 8px 30px rgba(16, 42, 51, 0.08)',
        },
        '& .RaLogin-icon': { bgcolor: 'primary.main' },
      }}
    >
      <Typography component="h1" variant="h5" align="center" sx={{ fontWeight: 700, color: 'primary.dark' }}>
        Backtrack
      </Typography>
      <Typography variant="body2" align="center" color="text.secondary" sx={{ px: 3, mt: 0.5 }}>
        Sign in with your clinic staff account
      </Typography>
      <LoginForm sx={{ '& .RaLoginForm-content': { width: 'auto' } }}>
        <TextInput
          autoFocus
          source="email"
          label="Email"
          type="email"
          autoComplete="username"
          validate={[required('Enter your email'), email()]}
        />
        <PasswordInput source="password" label="Password" autoComplete="current-password" validate={required('Enter your password')} />
      </LoginForm>
    </Login>
  );
}
