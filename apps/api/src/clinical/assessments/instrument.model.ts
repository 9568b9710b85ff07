import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Instrument } from '../../common/graphql/enums.js';
import { OutcomeDomainEnum } from '../clinical.enums.js';

@ObjectType('InstrumentItem')
export class InstrumentItemModel {
  @Field()
  key!: string;

  @Field({ description: 'Section or item name; licensed question wordings are never stored' })
  label!: string;

  @Field(() => Int)
  min!: number;

  @Field(() => Int)
  max!: number;

  @Field({ description: 'May be left out of the responses (PSFS activities 4 and 5)' })
  optional!: boolean;
}

@ObjectType('InstrumentDefinition')
export class InstrumentDefinitionModel {
  @Field(() => Instrument)
  code!: Instrument;

  @Field()
  name!: string;

  @Field(() => OutcomeDomainEnum)
  domain!: OutcomeDomainEnum;

  @Field(() => [InstrumentItemModel])
  items!: InstrumentItemModel[];

  @Field(() => Int)
  minItems!: number;

  @Field(() => Int)
  maxItems!: number;

  @Field(() => Int, { description: 'How many responses may be null (skipped)' })
  maxMissing!: number;

  @Field(() => Float, { nullable: true, description: 'Minimal clinically important difference in score points; null = only the 30% rule' })
  mcid!: number | null;

  @Field()
  higherIsBetter!: boolean;

  @Field()
  scoreUnit!: string;

  @Field(() => Float)
  scoreMin!: number;

  @Field(() => Float)
  scoreMax!: number;
}
