// Used in the browser: asks before something is thrown away, with the page's own <dialog>
// (data-confirm). Resolves true for "yes"; Escape, "Nee, terug" and closing mean no.
export function confirmWith(options: { title: string; text: string; yes: string }): Promise<boolean> {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-confirm]');
  if (dialog === null) return Promise.resolve(false);
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  dialog.querySelector('[data-confirm-title]')!.textContent = options.title;
  dialog.querySelector('[data-confirm-text]')!.textContent = options.text;
  const yes = dialog.querySelector<HTMLButtonElement>('[data-confirm-yes]')!;
  const no = dialog.querySelector<HTMLButtonElement>('[data-confirm-no]')!;
  yes.textContent = options.yes;
  return new Promise((resolve) => {
    const finish = (answer: boolean) => {
      yes.removeEventListener('click', onYes);
      no.removeEventListener('click', onNo);
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
      resolve(answer);
    };
    const onYes = () => finish(true);
    const onNo = () => finish(false);
    const onClose = () => finish(false);
    yes.addEventListener('click', onYes);
    no.addEventListener('click', onNo);
    dialog.addEventListener('close', onClose);
    dialog.showModal();
    // The safe choice has the focus, so Enter never throws work away by accident.
    no.focus();
  });
}
