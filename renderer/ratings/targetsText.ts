/** Keeps a share with its percent sign when a narrow column wraps ("97,00 %" never splits before "%"). */
export function keepPercentSign(text: string): string {
  return text.replace(/ %/g, '\u00a0%');
}
