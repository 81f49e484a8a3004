import { qrPath } from '../../shared/print/qrModules';

/** The public half of an archive key as a QR code, to print with the page or scan from the screen. */
export function RecipientQr({ recipient, label }: { recipient: string; label: string }) {
  const { extent, path } = qrPath(recipient);
  return (
    <svg
      className="recipient-qr"
      viewBox={`0 0 ${extent} ${extent}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      width={132}
      height={132}
    >
      <rect width={extent} height={extent} fill="#fff" />
      <path fill="#000" d={path} />
    </svg>
  );
}
