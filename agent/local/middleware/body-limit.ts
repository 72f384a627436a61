import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { apiError } from '../errors.ts';

/** Refuses bodies over `maxBytes` with 413 before they are read into memory. */
export function bodyLimit(maxBytes: number): MiddlewareHandler {
  return honoBodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      // The rest of the body is never read: close the connection, so the
      // client does not reuse a socket with half a request still in it.
      c.header('Connection', 'close');
      return apiError(c, 413, 'payload_too_large', `the body exceeds ${maxBytes} bytes`);
    },
  });
}
