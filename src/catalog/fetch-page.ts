/**
 * One HTTP GET, bounded in time (AbortSignal.timeout, headers and body together) and in size, that
 * never throws for what the network does: every answer or failure comes back as a typed outcome, so
 * the caller decides what a 404 or a refused connection means for the catalog.
 */

export type FetchOutcome =
  | { kind: 'ok'; status: number; bytes: Buffer }
  /** An HTTP answer other than 2xx; the body is discarded. */
  | { kind: 'status'; status: number; statusText: string }
  | { kind: 'timeout'; timeoutMs: number }
  /** No HTTP answer. `connect` is true when the connection itself could not be made (offline). */
  | { kind: 'network'; code: string; message: string; connect: boolean }
  | { kind: 'too-large'; bytes: number; maxBytes: number };

export interface FetchPageOptions {
  timeoutMs: number;
  maxBytes: number;
}

/** Error codes that mean no connection could be made: no network, no DNS, nothing listening. */
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export async function fetchPage(url: string, options: FetchPageOptions): Promise<FetchOutcome> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: { accept: 'text/markdown, text/plain;q=0.9, */*;q=0.1', 'user-agent': 'lecture-atlas' },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'status', status: response.status, statusText: response.statusText };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'too-large', bytes: declared, maxBytes: options.maxBytes };
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > options.maxBytes) {
          await reader.cancel().catch(() => undefined);
          return { kind: 'too-large', bytes: total, maxBytes: options.maxBytes };
        }
        chunks.push(value);
      }
    }
    return { kind: 'ok', status: response.status, bytes: Buffer.concat(chunks) };
  } catch (error) {
    return classifyFailure(error, options.timeoutMs, signal);
  }
}

function classifyFailure(error: unknown, timeoutMs: number, signal: AbortSignal): FetchOutcome {
  const e = error as { name?: string; message?: string; code?: string; cause?: unknown };
  if (e?.name === 'TimeoutError' || (signal.aborted && (signal.reason as Error)?.name === 'TimeoutError'))
    return { kind: 'timeout', timeoutMs };
  // fetch wraps socket errors: TypeError("fetch failed", { cause: { code: 'ECONNREFUSED', … } }).
  let cause: unknown = e;
  let code: string | undefined;
  let message = e?.message ?? String(error);
  for (let depth = 0; cause && depth < 4; depth++) {
    const c = cause as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof c.code === 'string') {
      code = c.code;
      if (typeof c.message === 'string' && c.message) message = c.message;
      break;
    }
    // Happy-eyeballs failures come as an AggregateError whose parts carry the codes.
    if (Array.isArray(c.errors) && c.errors.length) cause = c.errors[0];
    else cause = c.cause;
  }
  code ??= 'EUNKNOWN';
  return { kind: 'network', code, message, connect: CONNECT_CODES.has(code) };
}

/** A short human description of a failed outcome, for messages. */
export function describeOutcome(outcome: Exclude<FetchOutcome, { kind: 'ok' }>): string {
  switch (outcome.kind) {
    case 'status':
      return `HTTP ${outcome.status}${outcome.statusText ? ` ${outcome.statusText}` : ''}`;
    case 'timeout':
      return `no complete answer within ${outcome.timeoutMs} ms`;
    case 'network':
      return outcome.message.includes(outcome.code) ? outcome.message : `${outcome.code}: ${outcome.message}`;
    case 'too-large':
      return `page is ${outcome.bytes} bytes or more, over the limit of ${outcome.maxBytes} bytes`;
  }
}
