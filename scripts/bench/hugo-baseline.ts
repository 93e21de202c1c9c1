/**
 * The second comparison site: Hugo over the same entries, converted to Markdown, with the
 * plainest theme there is (baseof, single and list layouts written here: title, date, body;
 * nothing downloaded), then `pagefind --site public` as Pagefind's own guide runs it, the
 * language taken from the pages' lang="zh-cn". Photos are the original files, linked into
 * static/ and shown as they are: Hugo resizes nothing unless a theme asks it to.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PHOTO_FOLDER } from './corpus.ts';
import { linkPhotoFolder } from './corpus-photos.ts';

/** Where the photos are published, so the entries' ./images/x.jpg becomes an absolute URL. */
const PHOTO_URL = `/articles/${PHOTO_FOLDER}/`;

const files: Record<string, string> = {
  'hugo.toml': `baseURL = "https://example.com/"
languageCode = "zh-cn"
title = "新零售资讯"
hasCJKLanguage = true
# The entries' <figure> markup is HTML inside Markdown.
[markup.goldmark.renderer]
unsafe = true
`,
  'layouts/_default/baseof.html': `<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{{ .Title }}</title></head>
<body><main>{{ block "main" . }}{{ end }}</main></body>
</html>
`,
  'layouts/_default/single.html': `{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time>
{{ .Content }}
</article>{{ end }}
`,
  'layouts/_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`,
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function figure(src: string | undefined, alt: string | undefined, caption: string | undefined, credit: string | undefined): string {
  const image = src ? `<img src="${escapeHtml(src.replace(`./${PHOTO_FOLDER}/`, PHOTO_URL))}" alt="${escapeHtml(alt ?? '')}">` : '';
  const words = [caption, credit].filter(Boolean).join(' ');
  return `<figure>${image}${words ? `<figcaption>${escapeHtml(words)}</figcaption>` : ''}</figure>`;
}

/** The attributes of one `<Figure … />` as written in the corpus (double-quoted values). */
function attributes(tag: string): Record<string, string> {
  return Object.fromEntries(Array.from(tag.matchAll(/(\w+)="([^"]*)"/g), (match) => [match[1]!, match[2]!]));
}

/** A YAML scalar as the corpus writes it: JSON-quoted, or bare. */
const scalar = (text: string) => (text.startsWith('"') ? (JSON.parse(text) as string) : text);

/**
 * One corpus entry (MDX) as a Hugo content file: front matter cut to what Hugo's layouts read
 * (title, date, tags); the standfirst, excerpt and lead photo become the start of the body;
 * `<Figure … />` becomes a `<figure>` and `<SectionBreak />` a Markdown thematic break.
 */
export function hugoEntry(mdx: string): string {
  const end = mdx.indexOf('\n---\n', 4);
  const frontLines = mdx.slice(4, end).split('\n');
  const body = mdx.slice(end + 5);
  const front: string[] = [];
  const opening: string[] = [];
  let list = '';
  for (const line of frontLines) {
    const item = /^ {2}- (?:imageCredit: )?(.*)$/.exec(line);
    if (item) {
      // A related-list item is an id, not text.
      if (list === 'summary') opening.push(`**${scalar(item[1]!)}**`);
      if (list === 'excerpt') opening.push(scalar(item[1]!));
      continue;
    }
    const field = /^(\w+):\s*(.*)$/.exec(line);
    if (!field) continue;
    list = field[1]!;
    if (['title', 'date', 'tags'].includes(list)) front.push(line);
    if (list === 'leadImage' && field[2] !== '{}') {
      const value = (key: string) => {
        const match = new RegExp(`${key}: ("(?:[^"\\\\]|\\\\.)*"|[^,}]+)`).exec(field[2]!)?.[1];
        return match === undefined ? undefined : scalar(match.trim());
      };
      opening.push(figure(value('src'), value('alt'), value('caption'), value('credit')));
    }
  }
  const converted = body
    .replace(/<Figure ([^>]*?)\s*\/>/g, (_, attrs: string) => {
      const { src, alt, caption, credit } = attributes(attrs);
      return figure(src, alt, caption, credit);
    })
    .replace(/<SectionBreak \/>/g, '***');
  return `---\n${front.join('\n')}\n---\n\n${[...opening, converted.trim()].filter(Boolean).join('\n\n')}\n`;
}

/** Write the Hugo site into `dir` from the corpus in `contentDir` (which holds articles/, and articles/images/ with photos). */
export function writeHugoSite(dir: string, contentDir: string): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const articles = path.join(contentDir, 'articles');
  const out = path.join(dir, 'content', 'articles');
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(articles)) {
    if (name.endsWith('.mdx')) writeFileSync(path.join(out, name.replace(/\.mdx$/, '.md')), hugoEntry(readFileSync(path.join(articles, name), 'utf8')));
  }
  linkPhotoFolder(contentDir, path.join(dir, 'static', PHOTO_URL));
}
