/** Starts a piece on the server and opens it: a form, so it works before the page's scripts have loaded. */
export function NewPieceButton({ start }: { start: () => Promise<void> }) {
  return (
    <form action={start}>
      <button type="submit" className="inline-flex min-h-11 items-center rounded bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
        New piece
      </button>
    </form>
  );
}
