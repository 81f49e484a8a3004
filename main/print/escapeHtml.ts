const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every piece of text that goes into a printed document passes through here. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (character) => entities[character]!);
}
