// Demo data for an empty database: one clinic, its staff and patients with plausible details.
// Runs inside a transaction as the demo owner, through the same tenant-scoped client the API uses.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { hashPassword } from '../auth/password-hasher.js';
import { runWithContext } from '../common/request-context.js';
import { tenantCreate, tenantScope } from '../database/tenant-scope.js';
import { PrismaClient, type Prisma } from '../generated/prisma/client.js';
import { ensureTherapistProfile } from '../staff/staff.repository.js';
import { DEMO_CLINIC, DEMO_PASSWORD, DEMO_STAFF } from './demo-accounts.js';
import { DEMO_PATIENTS } from './demo-patients.js';
import { seedDemoOutcomes } from './demo-outcomes.js';
import { seedDemoSchedule } from './demo-schedule.js';

/** Demo patients who have not agreed to be contacted yet. */
const UNCONSENTED = ['Ben', 'David'];

// Several API processes may start at once against one database: an advisory lock lets one seed.
const SEED_LOCK = 724_260_001;

export async function seedDemoClinicIfEmpty(databaseUrl: string): Promise<boolean> {
  const lock = new pg.Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [SEED_LOCK]);
    return await seedUnlocked(databaseUrl);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK]).catch(() => undefined);
    await lock.end();
  }
}

async function seedUnlocked(databaseUrl: string): Promise<boolean> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if ((await prisma.clinic.count()) > 0) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const clinic = await prisma.clinic.create({ data: DEMO_CLINIC });
    // Through the tenant scope, which also sets the clinic for row-level security: the tables force it
    // on their owner too, so a seed run by a migration user that is no superuser still passes.
    const tenant = prisma.$extends(tenantScope(prisma, () => clinic.id));
    const users: Awaited<ReturnType<typeof prisma.user.create>>[] = [];
    for (const staff of DEMO_STAFF) {
      users.push(await tenant.user.create({ data: tenantCreate<Prisma.UserUncheckedCreateInput>({ ...staff, passwordHash }) }));
    }
    const owner = users[0]!;
    const actor = { userId: owner.id, clinicId: clinic.id, role: owner.role, name: owner.name, email: owner.email };
    await runWithContext({ requestId: 'demo-seed', actor }, async () => {
      // Credentials and modalities come with each therapist's schedule plan below.
      for (const user of users) await ensureTherapistProfile(tenant, user);
      await tenant.patient.createMany({
        data: DEMO_PATIENTS.map((p) =>
          tenantCreate<Prisma.PatientCreateManyInput>({
            ...p,
            dateOfBirth: new Date(`${p.dateOfBirth}T00:00:00Z`),
            // Most agreed at intake to be contacted where they gave an address; two have not yet
            // (their messages show as SKIPPED in the outbox, and the front desk can record consent).
            emailConsent: p.email !== null && !UNCONSENTED.includes(p.firstName),
            smsConsent: p.email === null && p.phone !== null && !UNCONSENTED.includes(p.firstName),
          }),
        ),
      });
      const therapists = await tenant.therapist.findMany({ orderBy: { displayName: 'asc' } });
      const patients = await tenant.patient.findMany({ orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }] });
      const frontDesk = users.find((u) => u.role === 'FRONT_DESK') ?? owner;
      await seedDemoSchedule(tenant, { clinicId: clinic.id, timezone: clinic.timezone, bookedById: frontDesk.id, therapists, patients });
      // After the schedule: the clinical history joins the episodes the schedule opened.
      await seedDemoOutcomes(tenant, {
        clinicId: clinic.id,
        timezone: clinic.timezone,
        ownerId: owner.id,
        frontDeskId: frontDesk.id,
        therapists,
        patients,
      });
    });
    return true;
  } finally {
    await prisma.$disconnect();
  }
}
