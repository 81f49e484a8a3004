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

/** `openssl cms -sign` over a file with a key and certificate: the DER signature, base64. */
export function opensslSign(contentPath: string, signer: { keyPath: string; certificatePath: string }): string {
  const signaturePath = `${contentPath}.p7s`;
  const signed = openssl([
    'cms',
    '-sign',
    '-binary',
    '-md',
    'sha256',
    '-in',
    contentPath,
    '-signer',
    signer.certificatePath,
    '-inkey',
    signer.keyPath,
    '-outform',
    'DER',
    '-out',
    signaturePath,
  ]);
  if (signed.status !== 0) throw new Error(signed.stderr);
  return readFileSync(signaturePath).toString('base64');
}

/**
 * What an outsider does with standard tools: a self-made certificate (with any name) and
 * `openssl cms -sign` over the given bytes. Returns the DER signature in base64 and the PEM.
 */
export function signedByOutsider(content: string, directory: string, subject: string) {
  const contentPath = `${directory}/content.json`;
  writeFileSync(contentPath, content, 'utf8');
  const signer = selfSignedCertificate(directory, subject);
  return { signature: opensslSign(contentPath, signer), certificate: readFileSync(signer.certificatePath, 'utf8') };
}
