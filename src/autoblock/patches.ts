// Replacing a built-in method or setter so that it can be put back exactly: each patch pushes
// its undo. Only the prototype's own property is touched, so `instanceof`, other properties
// and the page's own references to the elements are unchanged.
export type Undo = Array<() => void>

/** Replaces the method `key` of `target` by `wrap(original)`. */
export function patchMethod<T extends object>(undo: Undo, target: T, key: string, wrap: (original: Function) => Function): void {
  const original = (target as Record<string, Function>)[key]
  if (!original) return
  ;(target as Record<string, Function>)[key] = wrap(original)
  undo.push(() => ((target as Record<string, Function>)[key] = original))
}

/** Replaces the setter (and getter) of the accessor `key` of `proto`. */
export function patchAccessor(undo: Undo, proto: object, key: string, set: (original: (value: unknown) => void) => (this: HTMLElement, value: unknown) => void, get?: (original: () => unknown) => (this: HTMLElement) => unknown): void {
  const descriptor = Object.getOwnPropertyDescriptor(proto, key)
  if (!descriptor?.set) return
  Object.defineProperty(proto, key, { ...descriptor, set: set(descriptor.set), get: get ? get(descriptor.get!) : descriptor.get })
  undo.push(() => Object.defineProperty(proto, key, descriptor))
}
