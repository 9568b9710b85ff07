import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { ClinicalModule } from './clinical/clinical.module.js';
import { AppErrorFilter } from './common/graphql/app-error.filter.js';
import { DateTimeScalar } from './common/graphql/date-time.scalar.js';
import { formatGraphQLError } from './common/graphql/format-error.js';
import { noStorePlugin } from './common/graphql/no-store.plugin.js';
import { createValidationPipe } from './common/validation.pipe.js';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthController } from './health/health.controller.js';
import { HealthRepository } from './health/health.repository.js';
import { MessagesModule } from './messages/messages.module.js';
import { OutcomesModule } from './outcomes/outcomes.module.js';
import { PatientsModule } from './patients/patients.module.js';
import { graphqlProtection } from './rate-limit/graphql-limits.js';
import { SchedulingModule } from './scheduling/scheduling.module.js';
import { StaffModule } from './staff/staff.module.js';
import { WaitlistModule } from './waitlist/waitlist.module.js';
import { PatientPortalModule } from './patient-portal/patient-portal.module.js';
import { QuestionnairesModule } from './questionnaires/questionnaires.module.js';
import './common/graphql/enums.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const protection = graphqlProtection(config.graphqlLimits, { hideSuggestions: !config.graphqlIntrospection });
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          // Off in production unless GRAPHQL_INTROSPECTION=true; the admin has the schema built in.
          introspection: config.graphqlIntrospection,
          // GraphiQL loads React and its bundle from unpkg.com with an inline script, which the
          // Content-Security-Policy (server.ts) forbids; any GraphQL client can be pointed at /graphql.
          graphiql: false,
          context: ({ req }: { req: Request }) => ({ req }),
          formatError: formatGraphQLError,
          // Every Date argument and field is the strict DateTime scalar, not Nest's rolling-over one.
          buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
          ...protection,
          // Apollo's cache-control plugin, on by default, wraps every field's resolution to compute
          // cache hints; every answer here is private, so noStorePlugin says no-store without it.
          plugins: [ApolloServerPluginCacheControlDisabled(), noStorePlugin, ...protection.plugins],
        }),
        AuditModule,
        AuthModule,
        ClinicalModule,
        DashboardModule,
        MessagesModule,
        OutcomesModule,
        PatientsModule,
        QuestionnairesModule,
        SchedulingModule,
        StaffModule,
        WaitlistModule,
        PatientPortalModule,
      ],
      controllers: [HealthController],
      providers: [
        HealthRepository,
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
    };
  }
}
