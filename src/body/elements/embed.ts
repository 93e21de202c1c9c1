/**
 * <Embed provider="bilibili" id="BV…" title="…" />: a video on a platform, click-to-load. The
 * page shows a button with the video's title and the platform's name and requests nothing
 * from the platform until the reader presses it (privacy, speed); then
 * src/body/client/embed-player.ts puts the player's iframe in its place. The CSP's frame-src
 * (astro.config.mjs) allows exactly the players' origins listed here.
 */
import { h } from 'hastscript';
import { fill } from '../../site/fill.ts';
import { t } from '../../site/strings.ts';
import { defineBodyComponent } from '../body-component.ts';

interface Provider {
  name: string;
  /** What an id looks like, to catch a pasted URL or a cut-off id. */
  id: RegExp;
  example: string;
  player(id: string): string;
}

export const EMBED_PROVIDERS: Readonly<Record<string, Provider>> = {
  bilibili: { name: '哔哩哔哩', id: /^BV[0-9A-Za-z]{10}$/, example: 'BV1GJ411x7h7', player: (id) => `https://player.bilibili.com/player.html?bvid=${id}&autoplay=1` },
  // The privacy-enhanced player: no cookies until the video plays.
  youtube: { name: 'YouTube', id: /^[\w-]{11}$/, example: 'dQw4w9WgXcQ', player: (id) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1` },
};

/** The origins the CSP's frame-src allows. */
export const EMBED_ORIGINS = Object.values(EMBED_PROVIDERS).map((provider) => new URL(provider.player('x')).origin);

const providerNames = Object.keys(EMBED_PROVIDERS);

export const Embed = defineBodyComponent({
  name: 'Embed',
  attributes: {
    provider: {
      label: '视频平台',
      required: true,
      example: 'bilibili',
      format: { pattern: new RegExp(`^(${providerNames.join('|')})$`), expected: `应为 ${providerNames.join(' 或 ')}` },
    },
    id: { label: '视频编号', required: true, example: 'BV1GJ411x7h7' },
    title: { label: '视频标题', required: true, example: '谷歌湾区总部探访' },
  },
  problems: ({ provider, id }) => {
    const known = provider ? EMBED_PROVIDERS[provider] : undefined;
    return known && id && !known.id.test(id) ? [`视频编号（id）不像${known.name}的编号，例如 id="${known.example}"，实际为 “${id}”；请只写编号，不要写整个网址`] : [];
  },
  // An editor pasting a platform's player writes an <iframe>, which the allow-list refuses.
  insteadOf: ['iframe'],
  markup: { figure: ['className', 'dataEmbedPlayer', 'dataEmbedTitle'], button: ['type', 'className'], span: ['className'] },
  render: ({ provider = '', id = '', title = '' }) => {
    const known = EMBED_PROVIDERS[provider]!;
    return h('figure', { className: ['embed'], dataEmbedPlayer: known.player(id), dataEmbedTitle: fill(t.embed.player, { platform: known.name, title }) }, [
      h('button', { type: 'button', className: ['embed__load'] }, [
        h('span', { className: ['embed__title'] }, title),
        h('span', { className: ['embed__platform'] }, fill(t.embed.load, { platform: known.name })),
      ]),
    ]);
  },
});
