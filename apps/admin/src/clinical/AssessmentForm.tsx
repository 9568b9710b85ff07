// One entry form for every instrument: the item names and limits come from libs/domain's INSTRUMENTS
// (the same definitions the API validates against), and the live score from its scoreResponses.
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Alert, Box, Button, Checkbox, FormControlLabel, IconButton, Slider, Stack, TextField, Typography } from '@mui/material';
import { INSTRUMENTS, ITEM_LABEL_MAX_LENGTH, itemScale, type Instrument, type InstrumentItem } from '@backtrack/domain';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { formatScore, previewScore, scoreCaption, type Answer, type Preview } from './livePreview';

export interface AssessmentSubmit {
  responses: (number | null)[];
  /** PSFS only: the activity names, trimmed, one per response. */
  activities?: string[];
  reason?: string;
  takenAt?: string;
}

interface Props {
  instrument: Instrument;
  /** Responses of the version being amended. */
  initial?: (number | null)[];
  /** PSFS activity names of the version being amended (empty for versions saved before names were kept). */
  initialActivities?: string[];
  /** Amendments ask for a reason; new assessments for when they were taken. */
  mode: 'record' | 'amend';
  /** ODI/NDI: the clinic's licensed wording of each section, shown with it; section names and anchors otherwise. */
  licensedText?: readonly string[];
  onSubmit: (values: AssessmentSubmit) => Promise<void>;
  onCancel?: () => void;
}

function initialAnswers(instrument: Instrument, initial?: (number | null)[]): Answer[] {
  if (initial) return [...initial];
  const def = INSTRUMENTS[instrument];
  // RMDQ is a checklist: a statement not ticked is a "no".
  if (instrument === 'RMDQ') return def.items.map(() => 0);
  return Array.from({ length: def.minItems }, () => undefined);
}

