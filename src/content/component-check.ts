/**
 * Holds each use of a body component to what its module declares (src/body/body-component.ts):
 * no attribute it does not take, every required one written, each value as it must look, and
 * no content inside a component that takes none. The messages say what to write, in Chinese.
 */
import { componentExample, type BodyComponent } from '../body/body-component.ts';
import { isPlainAttribute, type JsxElement } from '../body/render-body.ts';
import { suggestKey } from './suggest-key.ts';

function unknownAttribute(component: BodyComponent, name: string): string {
  const names = Object.keys(component.attributes);
  const suggestion = suggestKey(name, names);
  if (suggestion) return `未知属性 \`${name}\`，是否应为 \`${suggestion}\`？`;
  return names.length ? `未知属性 \`${name}\`，<${component.name}> 可用的属性有：${names.join('、')}` : `<${component.name}> 不带属性，请删去 \`${name}\``;
}

/** What is wrong with this use of `component`, one message each; the attributes are plain (the caller checks that first). */
export function componentProblems(component: BodyComponent, node: JsxElement): string[] {
  const example = componentExample(component);
  const written = new Map(node.attributes.filter(isPlainAttribute).map((attribute) => [attribute.name, attribute.value]));
  const textOf = (name: string) => (written.get(name)?.trim() ? written.get(name)! : undefined);
  const problems = [...written.keys()].filter((name) => !Object.hasOwn(component.attributes, name)).map((name) => unknownAttribute(component, name));
  const rules = Object.entries(component.attributes);
  for (const [name, { label, required, example: value, format }] of rules) {
    const text = textOf(name);
    if (text === undefined && required) {
      const given = rules.filter(([other]) => other !== name && textOf(other) !== undefined).map(([other, rule]) => `${rule.label}（${other}）`);
      problems.push(given.length ? `有${given.join('、')}也必须有${label}（${name}），例如 ${example}` : `缺少${label}（${name}），例如 ${example}`);
    } else if (text === undefined && written.has(name)) {
      problems.push(`${label}（${name}）不能为空，例如 ${name}="${value}"；不需要时请删去这个属性`);
    } else if (text !== undefined && format && !format.pattern.test(text)) {
      problems.push(`${label}（${name}）${format.expected}，例如 ${name}="${value}"，实际为 “${text}”`);
    }
  }
  if (!component.children && node.children.length > 0) problems.push(`<${component.name}> 里面不能写内容，请写成一个标签，例如 ${example}`);
  return problems;
}
