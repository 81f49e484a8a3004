import { sealedDeskPackageFormat, sealedDeskPackageSchema, type SealedDeskPackage } from '../../shared/desks/deskKit';
import { AppError } from '../../shared/errors';
import { openWithIdentity, sealToRecipients } from '../backup';

const refused = (vi: string, en: string) => new AppError('DESK_PACKAGE_INVALID', { reason: { vi, en } });

/**
 * A signed desk package as it travels: the signed file sealed (age) to the public key of the
 * desk's kit, so the ballots on the USB stick and in a downloads folder are never in the clear,
 * with the clear summary the main head is asked about. Returns the travelling file's JSON.
 */
export async function sealPackage(
  signedFileJson: string,
  summary: Omit<SealedDeskPackage, 'format' | 'sealed'>,
  recipient: string,
): Promise<string> {
  const sealed = await sealToRecipients(Buffer.from(signedFileJson, 'utf8'), [recipient]);
  const travelling: SealedDeskPackage = {
    format: sealedDeskPackageFormat,
    ...summary,
    sealed: sealed.toString('base64'),
  };
  return JSON.stringify(travelling);
}

/**
 * The signed file inside a travelling package, opened with the secret key of the desk registered
 * for its kit. Throws DESK_PACKAGE_INVALID when it is not a desk package, when no desk here has
 * its kit, or when it does not open (a changed byte, or sealed to another main desk).
 */
export async function openSealedPackage(
  text: string,
  identityOf: (kitId: string) => string | null,
): Promise<{ kitId: string; signedFileText: string }> {
  let travelling: SealedDeskPackage;
  try {
    travelling = sealedDeskPackageSchema.parse(JSON.parse(text));
  } catch {
    throw refused('tệp không phải gói bàn phụ', 'the file is not a desk package');
  }
  const identity = identityOf(travelling.kitId);
  if (identity === null)
    throw refused(
      'không bàn phụ nào ở đây được lập bằng bộ dữ liệu của gói này',
      'no desk here was made with this package’s kit',
    );
  try {
    const opened = await openWithIdentity(Buffer.from(travelling.sealed, 'base64'), identity);
    return { kitId: travelling.kitId, signedFileText: opened.toString('utf8') };
  } catch {
    throw refused(
      'gói đã bị sửa hoặc không được niêm phong cho bàn chính này',
      'the package was changed, or was not sealed for this main desk',
    );
  }
}
