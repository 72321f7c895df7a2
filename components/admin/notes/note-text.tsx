import { noteSegments } from '@/lib/newsroom/mentions';

/** A note's text, its mentions shown as "@Name". */
export function NoteText({ body }: { body: string }) {
  return (
    <p className="break-words whitespace-pre-wrap">
      {noteSegments(body).map((segment, index) =>
        'mention' in segment ? (
          <strong key={index} className="text-brand-700 dark:text-brand-400">
            @{segment.mention}
          </strong>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}
