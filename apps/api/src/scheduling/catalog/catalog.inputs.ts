import { ArgsType, Field, InputType, Int, IntersectionType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Modality } from '../../common/graphql/enums.js';
import { ListArgs } from '../../common/graphql/list.args.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { OptionalIds } from '../../common/graphql/id.decorators.js';
import { Omittable } from '../../common/omittable.js';
import { Text } from '../../common/text.js';

/** Rooms and service types are searched alike; service types also by modality. */
@InputType()
export class RoomFilter {
  @Field({ nullable: true, description: 'Search by name' })
  @IsOptional()
  @Text({ max: 100 })
  q?: string;

  @OptionalIds()
  ids?: string[];

  @Field({ nullable: true })
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class RoomListArgs extends ListArgs {
  @Field(() => RoomFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RoomFilter)
  filter?: RoomFilter;
}

@ArgsType()
export class CreateRoomArgs {
  @Field()
  @Text({ min: 1, max: 80 })
  name!: string;

  @Field({ nullable: true })
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class UpdateRoomArgs extends IntersectionType(
  IdArgs,
  PartialType(CreateRoomArgs, { decorator: ArgsType, skipNullProperties: false }),
  ArgsType,
) {}

@InputType()
export class ServiceTypeFilter extends RoomFilter {
  @Field(() => Modality, { nullable: true })
  @IsOptional()
  @IsEnum(Modality)
  modality?: Modality;
}

@ArgsType()
export class ServiceTypeListArgs extends ListArgs {
  @Field(() => ServiceTypeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceTypeFilter)
  filter?: ServiceTypeFilter;
}

// Ranges match the ServiceType_minutes_check constraint in the migration.
@ArgsType()
export class CreateServiceTypeArgs {
  @Field()
  @Text({ min: 1, max: 120 })
  name!: string;

  @Field(() => Modality)
  @IsEnum(Modality)
  modality!: Modality;

  @Field(() => Int)
  @IsInt()
  @Min(5)
  @Max(480)
  durationMinutes!: number;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(120)
  bufferMinutes?: number;

  @Field({ nullable: true })
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class UpdateServiceTypeArgs extends IntersectionType(
  IdArgs,
  PartialType(CreateServiceTypeArgs, { decorator: ArgsType, skipNullProperties: false }),
  ArgsType,
) {
  // Only the description differs from the create field; the validators are inherited.
  @Field(() => Int, { nullable: true, description: 'Applies to new bookings; existing sessions keep their times' })
  override durationMinutes?: number;
}
