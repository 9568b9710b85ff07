import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DATABASE_URL } from './database-url.js';
import { PrismaService } from './prisma.service.js';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: PrismaService,
          useFactory: (config: AppConfig) => new PrismaService(databaseUrl, undefined, { countStatements: config.sqlStatementCount }),
          inject: [APP_CONFIG],
        },
        { provide: DATABASE_URL, useValue: databaseUrl },
      ],
      exports: [PrismaService, DATABASE_URL],
    };
  }
}
