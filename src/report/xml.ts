// XML 1.0 text and attribute escaping, dropping the characters XML 1.0 cannot carry at all.

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes control characters, lone surrogates and U+FFFE/U+FFFF, which no XML parser accepts. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

export function xmlText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** For a double-quoted attribute; line breaks and tabs are kept as character references. */
export function xmlAttr(text: string): string {
  return xmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
