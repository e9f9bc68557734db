// HTML built as text with every interpolated value escaped: record fields and config come from
// clients, so they are only ever text. `raw()` marks markup this code wrote itself.
export class Raw {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html
  }
}

export const raw = (html: string) => new Raw(html)

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c])
}

type Value = Raw | string | number | null | undefined | false | Value[]

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof Raw) return value.html
  if (Array.isArray(value)) return value.map(render).join('')
  return escapeHtml(value)
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; arrays and raw() pass through. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Raw {
  let out = strings[0]
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]
  return new Raw(out)
}
