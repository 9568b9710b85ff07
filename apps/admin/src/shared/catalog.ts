// Clinic settings, therapists, rooms and services: read once per page visit and shared by the
// schedule, its dialogs and the owner pages (which invalidate it after a change).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { graphql } from '../graphql';
import type {
  ClinicSettingsFieldsFragment,
  RoomFieldsFragment,
  SchedulingCatalogQuery,
  ServiceTypeFieldsFragment,
  TherapistFieldsFragment,
} from '../graphql/graphql';
import { callQuery } from '../providers/graphqlClient';

// Fragments are spread by name in the operations; codegen reads them from these graphql() calls.
export const CLINIC_SETTINGS_FIELDS = graphql(`
  fragment ClinicSettingsFields on ClinicSettings {
    id
    name
    timezone
    slotStepMinutes
    minimumNoticeMinutes
    lateCancelWindowHours
    checkInWindowMinutes
  }
`);

export const THERAPIST_FIELDS = graphql(`
  fragment TherapistFields on Therapist {
    id
    userId
    displayName
    credentials
    modalities
    active
    workingHours {
      weekday
      start
      end
    }
    timeOff {
      id
      therapistId
      startsAt
      endsAt
      reason
    }
  }
`);

export const ROOM_FIELDS = graphql(`
  fragment RoomFields on Room {
    id
    name
    active
  }
`);

export const SERVICE_TYPE_FIELDS = graphql(`
  fragment ServiceTypeFields on ServiceType {
    id
    name
    modality
    durationMinutes
    bufferMinutes
    active
  }
`);

export type ClinicSettings = ClinicSettingsFieldsFragment;
export type Therapist = TherapistFieldsFragment;
export type WorkingBlock = Therapist['workingHours'][number];
export type TimeOff = Therapist['timeOff'][number];
export type Room = RoomFieldsFragment;
export type ServiceType = ServiceTypeFieldsFragment;

const SCHEDULING_CATALOG = graphql(`
  query schedulingCatalog {
    clinicSettings {
      ...ClinicSettingsFields
    }
    allTherapists(perPage: 200, sortField: "displayName", sortOrder: "ASC") {
      ...TherapistFields
    }
    allRooms(perPage: 200, sortField: "name", sortOrder: "ASC") {
      ...RoomFields
    }
    allServiceTypes(perPage: 200, sortField: "name", sortOrder: "ASC") {
      ...ServiceTypeFields
    }
  }
`);

export interface SchedulingCatalog {
  clinic: SchedulingCatalogQuery['clinicSettings'];
  therapists: SchedulingCatalogQuery['allTherapists'];
  rooms: SchedulingCatalogQuery['allRooms'];
  serviceTypes: SchedulingCatalogQuery['allServiceTypes'];
}

export async function fetchCatalog(): Promise<SchedulingCatalog> {
  const data = await callQuery(SCHEDULING_CATALOG, {});
  return { clinic: data.clinicSettings, therapists: data.allTherapists, rooms: data.allRooms, serviceTypes: data.allServiceTypes };
}

export const CATALOG_KEY = ['backtrack', 'schedulingCatalog'] as const;
export const SCHEDULE_KEY = ['backtrack', 'schedule'] as const;

export function useCatalog() {
  return useQuery({ queryKey: CATALOG_KEY, queryFn: fetchCatalog, staleTime: 60_000 });
}

/** After a booking or a catalogue change: the schedule and the catalogue it caches read again. */
export function useInvalidateScheduling() {
  const client = useQueryClient();
  return useCallback(() => {
    void client.invalidateQueries({ queryKey: SCHEDULE_KEY });
    void client.invalidateQueries({ queryKey: CATALOG_KEY });
  }, [client]);
}
