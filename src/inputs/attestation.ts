// The attestation file: an auditor's signed answers for the settings no API exposes.

import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Attestation } from '../snapshot/types.js';
import { InputError } from '../util/input-error.js';
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
  if (Date.parse(`${attestation.attestedAt}T00:00:00Z`) > now.getTime()) {
    throw new InputError(
      path,
      `/attestedAt: expected a date that is not in the future, found ${attestation.attestedAt}`,
    );
  }
  // selectedGroup with enablement "all" or "none" is accepted: the keys are independent answers (the
  // group was the pilot's; SSPR-01's evidence keeps it). CHECKS.md, last rule; DESIGN.md's example.
  const base = dirname(resolve(path));
  const references = [
    ...(attestation.evidence ?? []),
    ...Object.values(attestation.settingEvidence ?? {}).flat(),
  ];
  const evidenceFiles = [...new Set(references.map((e) => resolve(base, e)))].filter((f) => existsSync(f));
  return { attestation: { ...attestation, file: path }, evidenceFiles };
}
