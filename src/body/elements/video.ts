/**
 * <Video src="./media/clip.mp4" poster="./images/clip.jpg" caption="…" credit="…" />: a
 * video the site hosts, with its caption and credit as a <Figure> has them. The body leaves
 * a slot naming both files, which the page fills (src/body/video-markup.ts): the poster from
 * Astro's image pipeline, the video file as Vite emits it, content-hashed under the base path.
 */
import { h } from 'hastscript';
import { defineBodyComponent } from '../body-component.ts';
import { figure } from './figure.ts';

/** The element a video slot is, and its class: the page finds the slots by it (src/body/video-markup.ts). */
/** The containers every browser the site serves plays; the build copies these from the entries folder (src/body/video-files.ts). */
export const VIDEO_EXTENSIONS = ['mp4', 'webm'];

export const VIDEO_SLOT = { tagName: 'video', className: 'video-slot' } as const;

export const Video = defineBodyComponent({
  name: 'Video',
  attributes: {
    src: {
      label: '视频文件',
      required: true,
      example: './media/clip.mp4',
      format: { pattern: new RegExp(`^\\.\\.?/.*\\.(${VIDEO_EXTENSIONS.join('|')})$`, 'i'), expected: '应为相对于本文的 .mp4 或 .webm 文件路径，以 ./ 开头' },
      video: true,
    },
    // The frame readers see before they press play, and what sets the player's size.
    poster: { label: '封面图片', required: true, example: './images/clip.jpg', format: { pattern: /^\.\.?\//, expected: '应为相对于本文的路径，以 ./ 开头' }, photo: true },
    caption: { label: '视频说明', required: true, example: '谷歌湾区总部园区一瞥' },
    credit: { label: '来源', example: '受访人邱谆提供' },
  },
  // An editor pasting a player writes a <video>, which the allow-list keeps for components.
  insteadOf: ['video'],
  markup: { figure: ['className'], figcaption: [], span: ['className'], video: ['className', 'dataVideoSrc', 'dataPosterSrc'] },
  render: ({ src = '', poster = '', caption, credit }) =>
    figure({ media: h(VIDEO_SLOT.tagName, { className: [VIDEO_SLOT.className], dataVideoSrc: src, dataPosterSrc: poster }), caption, credit }),
});
