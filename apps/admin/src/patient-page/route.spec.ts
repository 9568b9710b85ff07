import { routeOf } from './route';

describe('routeOf', () => {
  it.each([
    ['/p/confirm', '?token=abc.def', { action: 'confirm', token: 'abc.def' }],
    ['/p/cancel/', '?token=abc.def', { action: 'cancel', token: 'abc.def' }],
    ['/p/claim', '?token=x&utm_source=mail', { action: 'claim', token: 'x' }],
    ['/p/opt-out', '?token=x', { action: 'opt-out', token: 'x' }],
    ['/p/confirm', '', { action: null }],
    ['/p/confirm', '?token=', { action: null }],
    ['/p/confirm', '?tok', { action: null }],
    ['/p/questionnaire', '?token=x.y', { action: 'questionnaire', token: 'x.y' }],
    ['/p/questionnaire', '', { action: null }],
    ['/p/staff-invite', '?token=a.b', { action: 'staff-invite', token: 'a.b' }],
    ['/p/staff-invite', '', { action: null }],
    ['/p/questionnaires', '?token=x', { action: null }],
    ['/p/', '', { action: null }],
    ['/p', '', { action: null }],
  ])('%s%s', (pathname, search, expected) => {
    expect(routeOf({ pathname, search })).toEqual(expected);
  });
});
