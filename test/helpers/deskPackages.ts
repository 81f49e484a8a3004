import {
  deskKitContentSchema,
  deskKitFileSchema,
  deskPackageFileSchema,
  sealedDeskPackageSchema,
  type DeskPackageContent,
  type DeskPackageFile,
} from '../../shared/desks/deskKit';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWithIdentity } from '../../main/backup/format/ageBytes';
import { sealPackage } from '../../main/desks/sealedPackage';
import type { Core } from '../../main/core/createCore';
import { openssl, opensslSign, selfSignedCertificate } from './openssl';
import type { TestClient } from './testCore';
import { signingPassphrase } from './testVault';

/** The public key a kit tells its desk to seal packages to. */
export function kitRecipient(kitContentBase64: string): string {
  const file = deskKitFileSchema.parse(JSON.parse(Buffer.from(kitContentBase64, 'base64').toString('utf8')));
  return deskKitContentSchema.parse(JSON.parse(file.content)).packageRecipient;
}

/** The secret key the main desk keeps for a desk's packages — read from its vault, as only a test may. */
export function packageKeyOf(core: Core, kitId: string): string {
  return core.vault.store.read(
    (db) => db.prepare('SELECT package_identity FROM desks WHERE kit_id = ?').pluck().get(kitId) as string,
  );
}

/** The signed file inside a travelling package (what the main desk opens). */
export async function openTravelling(contentBase64: string, identity: string): Promise<DeskPackageFile> {
  const travelling = sealedDeskPackageSchema.parse(JSON.parse(Buffer.from(contentBase64, 'base64').toString('utf8')));
  const opened = await openWithIdentity(Buffer.from(travelling.sealed, 'base64'), identity);
  return deskPackageFileSchema.parse(JSON.parse(opened.toString('utf8')));
}

/** A signed file sealed for the main desk as a desk would send it, base64 as the merge call takes it. */
export async function travellingBase64(file: DeskPackageFile, recipient: string): Promise<string> {
  const content = JSON.parse(file.content) as DeskPackageContent;
  const travelling = await sealPackage(
    JSON.stringify(file),
    {
      kitId: content.kitId,
      deskName: content.deskName,
      batches: content.batches.length,
      ballots: content.batches.reduce((total, batch) => total + batch.ballots.length, 0),
    },
    recipient,
  );
  return Buffer.from(travelling, 'utf8').toString('base64');
}

/**
 * A desk whose head holds an openssl certificate, registered at the main desk for the school
 * contest: `seal` signs whatever content text it is given with that certificate and seals it
 * for the main desk, as that desk (or anyone holding its key) would send it.
 */
export async function opensslDesk(
  main: { head: TestClient; campaign: { id: string }; school: { id: string } },
  folder: string,
  deskName: string,
  secondEntryAtMain = false,
) {
  const signer = selfSignedCertificate(folder, `/CN=${deskName}`);
  const fingerprint = openssl(['x509', '-in', signer.certificatePath, '-noout', '-fingerprint', '-sha256'])
    .stdout.split('=')[1]!
    .trim();
  const kit = await main.head.ok('desks.makeKit', {
    campaignId: main.campaign.id,
    deskName,
    deskFingerprint: fingerprint,
    contestIds: [main.school.id],
    passphrase: signingPassphrase,
    secondEntryAtMain,
  });
  const recipient = kitRecipient(kit.contentBase64);
  let signed = 0;
  const seal = (contentText: string) => {
    signed += 1;
    const contentPath = join(folder, `content-${signed}.json`);
    writeFileSync(contentPath, contentText, 'utf8');
    return travellingBase64(
      {
        format: 'kiem-phieu/desk-package-file@1',
        content: contentText,
        signature: opensslSign(contentPath, signer),
        certificate: readFileSync(signer.certificatePath, 'utf8'),
      },
      recipient,
    );
  };
  return { kit, seal };
}
