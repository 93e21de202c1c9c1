/**
 * The components an editor may write in a body, without importing them: one module each
 * under src/body/elements/ (src/body/body-component.ts says what a module declares). The
 * renderer (src/body/render-body.ts) renders them from here and the content check
 * (src/content/component-check.ts) holds each use to their attributes. A new component is
 * its module, a line here, its test and a line in docs/authoring.md.
 */
import type { BodyComponent } from './body-component.ts';
import { Embed } from './elements/embed.ts';
import { Figure } from './elements/figure.ts';
import { SectionBreak } from './elements/section-break.ts';
import { Video } from './elements/video.ts';

export const BODY_COMPONENTS: readonly BodyComponent[] = [Figure, SectionBreak, Embed, Video];

const byName = new Map(BODY_COMPONENTS.map((component) => [component.name, component]));

export function bodyComponent(name: string): BodyComponent | undefined {
  return byName.get(name);
}
