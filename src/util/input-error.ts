// An error in something the user gave us (a file or a flag): the CLI prints it and exits 2.

export class InputError extends Error {
  constructor(
    /** The file or flag at fault. */
    readonly where: string,
    /** What is wrong there, with the JSON path and what was expected when there is one. */
    readonly detail: string,
  ) {
    super(`${where}: ${detail}`);
    this.name = 'InputError';
  }
}
