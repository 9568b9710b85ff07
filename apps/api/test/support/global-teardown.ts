export default async function globalTeardown(): Promise<void> {
  await globalThis.__BACKTRACK_PG__?.stop();
}
