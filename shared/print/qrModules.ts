import { create } from 'qrcode';

/** Modules of light margin around the code, as the QR standard asks. */
const quietZone = 4;

/**
 * A QR code as one SVG path of its dark modules (error correction M: a code on paper survives a
 * fold or a stain), with the square it fills. Pure: the prints embed it as markup, the screens
 * draw it as an element.
 */
export function qrPath(text: string): { extent: number; path: string } {
  const { size, data } = create(text, { errorCorrectionLevel: 'M' }).modules;
  const squares: string[] = [];
  for (let row = 0; row < size; row += 1)
    for (let column = 0; column < size; column += 1)
      if (data[row * size + column]) squares.push(`M${column + quietZone} ${row + quietZone}h1v1h-1z`);
  return { extent: size + 2 * quietZone, path: squares.join('') };
}
