import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CURRENT_SCREENING_VERSION, screeningForm } from '@backtrack/domain';
import { AdminContext, memoryStore } from 'react-admin';
import { ScreeningDialog } from './ScreeningDialogs';
import { recordScreening } from './api';

jest.mock('./api', () => ({ ...jest.requireActual('./api'), recordScreening: jest.fn() }));

function renderDialog() {
  const onClose = jest.fn();
  render(
    <AdminContext store={memoryStore()}>
      <ScreeningDialog patientId="p1" patientName="Ana Silva" open onClose={onClose} />
    </AdminContext>,
  );
  return { onClose };
}

describe('screening dialog', () => {
  beforeEach(() => jest.mocked(recordScreening).mockReset());

  it('asks the contraindications, the back-pain red flags and the precautions of the current form', () => {
    renderDialog();
    for (const question of screeningForm(CURRENT_SCREENING_VERSION).questions) {
      expect(screen.getByRole('checkbox', { name: question.label })).not.toBeChecked();
    }
    expect(screen.getByText(/Red flags: ask every back-pain patient/)).toBeInTheDocument();
    expect(screen.getByText(/Precautions: they do not stop booking/)).toBeInTheDocument();
  });

  it('warns that a red flag needs clearance, and that a precaution only warns the therapist', async () => {
    const user = userEvent.setup();
    renderDialog();
    await user.click(screen.getByRole('checkbox', { name: 'Takes blood thinners (anticoagulants)' }));
    expect(screen.getByText(/use light pressure and avoid deep work\. Therapists see this/)).toBeInTheDocument();
    expect(screen.queryByText(/Saving this screening sets the patient to/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /saddle area/ }));
    expect(screen.getByText(/Saving this screening sets the patient to/)).toBeInTheDocument();
  });

  it('sends an answer to every question, the four contraindications as their own fields too', async () => {
    const user = userEvent.setup();
    jest
      .mocked(recordScreening)
      .mockResolvedValue({ id: 's1', contraindications: ['acuteInjury'], patientClearanceStatus: 'NEEDS_MEDICAL_CLEARANCE' });
    const { onClose } = renderDialog();
    await user.click(screen.getByRole('checkbox', { name: 'Acute injury with inflammation or swelling' }));
    await user.click(screen.getByRole('checkbox', { name: 'Pregnant' }));
    await user.click(screen.getByRole('button', { name: 'Save screening' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const input = jest.mocked(recordScreening).mock.calls[0]![0];
    expect(input).toMatchObject({
      patientId: 'p1',
      acuteInjury: true,
      suspectedFracture: false,
      severeNerveSymptoms: false,
      recentSpinalSurgery: false,
    });
    expect(input.answers).toHaveLength(screeningForm(CURRENT_SCREENING_VERSION).questions.length);
    expect(input.answers?.filter((a) => a.yes).map((a) => a.key)).toEqual(['acuteInjury', 'pregnancy']);
  });
});
