/**
 * What a body component is: the contract each module under src/body/elements/ fills in. A
 * component declares the attributes an editor may write, which the content check holds every
 * use to (src/content/component-check.ts), and renders its markup; the registry
 * (src/body/component-registry.ts) lists the components for the renderer and the check.
 */
import type { Element, ElementContent } from 'hast';

export interface AttributeRule {
  /** What the value is, in the editors' words: 图片说明. */
  label: string;
  required?: boolean;
  /** A value as an editor would write it, for the messages: 谷歌湾区总部. */
  example: string;
  /**
   * What a value must look like besides being text that is not blank, with what to write
   * in Chinese after the attribute's name: { pattern: /^https:\/\//, expected: '应为 https:// 开头的网址' }.
   */
  format?: { pattern: RegExp; expected: string };
  /** Attributes that must be written whenever this one is (a photo's src needs its alt). */
  needs?: readonly string[];
  /** The value names a photo file beside the entry, which the content check opens (src/content/photo-check.ts). */
  photo?: boolean;
  /** The value names a video file beside the entry (.mp4, .webm), which the content check looks for (src/content/video-check.ts). */
  video?: boolean;
}

/** What may stand between a component's tags (<PullQuote>…</PullQuote>), with an example. */
export interface ChildrenRule {
  label: string;
  example: string;
}

export interface BodyComponent<Attribute extends string = string> {
  /** As an editor writes it: <Figure />. */
  name: string;
  /** Every attribute it takes; the content check refuses any other. */
  attributes: Readonly<Record<Attribute, AttributeRule>>;
  /** Absent: the component is written as one tag (<Figure … />); content inside it is refused. */
  children?: ChildrenRule;
  /**
   * The elements its markup is made of, each with the hast properties it may carry: what the
   * allow-list for bodies (src/body/body-allow-list.ts) adds for this component (rendering stays within it, tested).
   */
  markup: Readonly<Record<string, readonly string[]>>;
  /**
   * HTML tags an editor writes where this component is meant (<iframe> for a video, <img> for
   * a photo): refused where an editor writes them (src/body/body-allow-list.ts), and the
   * content check suggests the component for them.
   */
  insteadOf?: readonly string[];
  /** What is wrong between its attributes (an id that is not its provider's), once each passes its own rule. */
  problems?(attributes: Partial<Record<Attribute, string>>): string[];
  /** Its markup, from attributes the content check has passed and its content (already hast). */
  render(attributes: Partial<Record<Attribute, string>>, children: ElementContent[]): Element;
}

/** Declares a component with its attribute names checked against `render`. */
export function defineBodyComponent<const Attribute extends string>(component: BodyComponent<Attribute>): BodyComponent<Attribute> {
  return component;
}

/** How an editor writes it with every attribute: <Figure src="./images/bay-area.jpg" alt="谷歌湾区总部园区鸟瞰" caption="谷歌湾区总部" credit="受访人邱谆提供" />. */
export function componentExample({ name, attributes, children }: BodyComponent): string {
  const written = Object.entries<AttributeRule>(attributes).map(([attribute, rule]) => ` ${attribute}="${rule.example}"`);
  return children ? `<${name}${written.join('')}>${children.example}</${name}>` : `<${name}${written.join('')} />`;
}
