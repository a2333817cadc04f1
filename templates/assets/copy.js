// The copy button beside the embed code on theme pages. Without JavaScript, or where the browser offers no clipboard
// (a page served over plain http), the button stays hidden and the code can still be selected and copied by hand.

const copied = 'De code is gekopieerd.';
const selectedInstead = 'Kopiëren lukte niet. De code is geselecteerd: kopieer hem met Ctrl+C (Cmd+C op een Mac).';

/** Shows every `button[data-copy]` and makes it copy the value of the element whose id it names. */
export function enableCopyButtons(root, clipboard) {
  const buttons = [...root.querySelectorAll('button[data-copy]')];
  for (const button of buttons) {
    const source = root.getElementById(button.dataset.copy);
    if (!source) continue;
    const status = button.parentElement && button.parentElement.querySelector('[role="status"]');
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await clipboard.writeText(source.value);
        if (status) status.textContent = copied;
      } catch {
        source.focus();
        source.select();
        if (status) status.textContent = selectedInstead;
      }
    });
  }
  return buttons.length;
}

if (typeof document !== 'undefined' && typeof navigator !== 'undefined' && navigator.clipboard) {
  enableCopyButtons(document, navigator.clipboard);
}
