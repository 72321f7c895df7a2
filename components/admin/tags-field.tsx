'use client';

import { Field, inputClass } from '@/components/ui/field';

type Props = { value: string; onChange: (value: string) => void; known: string[]; error?: string };

const MAX_SUGGESTIONS = 8;

/** Tags as a comma-separated list: existing tags matching what is being typed can be picked; new ones are created. */
export function TagsField({ value, onChange, known, error }: Props) {
  const parts = value.split(',');
  const typing = parts.at(-1)!.trim().toLowerCase();
  const chosen = new Set(parts.map((p) => p.trim().toLowerCase()));
  const suggestions = typing ? known.filter((tag) => tag.toLowerCase().includes(typing) && !chosen.has(tag.toLowerCase())).slice(0, MAX_SUGGESTIONS) : [];
  const pick = (tag: string) => onChange([...parts.slice(0, -1).map((p) => p.trim()), tag].filter(Boolean).join(', ') + ', ');
  return (
    <Field id="tags" label="Tags (comma-separated; new ones are created)" error={error}>
      <input id="tags" value={value} onChange={(e) => onChange(e.target.value)} className={inputClass} autoComplete="off" />
      {suggestions.length > 0 && (
        <ul aria-label="Existing tags" className="mt-2 flex flex-wrap gap-2">
          {suggestions.map((tag) => (
            <li key={tag}>
              <button type="button" onClick={() => pick(tag)} className="min-h-11 rounded-full border border-zinc-300 px-3 text-sm dark:border-zinc-700">
                {tag}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Field>
  );
}
