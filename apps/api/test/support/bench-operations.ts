// Operations of apps/api/bench, kept here because codegen collects documents from apps/api/test only;
// the benchmark imports them like any suite imports a factory.
import { graphql } from '../graphql/index.js';

export const BENCH_CLINIC_OUTCOMES = graphql(`
  query BenchClinicOutcomes($filter: ClinicOutcomesFilter) {
    clinicOutcomes(filter: $filter) {
      measures {
        instrument
        episodes
        withFollowUp
        meanChangePercent
        medianChangePercent
        ci95Low
        ci95High
      }
      byTherapist {
        therapistId
        measures {
          instrument
          episodes
        }
      }
      byModality {
        modality
        measures {
          instrument
          episodes
        }
      }
    }
  }
`);
