import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { completeSession, type Session } from './api';
import { CompleteDialog } from './SessionDialogs';

jest.mock('./api', () => ({ ...jest.requireActual('./api'), completeSession: jest.fn() }));

const session = {
  id: 's1',
  patient: { id: 'p1', name: 'Ada Patient', complaintRegion: 'LOWER_BACK' },
  serviceType: { id: 'st1', name: 'Deep tissue 60', modality: 'DEEP_TISSUE' },
} as unknown as Session;

describe('completing a session', () => {
  it('writes the note in SOAP form: S, O with the treatment given, A, P and the next step', async () => {
    jest
      .mocked(completeSession)
      .mockResolvedValue({ ...session, status: 'COMPLETED' } as unknown as Awaited<ReturnType<typeof completeSession>>);
    const onDone = jest.fn();
    render(<CompleteDialog session={session} onClose={() => undefined} onDone={onDone} />);
    for (const part of ['Subjective', 'Objective', 'Assessment', 'Plan']) {
      expect(screen.getByRole('region', { name: part })).toBeInTheDocument();
    }
    // The service's technique and the patient's complaint region are preselected
    expect(screen.getByRole('checkbox', { name: 'Deep tissue' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Lower back' })).toBeChecked();

    fireEvent.click(screen.getByRole('button', { name: 'Complete session' }));
    expect(await screen.findByText('Choose the pressure used')).toBeInTheDocument();
    expect(screen.getByText('Describe how the patient responded')).toBeInTheDocument();
    expect(completeSession).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('What the patient reports'), { target: { value: 'Pain 6/10 ' } });
    fireEvent.change(screen.getByLabelText('Findings'), { target: { value: 'Guarding at L4' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Firm' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Patient response/ }), { target: { value: 'Looser after' } });
    fireEvent.change(screen.getByLabelText('Plan'), { target: { value: 'Weekly for 4 weeks' } });
    fireEvent.change(screen.getByLabelText('Next step'), { target: { value: 'Rebook in 1 week' } });
    fireEvent.click(screen.getByRole('button', { name: 'Complete session' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(completeSession).toHaveBeenCalledWith('s1', {
      subjective: 'Pain 6/10',
      objective: 'Guarding at L4',
      techniques: ['DEEP_TISSUE'],
      regions: ['LOWER_BACK'],
      pressure: 'FIRM',
      patientResponse: 'Looser after',
      plan: 'Weekly for 4 weeks',
      nextStep: 'Rebook in 1 week',
    });
  });
});
