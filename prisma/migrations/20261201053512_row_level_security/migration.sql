-- This is an empty migration.

-- Row-level security, a second line of defence behind the tenant scope of the Prisma client.
-- The API connects as backtrack_app: it owns nothing, is no superuser and cannot bypass row security.
-- It sees and writes only rows of the clinic named by the transaction-local setting app.clinic_id
-- and with no clinic set it sees nothing. Migrations and the demo seed run as the owner.
-- The role is shared by every database of the server, so it is created only where missing. The migration
-- engine splits statements at every semicolon, even quoted ones, so the block writes them as the escape 073
DO E'BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ''backtrack_app'') THEN
    CREATE ROLE backtrack_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT\073
  END IF\073
END';

-- The migration user (DATABASE_URL) becomes a member so that the API can SET ROLE to backtrack_app
GRANT backtrack_app TO CURRENT_USER;

-- The clinic of the current transaction, or NULL when none is set (an unset or reset setting reads as empty)
CREATE FUNCTION backtrack_clinic_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.clinic_id', true), '')::uuid $$;

GRANT USAGE ON SCHEMA public TO backtrack_app;
GRANT EXECUTE ON FUNCTION backtrack_clinic_id() TO backtrack_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO backtrack_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO backtrack_app;
-- Tables of later migrations are granted the same, and the RLS test fails if one with clinicId lacks its policy
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO backtrack_app;
-- The migration history is read by the health check and written only by migrations
REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM backtrack_app;
-- The audit log is append-only for the API
REVOKE UPDATE, DELETE ON "AuditEvent" FROM backtrack_app;

-- One policy per tenant table, reads and writes alike: the row belongs to the clinic of the transaction
ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "User" FORCE ROW LEVEL SECURITY;
CREATE POLICY "User_clinic_isolation" ON "User" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

ALTER TABLE "Therapist" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Therapist" FORCE ROW LEVEL SECURITY;
CREATE POLICY "Therapist_clinic_isolation" ON "Therapist" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

ALTER TABLE "WorkingHours" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WorkingHours" FORCE ROW LEVEL SECURITY;
CREATE POLICY "WorkingHours_clinic_isolation" ON "WorkingHours" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

ALTER TABLE "TimeOff" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TimeOff" FORCE ROW LEVEL SECURITY;
CREATE POLICY "TimeOff_clinic_isolation" ON "TimeOff" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

ALTER TABLE "Room" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Room" FORCE ROW LEVEL SECURITY;
CREATE POLICY "Room_clinic_isolation" ON "Room" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

ALTER TABLE "ServiceType" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ServiceType" FORCE ROW LEVEL SECURITY;
CREATE POLICY "ServiceType_clinic_isolation" ON "ServiceType" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

ALTER TABLE "Patient" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Patient" FORCE ROW LEVEL SECURITY;
CREATE POLICY "Patient_clinic_isolation" ON "Patient" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

ALTER TABLE "Screening" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Screening" FORCE ROW LEVEL SECURITY;
CREATE POLICY "Screening_clinic_isolation" ON "Screening" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

ALTER TABLE "Clearance" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Clearance" FORCE ROW LEVEL SECURITY;
CREATE POLICY "Clearance_clinic_isolation" ON "Clearance" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

ALTER TABLE "EpisodeOfCare" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EpisodeOfCare" FORCE ROW LEVEL SECURITY;
CREATE POLICY "EpisodeOfCare_clinic_isolation" ON "EpisodeOfCare" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

ALTER TABLE "SessionSeries" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SessionSeries" FORCE ROW LEVEL SECURITY;
CREATE POLICY "SessionSeries_clinic_isolation" ON "SessionSeries" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

ALTER TABLE "Session" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Session" FORCE ROW LEVEL SECURITY;
CREATE POLICY "Session_clinic_isolation" ON "Session" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

ALTER TABLE "TreatmentNote" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TreatmentNote" FORCE ROW LEVEL SECURITY;
CREATE POLICY "TreatmentNote_clinic_isolation" ON "TreatmentNote" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

ALTER TABLE "Assessment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Assessment" FORCE ROW LEVEL SECURITY;
CREATE POLICY "Assessment_clinic_isolation" ON "Assessment" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

ALTER TABLE "EpisodeMeasure" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EpisodeMeasure" FORCE ROW LEVEL SECURITY;
CREATE POLICY "EpisodeMeasure_clinic_isolation" ON "EpisodeMeasure" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY "AuditEvent_clinic_isolation" ON "AuditEvent" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

-- Login finds an account by email before any clinic is known. This second policy on User lets a
-- transaction that names one email in app.login_email read that one account and nothing else
CREATE POLICY "User_login_lookup" ON "User" FOR SELECT
  USING ("email" = NULLIF(current_setting('app.login_email', true), ''));
