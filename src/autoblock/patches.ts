// Replacing a built-in method or accessor so that it can be put back exactly: each patch keeps
// the original property descriptor. Only that own property changes, so `instanceof`, the other
// properties and the page's references to its objects stay as they were.

/** What `restore` puts back, last patched first. One list: autoblock runs once in a page. */
const undo: Array<[object, string, PropertyDescriptor]> = []

/** Redefines the property `key` of `target` with what `wrap` makes of its descriptor (a new
 * `value` for a method, `set`/`get` for an accessor), the rest kept. Absent properties (an
 * older browser) are left alone. */
export function patch(target: object, key: string, wrap: (original: PropertyDescriptor) => PropertyDescriptor): void {
  const original = Object.getOwnPropertyDescriptor(target, key)
  if (original) {
    Object.defineProperty(target, key, { ...original, ...wrap(original) })
    undo.push([target, key, original])
  }
}

export const restore = (): void => undo.splice(0).reverse().forEach((args) => Object.defineProperty(...args))
