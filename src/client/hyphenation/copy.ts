// Used in the browser wherever slide text with soft hyphens is shown (SlideView, the story): copied
// text gets whole words. Chromium keeps U+00AD in what it puts on the clipboard, and a pasted
// "op­voe­dings­on­der­steu­ning" then breaks search, spelling checks and word counts elsewhere.
import { SOFT_HYPHEN, stripSoftHyphens } from '../../lib/hyphenation/soft-hyphens';

function copyWholeWords(event: ClipboardEvent): void {
  const selection = document.getSelection();
  if (selection === null || selection.rangeCount === 0 || event.clipboardData === null) return;
  const text = selection.toString();
  if (!text.includes(SOFT_HYPHEN)) return;
  const holder = document.createElement('div');
  for (let i = 0; i < selection.rangeCount; i += 1) holder.append(selection.getRangeAt(i).cloneContents());
  event.clipboardData.setData('text/plain', stripSoftHyphens(text));
  event.clipboardData.setData('text/html', stripSoftHyphens(holder.innerHTML));
  event.preventDefault();
}

document.addEventListener('copy', copyWholeWords);
