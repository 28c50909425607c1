// Keeps secrets out of everything printed or stored: known secret values, URL passwords, bearer and
// JWT-shaped tokens, and secrets quoted in form or JSON bodies (an identity or Graph error that echoes
// the request) are masked. `redactSecrets` is the process-wide instance every error text passes
// through where it enters (GraphFailure, CollectionError), so no writer has to remember it.

const MASK = '[redacted]';
const MIN_SECRET_LENGTH = 4;
const SECRET_FIELDS = 'client_secret|client_assertion|access_token|refresh_token|id_token|password';

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Registers a value that must never appear in output (short values are ignored: too many false hits). */
  add(secret: string | undefined): void {
    if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) return;
    this.secrets.add(secret);
    // The same secret as a form body or URL carries it.
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) this.secrets.add(encoded);
  }

  /** `text` with every registered secret, URL password and bearer token masked. */
  redact(text: string): string {
    let out = text;
    // Longest first: a short secret contained in a longer one must not leave the longer one's tail.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length))
      out = out.split(secret).join(MASK);
    return out
      .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+@/gi, `$1${MASK}@`)
      .replace(/(\bBearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi, `$1${MASK}`)
      .replace(/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, MASK)
      .replace(new RegExp(`((?:${SECRET_FIELDS})=)[^&\\s"']+`, 'gi'), `$1${MASK}`)
      .replace(new RegExp(`("(?:${SECRET_FIELDS})"\\s*:\\s*")[^"]*`, 'gi'), `$1${MASK}`);
  }
}

/** The process-wide redactor: the scan registers its client secret, certificate password and tokens. */
export const processSecrets = new Redactor();

/** `text` with every secret this process knows of, and every token-shaped string, masked. */
export function redactSecrets(text: string): string {
  return processSecrets.redact(text);
}

/** The host of a URL, for log lines about endpoints whose full URL may carry a token (webhooks). */
export function urlOrigin(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return '(invalid URL)';
  }
}
