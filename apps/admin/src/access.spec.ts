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

describe('questionnaires access', () => {
  it.each([
    ['OWNER', true],
    ['FRONT_DESK', true],
    ['THERAPIST', false],
  ] as const)('%s sees the Questionnaires menu entry and a request’s page: %s', (role, visible) => {
    expect(menuResources(role).includes('questionnaires')).toBe(visible);
    expect(can(role, 'questionnaires', 'show')).toBe(visible);
  });

  it('is read-only for everyone: requests are planned by bookings, sessions and discharges', () => {
    for (const role of ['OWNER', 'FRONT_DESK', 'THERAPIST'] as const) {
      for (const action of ['create', 'edit', 'delete']) expect(can(role, 'questionnaires', action)).toBe(false);
    }
  });

  it('puts it on the menu after Messages, beside the other ways of reaching patients', () => {
    const menu = menuResources('FRONT_DESK');
    expect(menu.indexOf('questionnaires')).toBe(menu.indexOf('messages') + 1);
  });
});
