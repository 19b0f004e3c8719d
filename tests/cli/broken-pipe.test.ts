import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { linesUntilReaderLeaves } from '../../src/cli/broken-pipe.js';

/** A stream whose reader leaves after `lines` lines: the next write fails as a closed pipe's does. */
function pipeClosingAfter(lines: number, code = 'EPIPE'): { stream: Writable; received: string[] } {
  const received: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (received.length >= lines) return done(Object.assign(new Error(`write ${code}`), { code }));
      received.push(chunk.toString());
      done();
    },
  });
  return { stream, received };
}

describe('linesUntilReaderLeaves', () => {
  it('should drop the lines after the reader has left, quietly', async () => {
    const { stream, received } = pipeClosingAfter(1);
    const out = linesUntilReaderLeaves(stream);
    out('first');
    out('second');
    await new Promise((resolve) => setImmediate(resolve));
    out('third');
    expect(received).toEqual(['first\n']);
  });

  it('should still throw any other error of the stream', () => {
    const { stream } = pipeClosingAfter(0, 'EIO');
    linesUntilReaderLeaves(stream);
    expect(() => stream.emit('error', Object.assign(new Error('write EIO'), { code: 'EIO' }))).toThrow('EIO');
  });
});
