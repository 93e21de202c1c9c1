/**
 * Parses and renders entry bodies: Markdown, or MDX with the components of
 * src/body/component-registry.ts, HTML tags with plain attributes and {/* comments *\/}.
 * Bodies hold no code, so they are rendered here rather than compiled by Astro into a
 * module each (src/content/entry-loader.ts keeps only the entries' data); the content check
 * parses with the same parser, checks the HTML tree against the allow-list the renderer
 * sanitises with (src/body/body-allow-list.ts) and renders the tree it checked.
 */
import { rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { ElementContent, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { h } from 'hastscript';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { State } from 'mdast-util-to-hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { bodyAllowList, markComponentMarkup, rehypeUnwrapWrittenComponentTags } from './body-allow-list.ts';
import { bodyComponent } from './component-registry.ts';
import { remarkReadingTime } from './reading-time.ts';
import { remarkPlugins } from './remark-plugins.ts';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
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

/** The element's attributes that have text, by name. */
function textAttributes(node: JsxElement): Record<string, string> {
  return Object.fromEntries(node.attributes.flatMap((item) => (isPlainAttribute(item) && typeof item.value === 'string' ? [[item.name, item.value]] : [])));
}

/** A component, or an HTML tag such as <br /> or <sup>…</sup> with its plain attributes. */
function jsxElement(state: State, node: JsxElement): ElementContent | undefined {
  if (!node.name) return undefined;
  const component = bodyComponent(node.name);
  if (!component && /^[A-Z]/.test(node.name)) throw new Error(`未知组件 <${node.name}>`);
  const attributes = Object.fromEntries(node.attributes.filter(isPlainAttribute).map((item) => [item.name, item.value ?? true]));
  const children = state.all(node);
  const element = component ? component.render(textAttributes(node), children) : h(node.name, attributes, children);
  if (component) markComponentMarkup(element, children);
  // Its line, for the content check's messages about what the allow-list refuses in it.
  state.patch(node, element);
  return element;
}

/** Markdown, or MDX: Markdown with components and {/* comments *\/}. */
function bodyParser(format: BodyFormat) {
  const parser = unified().use(remarkParse);
  return (format === 'mdx' ? parser.use(remarkMdx) : parser).use(remarkPlugins);
}

/** Up to the HTML tree as the editor wrote it, with the lines of the file (what the content check checks). */
const toHtmlTree = {
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
    }),
  // As Astro renders Markdown: HTML written in it is read as HTML, within the allow-list below.
  md: bodyParser('md').use(remarkReadingTime).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw),
};

/** From a tree the allow-list has kept: heading ids as Astro gives them, so links to a subheading stay the same. */
const allowedToPage = unified().use(rehypeHeadingIds).use(rehypeStringify);

const toPage = unified()
  // Every body, checked or not, is held to the allow-list: nothing outside it reaches a page.
  .use(rehypeUnwrapWrittenComponentTags)
  .use(rehypeSanitize, bodyAllowList)
  .use(rehypeHeadingIds)
  .use(rehypeStringify);

export interface RenderedBody {
  html: string;
  /** Counted from the body's words (src/body/reading-time.ts). */
  readingMinutes: number;
  /** Every heading with the id it was given, in order (for the table of contents). */
  headings: MarkdownHeading[];
}

/** Parses a body, as MDX or as Markdown by its file's path. The content check checks this tree. */
export function parseBody(file: VFile): Root {
  return toHtmlTree[bodyFormat(file.path)].parse(file);
}

/** A parsed body's HTML tree as written, before the allow-list (the tree is changed). */
export function bodyHtmlTree(tree: Root, file: VFile): HastRoot {
  return toHtmlTree[bodyFormat(file.path)].runSync(tree, file);
}

function rendered(processor: typeof toPage, tree: HastRoot, file: VFile): RenderedBody {
  const html = processor.stringify(processor.runSync(tree, file), file);
  const data = file.data as { readingMinutes: number; astro: { headings: MarkdownHeading[] } };
  return { html: String(html), readingMinutes: data.readingMinutes, headings: data.astro.headings };
}

/** Renders a body's HTML tree (the tree is changed), within the allow-list. */
function renderHtmlTree(tree: HastRoot, file: VFile): RenderedBody {
  return rendered(toPage, tree, file);
}

/** Renders a tree the allow-list has already kept (the content check's: src/content/allow-list-check.ts). */
export function renderAllowedTree(tree: HastRoot, file: VFile): RenderedBody {
  return rendered(allowedToPage, tree, file);
}

/** Renders a body; `path` names the file in errors and picks MDX or Markdown. */
export function renderBody(body: string, path: string): RenderedBody {
  const file = new VFile({ value: body, path });
  return renderHtmlTree(bodyHtmlTree(parseBody(file), file), file);
}
