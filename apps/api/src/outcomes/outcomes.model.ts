import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Instrument, Modality } from '../common/graphql/enums.js';
import { AssessmentSource, OutcomeDomainEnum } from '../clinical/clinical.enums.js';
import { EpisodeModel } from '../clinical/episodes/episode.model.js';

@ObjectType('OutcomePoint')
export class OutcomePointModel {
  @Field(() => ID, { description: 'The latest version of the assessment' })
  assessmentId!: string;

  @Field()
  takenAt!: Date;

  @Field(() => Int, { description: "The episode's completed sessions that started at or before takenAt" })
  sessionNumber!: number;

  @Field(() => Float)
  score!: number;

  @Field(() => Float, { description: '0–100, higher = worse' })
  normalized!: number;

  @Field(() => AssessmentSource, { description: 'Entered by staff or answered by the patient by link' })
  source!: AssessmentSource;
}

@ObjectType('MeasureOutcome', {
  description: "One instrument's course within an episode. Change values are full precision; round for display.",
})
export class MeasureOutcomeModel {
  @Field(() => Instrument)
  instrument!: Instrument;

  @Field(() => OutcomeDomainEnum)
  domain!: OutcomeDomainEnum;

  @Field(() => OutcomePointModel, { description: 'The earliest assessment by takenAt' })
  baseline!: OutcomePointModel;

  @Field(() => OutcomePointModel, { description: 'The most recent assessment (the baseline itself without a follow-up)' })
  latest!: OutcomePointModel;

  @Field()
  hasFollowUp!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: "Improvement in the instrument's own units (positive = better); null without a follow-up",
  })
  changePoints!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Reduction of normalized as a percent of baseline; null without a follow-up or when baseline normalized is 0',
  })
  changePercent!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'changePercent ≥ 30 or changePoints ≥ MCID' })
  meaningful!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'changePercent ≥ 50 (the marketing claim)' })
  meetsClaim!: boolean | null;

  @Field(() => Float, { description: 'The 50%-of-baseline target line, on the normalized scale' })
  claimTarget!: number;

  @Field(() => Float, { description: 'The 30%-improvement line (70% of baseline), on the normalized scale' })
  meaningfulTarget!: number;

  @Field(() => [OutcomePointModel], { description: 'Every point, oldest first' })
  series!: OutcomePointModel[];
}

@ObjectType('PatientOutcomes')
export class PatientOutcomesModel {
  @Field(() => ID)
  patientId!: string;

  @Field(() => EpisodeModel, { nullable: true, description: 'The episode shown; null when the patient has none' })
  episode!: EpisodeModel | null;

  @Field(() => [MeasureOutcomeModel])
  measures!: MeasureOutcomeModel[];
}

@ObjectType('OutcomeShares')
export class SharesModel {
  @Field(() => Float, { nullable: true, description: 'Fraction 0–1' })
  meaningfulShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Fraction 0–1 meeting the 50% claim' })
  claimShare!: number | null;
}

@ObjectType('OutcomeStats')
export class OutcomeStatsModel {
  @Field(() => Instrument)
  instrument!: Instrument;

  @Field(() => Int, { description: 'Episodes with a baseline' })
  episodes!: number;

  @Field(() => Int)
  withFollowUp!: number;

  @Field(() => Int, { description: 'A baseline but no follow-up' })
  dropouts!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Follow-up capture rate, 0–1: episodes with a follow-up / episodes with a baseline; null without a baseline',
  })
  captureRate!: number | null;

  @Field(() => Int, { description: 'The n of the mean, median and CI: completers whose baseline normalized is above 0' })
  changeN!: number;

  @Field(() => Float, { nullable: true, description: 'Percent 0–100 over completers with a baseline above 0' })
  meanChangePercent!: number | null;

  @Field(() => Float, { nullable: true })
  medianChangePercent!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '95% CI of the mean (t-distribution); null below MIN_N_FOR_INTERVAL (5) values: too few to estimate',
  })
  ci95Low!: number | null;

  @Field(() => Float, { nullable: true })
  ci95High!: number | null;

  @Field(() => SharesModel, { description: 'Over episodes with a follow-up' })
  completers!: SharesModel;

  @Field(() => SharesModel, { description: 'Over every episode with a baseline, dropouts counted as not improved' })
  intentionToTreat!: SharesModel;

  @Field(() => Int, {
    description:
      'Questionnaire requests asking for this instrument, sent in the period (sendAt in [from, to), and not after now); withdrawn (cancelled) ones are not counted',
  })
  requested!: number;

  @Field(() => Int, { description: 'Of those requests, the ones the patient answered' })
  answered!: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from sending to answer over the answered requests; null without any' })
  medianResponseHours!: number | null;

  @Field({
    description:
      'One plain sentence: the average improvement with its 95% CI, n and follow-up rate, and what it allows one to say about the 50% claim',
  })
  summary!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Breakdowns only: why this group should be compared with care (fewer than 5 episodes with a follow-up, or groups whose sizes differ threefold); null otherwise and in the clinic totals',
  })
  caution!: string | null;
}

@ObjectType('TherapistOutcomes')
export class TherapistOutcomesModel {
  @Field(() => ID)
  therapistId!: string;

  @Field()
  therapistName!: string;

  @Field(() => [OutcomeStatsModel])
  measures!: OutcomeStatsModel[];
}

@ObjectType('ModalityOutcomes')
export class ModalityOutcomesModel {
  @Field(() => Modality)
  modality!: Modality;

  @Field(() => [OutcomeStatsModel])
  measures!: OutcomeStatsModel[];
}

@ObjectType('PublishedReference')
export class PublishedReferenceModel {
  @Field()
  citation!: string;

  @Field()
  title!: string;

  @Field()
  design!: string;

  @Field(() => Int)
  participants!: number;

  @Field()
  sessions!: string;

  @Field()
  finding!: string;
}

@ObjectType('OutcomeSummary')
export class OutcomeSummaryModel {
  @Field(() => [OutcomeStatsModel])
  measures!: OutcomeStatsModel[];

  @Field(() => [TherapistOutcomesModel], { description: 'Episodes attributed to the therapist of most of their completed sessions' })
  byTherapist!: TherapistOutcomesModel[];

  @Field(() => [ModalityOutcomesModel], { description: 'Episodes attributed to the service modality of most of their completed sessions' })
  byModality!: ModalityOutcomesModel[];

  @Field({ description: 'Observational data without a comparison group: how to read these figures' })
  statement!: string;

  @Field({ description: 'The marketing claim the figures are measured against' })
  claim!: string;

  @Field(() => PublishedReferenceModel)
  reference!: PublishedReferenceModel;
}
