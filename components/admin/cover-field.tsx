'use client';

import Image from 'next/image';
import { useState } from 'react';
import { Field, inputClass } from '@/components/ui/field';
import { uploadImage } from './upload';

type Props = {
  url: string;
  alt: string;
  onUrlChange: (url: string) => void;
  onAltChange: (alt: string) => void;
  errors: { url?: string; alt?: string };
};

/** The piece's cover: uploaded at once (the server checks and converts it), then saved with the piece. */
export function CoverField({ url, alt, onUrlChange, onAltChange, errors }: Props) {
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState('');

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setUploading(true);
    setUploadError('');
    const result = await uploadImage(file);
    setUploading(false);
    // Cleared so that choosing the same file again, after a refusal, tries again.
    input.value = '';
    if ('url' in result) onUrlChange(result.url);
    else setUploadError(result.error);
  }

  return (
    <div className="space-y-3">
      <Field id="coverImage" label="Cover image" hint="JPEG, PNG, WebP or AVIF; at most 8 MB and at least 600 px wide. Stored as WebP, without camera or location data." error={errors.url}>
        {url && <Image src={url} alt={alt} width={1600} height={900} sizes="(min-width: 1024px) 40rem, 100vw" className="mt-1 h-auto w-full rounded" />}
        <input
          id="coverImage"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          disabled={uploading}
          onChange={(e) => void choose(e.currentTarget)}
          className={`${inputClass} py-1.5 file:mr-3 file:min-h-8 file:rounded file:border-0 file:bg-zinc-100 file:px-3 file:font-semibold dark:file:bg-zinc-800 dark:file:text-zinc-100`}
        />
      </Field>
      <p aria-live="polite" className="empty:hidden">
        {uploading ? 'Uploading…' : ''}
      </p>
      {uploadError && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {uploadError}
        </p>
      )}
      {url && (
        <>
          <Field id="coverImageAlt" label="Alt text (required)" hint="What the image shows, for readers who cannot see it." error={errors.alt}>
            <input
              id="coverImageAlt"
              value={alt}
              maxLength={300}
              onChange={(e) => onAltChange(e.target.value)}
              className={inputClass}
              aria-invalid={!!errors.alt}
              aria-describedby={errors.alt ? 'coverImageAlt-error' : undefined}
            />
          </Field>
          <button
            type="button"
            onClick={() => {
              onUrlChange('');
              onAltChange('');
            }}
            className="min-h-11 rounded border border-zinc-300 px-4 font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
          >
            Remove cover
          </button>
        </>
      )}
    </div>
  );
}
