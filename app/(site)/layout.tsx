import { SiteChrome } from '@/components/layout/site-chrome';
import { getSiteChrome } from '@/db/queries/site-chrome';

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const { categories, quotes } = await getSiteChrome();
  return (
    <SiteChrome categories={categories} quotes={quotes}>
      {children}
    </SiteChrome>
  );
}
