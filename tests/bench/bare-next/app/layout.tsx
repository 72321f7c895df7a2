// What Next.js and React cost on their own: the benchmark's yardstick for the portal's pages (tests/bench/bare-next.ts).
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
