// Keeps Tab and Shift+Tab inside a modal dialog (WAI-ARIA APG dialog pattern): showModal()
// makes the page inert, but Tab from the last control would still leave for the browser UI.

const FOCUSABLE = 'button:not(:disabled),a[href],input:not(:disabled)'

export function trapFocus(dialog: HTMLElement, root: ShadowRoot): void {
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return
    const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const first = controls[0]
    const last = controls[controls.length - 1]
    const active = root.activeElement
    if (event.shiftKey ? active === first : active === last) {
      event.preventDefault()
      ;(event.shiftKey ? last : first).focus()
    }
  })
}
