/**
 * Twins made while Astro renders: Astro renders pages on one core, so a thread beside it
 * converts each page just rendered, writes the twin into the output folder and keeps it for
 * later builds. ./write-edition.ts, run once Astro is done, leaves a twin so written in place
 * when its page is the one the thread was handed and the pages with twins are the ones the
 * thread knew of; any other it takes from the kept ones or converts, on every core, so the
 * edition is the same however far the thread got. It is Astro's prerenderer wrapped
 * (`setPrerenderer` of astro:build:start).
 */
import { Worker } from 'node:worker_threads';
import type { AstroPrerenderer, PathWithRoute } from 'astro';
import { pagePath, type RenderedTwins, type TwinMaking } from './write-edition.ts';

/** Pages waiting for the thread at most: past this, a page is left for the end, which keeps the memory they take small. */
const MOST_WAITING = 200;

/** What the thread is given: how to make twins, and where it says it is done and hears to stop. */
export interface RenderTimeThreadData {
  making: TwinMaking;
  /** The output folder, which the twins are written into. */
  outDir: string;
  /** An Int32Array's memory: [STOP, DONE]. */
  shared: SharedArrayBuffer;
}
export const STOP = 0;
export const DONE = 1;

/** A page for the thread to make the twin of, or the word to stop. */
export type ToTwinThread = { file: string; bytes: Uint8Array } | { stop: true };
/** What the thread says once stopped. */
export type FromTwinThread = Omit<RenderedTwins, 'twins'>;

/**
 * The built file of a page route's pathname, as `build.format: 'directory'` writes it and
 * write-edition.ts names it ("articles/x/index.html", "404.html"), or undefined for an endpoint.
 * `pathname` is decoded, with the base (a request's) or without it (getStaticPaths').
 */
export function builtPageFile(pathname: string, base: string, route: Pick<PathWithRoute['route'], 'type' | 'route'>): string | undefined {
  if (route.type !== 'page') return undefined;
  if (route.route === '/404' || route.route === '/500') return `${route.route.slice(1)}.html`;
  const sitePath = (pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '')).replace(/\/?$/, '/');
  return sitePath === '/' ? 'index.html' : `${sitePath}index.html`;
}

/** A URL's path as the files are named; Astro's own paths are well-formed, anything else is left as it is. */
function decodedPath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** `rendering` wrapped so each page it renders is also handed to a thread that makes its twin; `finish()` stops the thread where it is. */
export function renderTimeTwins(rendering: AstroPrerenderer, making: Omit<TwinMaking, 'twins'>, outDir: string, otherTwins: readonly string[], warn: (message: string) => void) {
  const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const counts = new Int32Array(shared);
  let thread: Worker | undefined;
  const nothing: RenderedTwins = { made: [], written: {}, twins: [] };
  let made: Promise<RenderedTwins> = Promise.resolve(nothing);
  let handed = 0;

  const prerenderer: AstroPrerenderer = {
    ...rendering,
    name: `${rendering.name}+news-traditional-twins`,
    async getStaticPaths() {
      const paths = await rendering.getStaticPaths();
      // Which pages will have twins, as far as the paths tell; write-edition.ts checks each twin's answers against the pages built.
      const pages = paths.flatMap(({ pathname, route }) => builtPageFile(pathname, making.base, route) ?? []);
      const twins = [...new Set(pages.map(pagePath)), ...otherTwins];
      const workerData: RenderTimeThreadData = { making: { ...making, twins }, outDir, shared };
      const started = new Worker(new URL('./render-time-twin-thread.ts', import.meta.url), {
        workerData,
        execArgv: ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'],
      });
      thread = started;
      // Not what keeps a build running: a build that fails before finish() still exits.
      started.unref();
      made = new Promise((resolve) => {
        started.once('message', (message: FromTwinThread) => resolve({ ...message, twins }));
        // A thread that fails only leaves the twins to the end (and its twins, if kept, count as taken from before).
        started.once('exit', () => resolve(nothing));
      });
      started.once('error', (error: Error) => {
        thread = undefined;
        warn(`Traditional twins are all converted after rendering: the thread converting them meanwhile stopped (${error.message})`);
      });
      return paths;
    },
    async render(request, options) {
      const result = await rendering.render(request, options);
      const response = result instanceof Response ? result : result.response;
      const file = builtPageFile(decodedPath(new URL(request.url).pathname), making.base, options.routeData);
      // The error page is rendered with its status, 404; every other page Astro writes is a 200.
      const written = response.status === 200 || (file === '404.html' && response.status === 404);
      if (!thread || !file || !written || !response.body || handed - Atomics.load(counts, DONE) >= MOST_WAITING) return result;
      // The bytes Astro writes: it reads the body the same way (generate.js renderPath).
      const bytes = new Uint8Array(await response.arrayBuffer());
      thread.postMessage({ file, bytes } satisfies ToTwinThread);
      handed++;
      const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
  };

  return {
    prerenderer,
    /** Stops the thread after the page it is on; resolves with what it did. */
    finish(): Promise<RenderedTwins> {
      Atomics.store(counts, STOP, 1);
      thread?.ref();
      thread?.postMessage({ stop: true } satisfies ToTwinThread);
      return made;
    },
  };
}
