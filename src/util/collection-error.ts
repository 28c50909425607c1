// Collection could not start or went wrong as a whole (authentication, network): exit code 3. The
// message passes the redactor: it often quotes the identity service or Graph, which may echo a secret.

import { redactSecrets } from './redactor.js';

export class CollectionError extends Error {
  constructor(message: string) {
    super(redactSecrets(message));
    this.name = 'CollectionError';
  }
}
