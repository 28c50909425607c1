// A saved portal-backend export: PasswordResetPolicies and/or OnPremisesPasswordResetPolicies JSON
// as Microsoft returns them. Accepts either object alone, both in an array, or both under their names.

import type { OnPremisesPasswordResetPolicies, PasswordResetPolicies, Source } from '../snapshot/types.js';
import { InputError } from '../util/input-error.js';
import { readStructuredFile } from './read-structured-file.js';
import { assertValid } from './schemas.js';

export interface PortalExport {
  passwordResetPolicies?: Source<PasswordResetPolicies>;
  onPremisesPasswordResetPolicies?: Source<OnPremisesPasswordResetPolicies>;
}

const isOnPrem = (o: Record<string, unknown>) =>
  'enablementForTenant' in o || 'passwordWritebackSupported' in o || 'accountUnlockEnabled' in o;
const isPolicies = (o: Record<string, unknown>) =>
  'enablementType' in o || 'numberOfAuthenticationMethodsRequired' in o;

export function loadPortalExport(path: string, fetchedAt: string): PortalExport {
  const raw = readStructuredFile(path, 'portal export');
  const parts: Array<{ value: unknown; at: string }> = Array.isArray(raw)
    ? raw.map((value, i) => ({ value, at: `/${i}` }))
    : raw &&
        typeof raw === 'object' &&
        ('PasswordResetPolicies' in raw || 'OnPremisesPasswordResetPolicies' in raw)
      ? Object.entries(raw).map(([k, value]) => ({ value, at: `/${k}` }))
      : [{ value: raw, at: '' }];
  const out: PortalExport = {};
  const outcome = (what: string) => ({
    status: 'ok' as const,
    endpoint: `file:${path} (${what})`,
    fetchedAt,
  });
  for (const { value, at } of parts) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new InputError(
        path,
        `${at || '(top level)'}: expected a PasswordResetPolicies or OnPremisesPasswordResetPolicies object`,
      );
    }
    const o = value as Record<string, unknown>;
    if (isPolicies(o)) {
      if (out.passwordResetPolicies)
        throw new InputError(path, `${at}: a second PasswordResetPolicies object`);
      const data = assertValid<PasswordResetPolicies>(
        'portal-password-reset-policies',
        o,
        `${path}${at ? ` ${at}` : ''}`,
      );
      out.passwordResetPolicies = { outcome: outcome('PasswordResetPolicies'), data };
    } else if (isOnPrem(o)) {
      if (out.onPremisesPasswordResetPolicies)
        throw new InputError(path, `${at}: a second OnPremisesPasswordResetPolicies object`);
      const data = assertValid<OnPremisesPasswordResetPolicies>(
        'portal-on-premises-policies',
        o,
        `${path}${at ? ` ${at}` : ''}`,
      );
      out.onPremisesPasswordResetPolicies = { outcome: outcome('OnPremisesPasswordResetPolicies'), data };
    } else {
      throw new InputError(
        path,
        `${at || '(top level)'}: expected PasswordResetPolicies (with "enablementType") or OnPremisesPasswordResetPolicies (with "enablementForTenant")`,
      );
    }
  }
  return out;
}
