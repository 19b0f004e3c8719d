import { describe, expect, it } from 'vitest';
import { jsonSyntaxProblem } from '../../src/ingest/json-syntax.js';
import { formatDiagnostic } from '../../src/ingest/diagnostics.js';

const problem = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (e) {
    return jsonSyntaxProblem(text, e).message;
  }
  throw new Error('valid JSON');
};

const lectures = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `  {"number": ${i + 1}, "title": "Lecture ${i + 1}", "url": "x"},`);

describe('JSON syntax problems', () => {
  it('should name a trailing comma by line and column, without quoting the file, however large', () => {
    for (const n of [1, 40]) {
      const text = ['[', ...lectures(n), ']', ''].join('\r\n');
      expect(problem(text)).toBe(
        `invalid JSON at line ${n + 2}, column 1: a comma before "]": JSON allows none after the last item`,
      );
    }
  });

  it('should show an unexpected character escaped, never as the terminal code it is', () => {
    const text = ['[', ...lectures(30), '  \u001b[2J\u001b]0;owned\u0007', ']'].join('\n');
    expect(problem(text)).toBe('invalid JSON at line 32, column 3: unexpected "\\u001b"');
  });

  it("should keep V8's reason where it says more than the character, without its place", () => {
    expect(problem('{"a": 1 "b": 2}')).toBe(
      "invalid JSON at line 1, column 9: Expected ',' or '}' after property value",
    );
    expect(problem('[1]\n[2]\n')).toBe(
      'invalid JSON at line 2, column 1: Unexpected non-whitespace character after the end of the data',
    );
  });
});

describe('diagnostic lines', () => {
  it('should escape the control characters and carriage returns a message quotes from the input', () => {
    const line = formatDiagnostic({
      severity: 'warning',
      file: 'list.json',
      line: 2,
      message: 'unknown field "\u001b[31mred\r" ignored',
    });
    expect(line).toBe('list.json:2: warning: unknown field "\\u001b[31mred\\u000d" ignored');
  });
});
