import { message } from '../../../shared/i18n/messages';
import type { PackageVerification } from '../../../shared/results/resultSchemas';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { formatDigest } from '../../../shared/results/digestGroups';
import type { CliContext } from '../cliContext';
import { UsageError } from '../commandLine';
import type { CliCommand } from '../command';

async function readPackageFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new AppError('PACKAGE_INVALID', {
      reason: message('cli.draw.cannotReadTheFile', { path }),
    });
  }
}

/** The three files a district officer hands to openssl: the signed bytes, the signature, the certificate. */
async function writeParts(checked: PackageVerification, directory: string): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const parts: Array<[string, string | Buffer]> = [
    ['result.json', checked.parts.resultJson],
    ['result.p7s', Buffer.from(checked.parts.signatureBase64, 'base64')],
    ['certificate.pem', checked.parts.certificatePem],
  ];
  for (const [name, content] of parts) await writeFile(join(directory, name), content);
  return parts.map(([name]) => join(directory, name));
}

function report(checked: PackageVerification, context: CliContext): void {
  const { sequence, envelopeSeal, reason } = checked;
  const lines = [
    context.say(message('cli.result.theResultPackageIs')),
    `${context.say(message('cli.result.campaign'))}: ${checked.campaignName}`,
    `${context.say(message('cli.result.unit'))}: ${checked.unitName}`,
    `${context.say(message('cli.result.personAssessed'))}: ${checked.subjectName}`,
    sequence === 1
      ? context.say(message('cli.result.recordSeal'))
      : `${context.say(message('cli.result.recordAmendment'))} ${sequence - 1} — ${reason ?? ''}`,
    `${context.say(message('cli.result.envelopeSeal'))}: ${envelopeSeal}`,
    `${context.say(message('cli.result.shaDigest'))}: ${formatDigest(checked.digest)}`,
    `${context.say(message('cli.result.signedBy'))}: ${checked.signer}${checked.signingTime ? ` (${checked.signingTime})` : ''}`,
    `${context.say(message('cli.result.certificateFingerprint'))}: ${checked.fingerprint}`,
  ];
  context.stdout.write(`${lines.join('\n')}\n`);
}

export const resultVerifyCommand: CliCommand = {
  words: ['result', 'verify'],
  usage: message('cli.result.resultVerifyFileFile'),
  options: { file: { type: 'string' }, out: { type: 'string' } },
  check(values) {
    if (typeof values.file !== 'string' || values.file === '')
      throw new UsageError(message('cli.draw.thisCommandNeedsFile'));
    if (values.out === '') throw new UsageError(message('cli.result.outNeedsDir'));
  },
  async run(values, context) {
    const checked = await context.call('results.verifyPackage', {
      content: await readPackageFile(values.file as string),
    });
    report(checked, context);
    if (values.out !== undefined) {
      const written = await writeParts(checked, values.out as string);
      context.stdout.write(
        `${context.say(message('cli.result.written'))}: ${written.join(', ')}\n` +
          `openssl cms -verify -binary -inform DER -in ${written[1]} -content ${written[0]} -certfile ${written[2]} -CAfile ${written[2]} -purpose any -out /dev/null\n`,
      );
    }
  },
};
