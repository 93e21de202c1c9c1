/**
 * The video files beside the entries, as Vite emits any imported asset: each copied into
 * dist/_astro/ with a content hash in its name and its URL under the base path, in `astro
 * dev` served from where it lies. An integration gives a virtual module importing every
 * video in the entries folder (src/content/entry-files.ts; CONTENT_DIR may move it outside
 * the project), so the page (src/body/video-markup.ts) finds a <Video src> by its file.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { globSync } from 'tinyglobby';
import { entriesFolder } from '../content/entry-files.ts';
import { VIDEO_EXTENSIONS } from './elements/video.ts';

const MODULE = 'virtual:entry-videos';
const RESOLVED = `\0${MODULE}`;
const PATTERN = `**/*.{${VIDEO_EXTENSIONS.join(',')}}`;

/** The module's code: each video's URL by its path in the entries folder (media/clip.mp4). */
function videosModule(folder: string): string {
  const names = globSync(PATTERN, { cwd: folder, caseSensitiveMatch: false }).sort();
  // no-inline: however small, a video is a file of its own, not a data: URL in every page.
  const imports = names.map((name, index) => `import video${index} from ${JSON.stringify(`${path.join(folder, name)}?url&no-inline`)};`);
  return `${imports.join('\n')}\nexport default {${names.map((name, index) => `${JSON.stringify(name)}: video${index}`).join(', ')}};\n`;
}

export function entryVideos(): AstroIntegration {
  return {
    name: 'entry-videos',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const folder = entriesFolder(fileURLToPath(config.root));
        const isVideo = (file: string) => file.startsWith(folder + path.sep) && VIDEO_EXTENSIONS.includes(path.extname(file).slice(1).toLowerCase());
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'entry-videos',
                resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
                load: (id) => (id === RESOLVED ? videosModule(folder) : undefined),
                // Under `astro dev`, a video added or removed is found on the next page load.
                configureServer(server) {
                  server.watcher.on('all', (event, file) => {
                    if ((event !== 'add' && event !== 'unlink') || !isVideo(file)) return;
                    for (const environment of Object.values(server.environments)) {
                      const module = environment.moduleGraph.getModuleById(RESOLVED);
                      if (module) environment.moduleGraph.invalidateModule(module);
                    }
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
