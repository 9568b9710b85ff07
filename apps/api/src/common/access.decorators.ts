// Access declarations. Every GraphQL operation must carry exactly one: @Public() or @Roles(...).
// The global AccessGuard refuses undeclared operations, and test/access-policy.int.spec.ts walks the
// whole schema to prove each operation has a declaration.
import { SetMetadata, applyDecorators } from '@nestjs/common';
import { Role } from '../generated/prisma/enums.js';

export const ACCESS_KEY = 'backtrack:access';

export type AccessDeclaration = { kind: 'public' } | { kind: 'roles'; roles: Role[] };

export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessDeclaration);

export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessDeclaration));

export const ALL_STAFF: Role[] = [Role.OWNER, Role.FRONT_DESK, Role.THERAPIST];
