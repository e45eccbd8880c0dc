/**
 * A failure the person running Dateline can fix: it carries a one-line cause and what to do,
 * and command-line entry points print it without a stack trace.
 */
export class ConfigurationProblem extends Error {
  constructor(
    message: string,
    readonly remedy: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ConfigurationProblem';
  }

  toString(): string {
    return `${this.message}\n  → ${this.remedy}`;
  }
}
