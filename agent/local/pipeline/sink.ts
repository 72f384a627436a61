import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { BatchResponse } from '../../../shared/event/schema.ts';
import { errorCode } from '../../common/error-code.ts';
import type { HubFetch } from '../hub-http.ts';
import type { Batch } from './outbox.ts';
import { classify, parseRetryAfter, type Verdict } from './retry-classifier.ts';

const gzipAsync = promisify(gzip);

export interface SinkOptions {
  hubUrl: string;
  hubToken: string;
  agentId: string;
  fetch: HubFetch;
  now?: () => number;
}

export interface SendResult {
  verdict: Verdict;
  status?: number;
  /** A short code for status and logs (an HTTP status or an error code), never a body. */
  detail: string;
  rejected: { id: string; reason: string }[];
  retryAfterMs?: number;
}

/**
 * The hub client for batches (interfaces.md §5): the stored event bodies are
 * spliced into one JSON document, gzipped, and posted with the batch id as
 * Idempotency-Key, so a retry of the same batch is recognised by the hub.
 */
export class Sink {
  private readonly options: SinkOptions;

  constructor(options: SinkOptions) {
    this.options = options;
  }

  async send(batch: Batch): Promise<SendResult> {
    const { hubUrl, hubToken, agentId, fetch } = this.options;
    const now = this.options.now ?? Date.now;
    const json = `{"batchId":${JSON.stringify(batch.batchId)},"agentId":${JSON.stringify(agentId)},"events":[${batch.events.map((e) => e.json).join(',')}]}`;
    const body = await gzipAsync(json);
    let response;
    try {
      response = await fetch(`${hubUrl}/v1/batches`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${hubToken}`,
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          'idempotency-key': batch.batchId,
        },
        body,
      });
    } catch (error) {
      return { verdict: classify({ error }), detail: errorCode(error), rejected: [] };
    }
    const verdict = classify({ status: response.status });
    const result: SendResult = { verdict, status: response.status, detail: `http ${response.status}`, rejected: [] };
    if (verdict === 'retry') result.retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
    if (verdict === 'ok') result.rejected = readRejected(await response.text().catch(() => ''));
    return result;
  }
}

// Any 2xx acknowledges the batch; a §5 answer may single out rejected events.
function readRejected(text: string): { id: string; reason: string }[] {
  try {
    const answer = JSON.parse(text) as Partial<BatchResponse>;
    if (!Array.isArray(answer.rejected)) return [];
    return answer.rejected
      .filter((r): r is { id: string; reason: string } => !!r && typeof r.id === 'string')
      .map((r) => ({ id: r.id, reason: typeof r.reason === 'string' ? r.reason : 'rejected' }));
  } catch {
    return [];
  }
}
