import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** Runs the real openssl binary; returns its exit status and output, never throws on a non-zero exit. */
export function openssl(args: readonly string[], input?: string | Buffer) {
  const run = spawnSync('openssl', args, { input });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout.toString('utf8'), stderr: run.stderr.toString('utf8') };
}

/** The command the README documents for a district officer, run in `directory`. */
export function opensslVerifyDetached(
  directory: string,
  files = { result: 'result.json', signature: 'result.p7s', certificate: 'certificate.pem' },
) {
  const at = (name: string) => `${directory}/${name}`;
  return openssl([
    'cms',
    '-verify',
    '-binary',
    '-inform',
    'DER',
    '-in',
    at(files.signature),
    '-content',
    at(files.result),
    '-certfile',
    at(files.certificate),
    '-CAfile',
    at(files.certificate),
    '-purpose',
    'any',
    '-out',
    '/dev/null',
  ]);
}

/**
 * A key and a self-signed certificate made with `openssl req -x509` (RSA 2048, a UTF-8 subject such
 * as "/CN=Lê Thị Hoa/title=Trưởng ban kiểm phiếu"), as anyone can make one: `key.pem` and
 * `certificate.pem` in `directory`. Throws with openssl's message if it fails.
 */
export function selfSignedCertificate(directory: string, subject: string, days = 365) {
  const keyPath = `${directory}/key.pem`;
  const certificatePath = `${directory}/certificate.pem`;
  const made = openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-utf8',
    '-days',
    String(days),
    '-subj',
    subject,
    '-keyout',
    keyPath,
    '-out',
    certificatePath,
  ]);
  if (made.status !== 0) throw new Error(`openssl req failed: ${made.stderr}`);
  return { keyPath, certificatePath };
}

/**
 * What an outsider does with standard tools: a self-made certificate (with any name) and
 * `openssl cms -sign` over the given bytes. Returns the DER signature in base64 and the PEM.
 */
export function signedByOutsider(content: string, directory: string, subject: string) {
  const at = (name: string) => `${directory}/${name}`;
  writeFileSync(at('content.json'), content, 'utf8');
  const { keyPath, certificatePath } = selfSignedCertificate(directory, subject);
  const signed = openssl([
    'cms',
    '-sign',
    '-binary',
    '-md',
    'sha256',
    '-in',
    at('content.json'),
    '-signer',
    certificatePath,
    '-inkey',
    keyPath,
    '-outform',
    'DER',
    '-out',
    at('content.p7s'),
  ]);
  if (signed.status !== 0) throw new Error(signed.stderr);
  return {
    signature: readFileSync(at('content.p7s')).toString('base64'),
    certificate: readFileSync(certificatePath, 'utf8'),
  };
}
