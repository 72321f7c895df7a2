'use client';

import { useEffect, useState } from 'react';

/**
 * How much of the bottom of the window the on-screen keyboard covers. Chrome and Safari shrink only the visual
 * viewport when it opens, so a bar fixed to the bottom would sit behind it unless lifted by this much.
 */
export function useKeyboardInset(): number {
  const [inset, setInset] = useState(0);
  useEffect(() => {
    const viewport = window.visualViewport;
    if (!viewport) return;
    const measure = () => setInset(Math.max(0, Math.round(window.innerHeight - viewport.height - viewport.offsetTop)));
    viewport.addEventListener('resize', measure);
    viewport.addEventListener('scroll', measure);
    return () => {
      viewport.removeEventListener('resize', measure);
      viewport.removeEventListener('scroll', measure);
    };
  }, []);
  return inset;
}
