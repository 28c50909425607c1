// Collection could not start or went wrong as a whole (authentication, network): exit code 3.

export class CollectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CollectionError';
  }
}
