/** One JSON object per line on stdout: easy to grep here, and to ship to any log store. */
export function log(event: string, fields: Record<string, unknown> = {}) {
  console.log(JSON.stringify({ time: new Date().toISOString(), event, ...fields }));
}
