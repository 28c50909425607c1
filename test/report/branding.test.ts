// Branding files: schema-validated, the logo inlined as a data URI, and every mistake an InputError
// that names the file and the JSON path (exit 2 from the CLI, before anything is written).

import { expect } from 'chai';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BRANDING, loadBranding, MAX_LOGO_BYTES } from '../../src/report/branding.js';
import { InputError } from '../../src/util/input-error.js';
import { runCli, tempDir } from '../helpers/run-cli.js';
import { PNG_1X1 } from './helpers/report-fixtures.js';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#c0392b"/></svg>';

describe('report branding', () => {
  const dir = tempDir('sspr-branding-');
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  file('logo.png', PNG_1X1);
  file('logo.svg', SVG);
  file('fake.png', 'this is text, not a PNG');
  file('huge.png', Buffer.concat([PNG_1X1, Buffer.alloc(MAX_LOGO_BYTES)]));

  it('uses neutral sspr-audit branding without a file', () => {
    expect(loadBranding()).to.equal(DEFAULT_BRANDING);
    expect(DEFAULT_BRANDING).to.include({
      companyName: 'sspr-audit',
      logoDataUri: null,
      footerText: null,
      isDefault: true,
    });
  });

  it('reads a YAML file: name, colours (normalised), footer, and a PNG logo relative to the file', () => {
    const branding = loadBranding(
      file(
        'msp.yaml',
        'companyName: Northwind MSP\nlogo: logo.png\ncolors:\n  primary: "#0A5"\n  accent: "#C0392B"\nfooterText: Confidential\n',
      ),
    );
    expect(branding).to.deep.equal({
      companyName: 'Northwind MSP',
      logoDataUri: `data:image/png;base64,${PNG_1X1.toString('base64')}`,
      primaryColor: '#00aa55',
      accentColor: '#c0392b',
      footerText: 'Confidential',
      isDefault: false,
    });
  });

  it('reads a JSON file with an SVG logo, keeping defaults for what it leaves out', () => {
    const branding = loadBranding(
      file('msp.json', JSON.stringify({ companyName: 'Contoso Audit', logo: 'logo.svg' })),
    );
    expect(branding.logoDataUri).to.equal(`data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64')}`);
    expect(branding).to.include({
      primaryColor: DEFAULT_BRANDING.primaryColor,
      accentColor: DEFAULT_BRANDING.accentColor,
      footerText: null,
    });
  });

  const bad: Array<{ name: string; file: string; content: string; says: RegExp[] }> = [
    {
      name: 'a colour that is not hex',
      file: 'c.yaml',
      content: 'colors:\n  primary: blue\n',
      says: [/\/colors\/primary/, /expected to match/],
    },
    {
      name: 'a 4-digit hex colour',
      file: 'c4.yaml',
      content: 'colors:\n  accent: "#abcd"\n',
      says: [/\/colors\/accent/],
    },
    {
      name: 'an unknown key',
      file: 'u.yaml',
      content: 'companyName: X\nlogoUrl: http://example.com/logo.png\n',
      says: [/unknown property "logoUrl"/],
    },
    { name: 'an empty company name', file: 'n.yaml', content: 'companyName: ""\n', says: [/\/companyName/] },
    {
      name: 'a logo of another type',
      file: 'g.yaml',
      content: 'logo: logo.gif\n',
      says: [/\/logo/, /expected to match/],
    },
    {
      name: 'a logo that does not exist',
      file: 'm.yaml',
      content: 'logo: missing.png\n',
      says: [/\/logo: file not found/, /missing\.png/],
    },
    {
      name: 'a logo whose content is not its type',
      file: 'f.yaml',
      content: 'logo: fake.png\n',
      says: [/\/logo/, /is not a PNG file/],
    },
    {
      name: 'a logo over 1 MiB',
      file: 'h.yaml',
      content: 'logo: huge.png\n',
      says: [/\/logo/, /expected at most/],
    },
    {
      name: 'YAML that does not parse',
      file: 'y.yaml',
      content: 'companyName: [unclosed\n',
      says: [/not valid YAML at line/],
    },
    {
      name: 'a list instead of a mapping',
      file: 'l.yaml',
      content: '- companyName: X\n',
      says: [/\(top level\)/, /expected object/],
    },
  ];
  for (const c of bad) {
    it(`rejects ${c.name}, naming the file and the path`, () => {
      const path = file(c.file, c.content);
      let error: unknown;
      try {
        loadBranding(path);
      } catch (err) {
        error = err;
      }
      expect(error).to.be.instanceOf(InputError);
      expect((error as InputError).where).to.equal(path);
      for (const s of c.says) expect((error as Error).message).to.match(s);
    });
  }

  it('rejects a branding file that does not exist', () => {
    expect(() => loadBranding(join(dir, 'nope.yaml'))).to.throw(InputError, /branding file not found/);
  });

  it('makes the CLI exit 2 before writing anything', function () {
    this.timeout(60_000);
    const out = join(dir, 'out');
    const run = runCli([
      'demo',
      '--out',
      out,
      '--format',
      'html,json',
      '--branding',
      file('cli.yaml', 'colors:\n  primary: red\n'),
    ]);
    expect(run.code).to.equal(2);
    expect(run.stderr).to.include('cli.yaml').and.include('/colors/primary');
    expect(existsSync(out)).to.equal(false);
  });
});
