/**
 * YouTube URLs: extracting a video id from the link forms catalogs use, and the canonical
 * watch and thumbnail URLs built from an id (never echoing untrusted URLs back).
 */

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'youtu.be',
  'www.youtu.be',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
  'img.youtube.com',
  'i.ytimg.com',
  'i1.ytimg.com',
  'i2.ytimg.com',
  'i3.ytimg.com',
  'i4.ytimg.com',
]);

/**
 * Words of YouTube's own paths that are 11 characters long, so shaped like an id, and name no video: an embedded
 * playlist (`embed/videoseries?list=…`) and a channel's live stream (`embed/live_stream?channel=…`).
 */
const NOT_VIDEO_IDS = new Set(['videoseries', 'live_stream']);

/** The 11-character video id of a YouTube watch, short, embed, shorts or thumbnail URL. */
export function youtubeIdFromUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!YOUTUBE_HOSTS.has(url.hostname.toLowerCase())) return undefined;
  const candidates: (string | null | undefined)[] = [url.searchParams.get('v')];
  const segments = url.pathname.split('/').filter(Boolean);
  if (url.hostname.endsWith('youtu.be')) candidates.push(segments[0]);
  const marker = segments.findIndex(
    (s) => s === 'embed' || s === 'shorts' || s === 'vi' || s === 'vi_webp' || s === 'live' || s === 'v',
  );
  if (marker !== -1) candidates.push(segments[marker + 1]);
  return candidates.find(
    (c): c is string => typeof c === 'string' && VIDEO_ID.test(c) && !NOT_VIDEO_IDS.has(c),
  );
}

export const youtubeUrl = (id: string): string => `https://www.youtube.com/watch?v=${id}`;
export const youtubeThumbnail = (id: string): string => `https://img.youtube.com/vi/${id}/hqdefault.jpg`;
