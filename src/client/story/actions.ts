// Used in the browser: "Deel" copies the link to a scene or chapter, "Data en bron" opens and
// closes a scene's data, and the chart downloads as a PNG image.
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
      const id = button.dataset['chartPng'] ?? '';
      const canvas = root.querySelector<HTMLCanvasElement>(`figure[data-chart="${CSS.escape(id)}"] canvas`);
      if (canvas === null) return;
      // A white background: the canvas itself is transparent.
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext('2d');
      if (context === null) return;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, copy.width, copy.height);
      context.drawImage(canvas, 0, 0);
      const link = document.createElement('a');
      link.href = copy.toDataURL('image/png');
      link.download = `${id}.png`;
      link.click();
    });
  }
}
