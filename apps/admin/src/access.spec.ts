import { can, menuResources } from './access';

describe('messages access', () => {
  it.each([
    ['OWNER', true],
    ['FRONT_DESK', true],
    ['THERAPIST', false],
  ] as const)('%s sees the Messages menu entry: %s', (role, visible) => {
    expect(menuResources(role).includes('messages')).toBe(visible);
    expect(can(role, 'messages', 'show')).toBe(visible);
  });
});
