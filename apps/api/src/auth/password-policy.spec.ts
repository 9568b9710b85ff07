import { passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it.each(['short', 'password123', 'PASSWORD123', '1234567890', 'qwertyuiop', 'zzzzzzzzzzzz', 'x'.repeat(201)])(
    'refuses %s',
    (password) => {
      expect(passwordProblem(password)).not.toBeNull();
    },
  );

  it.each(['backtrack-demo', 'correct horse battery', 'Ribs-and-spine-42'])('accepts %s', (password) => {
    expect(passwordProblem(password)).toBeNull();
  });
});
