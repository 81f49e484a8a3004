import { runCommandLine } from './cliRun';
import { coreWithVault, signedInUser } from './testCore';
import { openCampaign } from './testCounting';
import { signingPassphrase } from './testVault';

/** The main desk with an open campaign and a signing head, and a new desk vault whose head has an identity. */
export async function mainAndDesk(mainDirectory: string, deskDirectory: string) {
  const main = await openCampaign(mainDirectory);
  const mainIdentity = await main.head.ok('signing.generate', {
    name: 'Trần Văn Bình',
    post: 'Trưởng ban kiểm phiếu',
    passphrase: signingPassphrase,
  });
  const desk = await coreWithVault(deskDirectory);
  const deskHead = await signedInUser(desk.core, desk.admin, {
    login: 'totruong',
    fullName: 'Lê Thị Hoa',
    role: 'head',
  });
  const deskIdentity = await deskHead.ok('signing.generate', {
    name: 'Lê Thị Hoa',
    post: 'Tổ trưởng bàn phụ số 2',
    passphrase: signingPassphrase,
  });
  return { main, mainIdentity, desk, deskHead, deskIdentity };
}

/** `kiem-phieu desk kit` as the main desk's head (truongban) runs it, answering the two questions. */
export function deskKitCommand(
  mainDirectory: string,
  kit: { campaignId: string; name: string; fingerprint: string; unitType: string; out: string; secondEntry?: boolean },
) {
  return runCommandLine(
    [
      ...['--data-dir', mainDirectory, '--user', 'truongban', 'desk', 'kit', '--campaign', kit.campaignId],
      ...['--name', kit.name, '--fingerprint', kit.fingerprint, '--unit-type', kit.unitType, '--out', kit.out],
      ...(kit.secondEntry ? ['--second-entry'] : []),
    ],
    ['mật khẩu truongban', signingPassphrase],
  );
}
