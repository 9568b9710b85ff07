// /p/questionnaire: the patient answers at home what the clinic asks (baseline before the first visit,
// progress, discharge, follow-up), one instrument per step, with no account. Opening the link only
// shows it; answers are sent once, on the last step's button, after the same checks as the API's. A
// link that was used, has closed or is no longer needed says so in the server's words.
import { useCallback, useEffect, useRef, useState } from 'react';
import { INSTRUMENTS, type Instrument } from '@backtrack/domain';
import type { QuestionnaireOccasion } from '../graphql/graphql';
import { LinkError, UNAVAILABLE_MESSAGE, type PatientApi, type QuestionnaireView } from './api';
import { clinicDay, clinicTime, zoneAbbreviation } from './format';
import { InstrumentStep, STEP_TITLES } from './InstrumentStep';
import { LinkFailure, Notice, Page } from './Layout';
import {
  answerOf,
  checkStep,
  emptyDraft,
  hasProblems,
  problemsFromServer,
  type AnswerDraft,
  type StepProblems,
} from './questionnaire-rules';
import { useLinkAction } from './useLinkAction';

// The API's own words for a questionnaire that cannot be answered any more.
export const ANSWERED_MESSAGE = 'This questionnaire has already been answered. Thank you!';
export const EXPIRED_MESSAGE = 'This questionnaire can no longer be answered: its time has passed. Thank you all the same.';
export const CANCELLED_MESSAGE = 'This questionnaire is no longer needed. Thank you all the same.';

type Loaded = { status: 'loading' } | { status: 'ready'; view: QuestionnaireView } | { status: 'failed'; error: LinkError };

export function QuestionnairePage({ token, api }: { token: string; api: PatientApi }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  // After the patient's click the page that answers it takes the focus, so a screen reader reads it.
  const [acted, setActed] = useState(false);

  useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    api.questionnaire(token).then(
      (view) => live && setLoaded({ status: 'ready', view }),
      (error: unknown) =>
        live &&
        setLoaded({ status: 'failed', error: error instanceof LinkError ? error : new LinkError(UNAVAILABLE_MESSAGE, 'UNAVAILABLE') }),
    );
    return () => {
      live = false;
    };
  }, [api, token, attempt]);

  const onSubmitted = useCallback((view: QuestionnaireView) => {
    setSubmitted(true);
    setLoaded({ status: 'ready', view });
  }, []);
  // After a refusal that means the link is spent (answered meanwhile, withdrawn): what is true now.
  const onSpent = useCallback(
    (error: LinkError) => {
      setActed(true);
      api.questionnaire(token).then(
        (view) => setLoaded({ status: 'ready', view }),
        () => setLoaded({ status: 'failed', error }),
      );
    },
    [api, token],
  );

  if (loaded.status === 'loading') {
    return (
      <Page title="Opening your questionnaire…">
        <p className="pp-lead" role="status">
          One moment.
        </p>
      </Page>
    );
  }
  if (loaded.status === 'failed') return <LinkFailure error={loaded.error} announce={acted} onRetry={() => setAttempt((n) => n + 1)} />;
  const { view } = loaded;
  const { clinicName } = view;
  if (view.status === 'ANSWERED' && submitted) return <ThankYou view={view} />;
  if (view.status === 'ANSWERED') {
    return (
      <Page clinicName={clinicName} title="You have already answered" tone="success" announce={acted}>
        <p className="pp-lead">{ANSWERED_MESSAGE}</p>
        {view.answeredAt ? (
          <p>
            Your answers reached {clinicName} on {clinicDay(view.answeredAt, view.timezone)}.
          </p>
        ) : null}
      </Page>
    );
  }
  if (view.status === 'EXPIRED') {
    return (
      <Page clinicName={clinicName} title="This questionnaire has closed" tone="info" announce={acted}>
        <p className="pp-lead">{EXPIRED_MESSAGE}</p>
        <p>If you would like to tell the clinic how you are, contact {clinicName}.</p>
      </Page>
    );
  }
  if (view.status === 'CANCELLED') {
    return (
      <Page clinicName={clinicName} title="This questionnaire is no longer needed" tone="info" announce={acted}>
        <p className="pp-lead">{CANCELLED_MESSAGE}</p>
      </Page>
    );
  }
  return <QuestionnaireForm view={view} token={token} api={api} onSubmitted={onSubmitted} onSpent={onSpent} />;
}

