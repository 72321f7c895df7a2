import Image from 'next/image';

// Every cover is stored at 16:9; `sizes` tells phones to fetch a phone-sized rendition.
type Props = { src: string; alt: string; sizes: string; preload?: boolean; className?: string };

export function CoverImage({ src, alt, sizes, preload = false, className = '' }: Props) {
  return <Image src={src} alt={alt} width={1600} height={900} sizes={sizes} preload={preload} className={`h-auto ${className}`} />;
}
