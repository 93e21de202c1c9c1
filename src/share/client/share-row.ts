/**
 * The share row's buttons that need script (src/share/ShareRow.astro): 复制链接 with the
 * Clipboard API, or, where that is missing or refused, the address selected in a read-only
 * field for the reader to copy; 分享 with the Web Share API, only where the browser has it.
 */
import { t } from '../../site/strings.ts';

function announce(status: HTMLElement, message: string): void {
  // Emptied first, so the same message said twice is announced twice.
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}

export function enableShareRow(row: HTMLElement): void {
  const url = row.dataset.shareUrl!;
  const title = row.dataset.shareTitle!;
  const status = row.querySelector<HTMLElement>('[role="status"]')!;
  const copy = row.querySelector<HTMLButtonElement>('[data-share-action="copy"]')!;
  const native = row.querySelector<HTMLButtonElement>('[data-share-action="native"]')!;
  const address = row.querySelector<HTMLElement>('.share__address')!;

  copy.parentElement!.hidden = false;
  copy.addEventListener('click', async () => {
    try {
      // Without the API (an insecure origin, an old browser) this throws as a refusal does.
      await navigator.clipboard.writeText(url);
      announce(status, t.share.copied);
    } catch {
      address.hidden = false;
      const field = address.querySelector('input')!;
      field.focus();
      field.select();
      announce(status, t.share.copyByHand);
    }
  });

  if (typeof navigator.share !== 'function') return;
  native.parentElement!.hidden = false;
  native.addEventListener('click', () => {
    // The reader closing the system's sheet rejects the promise: nothing to report.
    navigator.share({ title, url }).catch(() => undefined);
  });
}
