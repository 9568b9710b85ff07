import { createAuthProvider, SESSION_EXPIRED } from './authProvider';
import { ApiError } from './graphqlErrors';
import { readSession, saveSession, type Role, type SessionUser } from './session';
import { fakeJwt, nowSeconds } from '../test/jwt';

const user = (role: Role): SessionUser => ({
  id: 'u1',
  email: 'owner@demo.test',
  name: 'Olivia Owens',
  role,
  clinicId: 'c1',
  active: true,
});

function signIn(role: Role, expInSeconds: number) {
  saveSession({ token: fakeJwt({ exp: nowSeconds() + expInSeconds }), user: user(role) });
}

describe('authProvider', () => {
  beforeEach(() => localStorage.clear());

  describe('login', () => {
    it('stores the token and user returned by the login mutation, with the email trimmed', async () => {
      const token = fakeJwt({ exp: nowSeconds() + 3600 });
      const login = jest.fn().mockResolvedValue({ token, user: user('FRONT_DESK') });
      await createAuthProvider({ login }).login({ email: '  frontdesk@demo.test ', password: 'pw' });
      expect(login).toHaveBeenCalledWith('frontdesk@demo.test', 'pw');
      expect(readSession()).toEqual({ token, user: user('FRONT_DESK') });
    });

    it('accepts react-admin’s default `username` field as the email', async () => {
      const login = jest.fn().mockResolvedValue({ token: fakeJwt({ exp: nowSeconds() + 60 }), user: user('OWNER') });
      await createAuthProvider({ login }).login({ username: 'owner@demo.test', password: 'pw' });
      expect(login).toHaveBeenCalledWith('owner@demo.test', 'pw');
    });

    it('rejects with the server’s message and stores nothing', async () => {
      const login = jest.fn().mockRejectedValue(new ApiError('Invalid email or password', 'UNAUTHENTICATED'));
      await expect(createAuthProvider({ login }).login({ email: 'x@y.z', password: 'bad' })).rejects.toThrow('Invalid email or password');
      expect(readSession()).toBeNull();
    });
  });

  describe('checkAuth', () => {
    it('resolves while the token is valid', async () => {
      signIn('OWNER', 3600);
      await expect(createAuthProvider().checkAuth({})).resolves.toBeUndefined();
    });

    it('rejects silently when nobody is signed in', async () => {
      await expect(createAuthProvider().checkAuth({})).rejects.toEqual({ message: false });
    });

    it('rejects and forgets the session once the JWT exp has passed', async () => {
      signIn('OWNER', -5);
      await expect(createAuthProvider().checkAuth({})).rejects.toEqual({ message: SESSION_EXPIRED });
      expect(readSession()).toBeNull();
    });

    it('treats a token that expires at the current time as expired, using the injected clock', async () => {
      const exp = nowSeconds() + 3600;
      saveSession({ token: fakeJwt({ exp }), user: user('OWNER') });
      const later = createAuthProvider({ now: () => exp * 1000 });
      await expect(later.checkAuth({})).rejects.toEqual({ message: SESSION_EXPIRED });
    });

    it('rejects a token without exp or one that is not a JWT', async () => {
      saveSession({ token: fakeJwt({}), user: user('OWNER') });
      await expect(createAuthProvider().checkAuth({})).rejects.toBeDefined();
      saveSession({ token: 'not-a-jwt', user: user('OWNER') });
      await expect(createAuthProvider().checkAuth({})).rejects.toBeDefined();
    });
  });

  describe('checkError', () => {
    it('signs out on UNAUTHENTICATED (the API no longer accepts the token)', async () => {
      signIn('OWNER', 3600);
      const error = new ApiError('Sign in to continue', 'UNAUTHENTICATED');
      await expect(createAuthProvider().checkError(error)).rejects.toEqual({ message: SESSION_EXPIRED });
      expect(readSession()).toBeNull();
    });

    it.each(['FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'NETWORK_ERROR'] as const)('keeps the session on %s', async (code) => {
      signIn('FRONT_DESK', 3600);
      await expect(createAuthProvider().checkError(new ApiError('nope', code))).resolves.toBeUndefined();
      expect(readSession()).not.toBeNull();
    });
  });

  describe('permissions and identity', () => {
    it('returns the role as permissions and the stored user as identity', async () => {
      signIn('THERAPIST', 3600);
      const provider = createAuthProvider();
      await expect(provider.getPermissions!({})).resolves.toBe('THERAPIST');
      await expect(provider.getIdentity!()).resolves.toEqual({
        id: 'u1',
        fullName: 'Olivia Owens',
        email: 'owner@demo.test',
        role: 'THERAPIST',
        clinicId: 'c1',
      });
    });

    it('has no permissions once the token has expired', async () => {
      signIn('OWNER', -1);
      await expect(createAuthProvider().getPermissions!({})).resolves.toBeNull();
    });

    it('lets every role work with patients but only the owner delete one', async () => {
      const provider = createAuthProvider();
      for (const role of ['OWNER', 'FRONT_DESK', 'THERAPIST'] as const) {
        signIn(role, 3600);
        for (const action of ['list', 'show', 'create', 'edit']) {
          await expect(provider.canAccess!({ resource: 'patients', action })).resolves.toBe(true);
        }
        await expect(provider.canAccess!({ resource: 'patients', action: 'delete' })).resolves.toBe(role === 'OWNER');
        await expect(provider.canAccess!({ resource: 'auditEvents', action: 'list' })).resolves.toBe(false);
      }
    });
  });
});
