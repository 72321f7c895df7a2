/** The first thing a keyboard reaches on every page: straight to its main content. */
export function SkipLink() {
  return (
    <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 dark:focus:bg-zinc-900">
      Skip to content
    </a>
  );
}
