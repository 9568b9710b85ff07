// Sign-in with the API's `login` mutation. The JWT and the user it was issued for are kept in
// localStorage; the role is react-admin's "permissions" and drives canAccess (see ../access.ts).
import type { AuthProvider, UserIdentity } from 'react-admin';
import { can } from '../access';
import { graphql } from '../graphql';
import { callMutation, graphqlClient } from './graphqlClient';
import { isUnauthenticated } from './graphqlErrors';
import { clearSession, isTokenExpired, readSession, saveSession, type Role, type Session } from './session';

export const LOGIN_MUTATION = graphql(`
  mutation login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        email
        name
        role
        clinicId
        active
      }
    }
  }
`);

export const SESSION_EXPIRED = 'Your session has expired. Please sign in again.';

export interface BacktrackIdentity extends UserIdentity {
  email: string;
  role: Role;
  clinicId: string;
}

type Login = (email: string, password: string) => Promise<Session>;

const loginWithGraphQL: Login = async (email, password) => {
  const data = await callMutation(LOGIN_MUTATION, { email, password });
  return data.login;
};

export interface AuthProviderOptions {
  login?: Login;
  /** Called on logout so no data of the previous user survives in memory. */
  onLogout?: () => Promise<unknown> | void;
  now?: () => number;
}

export function createAuthProvider({
  login = loginWithGraphQL,
  onLogout = () => graphqlClient.clearStore(),
  now = Date.now,
}: AuthProviderOptions = {}): AuthProvider {
  const validSession = (): Session | null => {
    const session = readSession();
    return session && !isTokenExpired(session.token, now()) ? session : null;
  };

  return {
    async login(params: { email?: string; username?: string; password: string }) {
      const email = (params.email ?? params.username ?? '').trim();
      // Errors (wrong password, RATE_LIMITED) carry the server's message, which the login form shows.
      const session = await login(email, params.password);
      saveSession(session);
    },

    async logout() {
      clearSession();
      await onLogout();
    },

    async checkAuth() {
      const session = readSession();
      if (!session) throw { message: false };
      if (isTokenExpired(session.token, now())) {
        clearSession();
        throw { message: SESSION_EXPIRED };
      }
    },

    async checkError(error: unknown) {
      // FORBIDDEN and everything else stay on the page with a notification; only a token the API no
      // longer accepts signs the user out.
      if (isUnauthenticated(error)) {
        clearSession();
        throw { message: SESSION_EXPIRED };
      }
    },

    async getPermissions() {
      return validSession()?.user.role ?? null;
    },

    async getIdentity(): Promise<BacktrackIdentity> {
      const session = validSession();
      if (!session) throw new Error(SESSION_EXPIRED);
      const { id, name, email, role, clinicId } = session.user;
      return { id, fullName: name, email, role, clinicId };
    },

    async canAccess({ resource, action }: { resource?: string; action: string }) {
      return resource ? can(validSession()?.user.role, resource, action) : false;
    },
  };
}

export const authProvider = createAuthProvider();
