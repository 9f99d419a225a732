// Used in the browser: shows every "Voeg toe aan mijn presentatie" button (`button[data-add-slides]`,
// ids separated by commas) and loads the saved-deck code only when one is pressed, so a page
// that merely offers the button does not carry it.
export function wireAddButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-add-slides]')) {
    if (button.dataset['wired'] !== undefined) continue;
    button.dataset['wired'] = '';
    button.hidden = false;
    button.addEventListener('click', () => {
      void import('./my-deck').then(({ addFromButton }) => addFromButton(button));
    });
  }
}
