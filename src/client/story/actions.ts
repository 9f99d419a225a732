// Used in the browser: "Deel" copies the link to a scene or chapter, "Data en bron" opens and
// closes a scene's data, and the chart downloads as a PNG image (that code loads on the click).
export function startActions(root: Document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-share]')) {
    link.addEventListener('click', (event) => {
      const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
      const status = link.parentElement?.querySelector<HTMLElement>('[data-share-status]');
      if (navigator.clipboard === undefined) return;
      event.preventDefault();
      history.replaceState(null, '', url);
      navigator.clipboard.writeText(url).then(
        () => {
          if (status) status.textContent = 'Link gekopieerd.';
        },
        () => {
          if (status) status.textContent = `Kopieer deze link: ${url}`;
        },
      );
    });
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-data-toggle]')) {
    const panel = root.getElementById(button.getAttribute('aria-controls') ?? '');
    if (panel === null) continue;
    const set = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
    };
    set(false);
    button.hidden = false;
    button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-chart-png]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const figure = root.querySelector<HTMLElement>(
        `figure[data-chart="${CSS.escape(button.dataset['chartPng'] ?? '')}"]`,
      );
      if (figure !== null) void import('./chart-png').then(({ downloadPng }) => downloadPng(figure));
    });
  }
}
