// A dev-server endpoint that writes files (the data desk's and the lesson maker's saves): only a
// JSON POST from this machine, addressed to this machine by a loopback name, from a page of this
// machine. The Host check is ours, whatever Vite's `server.allowedHosts` says: with
// `allowedHosts: true` or behind a tunnel, a page of another site that resolves its own name to
// 127.0.0.1 (DNS rebinding) would otherwise be "same origin" with the dev server.
import type { IncomingMessage, ServerResponse } from 'node:http';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/u;

/** The names a browser on this machine reaches the dev server by. */
export const LOOPBACK_NAMES: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopback(address: string | undefined): boolean {
  return LOOPBACK.test(address ?? '');
}

/** Whether a Host header (name and port) names this machine by a loopback name. */
export function loopbackHost(host: string | undefined): boolean {
  if (host === undefined || host === '') return false;
  try {
    const url = new URL(`http://${host}`);
    return url.host === host.toLowerCase() && LOOPBACK_NAMES.has(url.hostname);
  } catch {
    return false;
  }
}

/**
 * Whether a request's Origin header (if any) is a page of this server reached by a loopback
 * name; an unreadable one ("null") is not.
 */
export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.host === host &&
      LOOPBACK_NAMES.has(url.hostname)
    );
  } catch {
    return false;
  }
}

/** The request body as text, or null when it is larger than `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => done(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export interface ErrorReply {
  readonly ok: false;
  readonly error: string;
}

/**
 * Refuses anything but a loopback, same-origin JSON POST of at most `maxBytes`, then gives the
 * body to `handle` (which checks it again before writing).
 */
export function localJsonEndpoint<R>(
  path: string,
  maxBytes: number,
  handle: (body: string) => { readonly status: number; readonly reply: R | ErrorReply },
) {
  return async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    if ((req.url ?? '').split('?')[0] !== path) return next();
    const send = (status: number, reply: R | ErrorReply): void => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(reply));
    };
    if (!isLoopback(req.socket.remoteAddress)) {
      return send(403, { ok: false, error: 'only from this machine' });
    }
    if (!loopbackHost(req.headers.host)) {
      return send(403, { ok: false, error: 'only at localhost, 127.0.0.1 or [::1]' });
    }
    if (req.method !== 'POST') return send(405, { ok: false, error: 'POST only' });
    // A page from another site open in the same browser must not be able to write files.
    if (!sameOrigin(req.headers.origin, req.headers.host)) {
      return send(403, { ok: false, error: 'other origin' });
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(415, { ok: false, error: 'JSON only' });
    }
    const body = await readBody(req, maxBytes);
    if (body === null) return send(413, { ok: false, error: 'too large' });
    const { status, reply } = handle(body);
    send(status, reply);
  };
}
