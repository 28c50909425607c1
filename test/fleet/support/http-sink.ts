// A local HTTP server on 127.0.0.1 that records every request (the webhook sink); its answers can be
// scripted (status codes in order, then 200).

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SinkRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface HttpSink {
  url: string;
  requests: SinkRequest[];
  /** Status codes to answer with, in order (then 200). */
  script: number[];
  close(): Promise<void>;
}

export async function startHttpSink(): Promise<HttpSink> {
  const sink: Partial<HttpSink> & { requests: SinkRequest[]; script: number[] } = {
    requests: [],
    script: [],
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      sink.requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const status = sink.script.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? '1' : 'nope');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  sink.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sink.close = () => new Promise<void>((r) => server.close(() => r()));
  return sink as HttpSink;
}
