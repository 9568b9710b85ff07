// One questionnaire item: a group of native radio buttons drawn as large number buttons, so it works
// by touch, by keyboard (arrow keys move within the group) and with a screen reader (the group is
// named by its question and described by what the ends of the scale mean).
import { useId, type ReactNode } from 'react';
import type { ItemScale } from '@backtrack/domain';
import type { Choice } from './questionnaire-rules';

interface ScaleItemProps {
  /** Shown before the question ("3"); omitted for a single-item step. */
  number?: number;
  scale: ItemScale;
  /** The clinic's licensed wording of the item, when it has entered it (ODI, NDI). */
  licensedText?: string;
  /** A name for the group when the question is not shown (a PSFS activity). */
  question?: ReactNode;
  value: Choice;
  onChange: (value: Choice) => void;
  /** Offer "Skip" (ODI/NDI); `skipDisabled` once the patient has skipped as many as allowed. */
  skip?: { label: string; disabled: boolean; hint: string };
  error?: string;
}

export function ScaleItem({ number, scale, licensedText, question, value, onChange, skip, error }: ScaleItemProps) {
  const id = useId();
  const { low, high } = scale;
  const values = Array.from({ length: high.value - low.value + 1 }, (_, i) => low.value + i);
  // Yes/no items show their words on the buttons; number scales say what their ends mean.
  const binary = values.length === 2;
  const skipOff = !!skip?.disabled && value !== 'skip';
  const lowWords = licensedText && scale.statements ? scale.statements.low : low.label;
  const highWords = licensedText && scale.statements ? scale.statements.high : high.label;
  const describedBy = [licensedText ? `${id}-text` : null, binary ? null : `${id}-anchors`, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');

  return (
    <fieldset className={`pp-item${error ? ' pp-item-invalid' : ''}`} aria-describedby={describedBy || undefined} data-item={number}>
      <legend className="pp-item-question">
        {number !== undefined ? <span className="pp-item-number">{number}</span> : null}
        <span>{question ?? scale.question}</span>
      </legend>
      {licensedText ? (
        <p className="pp-licensed" id={`${id}-text`}>
          {licensedText}
        </p>
      ) : null}
      {binary ? null : (
        <p className="pp-anchors" id={`${id}-anchors`}>
          <span>
            <strong>{low.value}</strong> = {lowWords}
          </span>
          <span>
            <strong>{high.value}</strong> = {highWords}
          </span>
        </p>
      )}
      <div className={`pp-scale pp-scale-${values.length}`}>
        {values.map((v) => {
          const end = v === low.value ? lowWords : v === high.value ? highWords : null;
          return (
            <label key={v} className="pp-choice">
              <input
                type="radio"
                name={id}
                value={v}
                checked={value === v}
                onChange={() => onChange(v)}
                // The ends' meaning is read with the number, not only in the group's description.
                aria-label={!binary && end ? `${v}, ${end}` : undefined}
                aria-invalid={error ? true : undefined}
              />
              <span className="pp-choice-face">{binary ? end : v}</span>
            </label>
          );
        })}
      </div>
      {skip ? (
        <div className="pp-skip-row">
          <label className={`pp-skip${skipOff ? ' pp-skip-disabled' : ''}`}>
            <input
              type="radio"
              name={id}
              value="skip"
              checked={value === 'skip'}
              disabled={skipOff}
              aria-describedby={skipOff ? `${id}-skip` : undefined}
              onChange={() => onChange('skip')}
            />
            <span>
              {/* Not part of the name: "Skip this section" stays what a screen reader reads. */}
              {value === 'skip' ? <span aria-hidden="true">✓</span> : null}
              {skip.label}
            </span>
          </label>
          {skipOff ? (
            <span className="pp-hint" id={`${id}-skip`}>
              {skip.hint}
            </span>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p className="pp-item-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
