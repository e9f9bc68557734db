// Builds DOM with createElement and text nodes only: config strings can never become markup,
// and nothing here needs 'unsafe-inline' or a Trusted Types policy. Shared by the UI and the
// gate's placeholders.

export type Child = Node | string | false | undefined | null

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K, attributes: Record<string, string> = {}, ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const name in attributes) node.setAttribute(name, attributes[name])
  node.append(...(children.filter((child) => child) as Array<Node | string>))
  return node
}
