/** The marketing claim the clinic dashboard is measured against, quoted verbatim. */
export const MARKETING_CLAIM =
  'regular massage lessens chronic back pain severity by an average of 50% ' +
  'while improving function based on validated disability scales';

/** Shown with every clinic outcome figure, so the numbers are not read as proof that treatment works. */
export const OUTCOME_STATEMENT =
  'These figures are observational data from this clinic, with no comparison group. ' +
  'Improvement may reflect natural history (back pain often improves on its own), regression to the mean ' +
  '(patients tend to start care when pain is at its worst), other care the patient received, or who ' +
  'stayed in care, and cannot be attributed to treatment alone. Patients without a follow-up assessment ' +
  'are counted as not improved in the intention-to-treat figures.';

export interface PublishedReference {
  citation: string;
  title: string;
  design: string;
  participants: number;
  sessions: string;
  finding: string;
}

/** The largest trial of massage for chronic low back pain, as the honest yardstick for the claim. */
export const PUBLISHED_REFERENCE: PublishedReference = {
  citation: 'Cherkin DC et al. Annals of Internal Medicine, 2011',
  title: 'A comparison of the effects of 2 types of massage and usual care on chronic low back pain: ' + 'a randomized, controlled trial',
  design: 'Randomized controlled trial: relaxation massage, structural massage and usual care',
  participants: 401,
  sessions: '10 weekly sessions',
  finding:
    'At 10 weeks, function improved by 2.5–2.9 Roland-Morris (RMDQ) points more with massage than with usual care; ' +
    'the authors reported benefits lasting at least 6 months.',
};
