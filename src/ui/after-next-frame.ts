/**
 * Runs work once the next frame has been produced: a task queued from an animation-frame callback runs after
 * that frame's commit (where Chromium reads the WebGL canvases back), so what answers a click or a key is on
 * screen first. Returns a function that cancels the work if it has not run yet.
 */
export function afterNextFrame(run: () => void): () => void {
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    task = setTimeout(run);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(task);
  };
}
