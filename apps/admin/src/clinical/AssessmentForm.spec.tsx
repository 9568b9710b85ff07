import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { scoreResponses } from '@backtrack/domain';
import { AssessmentForm } from './AssessmentForm';
import { previewScore } from './livePreview';

const ODI_SECTIONS = [
  'Pain intensity',
  'Personal care',
  'Lifting',
  'Walking',
  'Sitting',
  'Standing',
  'Sleeping',
  'Sex life',
  'Social life',
  'Travelling',
];

function answerSection(name: string, value: string) {
  fireEvent.change(screen.getByLabelText(name), { target: { value } });
}

const liveScore = () => screen.getByRole('status', { name: 'Live score' });

describe('previewScore', () => {
  it('is the domain’s own score', () => {
    const responses = [3, 2, 2, 2, 2, 2, 2, 2, 2, 3];
    const { score, normalized } = scoreResponses('ODI', responses);
    expect(previewScore('ODI', responses)).toEqual({ status: 'scored', score, normalized, band: 'Severe disability (41–60%)' });
  });

  it('waits for unanswered items and names too many skipped sections at once', () => {
    expect(previewScore('ODI', [1, undefined, 2, undefined, 1, 1, 1, 1, 1, 1])).toEqual({ status: 'incomplete', remaining: 2 });
    const preview = previewScore('ODI', [null, 1, null, 1, 1, null, undefined, 1, 1, 1]);
    expect(preview).toMatchObject({ status: 'invalid', items: [0, 2, 5] });
    expect(preview.status === 'invalid' && preview.message).toMatch(
      /at most 2 skipped sections; 3 are skipped: Pain intensity, Lifting and Standing/,
    );
  });
});

