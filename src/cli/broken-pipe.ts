/**
 * Lines written to a stream whose reader may leave early: `npm run query -- … | head -1` closes the pipe after
 * one line, and node reports the next write's EPIPE as an unhandled 'error' event, a stack trace for a reader
 * who asked for one line. Here, once the reader has gone, what is left to say is dropped quietly; the command
 * still finishes what it writes to files (an --export) and exits with its own code.
 */

/** A writer of lines to `stream` that stops quietly when the stream's reader has gone; other errors still throw. */
export function linesUntilReaderLeaves(stream: NodeJS.WritableStream): (text: string) => void {
  let gone = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    gone = true;
  });
  return (text) => {
    if (!gone) stream.write(`${text}\n`);
  };
}
