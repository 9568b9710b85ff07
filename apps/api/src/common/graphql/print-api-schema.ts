// The schema as the running API serves it: the application module is initialised without listening
// (Prisma connects lazily, so no database is needed) and its schema printed in sorted order.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { AppModule } from '../../app.module.js';
import { loadConfig } from '../../config/config.js';

const UNUSED_DATABASE_URL = 'postgresql://schema-printer@127.0.0.1:1/unused';

export async function printApiSchema(): Promise<string> {
  const config = loadConfig({
    DATABASE_URL: UNUSED_DATABASE_URL,
    JWT_SECRET: 'schema-printer-'.padEnd(40, 'x'),
    LOG_LEVEL: 'silent',
    MESSAGE_DISPATCH: 'false',
  });
  const app = await NestFactory.create(AppModule.forRoot(config, UNUSED_DATABASE_URL), { logger: false });
  try {
    await app.init();
    return `${printSchema(app.get(GraphQLSchemaHost).schema)}\n`;
  } finally {
    await app.close();
  }
}