describe('ODI form', () => {
  it('labels each section, shows the live score and band, and saves the responses in order', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    render(<AssessmentForm instrument="ODI" mode="record" onSubmit={onSubmit} />);
    expect(liveScore()).toHaveTextContent('10 items left');
    ODI_SECTIONS.forEach((name, i) => answerSection(name, i === 0 || i === 9 ? '3' : '2'));
    expect(within(liveScore()).getByTestId('live-score')).toHaveTextContent('ODI 44%');
    expect(within(liveScore()).getByTestId('live-band')).toHaveTextContent('Severe disability (41–60%)');

    // Options are the integers 0–5 plus "skipped": nothing else can be entered.
    const options = within(screen.getByLabelText('Lifting'))
      .getAllByRole('option')
      .map((o) => o.getAttribute('value'));
    expect(options).toEqual(['', '0', '1', '2', '3', '4', '5', 'skip']);

    fireEvent.click(screen.getByRole('button', { name: 'Save ODI' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0].responses).toEqual([3, 2, 2, 2, 2, 2, 2, 2, 2, 3]);
  });

  it('scores over the answered sections when two are skipped, and refuses a third, naming it', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    render(<AssessmentForm instrument="ODI" mode="record" onSubmit={onSubmit} />);
    ODI_SECTIONS.forEach((name) => answerSection(name, '2'));
    answerSection('Sex life', 'skip');
    answerSection('Travelling', 'skip');
    expect(within(liveScore()).getByTestId('live-score')).toHaveTextContent('ODI 40%');
    expect(within(liveScore()).getByTestId('live-band')).toHaveTextContent('Moderate disability');

    answerSection('Standing', 'skip');
    const error = within(liveScore()).getByRole('alert');
    expect(error).toHaveTextContent('ODI allows at most 2 skipped sections; 3 are skipped: Standing, Sex life and Travelling');
    expect(screen.getByLabelText('Standing')).toHaveAttribute('aria-invalid', 'true');
    expect(within(liveScore()).queryByTestId('live-score')).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Save ODI' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('ODI entry fit for clinicians', () => {
  it('says what each end of a section means, and shows the clinic’s licensed wording where entered', () => {
    const wording = ODI_SECTIONS.map((name, i) => `${i + 1}. ${name}: licensed statements as the clinic holds them`);
    render(<AssessmentForm instrument="ODI" mode="record" licensedText={wording} onSubmit={jest.fn()} />);
    const options = within(screen.getByLabelText('Lifting'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options.slice(1, 7)).toEqual([
      '0 — The first statement',
      '1 — Statement 2',
      '2 — Statement 3',
      '3 — Statement 4',
      '4 — Statement 5',
      '5 — The last, most severe statement',
    ]);
    expect(screen.getByText('3. Lifting: licensed statements as the clinic holds them')).toBeInTheDocument();
  });

  it('uses plain anchors without licensed wording, and a whole ODI is typed from the keyboard', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    render(<AssessmentForm instrument="ODI" mode="record" onSubmit={onSubmit} />);
    const options = within(screen.getByLabelText('Walking'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options.slice(1, 7)).toEqual([
      '0 — No problem',
      '1 — Mild',
      '2 — Moderate',
      '3 — Fairly severe',
      '4 — Very severe',
      '5 — As bad as it can be',
    ]);
    // Tab into each section and pick its value with the keyboard, then save with Enter
    await user.click(screen.getByLabelText('Pain intensity'));
    for (const [i, name] of ODI_SECTIONS.entries()) {
      expect(screen.getByLabelText(name)).toHaveFocus();
      await user.selectOptions(screen.getByLabelText(name), String(i % 6));
      await user.tab();
    }
    expect(within(liveScore()).getByTestId('live-score')).toHaveTextContent('ODI');
    fireEvent.click(screen.getByRole('button', { name: 'Save ODI' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0].responses).toEqual([0, 1, 2, 3, 4, 5, 0, 1, 2, 3]);
  });
});

describe('PSFS form', () => {
  it('takes three named activities rated 0–10 and previews their mean', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    render(<AssessmentForm instrument="PSFS" mode="record" onSubmit={onSubmit} />);
    const sliders = screen.getAllByRole('slider');
    expect(sliders).toHaveLength(3);
    expect(sliders[0]).toHaveAttribute('min', '0');
    expect(sliders[0]).toHaveAttribute('max', '10');
    expect(sliders[0]).toHaveAttribute('step', '1');

    await user.type(screen.getByLabelText('Activity 1 name'), 'Lifting my toddler');
    await user.type(screen.getByLabelText('Activity 2 name'), 'Gardening ');
    await user.type(screen.getByLabelText('Activity 3 name'), 'Sitting through a work meeting');
    [3, 4, 6].forEach((v, i) => fireEvent.change(sliders[i]!, { target: { value: String(v) } }));
    expect(within(liveScore()).getByTestId('live-score')).toHaveTextContent('PSFS 4.33 / 10');
    expect(liveScore()).toHaveTextContent('Normalized 57 / 100');

    // A fourth and fifth activity may be added, not a sixth.
    await user.click(screen.getByRole('button', { name: 'Add activity' }));
    await user.click(screen.getByRole('button', { name: 'Add activity' }));
    expect(screen.queryByRole('button', { name: 'Add activity' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Activity 5' }));
    await user.click(screen.getByRole('button', { name: 'Remove Activity 4' }));

    await user.click(screen.getByRole('button', { name: 'Save PSFS' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toEqual({
      responses: [3, 4, 6],
      activities: ['Lifting my toddler', 'Gardening', 'Sitting through a work meeting'],
    });
  });

  it('prefills the amended version’s activity names and sends them, renamed or added to', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    render(
      <AssessmentForm
        instrument="PSFS"
        mode="amend"
        initial={[2, 3, 4]}
        initialActivities={['Lifting my toddler', 'Gardening', 'Sitting through a work meeting']}
        onSubmit={onSubmit}
      />,
    );
    expect(screen.getByLabelText('Activity 1 name')).toHaveValue('Lifting my toddler');
    expect(screen.getByLabelText('Activity 3 name')).toHaveValue('Sitting through a work meeting');
    expect(within(liveScore()).getByTestId('live-score')).toHaveTextContent('PSFS 3 / 10');

    await user.clear(screen.getByLabelText('Activity 2 name'));
    await user.type(screen.getByLabelText('Activity 2 name'), 'Weeding the garden');
    await user.click(screen.getByRole('button', { name: 'Add activity' }));
    fireEvent.change(screen.getAllByRole('slider')[3]!, { target: { value: '6' } });
    await user.type(screen.getByLabelText(/Reason for the amendment/), 'Patient named a fourth activity');
    await user.click(screen.getByRole('button', { name: 'Save amendment' }));
    // The new activity has no name yet.
    expect(await screen.findByText('Name the activity')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Activity 4 name'), 'Driving an hour');
    await user.click(screen.getByRole('button', { name: 'Save amendment' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        responses: [2, 3, 4, 6],
        activities: ['Lifting my toddler', 'Weeding the garden', 'Sitting through a work meeting', 'Driving an hour'],
        reason: 'Patient named a fourth activity',
      }),
    );
  });

  it('asks for names when amending a version saved without them', async () => {
    const onSubmit = jest.fn();
    render(<AssessmentForm instrument="PSFS" mode="amend" initial={[5, 5, 5]} initialActivities={[]} onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText(/Reason for the amendment/), { target: { value: 'Adding the activity names' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save amendment' }));
    expect(await screen.findAllByText('Name the activity')).toHaveLength(3);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks for a name for each activity', async () => {
    const onSubmit = jest.fn();
    render(<AssessmentForm instrument="PSFS" mode="record" onSubmit={onSubmit} />);
    screen.getAllByRole('slider').forEach((s) => fireEvent.change(s, { target: { value: '5' } }));
    fireEvent.click(screen.getByRole('button', { name: 'Save PSFS' }));
    expect(await screen.findAllByText('Name the activity')).toHaveLength(3);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('RMDQ form', () => {
  it('counts ticked statements out of 24 and sends 24 answers of 0 or 1', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    render(<AssessmentForm instrument="RMDQ" mode="record" onSubmit={onSubmit} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(24);
    expect(within(liveScore()).getByTestId('live-score')).toHaveTextContent('RMDQ 0 / 24');
    for (const n of [1, 4, 7, 12, 20, 24]) await user.click(screen.getByLabelText(`Item ${n}`));
    expect(within(liveScore()).getByTestId('live-score')).toHaveTextContent('RMDQ 6 / 24');
    expect(liveScore()).toHaveTextContent('Normalized 25 / 100');
    await user.click(screen.getByRole('button', { name: 'Save RMDQ' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    const { responses } = onSubmit.mock.calls[0][0];
    expect(responses).toHaveLength(24);
    expect(responses.filter((r: number) => r === 1)).toHaveLength(6);
  });
});

describe('NPRS and amendments', () => {
  it('treats an untouched slider as not answered, not as 0', async () => {
    const onSubmit = jest.fn();
    render(<AssessmentForm instrument="NPRS" mode="record" onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save NPRS' }));
    expect(liveScore()).toHaveTextContent('1 item left');
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole('slider'), { target: { value: '6' } });
    expect(within(liveScore()).getByTestId('live-score')).toHaveTextContent('NPRS 6 / 10');
  });

  it('prefills the amended version and requires a reason', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    render(<AssessmentForm instrument="PEG" mode="amend" initial={[6, 5, 4]} onSubmit={onSubmit} />);
    expect(within(liveScore()).getByTestId('live-score')).toHaveTextContent('PEG 5 / 10');
    fireEvent.change(screen.getAllByRole('slider')[0]!, { target: { value: '3' } });
    expect(within(liveScore()).getByTestId('live-score')).toHaveTextContent('PEG 4 / 10');
    await user.click(screen.getByRole('button', { name: 'Save amendment' }));
    expect(await screen.findByText('Say why the recorded answers were wrong')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText(/Reason for the amendment/), 'Transcribed item 1 from the wrong row');
    await user.click(screen.getByRole('button', { name: 'Save amendment' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ responses: [3, 5, 4], reason: 'Transcribed item 1 from the wrong row' }));
  });

  it('shows the server’s refusal', async () => {
    const onSubmit = jest
      .fn()
      .mockRejectedValue(new Error('You can only see or change the clinical record of patients you have a session with'));
    render(<AssessmentForm instrument="NPRS" mode="record" onSubmit={onSubmit} />);
    fireEvent.change(screen.getByRole('slider'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save NPRS' }));
    expect(await screen.findByText(/patients you have a session with/)).toBeInTheDocument();
  });
});
