// A session's SOAP note: the latest version, its amendment and its history (every version, with who
// wrote it and why). Operation names start with "notes" (codegen needs them unique across the admin).
import { graphql } from '../../graphql';
import type { NoteFieldsFragment, TreatmentNoteInput } from '../../graphql/graphql';
import { callMutation, callQuery } from '../../providers/graphqlClient';

export const NOTE_FIELDS = graphql(`
  fragment NoteFields on TreatmentNote {
    id
    rootId
    version
    isLatest
    sessionId
    subjective
    objective
    techniques
    regions
    pressure
    patientResponse
    plan
    nextStep
    amendReason
    createdAt
    authorId
    author {
      id
      name
      role
    }
  }
`);

export type TreatmentNote = NoteFieldsFragment;
export type { TreatmentNoteInput };

const NOTE_OF_SESSION = graphql(`
  query notesOfSession($sessionId: ID!) {
    treatmentNote(sessionId: $sessionId) {
      ...NoteFields
    }
  }
`);

/** The session's note (latest version); null before the session is completed. */
export async function fetchSessionNote(sessionId: string): Promise<TreatmentNote | null> {
  return (await callQuery(NOTE_OF_SESSION, { sessionId })).treatmentNote;
}

const NOTE_HISTORY = graphql(`
  query notesHistory($rootId: ID!) {
    treatmentNoteHistory(rootId: $rootId) {
      ...NoteFields
    }
  }
`);

/** Every version of a note, oldest first. */
export async function fetchNoteHistory(rootId: string): Promise<TreatmentNote[]> {
  return (await callQuery(NOTE_HISTORY, { rootId })).treatmentNoteHistory;
}

const AMEND_NOTE = graphql(`
  mutation notesAmend($id: ID!, $input: TreatmentNoteInput!, $reason: String!) {
    amendTreatmentNote(id: $id, input: $input, reason: $reason) {
      ...NoteFields
    }
  }
`);

export async function amendTreatmentNote(id: string, input: TreatmentNoteInput, reason: string): Promise<TreatmentNote> {
  return (await callMutation(AMEND_NOTE, { id, input, reason })).amendTreatmentNote;
}

/** Queries of one session's note start with this key, so an amendment refreshes them all. */
export const sessionNoteKey = (sessionId: string) => ['backtrack', 'treatmentNote', sessionId] as const;
