/**
 * What the registry gives every body component, whatever it is: the renderer and the content
 * check read each one's declaration. Beside the site's own components the registry here holds
 * a test component with what they do not have (a value format, content inside its tags, an
 * HTML tag it stands for), as a new one (Video, PullQuote) will.
 */
import type { Element, ElementContent, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { describe, expect, it, vi } from 'vitest';
import { bodyAllowList } from '../../src/body/body-allow-list.ts';
import { componentExample, type BodyComponent } from '../../src/body/body-component.ts';
import { BODY_COMPONENTS, bodyComponent } from '../../src/body/component-registry.ts';
import { bodyErrors, bodyHtml } from '../support/body-check.ts';

vi.mock('../../src/body/component-registry.ts', async (importOriginal) => {
  const registry = await importOriginal<typeof import('../../src/body/component-registry.ts')>();
  const { TestQuote } = await import('../support/test-component.ts');
  const components = [...registry.BODY_COMPONENTS, TestQuote];
  return { BODY_COMPONENTS: components, bodyComponent: (name: string) => components.find((component) => component.name === name) };
});

/** Every element of a component's markup, with the properties it carries. */
function elements(node: Root | ElementContent): Element[] {
  if (node.type !== 'element' && node.type !== 'root') return [];
  const own = node.type === 'element' ? [node] : [];
  return [...own, ...node.children.flatMap((child) => elements(child as ElementContent))];
}

/** The component written with every attribute, and with only its required ones. */
function uses(component: BodyComponent): Partial<Record<string, string>>[] {
  const rules = Object.entries(component.attributes);
  return [Object.fromEntries(rules.map(([name, rule]) => [name, rule.example])), Object.fromEntries(rules.filter(([, rule]) => rule.required).map(([name, rule]) => [name, rule.example]))];
}

describe('every body component in the registry', () => {
  it.each(BODY_COMPONENTS.map((component) => [component.name, component] as const))('%s: its example passes the check and renders it', (name, component) => {
    expect(bodyComponent(name)).toBe(component);
    // MDX reads a lower-case name as an HTML tag.
    expect(name).toMatch(/^[A-Z]/);
    const example = componentExample(component);
    expect(bodyErrors(example)).toEqual([]);
    expect(bodyHtml(example).root().children().length).toBeGreaterThan(0);
  });

  it.each(BODY_COMPONENTS.map((component) => [component.name, component] as const))('%s: renders only the elements and properties its markup declares', (_, component) => {
    // Content is the editor's, held to the allow-list for bodies as a whole: text here.
    const children: ElementContent[] = component.children ? [{ type: 'text', value: component.children.example }] : [];
    for (const attributes of uses(component)) {
      for (const element of elements(component.render(attributes, children))) {
        expect(component.markup, `<${element.tagName}>`).toHaveProperty([element.tagName]);
        expect(component.markup[element.tagName]).toEqual(expect.arrayContaining(Object.keys(element.properties)));
      }
    }
  });

  it.each(BODY_COMPONENTS.map((component) => [component.name, component] as const))('%s: its markup passes the allow-list for bodies unchanged', (_, component) => {
    const children: ElementContent[] = component.children ? [{ type: 'text', value: component.children.example }] : [];
    for (const attributes of uses(component)) {
      const markup = component.render(attributes, children);
      expect(sanitize(markup, bodyAllowList)).toEqual(markup);
    }
  });

  it.each(BODY_COMPONENTS.map((component) => [component.name, component] as const))('%s: stands in only for tags the allow-list refuses an editor, and is then suggested', (_, component) => {
    // A tag only components make (Video's <video>) is in the allow-list, and still refused where an editor writes it.
    for (const tagName of component.insteadOf ?? []) {
      expect(bodyErrors(`<${tagName}></${tagName}>`)).toEqual([expect.stringContaining(`\`<${tagName}>\`：正文不能写 <${tagName}>；请改用 <${component.name}> 组件`)]);
    }
  });
});

describe('a component with content and a value format', () => {
  it('renders its content as Markdown inside its markup', () => {
    const $ = bodyHtml('<TestQuote source="新华社" href="https://example.org/a">\n  引文**加重**。\n</TestQuote>');
    expect($('blockquote.test-quote > p > strong').text()).toBe('加重');
    expect($('blockquote > footer > a').attr('href')).toBe('https://example.org/a');
  });

  it('reports a value not as it must be, with what to write and what was written', () => {
    expect(bodyErrors('<TestQuote source="新华社" href="example.org">引文</TestQuote>')).toEqual([
      'content/articles/a.mdx:8: `<TestQuote>`：原文链接（href）应为 https:// 开头的网址，例如 href="https://example.org/a"，实际为 “example.org”',
    ]);
  });

  it('names the attributes given when a required one is missing, and lists the valid ones for an unknown one', () => {
    expect(bodyErrors('<TestQuote href="https://example.org/a" lang="zh">引文</TestQuote>')).toEqual([
      'content/articles/a.mdx:8: `<TestQuote>`：未知属性 `lang`，<TestQuote> 可用的属性有：source、href',
      'content/articles/a.mdx:8: `<TestQuote>`：有原文链接（href）也必须有出处（source），例如 <TestQuote source="新华社" href="https://example.org/a">一段引文</TestQuote>',
    ]);
  });

  it('is what the check suggests for the HTML tag it stands for', () => {
    expect(bodyErrors('<marquee>快讯</marquee>')).toEqual([
      'content/articles/a.mdx:8: `<marquee>`：正文不能写 <marquee>；请改用 <TestQuote> 组件，例如 <TestQuote source="新华社" href="https://example.org/a">一段引文</TestQuote>',
    ]);
  });

  it('is among the components an unknown one is told of', () => {
    expect(bodyErrors('<Quote />')).toEqual(['content/articles/a.mdx:8: `<Quote>`：未知组件，可用的组件有：<Figure>、<SectionBreak>、<Embed>、<Video>、<TestQuote>']);
  });
});
