// The questionnaire link, with a fake API: what the patient sees on opening it (nothing is sent), each
// instrument as a step with labelled radio groups, the checks before sending, the API's refusals put
// back on their item, the thank-you, and the pages of a link that can no longer be answered.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LinkError, type PatientApi, type QuestionnaireView } from './api';
import { PatientPage } from './PatientPage';
import { ANSWERED_MESSAGE, CANCELLED_MESSAGE, EXPIRED_MESSAGE } from './QuestionnairePage';

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

function questionnaire(overrides: Partial<QuestionnaireView> = {}): QuestionnaireView {
  return {
    clinicName: 'Riverside Back Care',
    timezone: 'America/New_York',
    occasion: 'BASELINE',
    status: 'PENDING',
    instruments: ['ODI', 'NPRS'],
    licensedItemText: [],
    // 10:00 EST in New York.
    expiresAt: '2099-01-13T15:00:00.000Z',
    answeredAt: null,
    ...overrides,
  };
}

function fakeApi(overrides: Partial<Record<keyof PatientApi, jest.Mock>> = {}) {
  return {
    view: jest.fn(),
    confirm: jest.fn(),
    cancel: jest.fn(),
    claim: jest.fn(),
    optOut: jest.fn(),
    questionnaire: jest.fn().mockResolvedValue(questionnaire()),
    submitQuestionnaire: jest.fn().mockResolvedValue(questionnaire({ status: 'ANSWERED', answeredAt: '2099-01-12T10:00:00.000Z' })),
    ...overrides,
  } satisfies Record<keyof PatientApi, jest.Mock>;
}

function open(api: PatientApi, token = 'tok.sig') {
  return render(<PatientPage location={{ pathname: '/p/questionnaire', search: `?token=${token}` }} api={api} />);
}

const section = (name: string) => screen.getByRole('group', { name: new RegExp(`^\\d+ ${name}$`) });
const choose = (user: ReturnType<typeof userEvent.setup>, group: HTMLElement, value: RegExp | string) =>
  user.click(within(group).getByRole('radio', { name: value }));

/** Answers every ODI section with `values` (a number or 'skip'). */
async function answerOdi(user: ReturnType<typeof userEvent.setup>, values: (number | 'skip')[]) {
  for (const [i, name] of ODI_SECTIONS.entries()) {
    const value = values[i]!;
    await choose(user, section(name), value === 'skip' ? 'Skip this section' : new RegExp(`^${value}(,|$)`));
  }
}

