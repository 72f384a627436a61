import { gunzipSync } from 'node:zlib';

export class BodyError extends Error {
  readonly status: 400 | 413 | 415;
  readonly code: string;
  constructor(status: 400 | 413 | 415, code: string, detail: string) {
    super(detail);
    this.status = status;
    this.code = code;
  }
}

/** Reads a JSON body, gunzipping it when sent with Content-Encoding: gzip. */
export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const raw = Buffer.from(await req.arrayBuffer());
  if (raw.length > maxBytes) throw new BodyError(413, 'too_large', `body over ${maxBytes} bytes`);
  const encoding = (req.headers.get('content-encoding') ?? 'identity').toLowerCase();
  let bytes: Buffer;
  if (encoding === 'gzip') {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: maxBytes * 4 });
    } catch (e) {
      const tooBig = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      throw new BodyError(tooBig ? 413 : 400, tooBig ? 'too_large' : 'bad_gzip', tooBig ? 'decompressed body too large' : 'the body is not valid gzip');
    }
  } else if (encoding === 'identity') {
    bytes = raw;
  } else {
    throw new BodyError(415, 'unsupported_encoding', `Content-Encoding ${encoding} is not supported (use gzip or none)`);
  }
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new BodyError(400, 'malformed_json', 'the body is not valid JSON');
  }
}
