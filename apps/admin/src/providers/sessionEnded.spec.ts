import { ApiError } from './graphqlErrors';
import { saveSession, readSession } from './session';
import { createQueryClient } from './sessionEnded';

const session = {
  token: 'header.payload.signature',
  user: { id: 'u1', email: 'tara@example.com', name: 'Tara', role: 'THERAPIST' as const, clinicId: 'c1', active: true },
};

describe('a session the server has ended', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/schedule';
  });

  it('is dropped at the first refusal, without retrying, and the browser goes to sign in', async () => {
    saveSession(session);
    const client = createQueryClient();
    const queryFn = jest.fn().mockRejectedValue(new ApiError('This session has ended; sign in again', 'UNAUTHENTICATED'));
    await expect(client.fetchQuery({ queryKey: ['catalog'], queryFn })).rejects.toThrow('This session has ended');
    expect(queryFn).toHaveBeenCalledTimes(1);
    expect(readSession()).toBeNull();
    expect(window.location.hash).toBe('#/login');
  });

  it('leaves the session alone on any other refusal', async () => {
    saveSession(session);
    const client = createQueryClient();
    const queryFn = jest.fn().mockRejectedValue(new ApiError('You do not have permission to do this.', 'FORBIDDEN'));
    await expect(client.fetchQuery({ queryKey: ['audit'], queryFn, retry: false })).rejects.toThrow();
    expect(readSession()).not.toBeNull();
    expect(window.location.hash).toBe('#/schedule');
  });
});
