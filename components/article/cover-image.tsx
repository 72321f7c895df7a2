import { getImageProps } from 'next/image';
import { preload as preloadImage } from 'react-dom';

// Every cover is stored at 16:9; `sizes` tells phones to fetch a phone-sized rendition.
type Props = { src: string; alt: string; sizes: string; preload?: boolean; className?: string };

/**
 * next/image's optimised renditions in a plain <img>: rendered on the server, so readers download none of
 * next/image's client code. Width and height reserve the box before the file arrives.
 */
export function CoverImage({ src, alt, sizes, preload = false, className = '' }: Props) {
  const { props } = getImageProps({ src, alt, width: 1600, height: 900, sizes, preload, className: `h-auto ${className}` });
  // What <Image preload> does for the page's main picture: fetch it before the stylesheet is parsed.
  if (preload) preloadImage(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  // eslint-disable-next-line @next/next/no-img-element -- next/image's own props, without its client component
  return <img {...props} alt={alt} />;
}
