import { closedContest } from './testCounting';
import { signingPassphrase } from './testVault';

/** Backups in tests: a quick scrypt for passphrases (age's default 18 takes about a second). */
export const fastBackupScrypt = 10;

/** A closed school contest, sealed (envelope NP-0012) and signed by the head: a vault with a signed result, and the head's identity. */
export async function signedContest(dataDirectory: string) {
  const opened = await closedContest(dataDirectory);
  const { head, school } = opened;
  const sealed = await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-0012' });
  const identity = await head.ok('signing.generate', {
    name: 'Trần Văn Bình',
    post: 'Trưởng ban kiểm phiếu',
    passphrase: signingPassphrase,
  });
  await head.ok('results.sign', { sealId: sealed.id, passphrase: signingPassphrase });
  return { ...opened, sealed, identity };
}
