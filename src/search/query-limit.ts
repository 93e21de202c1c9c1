/** How much of a reader's query is searched; small and without imports, for the dialog's first script. */

/**
 * The longest query searched, in characters. A longer one (a pasted passage) is searched by its
 * first part: each word costs a lookup in the index, and the query rides in the search page's
 * link, which must stay short enough for every server (each character takes up to 12 in a URL).
 */
export const MAX_QUERY_CHARS = 100;

/** The part of a query that is searched: its first MAX_QUERY_CHARS characters, trimmed. */
export function searchedQuery(query: string): string {
  const chars = [...query.trim()];
  return chars.length <= MAX_QUERY_CHARS ? query.trim() : chars.slice(0, MAX_QUERY_CHARS).join('').trim();
}
