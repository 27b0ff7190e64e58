/** An S3 bucket as S3_URL names it: `http(s)://ACCESS_KEY:SECRET_KEY@host[:port]/BUCKET[?region=…]`. */
export interface S3Location {
  /** The server, without credentials or bucket (path-style addressing). */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** The parts of S3_URL, or null when it does not have them all (keys may be percent-encoded). */
export function parseS3Url(value: string): S3Location | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const bucket = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, ''));
  if (!['http:', 'https:'].includes(url.protocol) || !url.username || !url.password || !bucket || bucket.includes('/')) return null;
  return {
    endpoint: `${url.protocol}//${url.host}`,
    bucket,
    region: url.searchParams.get('region') || 'us-east-1',
    accessKeyId: decodeURIComponent(url.username),
    secretAccessKey: decodeURIComponent(url.password),
  };
}
