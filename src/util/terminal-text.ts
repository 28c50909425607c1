// Untrusted text (a tenant's display name, Graph's error text, a file's content) made safe for one
// terminal or log line: escape sequences (OSC 8 links, clear-screen, cursor moves) and other control
// characters could rewrite the screen, and CR/LF could forge log lines. Every printer passes untrusted
// text through terminalText; the JSON log escapes the same characters as \uXXXX (lossless).

// ESC-introduced sequences: CSI (ESC [ … final byte), OSC/DCS/SOS/PM/APC (ESC ] P X ^ _ … BEL or ST),
// and two-character escapes (ESC + one byte).
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][\s\S]*?(?:\x07|\x1b\\|$)|\x1b[\s\S]?/g;
// C0 and DEL, C1 (U+0080–U+009F, 0x9B is a one-byte CSI), and the bidi embeddings, overrides and
// isolates (U+202A–U+202E, U+2066–U+2069) plus the marks U+200E, U+200F and U+061C.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` for one terminal or log line: escape sequences removed, line breaks and tabs as spaces, other controls as U+FFFD. */
export function terminalText(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(CONTROL, (c) => (c === '\n' || c === '\r' || c === '\t' ? ' ' : '\uFFFD'));
}

/** A JSON line with the characters JSON.stringify leaves raw (C1, DEL, bidi controls) escaped as \uXXXX. */
export function escapeJsonLine(json: string): string {
  return json.replace(
    /[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Several lines of our own layout holding untrusted text: each line made safe, the line breaks kept. */
export function terminalLines(text: string): string {
  return text
    .split('\n')
    .map((line) => terminalText(line))
    .join('\n');
}
