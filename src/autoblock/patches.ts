// Replacing a built-in method or setter so that it can be put back exactly: each patch keeps
// the original property descriptor. Only that own property changes, so `instanceof`, the other
// properties and the page's references to its objects stay as they were.

/** What `restore` puts back, last patched first. One list: autoblock runs once in a page. */
const undo: Array<[object, string, PropertyDescriptor]> = []

/** Replaces the method `key` of `target`, or the setter of the accessor `key` (and its getter
 * with `get`), by what `wrap` makes of the original. Absent properties (an older browser) are
 * left alone. */
export function patch(target: object, key: string, wrap: (original: Function) => Function, get?: (original: Function) => Function): void {
  const descriptor = Object.getOwnPropertyDescriptor(target, key)
  if (descriptor) {
    undo.push([target, key, descriptor])
    const { set, get: getter } = descriptor
    Object.defineProperty(target, key, set
      ? { ...descriptor, set: wrap(set) as () => void, get: get ? (get(getter!) as () => unknown) : getter }
      : { ...descriptor, value: wrap(descriptor.value) })
  }
}

export const restore = (): void => undo.splice(0).reverse().forEach((args) => Object.defineProperty(...args))
