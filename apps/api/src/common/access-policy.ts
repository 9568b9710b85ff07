// The access table of the running API: every Query and Mutation handler with its declaration. Used
// at start-up to refuse to run with an undeclared operation, and by the schema-walking test.
import type { INestApplicationContext } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_KEY, type AccessDeclaration } from './access.decorators.js';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

export interface OperationAccess {
  type: 'Query' | 'Mutation';
  name: string;
  handler: string;
  access: AccessDeclaration | null;
}

export function listOperationAccess(app: INestApplicationContext): OperationAccess[] {
  const operations: OperationAccess[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        // Read descriptors, not properties: some providers expose getters with side effects.
        const method = Object.getOwnPropertyDescriptor(prototype, key)?.value as unknown;
        if (typeof method !== 'function' || key === 'constructor') continue;
        const type = Reflect.getMetadata(RESOLVER_TYPE, method) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME, method) as string | undefined) ?? key;
        const access = (Reflect.getMetadata(ACCESS_KEY, method) ??
          Reflect.getMetadata(ACCESS_KEY, instance.constructor) ??
          null) as AccessDeclaration | null;
        operations.push({ type, name, handler: `${instance.constructor.name}.${key}`, access });
      }
    }
  }
  return operations;
}

export function assertEveryOperationDeclared(app: INestApplicationContext): void {
  const missing = listOperationAccess(app).filter((op) => op.access === null);
  if (missing.length) {
    throw new Error(`Operations without @Public() or @Roles(): ${missing.map((op) => `${op.type}.${op.name} (${op.handler})`).join(', ')}`);
  }
}
