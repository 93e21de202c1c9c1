/** The 简/繁 link keeps the page's query and anchor, as they are when the reader follows it. */
export const EDITION_CHOICE_KEY = 'edition';

export function followEditionSwitch(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-edition-switch]');
  if (!link) return;
  const target = link.pathname;
  const update = () => {
    link.href = target + location.search + location.hash;
  };
  update();
  // The search page rewrites its query with history.replaceState, which fires no event.
  for (const event of ['pointerdown', 'focus', 'contextmenu']) link.addEventListener(event, update);
  link.addEventListener('click', () => {
    update();
    try {
      localStorage.setItem(EDITION_CHOICE_KEY, link.hreflang);
    } catch {
      // Storage may be off (private windows); the link works the same.
    }
  });
}