const INTRO: Record<QuestionnaireOccasion, string> = {
  BASELINE:
    'Before your first visit, please tell us how you are today. It helps your therapist plan your treatment and later see what has changed.',
  PROGRESS: 'You are part way through your treatment. Please tell us how you are now, so that your therapist can see what is working.',
  DISCHARGE: 'Your course of treatment has come to an end. Please tell us how you are now.',
  FOLLOW_UP:
    'Some time has passed since your treatment. Please tell us how you are now, so that we learn whether the improvement has lasted.',
};

function Deadline({ view }: { view: QuestionnaireView }) {
  const { expiresAt, timezone } = view;
  // Only the time is kept on one line: the whole date would leave the sentence's first line short.
  const when = (
    <>
      {clinicDay(expiresAt, timezone)} at{' '}
      <span className="pp-nowrap">
        {clinicTime(expiresAt, timezone)} {zoneAbbreviation(expiresAt, timezone)}
      </span>
    </>
  );
  return view.occasion === 'BASELINE' ? <>Please answer before your visit on {when}.</> : <>Please answer by {when}.</>;
}

interface FormProps {
  view: QuestionnaireView;
  token: string;
  api: PatientApi;
  onSubmitted: (view: QuestionnaireView) => void;
  onSpent: (error: LinkError) => void;
}

function QuestionnaireForm({ view, token, api, onSubmitted, onSpent }: FormProps) {
  const instruments = view.instruments as Instrument[];
  const [step, setStep] = useState(0);
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>(() =>
    Object.fromEntries(instruments.map((code) => [code, emptyDraft(code)])),
  );
  const [problems, setProblems] = useState<Partial<Record<Instrument, StepProblems>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const action = useLinkAction();
  const stepRef = useRef<HTMLDivElement>(null);
  // Set when a check fails: focus goes to the first item marked, once the marks are drawn.
  const [focusProblem, setFocusProblem] = useState(0);

  const instrument = instruments[step]!;
  const last = step === instruments.length - 1;
  const current = problems[instrument];
  const licensedText = view.licensedItemText.find((t) => t.instrument === instrument)?.items;

  // A refusal about the link itself (expired meanwhile, answered on another device, withdrawn).
  const { error } = action;
  useEffect(() => {
    if (!error) return;
    if (error.code === 'CONFLICT' || (error.code === 'BAD_USER_INPUT' && error.issues.some((i) => i.field === 'token'))) onSpent(error);
  }, [error, onSpent]);

  useEffect(() => {
    if (!focusProblem) return;
    const first = stepRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
    first?.scrollIntoView?.({ block: 'center' });
  }, [focusProblem]);

  const change = (draft: AnswerDraft) => {
    setDrafts((all) => ({ ...all, [instrument]: draft }));
    // Once marked, a step is checked again as the patient corrects it, so a mark goes when fixed.
    if (current) setProblems((all) => ({ ...all, [instrument]: checkStep(instrument, draft) }));
  };

  const goTo = (next: number) => {
    setGeneral([]);
    // The new step's heading takes the focus (Page), which brings it into view.
    setStep(next);
  };

  const next = () => {
    const found = checkStep(instrument, drafts[instrument]!);
    setProblems((all) => ({ ...all, [instrument]: found }));
    if (hasProblems(found)) {
      setFocusProblem((n) => n + 1);
      return;
    }
    if (!last) {
      goTo(step + 1);
      return;
    }
    const answers = instruments.map((code) => answerOf(code, drafts[code]!));
    void action.run(
      async () => {
        try {
          return await api.submitQuestionnaire(token, answers);
        } catch (caught) {
          // Refused item by item: each issue goes back to its step and item; nothing was stored.
          if (caught instanceof LinkError && caught.code === 'BAD_USER_INPUT' && !caught.issues.some((i) => i.field === 'token')) {
            const server = problemsFromServer(caught.issues, instruments);
            const firstStep = instruments.findIndex((code) => server.steps[code]);
            setProblems(server.steps);
            if (firstStep >= 0 && firstStep !== step) goTo(firstStep);
            setGeneral(server.general);
            setFocusProblem((n) => n + 1);
            return null;
          }
          throw caught;
        }
      },
      (result) => {
        if (result) onSubmitted(result);
      },
    );
  };

  const refused = action.error && !(action.error.code === 'BAD_USER_INPUT' && action.error.issues.length > 0);
  const stepNotes = [...general, ...(current?.general ?? [])];
  const answered = drafts[instrument]!.values.filter((v) => v !== undefined).length;
  const total = drafts[instrument]!.values.length;

  return (
    <Page clinicName={view.clinicName} title={STEP_TITLES[instrument]}>
      <p className="pp-subtitle">{INSTRUMENTS[instrument].name}</p>
      <Progress step={step} steps={instruments.length} answered={answered} total={total} />
      {step === 0 ? (
        <div className="pp-intro">
          <p>{INTRO[view.occasion]}</p>
          <p className="pp-hint">
            <Deadline view={view} /> Your answers go to {view.clinicName} only.
          </p>
        </div>
      ) : null}
      <div ref={stepRef} className="pp-stack">
        {hasProblems(current) || stepNotes.length ? (
          <Notice tone="error" alert>
            {stepNotes.length ? stepNotes.map((note) => <p key={note}>{note}</p>) : <p>Please answer the questions marked below.</p>}
          </Notice>
        ) : null}
        <InstrumentStep
          key={instrument}
          instrument={instrument}
          draft={drafts[instrument]!}
          onChange={change}
          licensedText={licensedText}
          problems={current}
        />
      </div>
      {refused ? (
        <Notice tone="error" alert>
          {action.error?.message}
        </Notice>
      ) : null}
      <div className="pp-nav">
        {step > 0 ? (
          <button type="button" className="pp-button pp-button-secondary" onClick={() => goTo(step - 1)} disabled={action.busy}>
            Back
          </button>
        ) : null}
        <button
          type="button"
          className="pp-button pp-button-primary"
          onClick={next}
          disabled={action.busy}
          aria-busy={action.busy || undefined}
        >
          {last ? (action.busy ? 'Sending…' : 'Send my answers') : 'Next'}
        </button>
      </div>
      {last ? <p className="pp-hint pp-after-button">You can go back and change an answer until you send them.</p> : null}
    </Page>
  );
}

