/**
 * The one allow-list for article bodies, .md and .mdx alike: GitHub's sanitisation schema
 * (hast-util-sanitize's defaultSchema), plus the markup of the site's own components as the
 * registry declares it (src/body/component-registry.ts) and the URL schemes the site allows.
 * The renderer sanitises every body with it (src/body/render-body.ts); the content check
 * reports whatever it would take out (src/content/allow-list-check.ts), so the two agree.
 */
import type { Element, ElementContent, Root } from 'hast';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { SKIP, visit } from 'unist-util-visit';
import { BODY_COMPONENTS } from './component-registry.ts';

/** Schemes a link may use (besides a relative URL, which has none); javascript:, data:, vbscript: and any other are refused. */
const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'];
/** Schemes of a URL the browser fetches or cites (src, srcset, cite …). */
const FETCH_SCHEMES = ['http', 'https'];
/**
 * Every property that holds a URL, whether or not the schema allows it on some element, so
 * that allowing one later keeps its scheme checked (hast property names: srcSet is srcset).
 */
const URL_PROPERTIES = ['src', 'srcSet', 'cite', 'longDesc', 'action', 'formAction', 'poster', 'background', 'data', 'ping', 'itemType', 'xLinkHref'];

/** Text-level tags GitHub leaves out that Chinese articles use: 缩写, 书名 and 引用, 标记, 附注, 专名线. */
const TEXT_TAGS = ['abbr', 'cite', 'mark', 'small', 'u'];

const componentMarkup = BODY_COMPONENTS.flatMap((component) => Object.entries(component.markup));

/**
 * The tags an editor may write: GitHub's and the text tags, less those a component stands for
 * (its `insteadOf`). A photo written as <img> or a Markdown image skips the image pipeline and
 * shows nowhere (a file of the entry's folder is not served, another site's is blocked by the
 * CSP), a <video> plays no poster: each is refused with its component's example.
 */
const REPLACED_TAGS = new Set(BODY_COMPONENTS.flatMap((component) => component.insteadOf ?? []));
const EDITOR_TAGS = new Set([...(defaultSchema.tagNames ?? []), ...TEXT_TAGS].filter((tagName) => !REPLACED_TAGS.has(tagName)));

/** GitHub's attributes per element, with each component element's own first (the first definition of a property is the one that counts). */
function withComponentAttributes(attributes: NonNullable<Schema['attributes']>): NonNullable<Schema['attributes']> {
  const merged = { ...attributes };
  for (const [tagName, properties] of componentMarkup) merged[tagName] = [...new Set([...properties, ...(merged[tagName] ?? [])])];
  return merged;
}

export const bodyAllowList: Schema = {
  ...defaultSchema,
  tagNames: [...new Set([...EDITOR_TAGS, ...componentMarkup.map(([tagName]) => tagName)])],
  attributes: withComponentAttributes(defaultSchema.attributes ?? {}),
  // Ids stay as written and as Astro gives headings: they are link targets (href="#…"), which
  // GitHub's user-content- prefix would break, and the site's scripts read no global a named element could shadow.
  clobber: [],
  protocols: { ...Object.fromEntries(URL_PROPERTIES.map((property) => [property, FETCH_SCHEMES])), href: LINK_SCHEMES },
  // Their text is code, never article text: dropped with them, where other refused tags leave their content.
  strip: ['script', 'style'],
};

/** Tags only the site's components may produce (the embed's play button, a photo's slot), never an editor. */
const COMPONENT_ONLY_TAGS = new Set(componentMarkup.map(([tagName]) => tagName).filter((tagName) => !EDITOR_TAGS.has(tagName)));
const MADE_BY_COMPONENT = 'madeByBodyComponent';

/** Marks the elements a component rendered around `children` (what the editor wrote inside it stays unmarked). */
export function markComponentMarkup(element: ElementContent, children: readonly ElementContent[]): void {
  const written = new Set<unknown>(children);
  visit(element, 'element', (node: Element) => {
    if (written.has(node)) return SKIP;
    node.data = { ...node.data, [MADE_BY_COMPONENT]: true } as Element['data'];
    return undefined;
  });
}

/**
 * Unwraps each element an editor wrote whose tag only components may use, keeping its
 * content, as the sanitiser does with any tag it does not know. Runs before it, in the
 * renderer and in the content check alike.
 */
export function unwrapWrittenComponentTags(tree: Root): Root {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined || !COMPONENT_ONLY_TAGS.has(node.tagName)) return undefined;
    if ((node.data as Record<string, unknown> | undefined)?.[MADE_BY_COMPONENT]) return undefined;
    parent.children.splice(index, 1, ...node.children);
    return index;
  });
  return tree;
}

/** The rehype step of the renderer for unwrapWrittenComponentTags(). */
export function rehypeUnwrapWrittenComponentTags() {
  return unwrapWrittenComponentTags;
}
