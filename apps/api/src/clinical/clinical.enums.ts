// GraphQL enums of the clinical slice, mirroring the domain's string unions.
import { registerEnumType } from '@nestjs/graphql';

export enum OdiBandEnum {
  MINIMAL = 'MINIMAL',
  MODERATE = 'MODERATE',
  SEVERE = 'SEVERE',
  CRIPPLED = 'CRIPPLED',
  BED_BOUND = 'BED_BOUND',
}

export enum OutcomeDomainEnum {
  PAIN = 'PAIN',
  FUNCTION = 'FUNCTION',
}

registerEnumType(OdiBandEnum, { name: 'OdiBand', description: "Fairbank's ODI disability bands" });
registerEnumType(OutcomeDomainEnum, { name: 'OutcomeDomain' });
