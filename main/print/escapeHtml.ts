const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Every piece of text that goes into a printed document passes through here. Names, criteria
 * and seeds are typed by people, so any of them may hold markup; escaping both quotes makes the
 * result safe in element text and in attribute values alike.
 */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (character) => entities[character] ?? character);
}
