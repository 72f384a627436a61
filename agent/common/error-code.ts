/**
 * A short, value-free name for a failure: the system error code
 * (ECONNREFUSED, CERT_HAS_EXPIRED, …) or the error's class. Error messages
 * are never used, since they can quote the data that caused them.
 */
export function errorCode(error: unknown): string {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.code ?? e?.cause?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'error';
}
