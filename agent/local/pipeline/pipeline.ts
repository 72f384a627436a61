import type { EventsResponse } from '../../../shared/event/schema.ts';
import type { Logger } from '../../common/logger.ts';
import { anonymize, type Stamp } from './anonymize.ts';
import type { Delivery } from './delivery.ts';
import type { Outbox } from './outbox.ts';
import { parseEvents } from './source.ts';

export interface PipelineOptions {
  outbox: Outbox;
  delivery: Delivery | null;
  /** Everything of the stamp except the time of arrival. */
  stamp: Omit<Stamp, 'receivedAt'>;
  logger: Logger;
  now?: () => number;
}

export interface IngestResult extends EventsResponse {
  dropped: number;
}

/** source → anonymize → outbox, then a nudge to the delivery loop. */
export class Pipeline {
  private readonly o: PipelineOptions;

  constructor(options: PipelineOptions) {
    this.o = options;
  }

  /** Throws RequestShapeError when the body is not an events request at all. */
  ingest(body: unknown): IngestResult {
    const { valid, rejected } = parseEvents(body);
    const receivedAt = new Date((this.o.now ?? Date.now)()).toISOString();
    const stored = valid.map((event) => {
      const clean = anonymize(event, { ...this.o.stamp, receivedAt });
      return { id: clean.id, json: JSON.stringify(clean) };
    });
    const result = stored.length ? this.o.outbox.insert(stored) : { inserted: [], duplicates: [], dropped: 0 };
    if (result.dropped) this.o.logger.warn({ dropped: result.dropped }, 'outbox full: oldest events dropped');
    if (rejected.length) this.o.logger.info({ rejected: rejected.length, reasons: rejected.map((r) => r.reason) }, 'events rejected');
    this.o.logger.debug({ accepted: result.inserted.length, retried: result.duplicates.length }, 'events stored');
    if (result.inserted.length) this.o.delivery?.notify();
    return { accepted: [...result.inserted, ...result.duplicates], rejected, dropped: result.dropped };
  }
}