function Progress({ step, steps, answered, total }: { step: number; steps: number; answered: number; total: number }) {
  const text = `Step ${step + 1} of ${steps}`;
  return (
    <div className="pp-progress">
      <p className="pp-progress-text" aria-hidden="true">
        <strong>{text}</strong>
        <span>
          {answered} of {total} answered
        </span>
      </p>
      <div
        className="pp-progress-bar"
        role="progressbar"
        aria-label="Progress"
        aria-valuemin={1}
        aria-valuemax={steps}
        aria-valuenow={step + 1}
        aria-valuetext={`${text}, ${answered} of ${total} answered`}
      >
        {Array.from({ length: steps }, (_, i) => (
          <span key={i} className="pp-progress-segment">
            <span style={{ width: `${i < step ? 100 : i === step ? Math.round((answered / Math.max(total, 1)) * 100) : 0}%` }} />
          </span>
        ))}
      </div>
    </div>
  );
}

function ThankYou({ view }: { view: QuestionnaireView }) {
  const { clinicName } = view;
  const next: Record<QuestionnaireOccasion, string> = {
    BASELINE: 'Your therapist will go through them with you at your first visit.',
    PROGRESS: 'Your therapist will look at them before your next visit.',
    DISCHARGE: `They help ${clinicName} see how well your treatment worked.`,
    FOLLOW_UP: `They help ${clinicName} see whether the improvement lasts.`,
  };
  return (
    <Page clinicName={clinicName} title="Thank you!" tone="success" announce>
      <p className="pp-lead">Your answers have been sent to {clinicName}.</p>
      <p>{next[view.occasion]}</p>
      <p className="pp-hint">You can close this page now.</p>
    </Page>
  );
}
