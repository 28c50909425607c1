// Fault injection: a test names a route (or 'batch', 'token', 'openid') and what goes wrong there,
// optionally only on one page, only inside or outside a $batch, and only a number of times.

export type FaultKind =
  | 'forbidden' // 403 Authorization_RequestDenied
  | 'forbiddenNoCode' // 403 with an empty code
  | 'notLicensed' // 403 Authentication_RequestFromNonPremiumTenantOrB2CTenant
  | 'throttle' // 429 with Retry-After (seconds or HTTP date)
  | 'serverError' // 5xx (503 unless `status` says otherwise)
  | 'notFound' // 404
  | 'slow' // answers after `delayMs`
  | 'drop' // socket destroyed, no response
  | 'cut' // headers and half the body, then the socket is destroyed
  | 'truncate' // a complete HTTP response whose JSON body is cut in half
  | 'loop' // the page's @odata.nextLink points back at itself
  | 'refuseTop'; // 400 "Invalid page size" for any $top (a Graph with a smaller maximum)

export interface FaultSpec {
  route: string;
  kind: FaultKind;
  /** Only on this 0-based page of a paged route. */
  page?: number;
  /** true: only inner $batch requests; false: only plain requests; absent: both. */
  inBatch?: boolean;
  /** How many matching requests it hits (default: every one). */
  times?: number;
  status?: number;
  retryAfterSeconds?: number;
  /** 'date' sends Retry-After as an HTTP date instead of seconds. */
  retryAfterForm?: 'seconds' | 'date';
  /** Omit the Retry-After header altogether. */
  noRetryAfter?: boolean;
  delayMs?: number;
}

interface ActiveFault extends FaultSpec {
  remaining: number;
  hits: number;
}

export class FaultBook {
  private faults: ActiveFault[] = [];

  add(...specs: FaultSpec[]): void {
    for (const spec of specs)
      this.faults.push({ ...spec, remaining: spec.times ?? Number.POSITIVE_INFINITY, hits: 0 });
  }

  clear(): void {
    this.faults = [];
  }

  /** The fault that applies to this request, consuming one of its uses. */
  take(route: string, page: number, inBatch: boolean, wire: boolean): FaultSpec | undefined {
    const isWire = (k: FaultKind) => k === 'drop' || k === 'cut' || k === 'truncate' || k === 'slow';
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        f.route === route &&
        isWire(f.kind) === wire &&
        (f.page === undefined || f.page === page) &&
        (f.inBatch === undefined || f.inBatch === inBatch),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    fault.hits += 1;
    return fault;
  }

  /** How many times each fault was applied. */
  hits(): Array<{ route: string; kind: FaultKind; hits: number }> {
    return this.faults.map((f) => ({ route: f.route, kind: f.kind, hits: f.hits }));
  }
}

export function retryAfterValue(fault: FaultSpec): string {
  const seconds = fault.retryAfterSeconds ?? 1;
  return fault.retryAfterForm === 'date'
    ? new Date(Date.now() + seconds * 1000).toUTCString()
    : String(seconds);
}
