// A small, strict XML 1.0 reader for the tests: elements, attributes, text and character references.
// It rejects what a conforming parser rejects in our output: unescaped < or &, mismatched or
// unclosed tags, duplicate attributes, characters XML cannot carry, and more than one root.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.-]*/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const BAD_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function decode(raw: string, at: number): string {
  if (raw.includes('<')) throw new Error(`unescaped "<" near offset ${at}`);
  return raw.replace(/&([^;]*);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare "&" near offset ${at}`);
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    if (!(ref in ENTITIES)) throw new Error(`unknown entity &${ref}; near offset ${at}`);
    return ENTITIES[ref];
  });
}

export function parseXml(xml: string): XmlElement {
  const bad = BAD_CHAR.exec(xml);
  if (bad) throw new Error(`character U+${bad[0].codePointAt(0)!.toString(16)} is not allowed in XML`);
  let i = 0;
  const skipSpace = () => {
    while (/\s/.test(xml[i] ?? '')) i += 1;
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    i = end + 2;
  }
  skipSpace();

  const element = (): XmlElement => {
    if (xml[i] !== '<') throw new Error(`expected "<" at offset ${i}`);
    i += 1;
    const name = NAME.exec(xml.slice(i))?.[0];
    if (!name) throw new Error(`expected an element name at offset ${i}`);
    i += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (xml[i] === '>') {
        i += 1;
        break;
      }
      const attr = NAME.exec(xml.slice(i))?.[0];
      if (!attr) throw new Error(`expected an attribute name at offset ${i}`);
      i += attr.length;
      if (xml[i] !== '=' || (xml[i + 1] !== '"' && xml[i + 1] !== "'"))
        throw new Error(`expected ="…" after ${attr} at offset ${i}`);
      const quote = xml[i + 1];
      const end = xml.indexOf(quote, i + 2);
      if (end < 0) throw new Error(`unterminated attribute ${attr}`);
      if (attr in attributes) throw new Error(`duplicate attribute ${attr} on <${name}>`);
      attributes[attr] = decode(xml.slice(i + 2, end), i);
      i = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      const next = xml.indexOf('<', i);
      if (next < 0) throw new Error(`<${name}> is never closed`);
      text += decode(xml.slice(i, next), i);
      i = next;
      if (xml.startsWith('</', i)) {
        const close = NAME.exec(xml.slice(i + 2))?.[0];
        if (close !== name) throw new Error(`</${close}> closes <${name}> at offset ${i}`);
        i += 2 + close.length;
        skipSpace();
        if (xml[i] !== '>') throw new Error(`expected ">" at offset ${i}`);
        i += 1;
        return { name, attributes, children, text };
      }
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i);
        if (end < 0) throw new Error('unterminated comment');
        i = end + 3;
        continue;
      }
      children.push(element());
    }
  };

  const root = element();
  skipSpace();
  if (i !== xml.length) throw new Error(`content after the root element at offset ${i}`);
  return root;
}
