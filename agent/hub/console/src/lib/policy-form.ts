// The policy editor works on rows (easier to edit in a form than nested
// objects); these turn a policy into rows and back.
import type { Action } from '../../../../../shared/event/schema.ts';

export interface ActionRow {
  key: string;
  action: Action;
}
export interface ThresholdRow {
  key: string;
  min: number;
  action: Action;
}

export function actionRows(actions: Record<string, Action>): ActionRow[] {
  return Object.entries(actions).map(([key, action]) => ({ key, action }));
}

export function rowsToActions(rows: ActionRow[]): Record<string, Action> {
  const out: Record<string, Action> = {};
  for (const r of rows) if (r.key.trim()) out[r.key.trim()] = r.action;
  return out;
}

export function thresholdRows(thresholds: Record<string, { min: number; action: Action }[]>): ThresholdRow[] {
  return Object.entries(thresholds).flatMap(([key, rules]) => rules.map((r) => ({ key, min: r.min, action: r.action })));
}

export function rowsToThresholds(rows: ThresholdRow[]): Record<string, { min: number; action: Action }[]> {
  const out: Record<string, { min: number; action: Action }[]> = {};
  for (const r of rows) {
    const key = r.key.trim();
    if (!key) continue;
    (out[key] ??= []).push({ min: r.min, action: r.action });
  }
  for (const rules of Object.values(out)) rules.sort((a, b) => a.min - b.min);
  return out;
}
