/** Every string a reader sees, in one place. */
export const t = {
  skipToContent: '跳到正文',
  nav: {
    label: '主导航',
    home: '首页',
    sources: '来源',
    tags: '标签',
    search: '搜索',
    about: '关于',
  },
  search: {
    label: '搜索文章',
    placeholder: '搜索新闻、公司、人物',
    submit: '搜索',
    title: '搜索',
    intro: '在本站全部文章与摘要中查找。',
    empty: '没有找到与“{q}”相关的内容。换个关键词试试？',
    /** When the query finds nothing with the filters chosen on the search page. */
    emptyFiltered: '在所选的筛选条件下，没有找到与“{q}”相关的内容。',
    /** The button under that status. */
    clearFilters: '清除筛选，重新搜索',
    /** A query longer than the limit: its first {n} characters were searched. */
    queryCut: '{status}（搜索词较长，只搜索了前 {n} 个字）',
    prompt: '输入关键词后按回车开始搜索。',
    loading: '正在搜索…',
    count: '找到 {n} 条结果',
    /** When there may be more: the dialog shows the first few, and any search checks only its first matches. */
    countFirst: '显示前 {n} 条结果',
    /** The search page's button under its results while there may be more. */
    more: '显示更多结果',
    noScript: '搜索需要浏览器启用 JavaScript。您仍可以从首页、来源或标签浏览全部文章。',
    failed: '搜索暂时不可用，请稍后重试。',
    filters: '筛选与排序',
    filterLabels: { source: '来源', tag: '标签', year: '年份' },
    filterAll: '全部',
    filterOption: '{name}（{n}）',
    sort: '排序',
    sortRelevance: '相关度',
    sortDate: '最新优先',
    dialog: '搜索',
    close: '关闭',
    allResults: '在搜索页查看全部结果',
  },
  article: {
    summary: '摘要',
    author: '作者',
    editor: '编辑',
    published: '发布于',
    readingTime: '阅读约 {n} 分钟',
    disclaimer: '声明',
    previous: '上一篇',
    next: '下一篇',
    adjacentLabel: '更多文章',
    related: '相关推荐',
    source: '来源',
    tags: '标签',
    brief: '摘要',
    briefNotice: '本站仅收录此文的摘要，全文未收录于本存档。',
    dateOnly: '原文仅注明日期，未注明具体时间。',
    toc: '目录',
    /** Under the byline, before the date of the latest revision. */
    updated: '更新于',
    /** The heading of the corrections at the end of an article. */
    corrections: '更正',
  },
  share: {
    title: '分享',
    copy: '复制链接',
    copied: '链接已复制',
    /** Where the browser cannot copy: the address is selected in a field instead. */
    copyByHand: '已选中链接，请按 Ctrl+C（Mac 上按 ⌘C）复制',
    address: '文章链接',
    native: '分享…',
    weibo: '微博',
    newWindow: '（在新窗口打开）',
    wechat: '微信',
    wechatHint: '用微信扫一扫，在手机上打开本文并分享',
    qrCode: '本文网址的二维码：{url}',
  },
  /** Seen only in `npm run dev`: a production build publishes neither drafts nor scheduled entries. */
  draft: {
    badge: '草稿',
    banner: '草稿：只在本地预览中显示，正式构建不会发布。要发布时，删去头部信息中的 draft: true。',
    /** What a draft without a title is listed as. */
    untitled: '（未命名草稿）',
  },
  scheduled: {
    badge: '定时发布',
    banner: '定时发布：将于 {time}（北京时间）发布；在此之前，正式构建不会发布此文。',
  },
  figure: {
    missing: '图片未收录',
    missingLead: '题图未收录',
    credit: '图源：',
    sectionBreak: '此处原有配图，未收录',
  },
  embed: {
    /** The button that loads a platform's player: nothing is requested from it before. */
    load: '播放{platform}视频（点击后才会从{platform}加载）',
    /** The player's iframe, for screen readers: the video's title follows. */
    player: '{platform}视频：{title}',
  },
  video: {
    /** In place of the player, for a browser that plays no HTML video. */
    download: '下载视频',
  },
  lists: {
    latest: '最新文章',
    sourcesTitle: '全部来源',
    sourceTitle: '来源：{name}',
    tagsTitle: '全部标签',
    tagTitle: '标签：{name}',
    authorsTitle: '作者与编辑',
    /** An author's or editor's page is titled with the name alone. */
    authorTitle: '{name}',
    authorLinks: '相关链接',
    archiveTitle: '文章归档',
    archiveYear: '{year}年',
    archiveMonth: '{month}月',
    archiveMonthTitle: '{year}年{month}月',
    count: '{n} 篇',
  },
  pagination: {
    label: '分页',
    previous: '上一页',
    next: '下一页',
    position: '第 {n} 页，共 {total} 页',
    /** The title of a list page after the first, so every page has its own. */
    title: '{title}（第 {n} 页）',
  },
  notFound: {
    title: '页面不存在',
    body: '您要找的页面不存在，可能已被移动或删除。',
    home: '返回首页',
    search: '搜索文章',
  },
  about: {
    title: '关于本站',
    body: [
      '{site}是一个新闻文章存档，每篇文章都生成为静态网页，并可在浏览器内全文搜索。',
      '部分条目只收录了原文的摘要（标注为“摘要”），全文不在本存档中。',
      '原文中的图片文件未被收录：图片所在位置保留了图片说明与图源，并标明“图片未收录”。',
      '收录的原文只注明了发布日期，没有注明具体时间，因此这些文章只显示日期。',
    ],
  },
  settings: {
    open: '阅读设置',
    theme: '配色',
    themes: { system: '跟随系统', light: '浅色', dark: '深色' },
    textSize: '字号',
    textSizes: { md: '标准', lg: '大', xl: '特大' },
  },
  edition: {
    /** The header's link to the other edition, written in that edition's script (src/edition/EditionSwitch.astro). */
    toTraditional: { label: '繁', name: '繁體中文版' },
    toSimplified: { label: '简', name: '简体中文版' },
    /** Shown once, in Traditional, to a browser preferring Traditional Chinese. */
    suggestion: '本頁有繁體中文版',
    dismiss: '不再提示',
  },
  footer: {
    feed: 'RSS 订阅',
    about: '关于本站',
  },
} as const;

