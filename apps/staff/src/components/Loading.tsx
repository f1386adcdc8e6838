export function Loading() {
  return (
    <main id="main" aria-busy="true">
      <p>Loading…</p>
    </main>
  );
}
