/** Puts named values into a message: "Phiên bản {version}" with { version: '1.0' }. Unknown names stay as written. */
export function fillTemplate(template: string, lookup: (key: string) => string | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => lookup(key) ?? whole);
}
