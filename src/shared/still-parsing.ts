// Whether the HTML parser may still be adding to an element: the document is loading and
// nothing follows the element yet (not even after one of its ancestors). The network may cut a
// page anywhere, and the parser shows an element before the rest of its text has arrived.
export function isUnfinished(element: Node): boolean {
  let node: Node | null = element
  while (node && !node.nextSibling) node = node.parentNode
  return !node && document.readyState == 'loading'
}
