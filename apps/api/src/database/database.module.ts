import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DATABASE_URL } from './database-url.js';
import { PrismaService } from './prisma.service.js';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: PrismaService, useFactory: () => new PrismaService(databaseUrl) },
        { provide: DATABASE_URL, useValue: databaseUrl },
      ],
      exports: [PrismaService, DATABASE_URL],
    };
  }
}
