/** Named errors of the graph core. Messages say what was wrong and how to fix it. */

export class GraphFormatError extends Error {
  override readonly name = 'GraphFormatError';
}

export class UnknownNodeError extends Error {
  override readonly name = 'UnknownNodeError';
  constructor(
    readonly query: string,
    readonly suggestions: string[],
  ) {
    super(
      `no lecture or concept matches "${query}"` +
        (suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''),
    );
  }
}
