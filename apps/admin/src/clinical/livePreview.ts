// The live score under an assessment form. It calls the same libs/domain functions the API uses to
// validate and store a score, so what the therapist sees is what will be saved.
import { INSTRUMENTS, ODI_BAND_LABELS, odiBand, scoreResponses, validateResponses, type Instrument } from '@backtrack/domain';

/** undefined = not answered yet; null = deliberately skipped (ODI and NDI only). */
export type Answer = number | null | undefined;

export type Preview =
  | { status: 'incomplete'; remaining: number }
  | { status: 'invalid'; message: string; items: number[] }
  | { status: 'scored'; score: number; normalized: number; band: string | null };

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function previewScore(instrument: Instrument, answers: Answer[]): Preview {
  const def = INSTRUMENTS[instrument];
  const remaining = answers.filter((a) => a === undefined).length;
  const skipped = answers.flatMap((a, i) => (a === null ? [i] : []));
  // Too many skipped sections is worth saying at once, before the rest is filled in.
  if (def.maxMissing > 0 && skipped.length > def.maxMissing) {
    const names = skipped.map((i) => def.items[i]!.label);
    return {
      status: 'invalid',
      message: `${def.code} allows at most ${def.maxMissing} skipped sections; ${skipped.length} are skipped: ${listNames(names)}. Answer one of them.`,
      items: skipped,
    };
  }
  if (remaining > 0) return { status: 'incomplete', remaining };
  const issues = validateResponses(instrument, answers);
  if (issues.length) {
    return {
      status: 'invalid',
      message: issues.map((i) => i.message).join('; '),
      items: issues.flatMap((i) => (i.index === null ? [] : [i.index])),
    };
  }
  const { score, normalized } = scoreResponses(instrument, answers);
  return { status: 'scored', score, normalized, band: instrument === 'ODI' ? ODI_BAND_LABELS[odiBand(score)] : null };
}

const trim = (n: number) => String(Math.round(n * 100) / 100);

/** A score in the instrument's own units: "44%", "6 / 10", "12 / 24". */
export function formatScore(instrument: Instrument, score: number): string {
  const def = INSTRUMENTS[instrument];
  return def.scoreUnit === '%' ? `${trim(score)}%` : `${trim(score)} / ${def.scoreMax}`;
}

/** What the score means in words, under the number. */
export function scoreCaption(instrument: Instrument): string {
  switch (instrument) {
    case 'NPRS':
      return '0 = no pain, 10 = worst imaginable';
    case 'PEG':
      return 'Mean of the three items; 0 = no pain or interference';
    case 'ODI':
    case 'NDI':
      return 'Percent of the maximum over answered sections';
    case 'RMDQ':
      return 'Statements that apply today';
    case 'PSFS':
      return 'Mean activity rating; 10 = able to do it as before the problem';
  }
}
