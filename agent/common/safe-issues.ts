import type { z } from 'zod';

export interface SafeIssue {
  path: string;
  code: string;
  message: string;
}

// zod issues may carry the offending input (`input`, `received`, and messages
// such as "Invalid option: expected one of …" are fine, but custom messages and
// unrecognized keys can echo values). Keep only the path, the code and a
// message that is rebuilt from the code, never the value itself.
export function safeIssues(error: z.ZodError, limit = 10): SafeIssue[] {
  return error.issues.slice(0, limit).map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    code: issue.code,
    message: describe(issue),
  }));
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_big':
      return `too big (maximum ${String(issue.maximum)})`;
    case 'too_small':
      return `too small (minimum ${String(issue.minimum)})`;
    case 'invalid_format':
      return `invalid format (${issue.format})`;
    case 'invalid_value':
      return 'value not allowed';
    case 'unrecognized_keys':
      return `${issue.keys.length} unrecognized key(s)`;
    default:
      return issue.code.replace(/_/g, ' ');
  }
}

/** One line for an error message: "path: message; path: message". */
export function issuesText(error: z.ZodError): string {
  return safeIssues(error)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
}
