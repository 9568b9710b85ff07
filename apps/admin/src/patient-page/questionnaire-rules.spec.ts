// The patient's answers checked as the API checks them (the domain's rules), with the one thing the
// page adds: an item not answered yet is asked for, not counted as skipped.
import { answerOf, checkStep, emptyDraft, plainMessage, problemsFromServer, skipsLeft, type AnswerDraft } from './questionnaire-rules';

const odi = (values: AnswerDraft['values']): AnswerDraft => ({ values, names: [] });

describe('emptyDraft', () => {
  it('holds one empty answer per item, and three unnamed activities for PSFS', () => {
    expect(emptyDraft('ODI')).toEqual({ values: Array(10).fill(undefined), names: [] });
    expect(emptyDraft('NPRS')).toEqual({ values: [undefined], names: [] });
    expect(emptyDraft('PSFS')).toEqual({ values: [undefined, undefined, undefined], names: ['', '', ''] });
  });
});

describe('answerOf', () => {
  it('sends skipped items as null and PSFS names trimmed', () => {
    expect(answerOf('ODI', odi([1, 'skip', 2, 3, 0, 0, 1, 'skip', 2, 1]))).toEqual({
      instrument: 'ODI',
      responses: [1, null, 2, 3, 0, 0, 1, null, 2, 1],
    });
    expect(answerOf('PSFS', { values: [3, 5, 7], names: [' Gardening ', 'Driving', 'Lifting my child'] })).toEqual({
      instrument: 'PSFS',
      responses: [3, 5, 7],
      activities: ['Gardening', 'Driving', 'Lifting my child'],
    });
  });
});

describe('checkStep', () => {
  it('accepts a complete answer', () => {
    expect(checkStep('NPRS', { values: [4], names: [] })).toEqual({ general: [], items: {}, names: {} });
    expect(checkStep('ODI', odi([1, 'skip', 2, 3, 0, 0, 1, 'skip', 2, 1]))).toEqual({ general: [], items: {}, names: {} });
  });

  it('asks for every item not answered yet, offering a skip only while skips are left', () => {
    expect(checkStep('ODI', odi([1, undefined, 2, 3, 0, 0, 1, 2, 2, undefined])).items).toEqual({
      1: 'Choose a number, or skip this section',
      9: 'Choose a number, or skip this section',
    });
    const twoSkipped = odi(['skip', 'skip', 2, 3, 0, 0, 1, 2, 2, undefined]);
    expect(skipsLeft('ODI', twoSkipped)).toBe(0);
    expect(checkStep('ODI', twoSkipped).items).toEqual({ 9: 'Choose a number' });
    expect(checkStep('NPRS', emptyDraft('NPRS')).items).toEqual({ 0: 'Choose a number' });
    expect(checkStep('RMDQ', emptyDraft('RMDQ')).items[23]).toBe('Choose no or yes');
  });

  it('says what the domain refuses, naming sections rather than array places', () => {
    const problems = checkStep('ODI', odi(['skip', 'skip', 'skip', 3, 0, 0, 1, 2, 2, 1]));
    expect(problems.general).toEqual(['ODI allows at most 2 missing items, got 3: Pain intensity, Personal care, Lifting']);
    expect(checkStep('ODI', odi([7, 0, 0, 0, 0, 0, 0, 0, 0, 0])).items).toEqual({ 0: 'Must be from 0 to 5, got 7' });
  });

  it('asks PSFS for a name and a rating per activity', () => {
    const problems = checkStep('PSFS', { values: [3, undefined, 8], names: ['Gardening', 'Driving', '  '] });
    expect(problems.items).toEqual({ 1: 'Choose how well you can do this activity today' });
    expect(problems.names).toEqual({ 2: 'Activity 3 needs a name' });
    expect(checkStep('PSFS', { values: [3, 4, 8, 2], names: ['a', 'b', 'c', 'd'] })).toEqual({ general: [], items: {}, names: {} });
  });
});

describe('plainMessage', () => {
  it('drops the API’s instrument and item prefixes at the item', () => {
    expect(plainMessage('ODI', 'Oswestry Disability Index, Lifting: responses[2] (Lifting) must be from 0 to 5, got 7', 2)).toBe(
      'Must be from 0 to 5, got 7',
    );
  });

  it('names items by their label in a message about the whole instrument', () => {
    expect(
      plainMessage(
        'NDI',
        'Neck Disability Index: NDI allows at most 2 missing items, got 3: responses[3] (Reading), responses[4] (Headaches), responses[9] (Recreation)',
      ),
    ).toBe('NDI allows at most 2 missing items, got 3: Reading, Headaches, Recreation');
  });
});

describe('problemsFromServer', () => {
  it('puts each issue on the step and item it names, in the order the answers were sent', () => {
    const server = problemsFromServer(
      [
        {
          field: 'responses[1].responses[2]',
          message: 'Oswestry Disability Index, Lifting: responses[2] (Lifting) must be from 0 to 5, got 9',
        },
        { field: 'responses[0].responses', message: 'Numeric Pain Rating Scale: NPRS expects 1 responses, got 2' },
        { field: 'responses[2].activities[1]', message: 'Activity 2 needs a name' },
        { field: 'responses', message: 'The Neck Disability Index is not answered' },
      ],
      ['NPRS', 'ODI', 'PSFS'],
    );
    expect(server.steps).toEqual({
      NPRS: { general: ['NPRS expects 1 responses, got 2'], items: {}, names: {} },
      ODI: { general: [], items: { 2: 'Must be from 0 to 5, got 9' }, names: {} },
      PSFS: { general: [], items: {}, names: { 1: 'Activity 2 needs a name' } },
    });
    expect(server.general).toEqual(['The Neck Disability Index is not answered']);
  });

  it('keeps an issue naming an instrument that was not sent as a general one', () => {
    expect(problemsFromServer([{ field: 'responses[4].instrument', message: 'PEG is not part of this questionnaire' }], ['NPRS'])).toEqual({
      steps: {},
      general: ['PEG is not part of this questionnaire'],
    });
  });
});
