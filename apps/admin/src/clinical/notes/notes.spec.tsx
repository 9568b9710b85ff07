import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiError } from '../../providers/graphqlErrors';
import { amendTreatmentNote, fetchNoteHistory, type TreatmentNote } from './api';
import { AmendNoteDialog } from './AmendNoteDialog';
import { NoteCard } from './NoteCard';
import { NoteHistoryDialog } from './NoteHistoryDialog';
import { changedFields, soapProblems, blankNote } from './soap';

jest.mock('./api', () => ({ ...jest.requireActual('./api'), amendTreatmentNote: jest.fn(), fetchNoteHistory: jest.fn() }));

const v1: TreatmentNote = {
  id: 'n1',
  rootId: 'n1',
  version: 1,
  isLatest: true,
  sessionId: 's1',
  subjective: 'Pain 6/10 after gardening',
  objective: 'Guarding at L4–L5',
  techniques: ['DEEP_TISSUE', 'TRIGGER_POINT'],
  regions: ['LOWER_BACK'],
  pressure: 'FIRM',
  patientResponse: 'Range of motion improved',
  plan: 'Weekly for 4 weeks',
  nextStep: 'Rebook in 1 week, add hip mobility',
  amendReason: null,
  createdAt: '2026-11-30T10:00:00.000Z',
  authorId: 'u1',
  author: { id: 'u1', name: 'Tess Therapist', role: 'THERAPIST' },
};
const v2: TreatmentNote = {
  ...v1,
  id: 'n2',
  version: 2,
  plan: 'Fortnightly for 6 weeks',
  nextStep: 'Rebook in 2 weeks',
  amendReason: 'Plan agreed by phone',
  createdAt: '2026-12-01T09:00:00.000Z',
  authorId: 'u2',
  author: { id: 'u2', name: 'Olga Owner', role: 'OWNER' },
};

const wrap = (ui: ReactNode) => render(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>);

describe('a session note', () => {
  it('shows S, O (with techniques, regions, pressure), A, P and the next step in their own sections, and who wrote it', () => {
    wrap(<NoteCard note={v1} canAmend onAmended={() => undefined} />);
    const note = screen.getByRole('region', { name: 'Treatment note' });
    expect(within(note).getByRole('region', { name: 'Subjective' })).toHaveTextContent('Pain 6/10 after gardening');
    const objective = within(note).getByRole('region', { name: 'Objective' });
    expect(objective).toHaveTextContent('Guarding at L4–L5');
    expect(objective).toHaveTextContent(/Deep tissue, Trigger point.*Firm pressure.*Lower back/);
    expect(within(note).getByRole('region', { name: 'Assessment / response' })).toHaveTextContent('Range of motion improved');
    const plan = within(note).getByRole('region', { name: 'Plan' });
    expect(plan).toHaveTextContent('Weekly for 4 weeks');
    expect(plan).toHaveTextContent('Next step: Rebook in 1 week, add hip mobility');
    expect(note).toHaveTextContent('by Tess Therapist (Therapist)');
    expect(within(note).getByRole('button', { name: 'Amend' })).toBeInTheDocument();
    // Version 1 has no history to show yet
    expect(within(note).queryByRole('button', { name: 'History' })).toBeNull();
  });

  it('says when a part was not recorded, and offers no Amend to someone who may not amend', () => {
    wrap(<NoteCard note={{ ...v2, subjective: '', plan: '', nextStep: '' }} canAmend={false} onAmended={() => undefined} />);
    expect(screen.getByRole('region', { name: 'Subjective' })).toHaveTextContent('Not recorded');
    expect(screen.getByRole('region', { name: 'Plan' })).toHaveTextContent('Not recorded');
    expect(screen.queryByRole('button', { name: 'Amend' })).toBeNull();
    expect(screen.getByRole('button', { name: 'History' })).toBeInTheDocument();
    expect(screen.getByText(/Version 2, amended .* by Olga Owner \(Owner\)/)).toBeInTheDocument();
  });
});

