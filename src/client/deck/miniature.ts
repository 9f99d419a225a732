// Used in the browser by the speaker view and the overview: a projected slide copied as a
// miniature, in this window or another one (the speaker view's).

/** A new element of `doc` with a class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
) {
  const node = doc.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A scaled copy of a slide as projected; drawn charts are copied as pictures. */
export function miniatureOf(doc: Document, section: HTMLElement | undefined): HTMLElement {
  const frame = el(doc, 'div', 'miniature');
  const stage = el(doc, 'div', 'miniature__stage');
  frame.append(stage);
  const view = section?.querySelector<HTMLElement>(':scope > .slide-view');
  if (view === null || view === undefined) return frame;
  const copy = doc.importNode(view, true);
  for (const node of copy.querySelectorAll('[id]')) node.removeAttribute('id');
  stage.append(copy);
  const sources = [...view.querySelectorAll('canvas')];
  copy.querySelectorAll('canvas').forEach((canvas, index) => {
    const source = sources[index];
    if (source === undefined || source.width === 0) return;
    canvas.width = source.width;
    canvas.height = source.height;
    canvas.style.width = '100%';
    canvas.style.height = '100%';
    canvas.getContext('2d')?.drawImage(source, 0, 0);
  });
  return frame;
}
