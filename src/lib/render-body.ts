/**
 * Parses and renders entry bodies. An MDX body is rendered to HTML once, when the collection
 * is loaded (src/lib/rendered-glob.ts), instead of being compiled into a JavaScript module
 * that Vite bundles and each page loads: at 10,000 entries that compile was Astro's largest
 * stage (docs/benchmarks.md). Bodies hold no code, so nothing is lost: the content check
 * allows only the components below, HTML tags with plain attributes and {/* comments *\/}.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { State } from 'mdast-util-to-hast';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { t } from '../strings.ts';
import { figure, sectionBreak } from './figure-markup.ts';
import { remarkPlugins } from './remark-plugins.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A plain attribute's text; expressions (caption={…}) are refused by the content check. */
function stringAttribute(node: JsxElement, name: string): string | undefined {
  const found = node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The components a body may use without importing them, and their markup. */
export const BODY_COMPONENTS = {
  Figure: (node: JsxElement) => figure({ caption: stringAttribute(node, 'caption'), credit: stringAttribute(node, 'credit'), missing: t.figure.missing }),
  SectionBreak: () => sectionBreak(),
} as const;

export type BodyComponent = keyof typeof BODY_COMPONENTS;

export function isBodyComponent(name: string): name is BodyComponent {
  return Object.hasOwn(BODY_COMPONENTS, name);
}

/** A component, or an HTML tag such as <br /> or <sup>…</sup> with its plain attributes. */
function jsxElement(state: State, node: JsxElement): ElementContent | undefined {
  if (!node.name) return undefined;
  if (isBodyComponent(node.name)) return BODY_COMPONENTS[node.name](node);
  if (/^[A-Z]/.test(node.name)) throw new Error(`未知组件 <${node.name}>`);
  const attributes = Object.fromEntries(
    node.attributes.flatMap((item) => (item.type === 'mdxJsxAttribute' && (item.value == null || typeof item.value === 'string') ? [[item.name, item.value ?? true]] : [])),
  );
  return h(node.name, attributes, state.all(node));
}

/** Markdown, or MDX: Markdown with components and {/* comments *\/}. The content check parses with these too. */
export function bodyParser(format: 'md' | 'mdx') {
  const parser = unified().use(remarkParse);
  return (format === 'mdx' ? parser.use(remarkMdx) : parser).use(remarkPlugins);
}

const mdxToHtml = bodyParser('mdx')
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
  .use(rehypeStringify);

export interface RenderedBody {
  html: string;
  /** Astro's heading list (depth, slug, text), as render(entry) returns it. */
  headings: { depth: number; slug: string; text: string }[];
  /** What remark plugins added (the reading time), as render(entry) returns it. */
  frontmatter: Record<string, unknown>;
}

export function renderMdxBody(body: string, path: string): RenderedBody {
  const file = new VFile({ value: body, path });
  const html = String(mdxToHtml.processSync(file));
  const { headings = [], frontmatter = {} } = (file.data as { astro?: Partial<Omit<RenderedBody, 'html'>> }).astro ?? {};
  return { html, headings, frontmatter };
}
