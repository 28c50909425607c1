// Checks a certificate credential's PEM file before any network call, so an expired, not-yet-valid
// or incomplete certificate gets a plain message instead of an AADSTS code.

import { X509Certificate } from 'node:crypto';
import { readInputText } from '../util/read-input-file.js';
import { AuthError } from './errors.js';

export function checkCertificateFile(path: string, now = new Date()): X509Certificate {
  // A FIFO, folder, device or oversized file is an input error (exit 2) from the shared reader.
  const pem = readInputText(path, 'certificate');
  const certBlock = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  if (!certBlock)
    throw new AuthError(
      `${path} holds no PEM certificate.`,
      'The file must contain the private key and the certificate, both PEM.',
    );
  if (!/-----BEGIN (RSA |EC |ENCRYPTED )?PRIVATE KEY-----/.test(pem)) {
    throw new AuthError(
      `${path} holds no private key.`,
      'The file must contain the private key and the certificate, both PEM.',
    );
  }
  const cert = new X509Certificate(certBlock);
  if (new Date(cert.validTo) < now) {
    throw new AuthError(
      `The certificate in ${path} expired on ${new Date(cert.validTo).toISOString()} (thumbprint ${cert.fingerprint.replace(/:/g, '')}).`,
      'Upload a new certificate to the app registration and point AZURE_CLIENT_CERTIFICATE_PATH at it.',
    );
  }
  if (new Date(cert.validFrom) > now)
    throw new AuthError(
      `The certificate in ${path} is not valid before ${new Date(cert.validFrom).toISOString()}.`,
    );
  return cert;
}
