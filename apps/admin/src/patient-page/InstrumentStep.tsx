// One instrument of the questionnaire, as one step: what it asks in a sentence, then its items. ODI
// and NDI show the clinic's licensed wording when it has entered it, else their section names and
// what 0 and 5 mean; the PSFS patient names 3 to 5 activities and rates each.
import { useId } from 'react';
import { INSTRUMENTS, ITEM_LABEL_MAX_LENGTH, itemScale, type Instrument } from '@backtrack/domain';
import { canSkip, skipsLeft, type AnswerDraft, type Choice, type StepProblems } from './questionnaire-rules';
import { ScaleItem } from './ScaleItem';

/** The step's heading, in the patient's words (the instrument's name is shown under it). */
export const STEP_TITLES: Record<Instrument, string> = {
  NPRS: 'Your pain right now',
  PEG: 'Pain over the past week',
  ODI: 'Your back in daily life',
  NDI: 'Your neck in daily life',
  RMDQ: 'Your back today',
  PSFS: 'Activities you find hard',
};

function instructions(instrument: Instrument, licensed: boolean): string {
  const skips = INSTRUMENTS[instrument].maxMissing;
  switch (instrument) {
    case 'NPRS':
      return 'Choose the number that best describes your pain.';
    case 'PEG':
      return 'For each question, choose the number that best describes the past week.';
    case 'ODI':
    case 'NDI':
      return (
        (licensed
          ? 'Each section lists statements from the least to the most severe. Choose the number of the one that fits you best today: 0 for the first statement, 5 for the last.'
          : 'For each section, choose the number that fits you best today, from 0 (no problem) to 5 (as bad as it can be).') +
        ` You may skip up to ${skips} sections that do not apply to you.`
      );
    case 'RMDQ':
      return 'For each numbered statement your clinic gave you, answer yes if it describes you today, no if it does not.';
    case 'PSFS':
      return `Name ${INSTRUMENTS.PSFS.minItems} to ${INSTRUMENTS.PSFS.maxItems} everyday activities that you find hard or cannot do because of your problem, then rate how well you can do each one today.`;
  }
}

interface InstrumentStepProps {
  instrument: Instrument;
  draft: AnswerDraft;
  onChange: (draft: AnswerDraft) => void;
  licensedText?: readonly string[];
  problems?: StepProblems;
}

export function InstrumentStep({ instrument, draft, onChange, licensedText, problems }: InstrumentStepProps) {
  const licensed = !!licensedText && licensedText.length === INSTRUMENTS[instrument].items.length;
  const setValue = (index: number, value: Choice) => onChange({ ...draft, values: draft.values.map((v, i) => (i === index ? value : v)) });
  const left = skipsLeft(instrument, draft);
  const skips = INSTRUMENTS[instrument].maxMissing;

  return (
    <div className="pp-step">
      <p className="pp-instructions">{instructions(instrument, licensed)}</p>
      {instrument === 'PSFS' ? (
        <Activities draft={draft} onChange={onChange} problems={problems} />
      ) : (
        draft.values.map((value, i) => (
          <ScaleItem
            key={i}
            number={draft.values.length > 1 ? i + 1 : undefined}
            scale={itemScale(instrument, i)}
            licensedText={licensed ? licensedText[i] : undefined}
            value={value}
            onChange={(v) => setValue(i, v)}
            skip={canSkip(instrument) ? { label: 'Skip this section', disabled: left <= 0, hint: `${skips} skipped already` } : undefined}
            error={problems?.items[i]}
          />
        ))
      )}
    </div>
  );
}

function Activities({ draft, onChange, problems }: { draft: AnswerDraft; onChange: (d: AnswerDraft) => void; problems?: StepProblems }) {
  const id = useId();
  const { minItems, maxItems } = INSTRUMENTS.PSFS;
  const update = (index: number, change: { name?: string; value?: Choice }) =>
    onChange({
      values: draft.values.map((v, i) => (i === index && 'value' in change ? change.value : v)),
      names: draft.names.map((n, i) => (i === index && change.name !== undefined ? change.name : n)),
    });
  const remove = (index: number) =>
    onChange({ values: draft.values.filter((_, i) => i !== index), names: draft.names.filter((_, i) => i !== index) });
  const add = () => onChange({ values: [...draft.values, undefined], names: [...draft.names, ''] });

  return (
    <>
      {draft.names.map((name, i) => {
        const nameError = problems?.names[i];
        return (
          <section key={i} className="pp-activity" aria-labelledby={`${id}-${i}-heading`}>
            <div className="pp-activity-head">
              <h2 id={`${id}-${i}-heading`}>Activity {i + 1}</h2>
              {i >= minItems ? (
                <button type="button" className="pp-link-button" onClick={() => remove(i)}>
                  Remove<span className="pp-sr-only"> activity {i + 1}</span>
                </button>
              ) : null}
            </div>
            <div className="pp-field">
              <label htmlFor={`${id}-${i}-name`}>What activity?</label>
              <input
                id={`${id}-${i}-name`}
                type="text"
                value={name}
                maxLength={ITEM_LABEL_MAX_LENGTH}
                autoComplete="off"
                placeholder={i === 0 ? 'For example: lifting my child' : undefined}
                aria-invalid={nameError ? true : undefined}
                aria-describedby={nameError ? `${id}-${i}-name-error` : undefined}
                onChange={(event) => update(i, { name: event.target.value })}
              />
              {nameError ? (
                <p className="pp-item-error" id={`${id}-${i}-name-error`}>
                  {nameError}
                </p>
              ) : null}
            </div>
            <ScaleItem
              scale={itemScale('PSFS', i)}
              question={name.trim() ? `How well can you do this today: ${name.trim()}?` : undefined}
              value={draft.values[i]}
              onChange={(v) => update(i, { value: v })}
              error={problems?.items[i]}
            />
          </section>
        );
      })}
      {draft.names.length < maxItems ? (
        <button type="button" className="pp-button pp-button-secondary" onClick={add}>
          Add another activity
        </button>
      ) : (
        <p className="pp-hint">That is the most activities: {maxItems}.</p>
      )}
    </>
  );
}
