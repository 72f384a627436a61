import type { FindingType } from '../../../shared/detect/types.ts';
import type { IncidentStats } from './stats.ts';

// Severity after ENISA's "Recommendations for a methodology of the assessment
// of severity of personal data breaches" (2013): SE = DPC × EI + CB.
// The README's "Severity" section states the method with a worked example.
export type Severity = 'low' | 'medium' | 'high' | 'very_high';

export interface SeverityFactor {
  factor: 'dpc' | 'volume' | 'ei' | 'cb' | 'score';
  value: number;
  /** Message key in agent/hub/messages/*.json, with its parameters. */
  key: string;
  params: Record<string, string | number>;
  detail: string;
}

export interface SeverityResult {
  score: number;
  severity: Severity;
  explanation: SeverityFactor[];
}

// Data-processing context: 1 simple (basic data, Decree 356 Art. 3),
// 3 financial and credentials (Art. 4 (i), (k)) and location (Art. 4 (h)),
// 4 the special categories of Art. 4 (a)–(g), biometrics (đ).
const DPC: Partial<Record<FindingType, number>> = {
  bank_account: 3,
  payment_card: 3,
  credential: 3,
  id_card_image: 3,
  location: 3,
  health: 4,
  religion: 4,
  ethnicity: 4,
  political_view: 4,
  criminal_record: 4,
  sexual_orientation: 4,
  biometric: 4,
};

// Numbers that single out one person on their own.
const DIRECT: ReadonlySet<FindingType> = new Set<FindingType>([
  'cccd', 'cmnd', 'passport', 'tax_code', 'social_insurance', 'health_insurance', 'driver_license',
  'id_card_image', 'bank_account', 'payment_card', 'credential', 'biometric',
]);
// Identify with a little effort (a phone book, a search).
const INDIRECT: ReadonlySet<FindingType> = new Set<FindingType>(['phone', 'email', 'person_name', 'license_plate']);

export const LIST_DISTINCT = 10;
export const BULK_DISTINCT = 100;

export function levelOf(score: number): Severity {
  if (score >= 4) return 'very_high';
  if (score >= 3) return 'high';
  if (score >= 2) return 'medium';
  return 'low';
}

const round = (n: number) => Math.round(n * 100) / 100;

export function assessSeverity(stats: IncidentStats, external: boolean): SeverityResult {
  const types = Object.keys(stats.types) as FindingType[];
  const explanation: SeverityFactor[] = [];

  const baseDpc = types.reduce((m, t) => Math.max(m, DPC[t] ?? 1), 1);
  const topType = types.find((t) => (DPC[t] ?? 1) === baseDpc) ?? 'none';
  explanation.push({ factor: 'dpc', value: baseDpc, key: 'severity.dpc', params: { type: topType }, detail: `data-processing context ${baseDpc} from ${topType}` });

  const distinct = Math.max(stats.maxDistinct, ...types.map((t) => stats.types[t]!.distinct));
  const volume = distinct >= BULK_DISTINCT ? 2 : distinct >= LIST_DISTINCT || stats.list ? 1 : 0;
  const dpc = Math.min(4, baseDpc + volume);
  explanation.push({ factor: 'volume', value: dpc - baseDpc, key: 'severity.volume', params: { distinct, list: stats.list ? 1 : 0 }, detail: `${distinct} distinct values${stats.list ? ', a list' : ''}: +${dpc - baseDpc}` });

  let ei: number;
  if (stats.leaked === 0) ei = 0.25;
  else if (types.some((t) => DIRECT.has(t))) ei = 1;
  else if (types.some((t) => INDIRECT.has(t))) ei = 0.75;
  else ei = 0.5;
  explanation.push({ factor: 'ei', value: ei, key: 'severity.ei', params: { leaked: stats.leaked }, detail: stats.leaked === 0 ? 'nothing reached the site (blocked, cancelled or masked)' : `ease of identification ${ei}` });

  let cb = 0;
  if (stats.leaked > 0 && external) cb += 0.5;
  if (stats.proceededAfterWarning > 0) cb += 0.25;
  explanation.push({ factor: 'cb', value: cb, key: 'severity.cb', params: { external: external ? 1 : 0, proceededAfterWarning: stats.proceededAfterWarning }, detail: `${external ? 'external' : 'approved'} site, ${stats.proceededAfterWarning} proceeded after a warning` });

  const score = round(dpc * ei + cb);
  const severity = levelOf(score);
  explanation.push({ factor: 'score', value: score, key: 'severity.score', params: { dpc, ei, cb, severity }, detail: `${dpc} × ${ei} + ${cb} = ${score} (${severity})` });
  return { score, severity, explanation };
}