function localNow(): string {
  const d = new Date();
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function AssessmentForm({ instrument, initial, initialActivities, mode, licensedText, onSubmit, onCancel }: Props) {
  const def = INSTRUMENTS[instrument];
  const [answers, setAnswers] = useState<Answer[]>(() => initialAnswers(instrument, initial));
  const [activityNames, setActivityNames] = useState<string[]>(() => answers.map((_, i) => initialActivities?.[i] ?? ''));
  const [reason, setReason] = useState('');
  const [takenAt, setTakenAt] = useState(localNow);
  // Left alone, the server stamps the exact instant; the field is for entering a paper form later.
  const [takenAtEdited, setTakenAtEdited] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const preview = useMemo(() => previewScore(instrument, answers), [instrument, answers]);
  const invalidItems = new Set(preview.status === 'invalid' ? preview.items : []);

  const setAnswer = (index: number, value: Answer) => setAnswers((prev) => prev.map((a, i) => (i === index ? value : a)));

  const psfs = instrument === 'PSFS';
  const namesMissing = psfs && activityNames.some((n) => !n.trim());
  const reasonMissing = mode === 'amend' && reason.trim().length < 3;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (preview.status !== 'scored' || namesMissing || reasonMissing) return;
    setSaving(true);
    try {
      await onSubmit({
        responses: answers as (number | null)[],
        ...(psfs ? { activities: activityNames.map((n) => n.trim()) } : {}),
        ...(mode === 'amend' ? { reason: reason.trim() } : takenAtEdited && takenAt ? { takenAt: new Date(takenAt).toISOString() } : {}),
      });
    } catch (error) {
      setServerError(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label={`${def.code} form`}>
      <Stack spacing={2}>
        {instrument === 'RMDQ' ? (
          <RmdqItems answers={answers} onChange={setAnswer} />
        ) : psfs ? (
          <PsfsActivities
            answers={answers}
            names={activityNames}
            showNameErrors={submitted}
            onChange={setAnswer}
            onName={(i, name) => setActivityNames((prev) => prev.map((n, j) => (j === i ? name : n)))}
            onAdd={() => {
              setAnswers((prev) => [...prev, undefined]);
              setActivityNames((prev) => [...prev, '']);
            }}
            onRemove={(i) => {
              setAnswers((prev) => prev.filter((_, j) => j !== i));
              setActivityNames((prev) => prev.filter((_, j) => j !== i));
            }}
          />
        ) : def.maxMissing > 0 ? (
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' } }}>
            {def.items.map((item, i) => (
              <SectionSelect
                key={item.key}
                item={item}
                meaningOf={sectionMeaning(instrument, i, Boolean(licensedText))}
                wording={licensedText?.[i]}
                value={answers[i]}
                error={invalidItems.has(i) || (submitted && answers[i] === undefined)}
                onChange={(v) => setAnswer(i, v)}
              />
            ))}
          </Box>
        ) : (
          def.items.map((item, i) => (
            <ScaleItem
              key={item.key}
              label={item.label}
              item={item}
              value={answers[i]}
              error={submitted && answers[i] === undefined}
              onChange={(v) => setAnswer(i, v)}
            />
          ))
        )}

        {mode === 'amend' ? (
          <TextField
            label="Reason for the amendment"
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={submitted && reasonMissing}
            helperText={
              submitted && reasonMissing
                ? 'Say why the recorded answers were wrong'
                : 'Kept with the new version; the old version stays readable'
            }
            multiline
            minRows={2}
          />
        ) : (
          <TextField
            label="Taken at"
            type="datetime-local"
            value={takenAt}
            onChange={(e) => {
              setTakenAt(e.target.value);
              setTakenAtEdited(true);
            }}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ maxWidth: 280 }}
          />
        )}

        <LiveScore instrument={instrument} preview={preview} showIncomplete={submitted} />
        {serverError && (
          <Alert severity="error" role="alert">
            {serverError}
          </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          {onCancel && (
            <Button onClick={onCancel} disabled={saving}>
              Cancel
            </Button>
          )}
          <Button type="submit" variant="contained" disabled={saving}>
            {mode === 'amend' ? 'Save amendment' : `Save ${def.code}`}
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
}

function LiveScore({ instrument, preview, showIncomplete }: { instrument: Instrument; preview: Preview; showIncomplete: boolean }) {
  const def = INSTRUMENTS[instrument];
  return (
    <Box
      role="status"
      aria-label="Live score"
      aria-live="polite"
      sx={{
        p: 1.5,
        borderRadius: 1,
        border: '1px solid',
        borderColor: preview.status === 'invalid' ? 'error.light' : 'divider',
        bgcolor: preview.status === 'scored' ? 'rgba(15, 107, 102, 0.06)' : preview.status === 'invalid' ? '#fdecea' : '#f8fafa',
      }}
    >
      {preview.status === 'scored' ? (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0.5, sm: 3 }} sx={{ alignItems: { sm: 'baseline' } }}>
          <Typography variant="h6" component="p" data-testid="live-score" sx={{ whiteSpace: 'nowrap' }}>
            {def.code} {formatScore(instrument, preview.score)}
          </Typography>
          {preview.band && (
            <Typography variant="body1" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }} data-testid="live-band">
              {preview.band}
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary">
            Normalized {Math.round(preview.normalized)} / 100 (higher is worse) · {scoreCaption(instrument)}
          </Typography>
        </Stack>
      ) : preview.status === 'invalid' ? (
        <Typography variant="body2" color="error" role="alert">
          {preview.message}
        </Typography>
      ) : (
        <Typography variant="body2" color={showIncomplete ? 'error' : 'text.secondary'}>
          Live score appears when every item is answered — {preview.remaining} {preview.remaining === 1 ? 'item' : 'items'} left.
        </Typography>
      )}
    </Box>
  );
}

const MARKS_0_10 = Array.from({ length: 11 }, (_, v) => ({ value: v, label: String(v) }));

/** A 0–10 rating. Until touched it is "not answered", not 0. */
function ScaleItem({
  label,
  item,
  value,
  error,
  onChange,
}: {
  label: string;
  item: InstrumentItem;
  value: Answer;
  error?: boolean;
  onChange: (v: number) => void;
}) {
  const id = useId();
  const answered = typeof value === 'number';
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
        <Typography id={id} variant="body2" sx={{ fontWeight: 600 }} color={error ? 'error' : 'text.primary'}>
          {label}
        </Typography>
        <Typography
          variant="body2"
          sx={{ fontWeight: 700, minWidth: 48, textAlign: 'right' }}
          color={answered ? 'primary' : 'text.secondary'}
        >
          {answered ? value : 'Not answered'}
        </Typography>
      </Stack>
      <Box sx={{ px: 1.5 }}>
        <Slider
          aria-labelledby={id}
          min={item.min}
          max={item.max}
          step={1}
          marks={MARKS_0_10.filter((m) => m.value <= item.max)}
          value={answered ? value : item.min}
          track={answered ? 'normal' : false}
          onChange={(_, v) => onChange(v as number)}
          // A click on the resting thumb (0 while unanswered) changes nothing; commit it anyway.
          onChangeCommitted={(_, v) => onChange(v as number)}
          sx={answered ? undefined : { '& .MuiSlider-thumb': { bgcolor: 'grey.400' } }}
        />
      </Box>
    </Box>
  );
}

/**
 * What each value of a section means: read against the clinic's licensed statements when they are shown
 * (the ends, and "statement n" between), else the graded plain words of every value 0–5.
 */
