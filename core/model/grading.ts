import { z } from 'zod';

/**
 * The Admiralty (NATO) code intelligence analysts grade information with: the reliability of the
 * source (A-F) and the credibility of the information (1-6), written together as e.g. "B2".
 */
export const SOURCE_RELIABILITY = {
  A: 'Completely reliable: no doubt of authenticity, trustworthiness or competency; a history of complete reliability',
  B: 'Usually reliable: minor doubt; a history of valid information most of the time',
  C: 'Fairly reliable: doubt; provided valid information in the past',
  D: 'Not usually reliable: significant doubt; provided valid information in the past',
  E: 'Unreliable: lacking in authenticity, trustworthiness and competency; a history of invalid information',
  F: 'Reliability cannot be judged: no basis exists for evaluating the reliability of the source',
} as const;

/** Credibility of the information, 1 (confirmed) to 6 (cannot be judged). */
export const INFORMATION_CREDIBILITY = {
  '1': 'Confirmed by other sources: logical in itself, consistent with other information on the subject',
  '2': 'Probably true: not confirmed; logical in itself; consistent with other information on the subject',
  '3': 'Possibly true: not confirmed; reasonably logical in itself; agrees with some other information on the subject',
  '4': 'Doubtful: not confirmed; possible but not logical; no other information on the subject',
  '5': 'Improbable: not confirmed; not logical in itself; contradicted by other information on the subject',
  '6': 'Truth cannot be judged: no basis exists for evaluating the validity of the information',
} as const;

export type SourceReliability = keyof typeof SOURCE_RELIABILITY;
export type InformationCredibility = keyof typeof INFORMATION_CREDIBILITY;

/** A grade such as B2. */
export const gradingSchema = z.object({
  reliability: z.enum(Object.keys(SOURCE_RELIABILITY) as [SourceReliability, ...SourceReliability[]]),
  credibility: z.enum(Object.keys(INFORMATION_CREDIBILITY) as [InformationCredibility, ...InformationCredibility[]]),
});
export type Grading = z.infer<typeof gradingSchema>;

/** "B2" for { reliability: 'B', credibility: '2' }. */
export function formatGrading(grading: Grading): string {
  return `${grading.reliability}${grading.credibility}`;
}

/** Whether a grade is at least as good as a threshold on both axes (A and 1 are best). */
export function isGradingAtLeast(grading: Grading, threshold: Grading): boolean {
  return grading.reliability <= threshold.reliability && grading.credibility <= threshold.credibility;
}
