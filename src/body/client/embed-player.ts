/**
 * Click-to-load for <Embed> (src/body/elements/embed.ts): pressing the button puts the
 * platform's player in its place, and only then is anything requested from the platform.
 * Focus moves to the player so a keyboard user goes on from there.
 */
for (const embed of document.querySelectorAll<HTMLElement>('figure[data-embed-player]')) {
  const button = embed.querySelector('button');
  button?.addEventListener('click', () => {
    const player = document.createElement('iframe');
    player.src = embed.dataset.embedPlayer!;
    player.title = embed.dataset.embedTitle!;
    player.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media';
    player.allowFullscreen = true;
    player.referrerPolicy = 'strict-origin-when-cross-origin';
    player.className = 'embed__player';
    button.replaceWith(player);
    player.focus();
  });
}
