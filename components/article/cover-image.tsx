import { getImageProps } from 'next/image';
import { preload as preloadImage } from 'react-dom';

// Every cover is stored at 16:9. A cover that fills a column says how wide it shows (`sizes`), so a phone fetches a
// phone-sized rendition; a thumbnail has one width, and its srcset lists two renditions (1x and 2x) instead of every
// width next.config.ts allows: each rendition's address is written into the page twice (HTML and payload).
type Size = { sizes: string; width?: never } | { width: number; sizes?: never };
type Props = Size & { src: string; alt: string; preload?: boolean; className?: string };

const STORED = { width: 1600, height: 900 };

/**
 * next/image's optimised renditions in a plain <img>: rendered on the server, so readers download none of
 * next/image's client code. Width and height reserve the box before the file arrives.
 */
export function CoverImage({ src, alt, sizes, width, preload = false, className = '' }: Props) {
  const box = width ? { width, height: Math.round((width * STORED.height) / STORED.width) } : STORED;
  const { props } = getImageProps({ src, alt, ...box, sizes, preload, className: `h-auto ${className}` });
  // What <Image preload> does for the page's main picture: fetch it before the stylesheet is parsed.
  if (preload) preloadImage(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  // eslint-disable-next-line @next/next/no-img-element -- next/image's own props, without its client component
  return <img {...props} alt={alt} />;
}
