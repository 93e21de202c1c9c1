/**
 * Parses and renders entry bodies. The collection holds only each entry's data
 * (src/content/entry-loader.ts); its article page renders the body from the entry's file, or in a
 * build takes it from the content check, which renders what it parses (src/body/rendered-body-store.ts). Astro
 * would instead compile every MDX body into a module for Vite to bundle, or keep every body's
 * HTML in the data store it bundles into the build: at 10,000 entries the first was Astro's
 * largest stage and the second its memory peak (docs/benchmarks.md). Bodies hold no code,
 * so nothing is lost: the content check allows only the components below, HTML tags with
 * plain attributes and {/* comments *\/}.
 */
import { readFileSync } from 'node:fs';
import { parseFrontmatter, rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { ElementContent } from 'hast';
import type { Root } from 'mdast';
import { h } from 'hastscript';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { State } from 'mdast-util-to-hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { figure, sectionBreak } from './elements/figure.ts';
import { remarkReadingTime } from './reading-time.ts';
import { remarkPlugins } from './remark-plugins.ts';
import { loadRenderedBody } from './rendered-body-store.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type JsxAttribute = JsxElement['attributes'][number];
type BodyFormat = 'md' | 'mdx';

/** Markdown for a .md file, MDX for anything else (.mdx). */
export function bodyFormat(path: string): BodyFormat {
  return path.endsWith('.md') ? 'md' : 'mdx';
}

/**
 * Bodies are rendered without running code, so an attribute is text in quotes (or bare, as
 * in <td nowrap>); the content check refuses any other (caption={…}, {...props}).
 */
export function isPlainAttribute(attribute: JsxAttribute): attribute is JsxAttribute & { type: 'mdxJsxAttribute'; value: string | null | undefined } {
  return attribute.type === 'mdxJsxAttribute' && (attribute.value == null || typeof attribute.value === 'string');
}

/** The text of a plain attribute, if the element has it. */
export function stringAttribute(node: JsxElement, name: string): string | undefined {
  const found = node.attributes.find((item) => isPlainAttribute(item) && item.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The components a body may use without importing them, and their markup. */
export const BODY_COMPONENTS = {
  Figure: (node: JsxElement) => figure({ caption: stringAttribute(node, 'caption'), credit: stringAttribute(node, 'credit') }),
  SectionBreak: () => sectionBreak(),
} as const;

export function isBodyComponent(name: string): name is keyof typeof BODY_COMPONENTS {
  return Object.hasOwn(BODY_COMPONENTS, name);
}

/** A component, or an HTML tag such as <br /> or <sup>…</sup> with its plain attributes. */
function jsxElement(state: State, node: JsxElement): ElementContent | undefined {
  if (!node.name) return undefined;
  if (isBodyComponent(node.name)) return BODY_COMPONENTS[node.name](node);
  if (/^[A-Z]/.test(node.name)) throw new Error(`未知组件 <${node.name}>`);
  const attributes = Object.fromEntries(node.attributes.filter(isPlainAttribute).map((item) => [item.name, item.value ?? true]));
  return h(node.name, attributes, state.all(node));
}

/** Markdown, or MDX: Markdown with components and {/* comments *\/}. */
function bodyParser(format: BodyFormat) {
  const parser = unified().use(remarkParse);
  return (format === 'mdx' ? parser.use(remarkMdx) : parser).use(remarkPlugins);
}

const renderers = {
  mdx: bodyParser('mdx')
    .use(remarkReadingTime)
    .use(remarkRehype, {
      handlers: {
        mdxJsxFlowElement: jsxElement,
        mdxJsxTextElement: jsxElement,
        // Only comments get past the content check; they are the editors' notes, not the article.
        mdxFlowExpression: () => undefined,
        mdxTextExpression: () => undefined,
        // import/export is code too, refused by the content check; never text on the page.
        mdxjsEsm: () => undefined,
      },
    })
    // Heading ids as Astro gives them, so links to a subheading stay the same.
    .use(rehypeHeadingIds)
    .use(rehypeStringify),
  // As Astro renders Markdown: HTML written in it is kept.
  md: bodyParser('md').use(remarkReadingTime).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeHeadingIds).use(rehypeStringify),
};

export interface RenderedBody {
  html: string;
  /** Counted from the body's words (src/body/reading-time.ts). */
  readingMinutes: number;
  /** Every heading with the id it was given, in order (for the table of contents). */
  headings: MarkdownHeading[];
}

/** Parses a body, as MDX or as Markdown by its file's path. The content check checks this tree. */
export function parseBody(file: VFile): Root {
  return renderers[bodyFormat(file.path)].parse(file);
}

/** Renders a parsed body (the tree is changed). */
export function renderParsed(tree: Root, file: VFile): RenderedBody {
  const renderer = renderers[bodyFormat(file.path)];
  const html = renderer.stringify(renderer.runSync(tree, file), file);
  const data = file.data as { readingMinutes: number; astro: { headings: MarkdownHeading[] } };
  return { html: String(html), readingMinutes: data.readingMinutes, headings: data.astro.headings };
}

/** Renders a body; `path` names the file in errors and picks MDX or Markdown. */
export function renderBody(body: string, path: string): RenderedBody {
  const file = new VFile({ value: body, path });
  return renderParsed(parseBody(file), file);
}

/**
 * Renders the body of the entry file at `filePath`, relative to the project's `root` (as Astro
 * stores it), unless the content check of this build already did and left it in `renderedDir`.
 */
export function renderEntryFile(filePath: string, root: URL, renderedDir?: string): RenderedBody {
  const source = readFileSync(new URL(filePath, root), 'utf8');
  const rendered = renderedDir && loadRenderedBody(renderedDir, filePath, source);
  return rendered || renderBody(parseFrontmatter(source).content, filePath);
}
