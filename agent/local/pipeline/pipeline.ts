import type { EventsResponse } from '../../../shared/event/schema.ts';
import type { Logger } from '../../common/logger.ts';
import { anonymize, type ScrubMemo, type Stamp } from './anonymize.ts';
import type { Delivery } from './delivery.ts';
import { GroupWriter, type Arrival } from './group-writer.ts';
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
  private readonly writer: GroupWriter;
  private readonly memo: ScrubMemo = new Map();

  constructor(options: PipelineOptions) {
    this.o = options;
    this.writer = new GroupWriter(options.outbox);
  }

  /** Transactions and events written to the outbox since start (events per commit = events per fsync). */
  get commits(): { commits: number; events: number } {
    return this.writer.totals;
  }

  /** Call when a request starts being read: the next commit waits briefly for it (group commit). */
  arrive(): Arrival {
    return this.writer.arrive();
  }

  /** Rejects with RequestShapeError when the body is not an events request at all; resolves once the events are durable. */
  async ingest(body: unknown, arrival?: Arrival): Promise<IngestResult> {
    const { valid, rejected } = parseEvents(body);
    const receivedAt = new Date((this.o.now ?? Date.now)()).toISOString();
    const stored = valid.map((event) => {
      const clean = anonymize(event, { ...this.o.stamp, receivedAt }, this.memo);
      return { id: clean.id, json: JSON.stringify(clean) };
    });
    const result = stored.length ? await this.writer.write(stored, arrival) : { inserted: [], duplicates: [], dropped: 0 };
    if (result.dropped) this.o.logger.warn({ dropped: result.dropped }, 'outbox full: oldest events dropped');
    if (rejected.length) this.o.logger.info({ rejected: rejected.length, reasons: rejected.map((r) => r.reason) }, 'events rejected');
    this.o.logger.debug({ accepted: result.inserted.length, retried: result.duplicates.length }, 'events stored');
    if (result.inserted.length) this.o.delivery?.notify();
    return { accepted: [...result.inserted, ...result.duplicates], rejected, dropped: result.dropped };
  }
}
