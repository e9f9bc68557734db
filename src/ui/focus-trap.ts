// Keeps Tab and Shift+Tab inside the open modal dialog (WAI-ARIA APG dialog pattern):
// showModal() makes the page inert, but Tab from the last control would still leave for the
// browser UI. One listener on the shadow root serves every dialog in it (the UI's dialogs are
// always modal: they are removed when closed).

export function trapFocus(root: ShadowRoot): void {
  root.addEventListener('keydown', (event) => {
    const { key, shiftKey } = event as KeyboardEvent
    const active = root.activeElement
    const dialog = active?.closest('dialog')
    if (key == 'Tab' && dialog) {
      const controls = [...dialog.querySelectorAll<HTMLElement>('button,a[href],input:not(:disabled)')]
      if (shiftKey) controls.reverse()
      // From the last control (the first, going back), on to the first (the last).
      if (active == controls.pop()) {
        event.preventDefault()
        controls[0].focus()
      }
    }
  })
}
