// Keeps Tab and Shift+Tab inside the open modal dialog (WAI-ARIA APG dialog pattern):
// showModal() makes the page inert, but Tab from the last control would still leave for the
// browser UI. One listener on the shadow root serves every dialog in it.

export function trapFocus(root: ShadowRoot): void {
  root.addEventListener('keydown', (event) => {
    const active = root.activeElement
    const dialog = active?.closest('dialog:modal')
    if ((event as KeyboardEvent).key !== 'Tab' || !dialog) return
    const controls = dialog.querySelectorAll<HTMLElement>('button,a[href],input:not(:disabled)')
    const first = controls[0]
    const last = controls[controls.length - 1]
    if ((event as KeyboardEvent).shiftKey ? active === first : active === last) {
      event.preventDefault()
      ;((event as KeyboardEvent).shiftKey ? last : first).focus()
    }
  })
}