describe('opening a questionnaire link', () => {
  it('shows the clinic, why it asks, by when, and the first step; nothing is sent', async () => {
    const api = fakeApi();
    open(api);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your back in daily life' })).toBeInTheDocument();
    expect(screen.getByText('Riverside Back Care', { selector: '.pp-clinic' })).toBeInTheDocument();
    expect(screen.getByText('Oswestry Disability Index')).toBeInTheDocument();
    expect(screen.getByText(/Before your first visit, please tell us how you are today/)).toBeInTheDocument();
    expect(screen.getByText(/Please answer before your visit on/)).toHaveTextContent(
      'Please answer before your visit on Tuesday 13 January 2099 at 10:00 EST.',
    );
    expect(screen.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('aria-valuetext', 'Step 1 of 2, 0 of 10 answered');
    expect(screen.getByText('Step 1 of 2')).toBeInTheDocument();
    expect(api.questionnaire).toHaveBeenCalledWith('tok.sig');
    expect(api.submitQuestionnaire).not.toHaveBeenCalled();
    expect(document.title).toBe('Your back in daily life – Riverside Back Care');
  });

  it.each([
    ['PROGRESS', /part way through your treatment/, /^Please answer by Tuesday 13 January 2099 at 10:00 EST\./],
    ['FOLLOW_UP', /whether the improvement has lasted/, /^Please answer by/],
  ] as const)('%s says why it asks', async (occasion, intro, deadline) => {
    open(fakeApi({ questionnaire: jest.fn().mockResolvedValue(questionnaire({ occasion })) }));
    expect(await screen.findByText(intro)).toBeInTheDocument();
    expect(screen.getByText(/^Please answer by/)).toHaveTextContent(deadline);
  });

  it('shows ODI sections by name with what 0 and 5 mean, as labelled radio groups', async () => {
    open(fakeApi());
    const lifting = await screen.findByRole('group', { name: '3 Lifting' });
    expect(lifting).toHaveAccessibleDescription('0 = No problem 5 = As bad as it can be');
    const radios = within(lifting).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['0', '1', '2', '3', '4', '5', 'skip']);
    expect(within(lifting).getByRole('radio', { name: '0, No problem' })).toBeInTheDocument();
    expect(within(lifting).getByRole('radio', { name: '5, As bad as it can be' })).toBeInTheDocument();
    expect(within(lifting).getByRole('radio', { name: '3' })).toBeInTheDocument();
  });

  it('shows the clinic’s licensed wording instead, read against its statements', async () => {
    const items = ODI_SECTIONS.map((name) => `${name}: the clinic's licensed statements for this section`);
    open(fakeApi({ questionnaire: jest.fn().mockResolvedValue(questionnaire({ licensedItemText: [{ instrument: 'ODI', items }] })) }));
    const lifting = await screen.findByRole('group', { name: '3 Lifting' });
    expect(within(lifting).getByText("Lifting: the clinic's licensed statements for this section")).toBeInTheDocument();
    expect(lifting).toHaveAccessibleDescription(
      "Lifting: the clinic's licensed statements for this section 0 = The first statement 5 = The last, most severe statement",
    );
    expect(screen.getByText(/Each section lists statements from the least to the most severe/)).toBeInTheDocument();
  });

  it('answers with the keyboard: arrows move within a group', async () => {
    const user = userEvent.setup();
    open(fakeApi());
    const pain = await screen.findByRole('group', { name: '1 Pain intensity' });
    await user.click(within(pain).getByRole('radio', { name: '2' }));
    await user.keyboard('{ArrowRight}');
    expect(within(pain).getByRole('radio', { name: '3' })).toBeChecked();
    expect(within(pain).getByRole('radio', { name: '3' })).toHaveFocus();
  });
});

