/** Injection token of DATABASE_URL's connection string, for the few clients Prisma does not own (the job queue). */
export const DATABASE_URL = Symbol('DATABASE_URL');
