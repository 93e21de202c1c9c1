/**
 * HTML an attacker (or a careless paste) puts in a body, one line each, with the content
 * check's message for it; the unit tests render each through the renderer and the fixture
 * build checks them in a .md and an .mdx entry. Written so that the same text is HTML in
 * Markdown and JSX in MDX.
 */
const EMBED = '正文不能嵌入别的网页或插件；请改成链接，例如 [链接文字](https://example.com/)';
const LINK_URL = (url: string) =>
  `href 的网址 “${url}” 不能用；只能写站内的相对网址，或以 http://、https://、mailto:、tel: 开头的网址（javascript:、data: 等会运行代码或夹带内容）`;
const FETCH_URL = (attribute: string, url: string) =>
  `${attribute} 的网址 “${url}” 不能用；只能写站内的相对网址，或以 http://、https:// 开头的网址（javascript:、data: 等会运行代码或夹带内容）`;
const HANDLER = (attribute: string) => `不能写事件属性 ${attribute}：文章里不能运行脚本；请删去`;
const FIGURE = (tag: string) => `正文不能写 <${tag}>；请改用 <Figure> 组件，例如 <Figure src="./images/bay-area.jpg" alt="谷歌湾区总部园区鸟瞰" caption="谷歌湾区总部" credit="受访人邱谆提供" />`;

/** [what it is, the line as written, the check's messages for it (field, what to write)]. */
export const HOSTILE_LINES: readonly (readonly [string, string, readonly (readonly [string, string])[]])[] = [
  ['a script', '<script>alert(1)</script>', [['<script>', '文章里不能写脚本；请删去']]],
  // A photo goes through <Figure> (the image pipeline): a written <img> is refused whatever it carries.
  ['an image with onerror', '<img src="photo.jpg" onerror="alert(1)" />', [['<img>', FIGURE('img')]]],
  ['an svg with onload', '<svg onload="alert(1)"></svg>', [['<svg>', '正文不能用 <svg> 标签；请改用 Markdown 或 docs/authoring.md 列出的 HTML 标签']]],
  ['details with ontoggle', '<details ontoggle="alert(1)" open><summary>展开</summary>内容</details>', [['<details>', HANDLER('ontoggle')]]],
  ['an iframe', '<iframe src="https://evil.example/"></iframe>', [['<iframe>', '正文不能写 <iframe>；请改用 <Embed> 组件，例如 <Embed provider="bilibili" id="BV1GJ411x7h7" title="谷歌湾区总部探访" />']]],
  // <video> is in the allow-list for <Video>'s markup, and still refused where an editor writes it.
  [
    'a video from elsewhere that plays itself',
    '<video src="https://evil.example/x.mp4" autoplay></video>',
    [['<video>', '正文不能写 <video>；请改用 <Video> 组件，例如 <Video src="./media/clip.mp4" poster="./images/clip.jpg" caption="谷歌湾区总部园区一瞥" credit="受访人邱谆提供" />']],
  ],
  ['an object', '<object data="https://evil.example/x.swf"></object>', [['<object>', EMBED]]],
  ['a base', '<base href="https://evil.example/" />', [['<base>', '正文不能写 <base>：它会改变页面上所有链接的去处；请删去']]],
  ['an external stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css" />', [['<link>', '正文不能引入外部文件；要给出链接，请写成 [链接文字](https://example.com/)']]],
  [
    'a form',
    '<form action="https://evil.example/"><button>提交</button></form>',
    [
      ['<form>', '文章里不能有表单；请删去，需要时改成链接'],
      ['<button>', '文章里不能有表单；请删去，需要时改成链接'],
    ],
  ],
  ['a refresh to elsewhere', '<meta http-equiv="refresh" content="0;url=https://evil.example/" />', [['<meta>', '正文不能写 <meta>：它作用于整个页面，例如把读者转到别的网站；请删去']]],
  ['a javascript: Markdown link', '[点我](javascript:alert(1))', [['<a>', LINK_URL('javascript:alert(1)')]]],
  ['a javascript: link written with an entity', '<a href="&#106;avascript:alert(1)">实体</a>', [['<a>', LINK_URL('javascript:alert(1)')]]],
  ['a javascript: link in mixed case', '<a href="JaVaScRiPt:alert(1)">大小写</a>', [['<a>', LINK_URL('JaVaScRiPt:alert(1)')]]],
  ['a javascript: link split by a tab', '<a href=" java&#9;script:alert(1)">空白</a>', [['<a>', LINK_URL('java script:alert(1)')]]],
  ['a javascript: link behind a control character', '<a href="&#1;javascript:alert(1)">控制字符</a>', [['<a>', LINK_URL('javascript:alert(1)')]]],
  ['a vbscript: link', '<a href="vbscript:msgbox(1)">vb</a>', [['<a>', LINK_URL('vbscript:msgbox(1)')]]],
  ['a data: image', '![图](data:image/png;base64,AAAA)', [['<img>', FIGURE('img')]]],
  [
    'a javascript: srcset',
    '<picture><source srcset="javascript:alert(1) 2x" /></picture>',
    [
      ['<picture>', FIGURE('picture')],
      ['<source>', FETCH_URL('srcset', 'javascript:alert(1) 2x')],
    ],
  ],
  ['a javascript: cite', '<blockquote cite="javascript:alert(1)">引文</blockquote>', [['<blockquote>', FETCH_URL('cite', 'javascript:alert(1)')]]],
];

/** Everything above as one body, a blank line between lines: line i of the list is line `first + 2i` of the file. */
export const hostileBody = () => HOSTILE_LINES.map(([, line]) => line).join('\n\n');

/** What none of it may leave in a page: its code, its schemes, its handlers, its refresh, its foreign host. */
export const INERT = /alert|msgbox|script|vbscript:|data:|\son[a-z]+=|refresh|evil\.example|<(iframe|object|embed|base|link|meta|form|button|svg)\b/i;
