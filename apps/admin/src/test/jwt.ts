// Unsigned JWT-shaped tokens for tests: the admin only reads `exp`, the API checks signatures.
const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function fakeJwt(claims: { exp?: number; sub?: string } = {}): string {
  return `${b64url({ alg: 'HS256' })}.${b64url({ sub: 'user-1', iss: 'backtrack', ...claims })}.signature`;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);
