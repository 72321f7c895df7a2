const formatter = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

export function DateTime({ value, className }: { value: Date; className?: string }) {
  return (
    <time dateTime={value.toISOString()} className={className}>
      {formatter.format(value)}
    </time>
  );
}