function sectionMeaning(instrument: Instrument, index: number, licensed: boolean): (value: number) => string {
  const scale = itemScale(instrument, index);
  if (licensed && scale.statements) {
    const { low, high } = scale.statements;
    return (v) => (v === scale.low.value ? low : v === scale.high.value ? high : `Statement ${v - scale.low.value + 1}`);
  }
  return (v) => scale.levels?.find((level) => level.value === v)?.label ?? '';
}

/**
 * One ODI/NDI section: a native select, so a whole form is typed from the keyboard (a digit picks the
 * value, Tab moves on), each end of the scale saying what it means.
 */
function SectionSelect({
  item,
  meaningOf,
  wording,
  value,
  error,
  onChange,
}: {
  item: InstrumentItem;
  meaningOf: (value: number) => string;
  wording?: string;
  value: Answer;
  error: boolean;
  onChange: (v: Answer) => void;
}) {
  const selected = value === undefined ? '' : value === null ? 'skip' : String(value);
  const meaning = (v: number) => (meaningOf(v) ? ` — ${meaningOf(v)}` : '');
  return (
    <TextField
      select
      label={item.label}
      value={selected}
      error={error}
      onChange={(e) => {
        const v = e.target.value;
        onChange(v === '' ? undefined : v === 'skip' ? null : Number(v));
      }}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      helperText={
        <>
          {wording && (
            <Typography component="span" variant="caption" sx={{ display: 'block', whiteSpace: 'pre-line' }}>
              {wording}
            </Typography>
          )}
          {value === null ? 'Skipped' : typeof value === 'number' ? meaning(value).replace(' — ', '') || ' ' : ' '}
        </>
      }
    >
      <option value="">
        Choose {item.min}–{item.max}…
      </option>
      {Array.from({ length: item.max - item.min + 1 }, (_, k) => item.min + k).map((v) => (
        <option key={v} value={v}>
          {v}
          {meaning(v)}
        </option>
      ))}
      <option value="skip">Skipped (not answered by the patient)</option>
    </TextField>
  );
}

function RmdqItems({ answers, onChange }: { answers: Answer[]; onChange: (i: number, v: number) => void }) {
  const yes = answers.filter((a) => a === 1).length;
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Tick each numbered statement the patient marked as applying to them today ({yes} ticked). Statement wording follows the licensed
        questionnaire.
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'repeat(3, 1fr)', sm: 'repeat(4, 1fr)', md: 'repeat(6, 1fr)' } }}>
        {INSTRUMENTS.RMDQ.items.map((item, i) => (
          <FormControlLabel
            key={item.key}
            label={item.label}
            control={<Checkbox checked={answers[i] === 1} onChange={(e) => onChange(i, e.target.checked ? 1 : 0)} />}
          />
        ))}
      </Box>
    </Box>
  );
}

interface PsfsProps {
  answers: Answer[];
  names: string[];
  showNameErrors: boolean;
  onChange: (i: number, v: number) => void;
  onName: (i: number, name: string) => void;
  onAdd: () => void;
  onRemove: (i: number) => void;
}

function PsfsActivities({ answers, names, showNameErrors, onChange, onName, onAdd, onRemove }: PsfsProps) {
  const def = INSTRUMENTS.PSFS;
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        The patient names {def.minItems} to {def.maxItems} activities they find hard and rates each from 0 (unable to perform) to 10 (able
        to perform at the level before the problem).
      </Typography>
      {answers.map((value, i) => {
        const item = def.items[i]!;
        const name = names[i] ?? '';
        return (
          <Box key={item.key} sx={{ p: 1.5, border: '1px solid', borderColor: 'divider', borderRadius: 1 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <TextField
                label={`${item.label} name`}
                value={name}
                onChange={(e) => onName(i, e.target.value)}
                placeholder="e.g. Lifting a grandchild"
                error={showNameErrors && !name.trim()}
                helperText={showNameErrors && !name.trim() ? 'Name the activity' : ' '}
                slotProps={{ htmlInput: { maxLength: ITEM_LABEL_MAX_LENGTH } }}
                fullWidth
                size="small"
              />
              {i >= def.minItems && (
                <IconButton aria-label={`Remove ${item.label}`} onClick={() => onRemove(i)}>
                  <DeleteIcon />
                </IconButton>
              )}
            </Stack>
            <ScaleItem
              label={`${item.label} rating`}
              item={item}
              value={value}
              error={showNameErrors && value === undefined}
              onChange={(v) => onChange(i, v)}
            />
          </Box>
        );
      })}
      {answers.length < def.maxItems && (
        <Box>
          <Button startIcon={<AddIcon />} onClick={onAdd}>
            Add activity
          </Button>
        </Box>
      )}
    </Stack>
  );
}
