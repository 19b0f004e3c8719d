/**
 * Which links from the data may be live: only absolute http(s) URLs, video links only to YouTube,
 * thumbnails only from YouTube's image hosts (the page's Content-Security-Policy allows no others).
 * Everything else (javascript:, data:, relative paths, garbage) comes back null and is shown as text.
 */

const YOUTUBE_HOSTS = new Set(['www.youtube.com', 'youtube.com', 'm.youtube.com', 'youtu.be']);
const THUMBNAIL_HOSTS = new Set(['img.youtube.com', 'i.ytimg.com']);

function parse(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  try {
    return new URL(raw.trim());
  } catch {
    return null;
  }
}

/** The URL when it is an absolute http: or https: link, else null. */
export function safeHttpUrl(raw: unknown): string | null {
  const url = parse(raw);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password
    ? url.href
    : null;
}

/** The URL when it is an https link to a YouTube video page, else null. */
export function youtubeVideoUrl(raw: unknown): string | null {
  const url = parse(raw);
  return url && url.protocol === 'https:' && YOUTUBE_HOSTS.has(url.hostname) && !url.username && !url.port
    ? url.href
    : null;
}

/** The URL when it is an https image on YouTube's thumbnail hosts, else null. */
export function youtubeThumbnailUrl(raw: unknown): string | null {
  const url = parse(raw);
  return url && url.protocol === 'https:' && THUMBNAIL_HOSTS.has(url.hostname) && !url.username && !url.port
    ? url.href
    : null;
}
