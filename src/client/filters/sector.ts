// Used in the browser: filters the ambassadors page by sector and keeps the choice in the URL.
// Without JavaScript the filter stays invisible (its room kept, so showing it moves nothing)
// and the page shows every ambassador.
import { oneOf, readSectorFilter, sectorFilterSearch } from '../../lib/filters/url-state';

function statusText(shown: number, total: number): string {
  const noun = total === 1 ? 'ambassadeur' : 'ambassadeurs';
  return shown === total ? `${total} ${noun}` : `${shown} van ${total} ${noun}`;
}

export function startSectorFilter(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-sector-filter]');
  const status = root.querySelector<HTMLElement>('[data-sector-status]');
  const items = [...root.querySelectorAll<HTMLElement>('[data-sector]')];
  if (form === null || status === null) return;
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[name="sector"]')];
  // The sectors on offer are the radios' own values; nothing else from the address is used.
  const sectors = radios.map((radio) => radio.value).filter((value) => value !== '');

  const show = (sector: string | undefined) => {
    let shown = 0;
    for (const item of items) {
      item.hidden = sector !== undefined && item.dataset['sector'] !== sector;
      if (!item.hidden) shown += 1;
    }
    status.textContent = statusText(shown, items.length);
  };

  const fromAddress = readSectorFilter(window.location.search, sectors);
  for (const radio of radios) radio.checked = radio.value === (fromAddress ?? '');
  show(fromAddress);

  form.addEventListener('change', () => {
    const sector = oneOf(radios.find((radio) => radio.checked)?.value, sectors);
    show(sector);
    const url = new URL(window.location.href);
    url.search = sectorFilterSearch(sector);
    window.history.replaceState(null, '', url);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  delete form.dataset['pending'];
}
