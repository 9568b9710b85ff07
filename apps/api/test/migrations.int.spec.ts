// Migrations are generated from the schema, never hand-drifted: (1) the schema equals the snapshot of
// the last migration, so `db:migration:new` would generate nothing; (2) a database built by applying
// the migrations has exactly the tables, columns, indexes and constraints that Prisma would create
// from schema.prisma, plus only the named hand-written invariants; (3) those invariants exist.
import { appendFile, cp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { repoRoot } from '../src/config/paths.js';
import {
  applyMigrations,
  defaultMigrationPaths,
  isEmptyMigration,
  migrationsUpToDate,
  pendingSchemaDiff,
} from '../src/database/migrator.js';
import { TENANT_MODELS } from '../src/database/tenant-scope.js';
import { testDatabaseUrl } from './support/api.js';

const paths = defaultMigrationPaths(repoRoot());

/** Constraints and indexes that live only in migration SQL (Prisma cannot express them). */
const HAND_WRITTEN = [
  'constraint Assessment.Assessment_normalized_range_check',
  'constraint Assessment.Assessment_source_check',
  'constraint Assessment.Assessment_version_check',
  'constraint Clinic.Clinic_settings_check',
  'constraint EpisodeOfCare.EpisodeOfCare_discharge_after_start_check',
  'constraint ServiceType.ServiceType_minutes_check',
  'constraint Screening.Screening_answers_check',
  'constraint Session.Session_patient_no_overlap',
  'constraint Session.Session_room_no_overlap',
  'constraint Session.Session_therapist_no_overlap',
  'constraint Session.Session_time_span_check',
  'constraint TimeOff.TimeOff_span_check',
  'constraint WorkingHours.WorkingHours_weekday_check',
  'constraint Message.Message_attempts_check',
  'constraint Clinic.Clinic_questionnaire_settings_check',
  'constraint Clinic.Clinic_reminder_settings_check',
  'constraint QuestionnaireRequest.QuestionnaireRequest_instruments_check',
  // The working day: attendance window, SOAP note versions, messages to staff.
  'constraint Clinic.Clinic_checkInWindowMinutes_check',
  'constraint Message.Message_recipient_check',
  'constraint TreatmentNote.TreatmentNote_version_check',
  'index TreatmentNote.TreatmentNote_latest_per_root',
  'index TreatmentNote.TreatmentNote_latest_per_session',
  'extension btree_gist',
  'index Assessment.Assessment_one_latest_per_root',
  'index Assessment.Assessment_outcomes_idx',
  'index EpisodeOfCare.EpisodeOfCare_one_open_per_patient',
  'index Session.Session_completed_by_episode_idx',
  'index Session.Session_patient_no_overlap',
  'index Session.Session_room_no_overlap',
  'index Session.Session_therapist_no_overlap',
  // Row-level security (migration row_level_security): every tenant table forces it and keeps its
  // clinic isolation policy; User adds the one lookup login needs.
  'function backtrack_clinic_id',
  // The message dispatcher's relay (migration patients_in_the_loop) claims due messages across clinics.
  'function backtrack_message_dispatch',
  'policy Message.Message_dispatch_claim',
  'policy Message.Message_dispatch_read',
  ...[...TENANT_MODELS].flatMap((table) => [`policy ${table}.${table}_clinic_isolation`, `row security ${table}`]),
  'policy User.User_login_lookup',
].sort();

async function withDatabase<T>(adminUrl: string, name: string, fn: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    return await fn(adminUrl.replace(/\/[^/]+$/, `/${name}`));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function catalog(url: string): Promise<Map<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await client.query<{ key: string; def: string }>(`
      SELECT 'column ' || table_name || '.' || column_name AS key,
             concat_ws(' ', udt_name, is_nullable, column_default) AS def
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      UNION ALL
      SELECT 'index ' || tablename || '.' || indexname, indexdef FROM pg_indexes
       WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
      UNION ALL
      SELECT 'constraint ' || rel.relname || '.' || con.conname, pg_get_constraintdef(con.oid)
        FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
       WHERE n.nspname = 'public' AND rel.relname <> '_prisma_migrations'
      UNION ALL
      SELECT 'enum ' || t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname
      UNION ALL
      SELECT 'extension ' || extname, extversion FROM pg_extension WHERE extname <> 'plpgsql'
      UNION ALL
      SELECT 'policy ' || tablename || '.' || policyname, concat_ws(' ', cmd, array_to_string(roles, ','), qual, with_check)
        FROM pg_policies WHERE schemaname = 'public'
      UNION ALL
      SELECT 'row security ' || relname, concat_ws(' ', relrowsecurity, relforcerowsecurity)
        FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND (relrowsecurity OR relforcerowsecurity)
      UNION ALL
      SELECT 'function ' || p.proname, pg_get_functiondef(p.oid) FROM pg_proc p
       WHERE p.pronamespace = 'public'::regnamespace
         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`);
    return new Map(rows.rows.map((r) => [r.key, r.def]));
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  const adminUrl = (process.env.BACKTRACK_TEST_PG_ADMIN ?? testDatabaseUrl()).replace(/\/[^/]+$/, '/postgres');

  it('are recognised as applied, checksums included, without taking the engine lock', async () => {
    expect(await migrationsUpToDate(testDatabaseUrl(), paths)).toBe(true);
    const moved = { ...paths, migrationsDir: path.join(os.tmpdir(), `backtrack-migrations-${process.pid}`) };
    await cp(paths.migrationsDir, moved.migrationsDir, { recursive: true });
    try {
      const [last] = (await readdir(moved.migrationsDir))
        .filter((name) => /^\d/.test(name))
        .sort()
        .reverse();
      await appendFile(path.join(moved.migrationsDir, last!, 'migration.sql'), '\n-- edited after it was applied\n');
      expect(await migrationsUpToDate(testDatabaseUrl(), moved)).toBe(false);
    } finally {
      await rm(moved.migrationsDir, { recursive: true, force: true });
    }
  });

  it('leave nothing between the last migration and schema.prisma', async () => {
    const sql = await pendingSchemaDiff(testDatabaseUrl(), paths);
    expect(isEmptyMigration(sql) ? '' : sql).toBe('');
  });

  it('build exactly the schema Prisma would, plus the hand-written invariants', async () => {
    const fromMigrations = await withDatabase(adminUrl, 'drift_migrations', async (url) => {
      const migrations = (await readdir(paths.migrationsDir)).filter((name) => /^\d{14}_/.test(name));
      expect(await applyMigrations(url, paths)).toHaveLength(migrations.length);
      expect(await applyMigrations(url, paths)).toEqual([]); // idempotent on a migrated database
      return catalog(url);
    });
    const fromSchema = await withDatabase(adminUrl, 'drift_schema', async (url) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const emptyPaths = { ...paths, migrationsDir: '/nonexistent' };
      await client.query(await pendingSchemaDiff(url, emptyPaths));
      await client.end();
      return catalog(url);
    });
    const onlyInMigrations = [...fromMigrations.keys()].filter((k) => !fromSchema.has(k)).sort();
    const onlyInSchema = [...fromSchema.keys()].filter((k) => !fromMigrations.has(k)).sort();
    const different = [...fromSchema.keys()].filter((k) => fromMigrations.has(k) && fromMigrations.get(k) !== fromSchema.get(k));
    expect(onlyInSchema).toEqual([]);
    expect(different).toEqual([]);
    expect(onlyInMigrations).toEqual(HAND_WRITTEN);
  });
});