describe('amending a note', () => {
  beforeEach(() => jest.mocked(amendTreatmentNote).mockReset());

  it('opens prefilled, asks for the reason, and saves the whole corrected note as a new version', async () => {
    jest.mocked(amendTreatmentNote).mockResolvedValue(v2);
    const onSaved = jest.fn();
    wrap(<AmendNoteDialog note={v1} onClose={() => undefined} onSaved={onSaved} />);
    expect(screen.getByLabelText('What the patient reports')).toHaveValue('Pain 6/10 after gardening');
    expect(screen.getByLabelText('Next step')).toHaveValue('Rebook in 1 week, add hip mobility');
    expect(screen.getByRole('checkbox', { name: 'Deep tissue' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Firm' })).toBeChecked();

    fireEvent.change(screen.getByLabelText('Plan'), { target: { value: 'Fortnightly for 6 weeks' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save amendment' }));
    expect(await screen.findByText(/Say why the note is amended/)).toBeInTheDocument();
    expect(amendTreatmentNote).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: /Reason for the amendment/ }), { target: { value: ' Plan agreed by phone ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save amendment' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(v2));
    expect(amendTreatmentNote).toHaveBeenCalledWith(
      'n1',
      {
        subjective: 'Pain 6/10 after gardening',
        objective: 'Guarding at L4–L5',
        techniques: ['DEEP_TISSUE', 'TRIGGER_POINT'],
        regions: ['LOWER_BACK'],
        pressure: 'FIRM',
        patientResponse: 'Range of motion improved',
        plan: 'Fortnightly for 6 weeks',
        nextStep: 'Rebook in 1 week, add hip mobility',
      },
      'Plan agreed by phone',
    );
  });

  it('explains a concurrent amendment by someone else and keeps what was typed', async () => {
    jest.mocked(amendTreatmentNote).mockRejectedValue(new ApiError('This treatment note was amended at the same time', 'CONFLICT'));
    wrap(<AmendNoteDialog note={v1} onClose={() => undefined} onSaved={() => undefined} />);
    fireEvent.change(screen.getByRole('textbox', { name: /Reason for the amendment/ }), { target: { value: 'Typo in the plan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save amendment' }));
    expect(await screen.findByText(/Someone amended this note at the same time/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Reason for the amendment/ })).toHaveValue('Typo in the plan');
  });

  it('refuses a note without technique, region, pressure or response before asking the server', async () => {
    expect(Object.keys(soapProblems(blankNote()))).toEqual(['techniques', 'regions', 'pressure', 'patientResponse']);
    wrap(<AmendNoteDialog note={{ ...v1, patientResponse: '' }} onClose={() => undefined} onSaved={() => undefined} />);
    fireEvent.change(screen.getByRole('textbox', { name: /Reason for the amendment/ }), { target: { value: 'Clearing it' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save amendment' }));
    expect(await screen.findByText('Describe how the patient responded')).toBeInTheDocument();
    expect(amendTreatmentNote).not.toHaveBeenCalled();
  });
});

describe('the history of a note', () => {
  it('lists every version newest first with who, when, why and what changed; earlier versions stay readable', async () => {
    jest.mocked(fetchNoteHistory).mockResolvedValue([v1, { ...v2, isLatest: true }].map((v, i) => ({ ...v, isLatest: i === 1 })));
    wrap(<NoteHistoryDialog note={v2} onClose={() => undefined} />);
    const list = await screen.findByRole('list', { name: 'Versions' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveAccessibleName('Version 2');
    expect(items[0]).toHaveTextContent('Olga Owner (Owner)');
    expect(items[0]).toHaveTextContent('Why: Plan agreed by phone');
    expect(items[0]).toHaveTextContent('Changed: Plan, Next step');
    expect(items[1]).toHaveTextContent('Version 1');
    expect(items[1]).toHaveTextContent('Tess Therapist (Therapist)');
    expect(items[1]).toHaveTextContent('Original note');

    // The earlier version opens to be read in full
    fireEvent.click(within(items[1]!).getByRole('button', { name: /Version 1/ }));
    expect(await within(items[1]!).findByText('Weekly for 4 weeks')).toBeVisible();
  });

  it('names the changed parts in SOAP order, lists compared without regard to order', () => {
    expect(changedFields(v1, { ...v1, techniques: ['TRIGGER_POINT', 'DEEP_TISSUE'] })).toEqual([]);
    expect(changedFields(v1, { ...v1, subjective: 'x', pressure: 'LIGHT', nextStep: '' })).toEqual(['subjective', 'pressure', 'nextStep']);
  });
});
