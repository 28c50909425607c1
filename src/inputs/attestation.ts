// The attestation file: an auditor's signed answers for the settings no API exposes.

import { lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Attestation } from '../snapshot/types.js';
import { InputError } from '../util/input-error.js';
import { checkInputFile } from '../util/read-input-file.js';
import { readStructuredFile } from './read-structured-file.js';
import { assertValid } from './schemas.js';

export interface LoadedAttestation {
  attestation: Attestation;
  /** Evidence entries that are files beside the attestation (hashed into the manifest). */
  evidenceFiles: string[];
}

export function loadAttestation(path: string, now: Date = new Date()): LoadedAttestation {
  const raw = readStructuredFile(path, 'attestation');
  const attestation = assertValid<Attestation>('attestation', raw, path);
  if (attestation.attestedBy.trim() === '')
    throw new InputError(path, '/attestedBy: expected the name of who signed the attestation, found a blank');
  if (attestation.attestedAt < EARLIEST_ATTESTATION) {
    throw new InputError(
      path,
      `/attestedAt: expected a date on or after ${EARLIEST_ATTESTATION} (SSPR did not exist before), found ${attestation.attestedAt}`,
    );
  }
  if (Date.parse(`${attestation.attestedAt}T00:00:00Z`) > now.getTime()) {
    throw new InputError(
      path,
      `/attestedAt: expected a date that is not in the future, found ${attestation.attestedAt}`,
    );
  }
  // selectedGroup with enablement "all" or "none" is accepted: the keys are independent answers (the
  // group was the pilot's; SSPR-01's evidence keeps it). CHECKS.md, last rule; DESIGN.md's example.
  const base = dirname(resolve(path));
  // Every reference, general or per setting, that names a file is checked and hashed the same way.
  const references = [
    ...(attestation.evidence ?? []).map((entry, i) => ({ entry, at: `/evidence/${i}` })),
    ...Object.entries(attestation.settingEvidence ?? {}).flatMap(([setting, entries]) =>
      entries.map((entry, i) => ({ entry, at: `/settingEvidence/${setting}/${i}` })),
    ),
  ];
  const evidenceFiles = [
    ...new Set(references.flatMap(({ entry, at }) => evidenceFile(path, base, entry, at))),
  ];
  return { attestation: { ...attestation, file: path }, evidenceFiles };
}

/** Before this date no attestation of SSPR settings can be genuine (a year 0001 is a typo or a forgery). */
const EARLIEST_ATTESTATION = '2000-01-01';

/**
 * An evidence entry that names an existing path is a file to hash into the manifest: it must be a
 * regular file under the evidence cap inside the attestation's folder (after links), so no attestation
 * can pull /etc/shadow into a report's manifest. An entry naming nothing is a reference (a ticket id).
 */
function evidenceFile(attestationFile: string, base: string, entry: string, at: string): string[] {
  const full = resolve(base, entry);
  try {
    lstatSync(full);
  } catch {
    return [];
  }
  let real: string;
  let realBase: string;
  try {
    real = realpathSync(full);
    realBase = realpathSync(base);
  } catch {
    throw new InputError(
      attestationFile,
      `${at}: ${full} is a link that leads nowhere; expected an evidence file`,
    );
  }
  const inside = relative(realBase, real);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new InputError(
      attestationFile,
      `${at}: ${entry} is outside the attestation's folder ${base}; expected an evidence file beside the attestation`,
    );
  }
  try {
    checkInputFile(full, 'evidence');
  } catch (err) {
    if (err instanceof InputError) throw new InputError(attestationFile, `${at}: ${err.message}`);
    throw err;
  }
  return [full];
}
