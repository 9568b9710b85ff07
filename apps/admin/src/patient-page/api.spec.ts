// What reaches the patient from the API's errors: its own wording for a bad link, a conflict or the
// rate limit; never the text of an internal error or a failed request.
import { httpPatientApi, LinkError, linkErrorOf, UNAVAILABLE_MESSAGE } from './api';

describe('linkErrorOf', () => {
  it('keeps the issue’s message of a bad token, without the field name', () => {
    const error = linkErrorOf({
      message: 'token: This link has expired. Please contact the clinic.',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'token',
        issues: [{ field: 'token', message: 'This link has expired. Please contact the clinic.' }],
      },
    });
    expect(error).toEqual(new LinkError('This link has expired. Please contact the clinic.', 'BAD_USER_INPUT'));
  });

  it('keeps each issue of a refused answer, for the form to place', () => {
    const issues = [
      {
        field: 'responses[0].responses[2]',
        message: 'Oswestry Disability Index, Lifting: responses[2] (Lifting) must be from 0 to 5, got 7',
      },
      { field: 'responses[1].activities[0]', message: 'Activity 1 needs a name' },
    ];
    const error = linkErrorOf({
      message: 'responses[0].responses[2]: …',
      extensions: { code: 'BAD_USER_INPUT', issues: [...issues, { field: 3 }] },
    });
    expect(error.issues).toEqual(issues);
    expect(error.message).toBe(`${issues[0]!.message} ${issues[1]!.message}`);
  });

  it('strips the field name when there are no issues', () => {
    expect(linkErrorOf({ message: 'token: This link is not valid.', extensions: { code: 'BAD_USER_INPUT' } }).message).toBe(
      'This link is not valid.',
    );
  });

  it.each(['CONFLICT', 'RATE_LIMITED'])('shows the message of %s', (code) => {
    expect(linkErrorOf({ message: 'Sorry, this time was just taken.', extensions: { code } })).toMatchObject({
      code,
      message: 'Sorry, this time was just taken.',
    });
  });

  it.each([
    { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    { message: 'TypeError: cannot read x of undefined', extensions: {} },
    { message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
  ])('hides %j', (body) => {
    expect(linkErrorOf(body)).toEqual(new LinkError(UNAVAILABLE_MESSAGE, 'UNAVAILABLE'));
  });
});

describe('httpPatientApi', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  function answer(status: number, body: unknown) {
    const fetchMock = jest
      .fn()
      .mockResolvedValue(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
    global.fetch = fetchMock;
    return fetchMock;
  }

  it('posts the operation with its fragment and the token to /graphql', async () => {
    const fetchMock = answer(200, { data: { confirmSessionByLink: { purpose: 'CONFIRM' } } });
    await expect(httpPatientApi.confirm('tok.sig')).resolves.toEqual({ purpose: 'CONFIRM' });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/graphql');
    const body = JSON.parse(init.body);
    expect(body.variables).toEqual({ token: 'tok.sig' });
    expect(body.query).toMatch(/mutation PatientConfirmSession/);
    expect(body.query).toMatch(/fragment PatientLinkViewFields on PatientLinkView/);
  });

  it('sends an empty reason as none', async () => {
    const fetchMock = answer(200, { data: { cancelSessionByLink: { purpose: 'CANCEL' } } });
    await httpPatientApi.cancel('t', '   ');
    expect(JSON.parse(fetchMock.mock.calls[0][1].body).variables).toEqual({ token: 't', reason: null });
  });

  it('reads the errors of a refused request (HTTP 400)', async () => {
    answer(400, {
      errors: [{ message: 'token: Bad', extensions: { code: 'BAD_USER_INPUT', issues: [{ field: 'token', message: 'Bad' }] } }],
    });
    await expect(httpPatientApi.view('t')).rejects.toEqual(new LinkError('Bad', 'BAD_USER_INPUT'));
  });

  it('sends a questionnaire’s answers with the token', async () => {
    const fetchMock = answer(200, { data: { submitQuestionnaire: { status: 'ANSWERED' } } });
    const answers = [
      { instrument: 'ODI' as const, responses: [1, null, 2, 3, 0, 0, 1, 1, 2, 1] },
      { instrument: 'PSFS' as const, responses: [3, 4, 5], activities: ['Gardening', 'Driving', 'Lifting'] },
    ];
    await expect(httpPatientApi.submitQuestionnaire('t', answers)).resolves.toEqual({ status: 'ANSWERED' });
    const body = JSON.parse(fetchMock.mock.calls[0][1].body);
    expect(body.variables).toEqual({ token: 't', responses: answers });
    expect(body.query).toMatch(/mutation PatientQuestionnaireSubmit/);
    expect(body.query).toMatch(/fragment PatientQuestionnaireFields on PatientQuestionnaire/);
  });

  it('reads a questionnaire by its link', async () => {
    const fetchMock = answer(200, { data: { questionnaireByLink: { status: 'PENDING', instruments: ['NPRS'] } } });
    await expect(httpPatientApi.questionnaire('t')).resolves.toEqual({ status: 'PENDING', instruments: ['NPRS'] });
    expect(JSON.parse(fetchMock.mock.calls[0][1].body).query).toMatch(/query PatientQuestionnaireByLink/);
  });

  it('returns the channel of an opt-out', async () => {
    answer(200, { data: { optOutByLink: { channel: 'SMS' } } });
    await expect(httpPatientApi.optOut('t')).resolves.toBe('SMS');
  });

  it('turns a network failure or a non-JSON answer into a plain message', async () => {
    global.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(httpPatientApi.view('t')).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/Cannot reach/) });
    global.fetch = jest.fn().mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(httpPatientApi.view('t')).rejects.toEqual(new LinkError(UNAVAILABLE_MESSAGE, 'UNAVAILABLE'));
  });
});
