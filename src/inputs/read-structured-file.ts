// Reads a JSON or YAML file into a value, turning every read or parse failure into an InputError
// that names the file and the line and column. The file itself is read by the shared reader (a regular
// file under the cap of its kind, UTF-8).

import { parse as parseYaml, YAMLParseError } from 'yaml';
import { InputError } from '../util/input-error.js';
import { readInputText, type InputFileKind } from '../util/read-input-file.js';

export function readStructuredFile(path: string, what: InputFileKind): unknown {
  const text = readInputText(path, what);
  if (text.trim() === '') throw new InputError(path, `the ${what} file is empty`);
  const yaml = /\.ya?ml$/i.test(path);
  return yaml ? parseYamlText(path, text, what) : parseJsonText(path, text, what);
}

function parseJsonText(path: string, text: string, what: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    const message = (err as Error).message;
    const pos = /position (\d+)/.exec(message);
    const where = pos
      ? lineColumn(text, Number(pos[1]))
      : text.trimEnd().length >= text.length - 1
        ? 'at the end (truncated?)'
        : '';
    throw new InputError(
      path,
      `the ${what} file is not valid JSON ${where}: ${message.replace(/^JSON\.parse: /, '')}`.replace(
        /\s+:/,
        ':',
      ),
    );
  }
}

function parseYamlText(path: string, text: string, what: string): unknown {
  try {
    return parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  } catch (err) {
    if (err instanceof YAMLParseError) {
      const at = err.linePos?.[0];
      throw new InputError(
        path,
        `the ${what} file is not valid YAML${at ? ` at line ${at.line} column ${at.col}` : ''}: ${err.message.split('\n')[0]}`,
      );
    }
    throw new InputError(path, `the ${what} file could not be parsed: ${(err as Error).message}`);
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `at line ${line} column ${column}`;
}
