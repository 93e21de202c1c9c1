/** Site identity: the one place that names the site. */
export const site = {
  name: '新零售资讯',
  description: '新零售资讯的文章存档：正文、摘要与相关推荐，可在浏览器内全文搜索。',
  lang: 'zh-CN',
  /** Open Graph wants an underscore, RSS a lower-case tag; both derive from `lang`. */
  ogLocale: 'zh_CN',
  rssLanguage: 'zh-cn',
  /** Entries per page of the home, tag and source lists: list pages stay small however large the archive grows. */
  listPageSize: 20,
  /** Entries in rss.xml, newest first: feed readers poll it, so it carries recent news, not the archive. */
  feedSize: 50,
  /**
   * The Traditional-script edition under /zh-hant/ (src/edition/): `twp` Taiwan characters and
   * phrases, `hk` Hong Kong characters, `false` none. TRADITIONAL_EDITION=twp|hk|off overrides it
   * for one build (astro.config.mjs).
   */
  traditionalEdition: 'twp' as 'twp' | 'hk' | false,
  /**
   * Names the edition writes as they are, converting each character but not the phrase
   * (英伟达 → 英偉達, not Taiwan's 輝達). Editors add to this list (docs/authoring.md).
   */
  pinnedPhrases: ['英伟达'] as readonly string[],
} as const;
