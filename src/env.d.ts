/** The deploy base path ("/" or "/news/"), defined by astro.config.mjs for url() in src/site/urls.ts. */
declare const __SITE_BASE__: string;
/** In a build, the folder where the content check left what it hands over (src/content/check-handover.ts); undefined in `astro dev`. */
declare const __BUILD_HANDOVER__: string | undefined;
/** The Traditional edition's variant ('twp', 'hk') or false, defined by astro.config.mjs from src/site.config.ts and TRADITIONAL_EDITION. */
declare const __TRADITIONAL_EDITION__: 'twp' | 'hk' | false;
/** The video files beside the entries, by their path from the project's root ("/content/articles/media/clip.mp4") to their URL (src/body/video-files.ts). */
declare module 'virtual:entry-videos' {
  const videos: Readonly<Record<string, string>>;
  export default videos;
}
