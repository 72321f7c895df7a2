import { Fragment } from 'react';
import { MATCH_END, MATCH_START } from '@/db/queries/search';

/** Renders a search snippet as text, with the matched words (between the markers) in <mark>. */
export function SearchSnippet({ snippet }: { snippet: string }) {
  return (
    <p className="mt-1 text-zinc-700 dark:text-zinc-300">
      {snippet.split(MATCH_START).map((part, i) => {
        const [matched, rest] = i === 0 ? [null, part] : part.split(MATCH_END);
        return (
          <Fragment key={i}>
            {matched && <mark className="rounded bg-yellow-200 px-0.5 text-zinc-900 dark:bg-yellow-700 dark:text-white">{matched}</mark>}
            {rest?.replace(/[#*_>|]+/g, ' ')}
          </Fragment>
        );
      })}
    </p>
  );
}
