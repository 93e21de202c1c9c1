/**
 * A real nginx on 127.0.0.1 for one test file: Debian's binary, run in the foreground by this
 * process with its own prefix, pid, logs and temp folders (so no root and no /var paths are
 * needed), and the stock http {} settings a site's server block relies on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface RunningNginx {
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts nginx with `serverBlock` (a complete `server { … }` listening on 127.0.0.1:`port`)
 * inside an http {} block like Debian's /etc/nginx/nginx.conf: its mime.types and
 * `default_type application/octet-stream`. Resolves once nginx answers.
 */
export async function startNginx(serverBlock: string, dir: string, port: number): Promise<RunningNginx> {
  mkdirSync(dir, { recursive: true });
  const errorLog = path.join(dir, 'error.log');
  writeFileSync(path.join(dir, 'site.conf'), serverBlock);
  const temp = (name: string) => path.join(dir, name);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${temp('nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      // As root (CI), workers would switch to nobody, who may not read the build's folders.
      process.getuid?.() === 0 ? 'user root;' : '',
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${temp(`${name}-temp`)};`),
      `  include ${path.join(dir, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', errorLog], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const origin = `http://127.0.0.1:${port}`;
  const log = () => {
    try {
      return readFileSync(errorLog, 'utf8');
    } catch {
      return '';
    }
  };
  for (let attempt = 0; ; attempt++) {
    const early = await Promise.race([exited, new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 50))]);
    if (early !== 'running') throw new Error(`nginx exited with ${early}:\n${log()}`);
    if (await fetch(origin, { redirect: 'manual' }).then(() => true, () => false)) break;
    if (attempt === 100) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not answer on ${origin}:\n${log()}`);
    }
  }
  return {
    origin,
    async stop() {
      // SIGQUIT: finish open requests, then exit.
      child.kill('SIGQUIT');
      await exited;
    },
  };
}
