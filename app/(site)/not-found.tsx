import { NotFoundMessage } from '@/components/layout/not-found-message';

// The public pages' notFound(): the (site) layout around it draws the chrome. Every public page carries this
// element for client-side navigation, so it stays this small.
export default function NotFound() {
  return <NotFoundMessage />;
}