describe('answering', () => {
  it('goes through each instrument, sends the answers once and thanks the patient', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    open(api);
    await screen.findByRole('heading', { level: 1, name: 'Your back in daily life' });
    await answerOdi(user, [2, 1, 3, 2, 'skip', 1, 2, 0, 1, 1]);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', 'Step 1 of 2, 10 of 10 answered');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your pain right now' })).toHaveFocus();
    expect(screen.getByText('Step 2 of 2')).toBeInTheDocument();
    const pain = screen.getByRole('group', { name: 'How bad is your pain right now?' });
    expect(pain).toHaveAccessibleDescription('0 = No pain 10 = Worst pain imaginable');
    expect(within(pain).getAllByRole('radio')).toHaveLength(11);
    // Back keeps what was answered.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(within(section('Lifting')).getByRole('radio', { name: '3' })).toBeChecked();
    expect(within(section('Sitting')).getByRole('radio', { name: 'Skip this section' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await choose(user, screen.getByRole('group', { name: 'How bad is your pain right now?' }), '6');
    expect(api.submitQuestionnaire).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Thank you!' })).toHaveFocus();
    expect(screen.getByText('Your answers have been sent to Riverside Back Care.')).toBeInTheDocument();
    expect(screen.getByText('Your therapist will go through them with you at your first visit.')).toBeInTheDocument();
    expect(api.submitQuestionnaire).toHaveBeenCalledTimes(1);
    expect(api.submitQuestionnaire).toHaveBeenCalledWith('tok.sig', [
      { instrument: 'ODI', responses: [2, 1, 3, 2, null, 1, 2, 0, 1, 1] },
      { instrument: 'NPRS', responses: [6] },
    ]);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('marks every item not answered, moves focus to the first, and stays on the step', async () => {
    const user = userEvent.setup();
    open(fakeApi());
    await screen.findByRole('group', { name: '1 Pain intensity' });
    await choose(user, section('Pain intensity'), /^1/);
    await choose(user, section('Personal care'), /^1/);
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Please answer the questions marked below.');
    expect(within(section('Lifting')).getByText('Choose a number, or skip this section')).toBeInTheDocument();
    expect(section('Travelling')).toHaveAccessibleDescription(/Choose a number, or skip this section/);
    expect(within(section('Lifting')).getAllByRole('radio')[0]).toHaveFocus();
    expect(within(section('Pain intensity')).queryByText(/Choose a number/)).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your back in daily life');
    // Answering an item clears its mark at once.
    await choose(user, section('Lifting'), /^0/);
    expect(within(section('Lifting')).queryByText(/Choose a number/)).toBeNull();
  });

  it('lets the patient skip at most two ODI sections', async () => {
    const user = userEvent.setup();
    open(fakeApi());
    await screen.findByRole('group', { name: '1 Pain intensity' });
    await choose(user, section('Sex life'), 'Skip this section');
    await choose(user, section('Travelling'), 'Skip this section');
    const walking = section('Walking');
    expect(within(walking).getByRole('radio', { name: 'Skip this section' })).toBeDisabled();
    expect(within(walking).getByRole('radio', { name: 'Skip this section' })).toHaveAccessibleDescription('2 skipped already');
    // Changing a skipped section back to a number frees a skip.
    await choose(user, section('Travelling'), /^0/);
    expect(within(walking).getByRole('radio', { name: 'Skip this section' })).toBeEnabled();
  });

  it('PSFS: the patient names three to five activities and rates each', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ questionnaire: jest.fn().mockResolvedValue(questionnaire({ instruments: ['PSFS'], occasion: 'PROGRESS' })) });
    open(api);
    expect(await screen.findByRole('heading', { level: 1, name: 'Activities you find hard' })).toBeInTheDocument();
    expect(screen.getAllByLabelText('What activity?')).toHaveLength(3);
    const activity = (n: number) => screen.getByRole('region', { name: `Activity ${n}` });
    await user.type(within(activity(1)).getByLabelText('What activity?'), 'Gardening');
    await user.type(within(activity(2)).getByLabelText('What activity?'), 'Driving to work');
    const rating = within(activity(1)).getByRole('group', { name: 'How well can you do this today: Gardening?' });
    expect(rating).toHaveAccessibleDescription('0 = Unable to perform the activity 10 = Able to perform it as before the problem');
    await choose(user, rating, '4');
    await choose(user, within(activity(2)).getByRole('group'), /^10/);
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    expect(await within(activity(3)).findByText('Activity 3 needs a name')).toBeInTheDocument();
    expect(within(activity(3)).getByText('Choose how well you can do this activity today')).toBeInTheDocument();
    expect(within(activity(3)).getByLabelText('What activity?')).toHaveFocus();
    expect(api.submitQuestionnaire).not.toHaveBeenCalled();

    await user.type(within(activity(3)).getByLabelText('What activity?'), 'Sleeping through the night');
    await choose(user, within(activity(3)).getByRole('group'), '2');
    await user.click(screen.getByRole('button', { name: 'Add another activity' }));
    await user.type(within(activity(4)).getByLabelText('What activity?'), 'Tennis');
    await user.click(within(activity(4)).getByRole('button', { name: 'Remove activity 4' }));
    expect(screen.queryByRole('region', { name: 'Activity 4' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    await screen.findByRole('heading', { level: 1, name: 'Thank you!' });
    expect(api.submitQuestionnaire).toHaveBeenCalledWith('tok.sig', [
      { instrument: 'PSFS', responses: [4, 10, 2], activities: ['Gardening', 'Driving to work', 'Sleeping through the night'] },
    ]);
  });

  it('puts the API’s refusal back on the step and item it names', async () => {
    const user = userEvent.setup();
    const message = 'Oswestry Disability Index, Lifting: responses[2] (Lifting) must be from 0 to 5, got 9';
    const api = fakeApi({
      submitQuestionnaire: jest
        .fn()
        .mockRejectedValue(new LinkError(message, 'BAD_USER_INPUT', [{ field: 'responses[0].responses[2]', message }])),
    });
    open(api);
    await screen.findByRole('group', { name: '1 Pain intensity' });
    await answerOdi(user, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await choose(user, await screen.findByRole('group', { name: 'How bad is your pain right now?' }), '3');
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your back in daily life' })).toBeInTheDocument();
    const lifting = section('Lifting');
    expect(within(lifting).getByText('Must be from 0 to 5, got 9')).toBeInTheDocument();
    await waitFor(() => expect(within(lifting).getAllByRole('radio')[0]).toHaveFocus());
    // The answers are kept, to correct and send again.
    expect(within(section('Walking')).getByRole('radio', { name: '1' })).toBeChecked();
  });

  it('keeps the answers and the button when the server cannot take them right now', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      questionnaire: jest.fn().mockResolvedValue(questionnaire({ instruments: ['NPRS'] })),
      submitQuestionnaire: jest
        .fn()
        .mockRejectedValueOnce(new LinkError('Too many attempts from this address. Try again later.', 'RATE_LIMITED'))
        .mockResolvedValue(questionnaire({ instruments: ['NPRS'], status: 'ANSWERED' })),
    });
    open(api);
    await choose(user, await screen.findByRole('group', { name: 'How bad is your pain right now?' }), /^0/);
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts from this address. Try again later.');
    expect(screen.getByRole('radio', { name: '0, No pain' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    await screen.findByRole('heading', { level: 1, name: 'Thank you!' });
    expect(api.submitQuestionnaire).toHaveBeenLastCalledWith('tok.sig', [{ instrument: 'NPRS', responses: [0] }]);
  });

  it('after a conflict (answered on another device) reads the link again and says it is done', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      questionnaire: jest
        .fn()
        .mockResolvedValueOnce(questionnaire({ instruments: ['NPRS'] }))
        .mockResolvedValue(questionnaire({ instruments: ['NPRS'], status: 'ANSWERED', answeredAt: '2099-01-12T10:00:00.000Z' })),
      submitQuestionnaire: jest.fn().mockRejectedValue(new LinkError(ANSWERED_MESSAGE, 'CONFLICT')),
    });
    open(api);
    await choose(user, await screen.findByRole('group', { name: 'How bad is your pain right now?' }), '5');
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You have already answered' })).toHaveFocus();
    expect(api.questionnaire).toHaveBeenCalledTimes(2);
  });

  it('an answer window that closed meanwhile shows the server’s words', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      questionnaire: jest
        .fn()
        .mockResolvedValueOnce(questionnaire({ instruments: ['NPRS'] }))
        .mockResolvedValue(questionnaire({ instruments: ['NPRS'], status: 'EXPIRED' })),
      submitQuestionnaire: jest
        .fn()
        .mockRejectedValue(new LinkError(EXPIRED_MESSAGE, 'BAD_USER_INPUT', [{ field: 'token', message: EXPIRED_MESSAGE }])),
    });
    open(api);
    await choose(user, await screen.findByRole('group', { name: 'How bad is your pain right now?' }), '5');
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'This questionnaire has closed' })).toBeInTheDocument();
    expect(screen.getByText(EXPIRED_MESSAGE)).toBeInTheDocument();
  });
});

