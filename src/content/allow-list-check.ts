/**
 * Reports what the allow-list for bodies (src/body/body-allow-list.ts) refuses in a body's HTML
 * tree: each tag, attribute and URL the renderer would take out, with its line and what to
 * write instead, in Chinese. It asks the sanitiser itself what it keeps, so what the check
 * passes is exactly what reaches the page.
 */
import type { Element, Properties, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { visit } from 'unist-util-visit';
import { componentExample } from '../body/body-component.ts';
import { bodyAllowList, unwrapWrittenComponentTags } from '../body/body-allow-list.ts';
import { BODY_COMPONENTS } from '../body/component-registry.ts';
import type { ContentProblem } from './content-error.ts';

const LINK_EXAMPLE = '[链接文字](https://example.com/)';

const EMBED_ADVICE = `正文不能嵌入别的网页或插件；请改成链接，例如 ${LINK_EXAMPLE}`;
const FORM_ADVICE = '文章里不能有表单；请删去，需要时改成链接';

/** Why a tag is refused and what to write instead, for the tags editors are likeliest to paste. */
const TAG_ADVICE: Readonly<Record<string, string>> = {
  script: '文章里不能写脚本；请删去',
  noscript: '文章里不能写脚本；请删去',
  style: '文章里不能写样式，版式由网站统一设定；请删去',
  link: `正文不能引入外部文件；要给出链接，请写成 ${LINK_EXAMPLE}`,
  meta: '正文不能写 <meta>：它作用于整个页面，例如把读者转到别的网站；请删去',
  base: '正文不能写 <base>：它会改变页面上所有链接的去处；请删去',
  ...Object.fromEntries(['form', 'button', 'select', 'textarea'].map((tagName) => [tagName, FORM_ADVICE])),
  ...Object.fromEntries(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal'].map((tagName) => [tagName, EMBED_ADVICE])),
};

function tagAdvice(tagName: string): string {
  const component = BODY_COMPONENTS.find((candidate) => candidate.insteadOf?.includes(tagName));
  if (component) return `正文不能写 <${tagName}>；请改用 <${component.name}> 组件，例如 ${componentExample(component)}`;
  return TAG_ADVICE[tagName] ?? `正文不能用 <${tagName}> 标签；请改用 Markdown 或 docs/authoring.md 列出的 HTML 标签`;
}

/** The attribute as the editor wrote it: onError → onerror, className → class. */
const attributeName = (property: string) => find(html, property).attribute;

/** A value as the messages quote it, short enough for one line. */
function quoted(value: unknown): string {
  // Tabs, line breaks and control characters hide a scheme from the eye, not from the browser: shown as spaces.
  const text = String(value)
    .replace(/[\s\u0000-\u001f\u007f\ufffd]+/g, ' ')
    .trim();
  return `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
}

/** Whether <tagName> may carry `property` with some URL: then it was the URL, not the attribute, that was refused. */
function takesUrl(tagName: string, property: string): boolean {
  const probe: Element = { type: 'element', tagName, properties: { [property]: '#' }, children: [] };
  const kept = sanitize(probe, { ...bodyAllowList, ancestors: {} });
  return kept.type === 'element' && kept.properties[property] !== undefined;
}

function propertyAdvice(tagName: string, property: string, refused: unknown[]): string {
  const attribute = attributeName(property);
  // The allow-list keeps <input> for Markdown's task lists only, as a ticked or empty box.
  if (tagName === 'input') return `${FORM_ADVICE}（勾选清单请写成 “- [x] 事项”）`;
  if (/^on/i.test(attribute)) return `不能写事件属性 ${attribute}：文章里不能运行脚本；请删去`;
  const schemes = bodyAllowList.protocols?.[property];
  if (schemes && takesUrl(tagName, property)) {
    const allowed = schemes.map((scheme) => `${scheme}:${['http', 'https'].includes(scheme) ? '//' : ''}`).join('、');
    return `${attribute} 的网址 ${refused.map(quoted).join('、')} 不能用；只能写站内的相对网址，或以 ${allowed} 开头的网址（javascript:、data: 等会运行代码或夹带内容）`;
  }
  if (attribute === 'style' || attribute === 'class') return `不能写 ${attribute}，版式由网站统一设定；请删去 ${attribute}=${quoted(refused.join(' '))}`;
  return `<${tagName}> 不能带属性 ${attribute}（${attribute}=${quoted(refused.join(' '))}）；请删去`;
}

/** The values of a property: one, or each of a list (className, srcSet). */
const valuesOf = (value: Properties[string]) => (Array.isArray(value) ? value : [value]);

const WRITTEN_INDEX = 'allowListCheckIndex';

/**
 * What the allow-list refuses in `tree` (a body's HTML tree as written, with lines), one problem
 * each, and the tree as the allow-list keeps it, to render; `file` names it. `tree` is used up.
 */
export function allowListProblems(tree: Root, file: string): { problems: ContentProblem[]; safe: Root } {
  // The sanitiser builds a new tree and keeps each kept node's data: a number there pairs each element with what is left of it.
  const written: Element[] = [];
  visit(tree, 'element', (node) => {
    node.data = { ...node.data, [WRITTEN_INDEX]: written.length } as Element['data'];
    written.push(node);
  });
  // Unwrapping takes elements out of their parents without changing them, so `written` still holds each as the editor wrote it.
  const safe = sanitize(unwrapWrittenComponentTags(tree), bodyAllowList) as Root;
  const kept = new Map<unknown, Element>();
  visit(safe, 'element', (node) => void kept.set((node.data as Record<string, unknown> | undefined)?.[WRITTEN_INDEX], node));

  const problems = new Map<string, ContentProblem>();
  const problem = (node: Element, expected: string) => {
    const found: ContentProblem = { file, line: node.position?.start.line, field: `<${node.tagName}>`, expected };
    problems.set(`${found.line}\u0000${found.field}\u0000${expected}`, found);
  };
  written.forEach((node, index) => {
    const safe = kept.get(index);
    if (!safe) return problem(node, tagAdvice(node.tagName));
    // What the allow-list requires of an element it keeps and the editor did not write (<input> becomes a disabled checkbox).
    const added = Object.keys(safe.properties).find((property) => !Object.hasOwn(node.properties, property));
    if (added) problem(node, propertyAdvice(node.tagName, added, [safe.properties[added]]));
    for (const [property, value] of Object.entries(node.properties)) {
      if (value === undefined || value === null || value === false) continue;
      const left = safe.properties[property] === undefined ? [] : valuesOf(safe.properties[property]);
      const refused = valuesOf(value).filter((item) => !left.includes(item));
      if (refused.length) problem(node, propertyAdvice(node.tagName, property, refused));
    }
  });
  return { problems: [...problems.values()], safe };
}
