export default function Privacy() {
  return (
    <main>
      <h1>Privacy policy</h1>
      <p>This example stores your consent choice in one first-party cookie named <code>assent</code>.</p>
    </main>
  )
}
