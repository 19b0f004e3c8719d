import { describe, expect, it } from 'vitest';
import { youtubeIdFromUrl } from '../../src/ingest/youtube.js';

describe('YouTube links', () => {
  it('should read the video id of every link form a catalog uses', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=abcdefghijk&t=30s',
      'https://youtu.be/abcdefghijk',
      'https://www.youtube.com/embed/abcdefghijk',
      'https://www.youtube-nocookie.com/embed/abcdefghijk?start=5',
      'https://www.youtube.com/shorts/abcdefghijk',
      'https://www.youtube.com/live/abcdefghijk',
      'https://img.youtube.com/vi/abcdefghijk/hqdefault.jpg',
    ])
      expect(youtubeIdFromUrl(url), url).toBe('abcdefghijk');
  });

  it('should find no video in an embedded playlist or live stream, whose path word is shaped like an id', () => {
    expect(
      youtubeIdFromUrl('https://www.youtube.com/embed/videoseries?list=PLJV_el3uVTsOK_ZK5L0Iv_EQoL1JefRL4'),
    ).toBe(undefined);
    expect(
      youtubeIdFromUrl('https://www.youtube.com/embed/live_stream?channel=UC2ggjtuuWvxrHHHiaDH1dlQ'),
    ).toBe(undefined);
    // A playlist embed that names its first video is read by that video.
    expect(youtubeIdFromUrl('https://www.youtube.com/embed/videoseries?v=abcdefghijk&list=PLx')).toBe(
      'abcdefghijk',
    );
  });

  it('should not read a link to another site, or a non-web scheme, as a video', () => {
    expect(youtubeIdFromUrl('https://example.com/watch?v=abcdefghijk')).toBe(undefined);
    expect(youtubeIdFromUrl('javascript:alert(1)//youtube.com/watch?v=abcdefghijk')).toBe(undefined);
  });
});