describe('a questionnaire link that cannot be answered', () => {
  it.each([
    ['ANSWERED', 'You have already answered', ANSWERED_MESSAGE],
    ['EXPIRED', 'This questionnaire has closed', EXPIRED_MESSAGE],
    ['CANCELLED', 'This questionnaire is no longer needed', CANCELLED_MESSAGE],
  ] as const)('%s: a clear page with no buttons', async (status, title, message) => {
    open(fakeApi({ questionnaire: jest.fn().mockResolvedValue(questionnaire({ status, answeredAt: '2099-01-12T10:00:00.000Z' })) }));
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('says when an answered questionnaire reached the clinic', async () => {
    open(
      fakeApi({
        questionnaire: jest.fn().mockResolvedValue(questionnaire({ status: 'ANSWERED', answeredAt: '2099-01-12T10:00:00.000Z' })),
      }),
    );
    expect(await screen.findByText('Your answers reached Riverside Back Care on Monday 12 January 2099.')).toBeInTheDocument();
  });

  it('a tampered link is refused in the server’s words', async () => {
    const message = 'This link is not valid. Please check that you opened the whole link, or contact the clinic.';
    open(fakeApi({ questionnaire: jest.fn().mockRejectedValue(new LinkError(message, 'BAD_USER_INPUT', [{ field: 'token', message }])) }));
    expect(await screen.findByRole('heading', { level: 1, name: 'This link cannot be used' })).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
