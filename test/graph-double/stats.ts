// What the double counts: every HTTP request, Graph requests by route (inner $batch ones included),
// report requests and how many it throttled, and a log of each request.

export interface RequestLogEntry {
  at: number;
  method: string;
  url: string;
  route: string;
  status: number;
  inBatch: boolean;
  /** Graph version of a Graph request. */
  version?: 'v1.0' | 'beta';
  /** The request's Prefer header, as received (inner $batch headers for inner requests). */
  prefer?: string;
  /** The answered body, when the double captures bodies. */
  body?: unknown;
}

export interface DoubleStats {
  /** HTTP requests received (identity, Graph, portal). */
  httpRequests: number;
  /** Plain Graph requests plus $batch POSTs. */
  graphRequests: number;
  tokenRequests: number;
  batches: number;
  innerRequests: number;
  /** Graph requests by route, inner $batch requests included. */
  byRoute: Record<string, number>;
  /** Requests to reports/* and auditLogs/* (inner ones included). */
  reportRequests: number;
  throttled: number;
  log: RequestLogEntry[];
}

export const emptyStats = (): DoubleStats => ({
  httpRequests: 0,
  graphRequests: 0,
  tokenRequests: 0,
  batches: 0,
  innerRequests: 0,
  byRoute: {},
  reportRequests: 0,
  throttled: 0,
  log: [],
});
