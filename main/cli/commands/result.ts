import type { PackageVerification } from '../../../shared/results/resultSchemas';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/errors';
import { formatDigest } from '../../../shared/results/digestGroups';
import { UsageError, type CliContext } from '../cliContext';
import type { CliCommand } from '../command';

async function readPackageFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new AppError('PACKAGE_INVALID', {
      reason: { vi: `không đọc được tệp «${path}»`, en: `cannot read the file “${path}”` },
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
    context.say({
      vi: 'Gói kết quả hợp lệ: mã băm khớp với kết quả, chữ ký số đúng.',
      en: 'The result package is valid: the digest matches the result and the signature verifies.',
    }),
    `${context.say({ vi: 'Đợt', en: 'Campaign' })}: ${checked.campaignName}`,
    `${context.say({ vi: 'Đơn vị', en: 'Unit' })}: ${checked.unitName}`,
    `${context.say({ vi: 'Người được góp ý', en: 'Person assessed' })}: ${checked.subjectName}`,
    sequence === 1
      ? context.say({ vi: 'Biên bản: niêm phong', en: 'Record: seal' })
      : `${context.say({ vi: 'Biên bản: sửa đổi lần', en: 'Record: amendment' })} ${sequence - 1} — ${reason ?? ''}`,
    `${context.say({ vi: 'Số niêm phong', en: 'Envelope seal' })}: ${envelopeSeal}`,
    `${context.say({ vi: 'Mã băm SHA-256', en: 'SHA-256 digest' })}: ${formatDigest(checked.digest)}`,
    `${context.say({ vi: 'Người ký', en: 'Signed by' })}: ${checked.signer}${checked.signingTime ? ` (${checked.signingTime})` : ''}`,
    `${context.say({ vi: 'Vân tay chứng thư', en: 'Certificate fingerprint' })}: ${checked.fingerprint}`,
  ];
  context.stdout.write(`${lines.join('\n')}\n`);
}

export const resultVerifyCommand: CliCommand = {
  words: ['result', 'verify'],
  usage: {
    vi: 'result verify --file TỆP [--out THƯ_MỤC]  kiểm tra gói kết quả niêm phong (mã băm, chữ ký); --out ghi result.json, result.p7s, certificate.pem cho openssl',
    en: 'result verify --file FILE [--out DIR]     check a sealed result package (digest, signature); --out writes result.json, result.p7s, certificate.pem for openssl',
  },
  async run(args, context) {
    const { values } = parseArgs({
      args: [...args],
      options: { file: { type: 'string' }, out: { type: 'string' } },
      strict: true,
    });
    if (values.file === undefined || values.file === '')
      throw new UsageError(context.say({ vi: 'lệnh này cần --file TỆP', en: 'this command needs --file FILE' }));
    if (values.out === '') throw new UsageError(context.say({ vi: '--out cần THƯ_MỤC', en: '--out needs DIR' }));
    const checked = await context.call('results.verifyPackage', { content: await readPackageFile(values.file) });
    report(checked, context);
    if (values.out !== undefined) {
      const written = await writeParts(checked, values.out);
      context.stdout.write(
        `${context.say({ vi: 'Đã ghi', en: 'Written' })}: ${written.join(', ')}\n` +
          `openssl cms -verify -binary -inform DER -in ${written[1]} -content ${written[0]} -certfile ${written[2]} -CAfile ${written[2]} -purpose any -out /dev/null\n`,
      );
    }
  },
};
