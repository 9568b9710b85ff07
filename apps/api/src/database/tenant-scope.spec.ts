import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/paths.js';
import { scopeArgs, TENANT_MODELS } from './tenant-scope.js';

describe('tenant scope', () => {
  it('covers exactly the models that carry clinicId', () => {
    const schema = readFileSync(path.join(repoRoot(), 'prisma/schema.prisma'), 'utf8');
    const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)];
    const withClinicId = models
      .filter(([, , body]) => /^\s+clinicId\s/m.test(body!))
      .map(([, name]) => name)
      .sort();
    expect([...TENANT_MODELS].sort()).toEqual(withClinicId);
    expect(
      models
        .map(([, name]) => name)
        .filter((n) => !TENANT_MODELS.has(n!))
        .sort(),
    ).toEqual(['Clinic', 'LoginThrottle', 'RateLimitCounter', 'UsedPatientLink']);
  });

  it.each(['findUnique', 'findFirst', 'findMany', 'count', 'update', 'updateMany', 'delete', 'deleteMany', 'aggregate', 'groupBy'])(
    'adds clinicId to the filter of %s, overriding any given one',
    (operation) => {
      expect(scopeArgs(operation, { where: { id: 'p1', clinicId: 'other' } }, 'c1')).toEqual({ where: { id: 'p1', clinicId: 'c1' } });
      expect(scopeArgs(operation, undefined, 'c1')).toEqual({ where: { clinicId: 'c1' } });
    },
  );

  it('stamps clinicId on created rows', () => {
    expect(scopeArgs('create', { data: { name: 'Room 1', clinicId: 'other' } }, 'c1')).toEqual({
      data: { name: 'Room 1', clinicId: 'c1' },
    });
    expect(scopeArgs('createMany', { data: [{ a: 1 }, { a: 2 }] }, 'c1')).toEqual({
      data: [
        { a: 1, clinicId: 'c1' },
        { a: 2, clinicId: 'c1' },
      ],
    });
    expect(scopeArgs('upsert', { where: { id: 'x' }, create: { a: 1 }, update: { a: 2 } }, 'c1')).toEqual({
      where: { id: 'x', clinicId: 'c1' },
      create: { a: 1, clinicId: 'c1' },
      update: { a: 2 },
    });
  });

  it('refuses an operation it does not know how to scope', () => {
    expect(() => scopeArgs('findRaw', {}, 'c1')).toThrow('does not know how to scope');
  });
});
