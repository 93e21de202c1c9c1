/** <Embed>: a platform's video, checked against the platform's id pattern and rendered as a click-to-load button. */
import { describe, expect, it } from 'vitest';
import { bodyErrors, bodyHtml } from '../support/body-check.ts';

describe('<Embed>', () => {
  it('renders a button with the title and platform, and no player until it is pressed', () => {
    const $ = bodyHtml('<Embed provider="youtube" id="dQw4w9WgXcQ" title="园区探访" />');
    const embed = $('figure.embed');
    expect(embed.attr('data-embed-player')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    expect(embed.attr('data-embed-title')).toBe('YouTube视频：园区探访');
    expect($('button[type="button"]').text()).toBe('园区探访播放YouTube视频（点击后才会从YouTube加载）');
    expect($('iframe')).toHaveLength(0);
  });

  it('names an unknown platform and an id that is not the platform’s', () => {
    expect(bodyErrors('<Embed provider="vimeo" id="123" title="视频" />\n\n<Embed provider="bilibili" id="https://b23.tv/BV1GJ411x7h7" title="视频" />')).toEqual([
      'content/articles/a.mdx:8: `<Embed>`：视频平台（provider）应为 bilibili 或 youtube，例如 provider="bilibili"，实际为 “vimeo”',
      'content/articles/a.mdx:10: `<Embed>`：视频编号（id）不像哔哩哔哩的编号，例如 id="BV1GJ411x7h7"，实际为 “https://b23.tv/BV1GJ411x7h7”；请只写编号，不要写整个网址',
    ]);
  });
});
