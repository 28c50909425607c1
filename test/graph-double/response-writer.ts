// Writes a double response: JSON with Graph's content type (or text/plain), request ids, and the wire
// faults — a truncated body with a matching Content-Length, or a connection cut mid-body.

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DoubleResponse } from './http-types.js';

const JSON_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function writeResponse(req: IncomingMessage, res: ServerResponse, response: DoubleResponse): void {
  const isText = typeof response.body === 'string';
  const payload =
    response.body === undefined ? '' : isText ? (response.body as string) : JSON.stringify(response.body);
  const headers: Record<string, string> = {
    'request-id': randomUUID(),
    'client-request-id': String(req.headers['client-request-id'] ?? randomUUID()),
    ...(response.body === undefined ? {} : { 'Content-Type': isText ? 'text/plain' : JSON_TYPE }),
    ...response.headers,
  };
  const bytes = Buffer.from(payload, 'utf8');
  if (response.wire === 'truncate') {
    const half = bytes.subarray(0, Math.floor(bytes.length / 2));
    res.writeHead(response.status, { ...headers, 'Content-Length': String(half.length) });
    res.end(half);
    return;
  }
  res.writeHead(response.status, { ...headers, 'Content-Length': String(bytes.length) });
  if (response.wire === 'cut') {
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () =>
      setTimeout(() => req.socket.destroy(), 5),
    );
    return;
  }
  res.end(bytes);
}
