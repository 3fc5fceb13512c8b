// Runs the published site's nginx config (nginx-site.ts) on 127.0.0.1 against a build, without
// root: a temporary prefix holds the config, the pid file, nginx's temporary folders and an access
// log the tests and the bench read. Used by `npm run serve:prod` (serve-prod-cli.ts), the nginx
// Playwright project and bench/nginx-wire.ts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxSite, type NginxSiteOptions } from './nginx-site';

/** Options and their defaults, declared once. */
export const SERVE_PROD = {
  /** Debian's nginx (not always on a normal user's PATH); NGINX_PATH points elsewhere. */
  nginx: process.env.NGINX_PATH ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx'),
  /** Debian's libnginx-mod-http-brotli-static, loaded when present. */
  brotliModule: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
  /** How long nginx may take to answer its first request. */
  startMs: 10_000,
};

export interface ServeOptions {
  readonly root: string;
  readonly port: number;
  readonly desk?: boolean;
  /** Encodings to send; by default brotli (when nginx can) and gzip. */
  readonly encodings?: NginxSiteOptions['encodings'];
}

export interface RunningNginx {
  readonly url: string;
  readonly brotli: boolean;
  /** Every request served so far, in order (from nginx's access log). */
  readonly log: () => LogEntry[];
  readonly process: ChildProcess;
  /** Stops nginx and removes its temporary folder. */
  readonly stop: () => Promise<void>;
}

export interface LogEntry {
  readonly method: string;
  /** Path and query, as requested (`/assets/index-abc.js`). */
  readonly uri: string;
  readonly status: number;
  /** Bytes on the wire: status line, headers and body as sent. */
  readonly bytes: number;
  /** `br`, `gzip` or '' for a body sent as it is. */
  readonly encoding: string;
}

const LOG_FORMAT = '$request_method $request_uri $status $bytes_sent $sent_http_content_encoding';

function parseLog(text: string): LogEntry[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [method = '', uri = '', status = '0', bytes = '0', encoding = '-'] = line.split(' ');
      return {
        method,
        uri,
        status: Number(status),
        bytes: Number(bytes),
        encoding: encoding === '-' ? '' : encoding,
      };
    });
}

/** Whether this nginx can send .br files: built in, or Debian's module is installed. */
export function brotliSupport(nginx = SERVE_PROD.nginx): 'built-in' | 'module' | null {
  const version = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  if (/brotli/i.test(`${version.stdout}${version.stderr}`)) return 'built-in';
  return existsSync(SERVE_PROD.brotliModule) ? 'module' : null;
}

/** The whole nginx.conf around the site's server block. */
export function serveConfig(
  prefix: string,
  site: NginxSiteOptions,
  brotli: ReturnType<typeof brotliSupport>,
): string {
  const temp = (name: string): string => join(prefix, name);
  return [
    ...(brotli === 'module' && site.encodings.includes('br')
      ? [`load_module ${SERVE_PROD.brotliModule};`]
      : []),
    'daemon off;',
    // One process running as whoever started it: no privilege drop to a user who may not be able
    // to read the checkout (a root CI job's workers would otherwise run as nobody).
    'master_process off;',
    `pid ${temp('nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    `    log_format fhm '${LOG_FORMAT}';`,
    `    access_log ${temp('access.log')} fhm;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `    ${kind}_temp_path ${temp(kind)};`,
    ),
    '    sendfile on;',
    nginxSite(site)
      .split('\n')
      .map((line) => (line === '' ? '' : `    ${line}`))
      .join('\n'),
    '}',
    '',
  ].join('\n');
}

function answers(url: string): Promise<boolean> {
  return new Promise((done) => {
    const req = request(url, { method: 'HEAD', timeout: 1000 }, (res) => {
      res.resume();
      done(true);
    });
    req.on('error', () => done(false));
    req.on('timeout', () => {
      req.destroy();
      done(false);
    });
    req.end();
  });
}

export async function startNginx(options: ServeOptions): Promise<RunningNginx> {
  const root = resolve(options.root);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html does not exist: run \`npm run build\` first`);
  }
  const support = brotliSupport();
  const encodings = options.encodings ?? (support ? ['br', 'gzip'] : ['gzip']);
  const site: NginxSiteOptions = {
    listen: `127.0.0.1:${options.port}`,
    root,
    desk: options.desk ?? false,
    encodings,
  };
  const prefix = mkdtempSync(join(tmpdir(), 'fhm-nginx-'));
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, serveConfig(prefix, site, support));
  writeFileSync(join(prefix, 'access.log'), '');
  const child = spawn(SERVE_PROD.nginx, ['-p', `${prefix}/`, '-c', conf, '-e', 'stderr'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = `http://127.0.0.1:${options.port}/`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(prefix, { recursive: true, force: true });
  };
  const started = Date.now();
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() - started > SERVE_PROD.startMs) {
      await stop();
      throw new Error(`nginx did not start on ${url} (config: ${conf})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    brotli: encodings.includes('br') && support !== null,
    log: () => parseLog(readFileSync(join(prefix, 'access.log'), 'utf8')),
    process: child,
    stop,
  };
}
