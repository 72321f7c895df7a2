// Markdown's image has a title but no credit: a figure's caption and credit share the title as
// "caption | Credit: credit", which reads naturally in the stored text and splits back apart on import.
// A caption that itself ends in " | Credit: …" (or is "Credit: …") with no credit would be read back as a credit.

export const figureTitle = (caption: string, credit: string) => (credit ? `${caption ? `${caption} | ` : ''}Credit: ${credit}` : caption);

export function readFigureTitle(title: string): { caption: string; credit: string } {
  const match = /^(?:([\s\S]*) \| )?Credit: ([\s\S]*)$/.exec(title);
  return match ? { caption: match[1] ?? '', credit: match[2]! } : { caption: title, credit: '' };
}
