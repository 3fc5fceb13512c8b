// `npm run serve:prod [-- --desk] [-- --root dist]`: the built site through the production nginx
// config on http://127.0.0.1:$PORT/ (default 8080), in the foreground until Ctrl-C or SIGTERM.
import { startNginx } from './serve-prod';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`serve:prod: PORT must be a port number, not ${process.env.PORT}`);
  process.exit(1);
}
const server = await startNginx({
  root: arg('--root') ?? 'dist',
  port,
  desk: process.argv.includes('--desk'),
}).catch((e: unknown) => {
  console.error(`serve:prod: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
console.log(
  `serve:prod: nginx serves ${arg('--root') ?? 'dist'}/ at ${server.url} ` +
    `(brotli ${server.brotli ? 'on' : 'off: gzip only'}, desk ${process.argv.includes('--desk') ? 'on' : 'off'}); Ctrl-C stops it`,
);
let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  console.log(`serve:prod: ${signal}, stopping nginx`);
  void server.stop().then(() => process.exit(0));
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
server.process.once('exit', (code) => {
  if (!stopping) {
    console.error(`serve:prod: nginx stopped by itself (exit ${code})`);
    process.exit(1);
  }
});
