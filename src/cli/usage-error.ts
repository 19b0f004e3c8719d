/**
 * UsageError: the command line itself is wrong (unknown verb or option, missing or extra arguments, a bad
 * option value). The CLI prints the message and the usage of the verb concerned, and exits with code 2.
 */
import type { VerbSpec } from './query-verbs.js';

export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    /** The verb whose usage to show; none for a problem before the verb is known. */
    readonly verb?: VerbSpec,
  ) {
    super(message);
  }
}
