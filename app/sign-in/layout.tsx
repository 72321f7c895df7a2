import { NewsroomFrame } from '@/components/admin/newsroom-frame';

// The newsroom's door wears the newsroom's frame, without the nav a signed-in user gets.
export default function SignInLayout({ children }: { children: React.ReactNode }) {
  return <NewsroomFrame>{children}</NewsroomFrame>;
}
