// Keeps secrets out of everything printed or stored: known secret values and URL passwords are masked.

const MASK = '[redacted]';
const MIN_SECRET_LENGTH = 4;

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Registers a value that must never appear in output (short values are ignored: too many false hits). */
  add(secret: string | undefined): void {
    if (secret && secret.length >= MIN_SECRET_LENGTH) this.secrets.add(secret);
  }

  /** `text` with every registered secret, URL password and bearer token masked. */
  redact(text: string): string {
    let out = text;
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length))
      out = out.split(secret).join(MASK);
    return out
      .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+@/gi, `$1${MASK}@`)
      .replace(/(\bBearer\s+)[A-Za-z0-9._~+/=-]{8,}/g, `$1${MASK}`)
      .replace(/((?:client_secret|client_assertion|access_token|password)=)[^&\s]+/gi, `$1${MASK}`);
  }
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
