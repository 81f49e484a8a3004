#!/usr/bin/env node
// The offline bundle: one folder per platform to carry to machines without internet, with the
// installers, their SHA-256 sums, an Ed25519 signature of the sums, the public key and the
// instructions (CAI-DAT.txt, Vietnamese then English).
//
//   node build/release/offlineBundle.mjs --platform win|linux|mac --out <folder> <installers…>
//        [--portable <portable archive>] [--key <Ed25519 private key, PEM>] [--public-key <PEM>]
//     makes <folder>/kiem-phieu-<version>-<platform>/ and prints its path. With --key the sums
//     are signed; the key must be the private half of --public-key (by default the project's
//     build/release/release-public-key.pem), so a wrong secret fails the release instead of
//     shipping a signature nobody can check. Without --key the bundle is unsigned (a warning).
//     --portable adds the portable browser shell's archive (portableBrowserShell.mjs --archive):
//     its sum is signed with the installers', and CAI-DAT.txt says how to run it.
//   node build/release/offlineBundle.mjs --verify <bundle folder> [--public-key <PEM>]
//     checks a bundle as its reader would: every sum, the signature, and that the bundle's key
//     is the expected one.
//
// The signature is over the bytes of SHA256SUMS (Ed25519, no pre-hash), so that
//   openssl pkeyutl -verify -pubin -inkey release-public-key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig
// checks it (OpenSSL 3.0 or later).
import { KeyObject, createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSums, formatSums, sumsOf } from './checksums.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const defaultPublicKeyPath = join(root, 'build', 'release', 'release-public-key.pem');
export const platforms = ['win', 'linux', 'mac'];
export const names = {
  sums: 'SHA256SUMS',
  signature: 'SHA256SUMS.sig',
  publicKey: 'release-public-key.pem',
  instructions: 'CAI-DAT.txt',
};

/** A public key's fingerprint (PEM or KeyObject): SHA-256 of its DER SubjectPublicKeyInfo, in hex. */
export function fingerprintOf(publicKey) {
  const key = publicKey instanceof KeyObject && publicKey.type === 'public' ? publicKey : createPublicKey(publicKey);
  return createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** The one base64 line of a PEM public key: short enough to compare by eye with a printed copy. */
function keyLineOf(publicKeyPem) {
  return publicKeyPem
    .split(/\r?\n/)
    .filter((line) => line && !line.startsWith('-----'))
    .join('');
}

function platformInstall(platform, installers) {
  const list = installers.map((name) => `    ${name}`).join('\n');
  if (platform === 'win') {
    return {
      vi: `Cài đặt trên Windows (bộ cài NSIS):
${list}
  1. Nháy đúp tệp .exe. Bộ cài cần quyền quản trị (cài cho mọi người dùng của máy).
  2. Bộ cài chưa được ký bằng chứng thư Windows: nếu Windows báo "Windows protected
     your PC", chọn "More info" rồi "Run anyway" — sau khi đã kiểm tra tổng SHA-256 và
     chữ ký như trên.
  3. Chọn thư mục cài đặt (mặc định C:\\Program Files\\Kiểm phiếu), rồi "Install".
  4. Mở "Kiểm phiếu" từ menu Start hoặc biểu tượng trên màn hình.`,
      en: `Installing on Windows (NSIS installer):
${list}
  1. Double-click the .exe. It needs administrator rights (installs for all users).
  2. The installer has no Windows code-signing certificate: if Windows says "Windows
     protected your PC", choose "More info", then "Run anyway" — after checking the
     SHA-256 sums and the signature as above.
  3. Choose the folder (C:\\Program Files\\Kiểm phiếu by default), then "Install".
  4. Start "Kiểm phiếu" from the Start menu or the desktop icon.`,
    };
  }
  if (platform === 'linux') {
    return {
      vi: `Cài đặt trên Linux:
${list}
  Gói .deb (Debian, Ubuntu và các bản tương tự):
    sudo apt install ./<tệp>.deb      (hoặc: sudo dpkg -i <tệp>.deb)
  Không có mạng, apt không tải được thư viện còn thiếu: khi đó nó nêu tên các gói cần cài
  (thường đã có sẵn trên máy có giao diện đồ họa). Mở "Kiểm phiếu" từ menu ứng dụng.
  Tệp .AppImage (chạy không cần cài):
    chmod +x <tệp>.AppImage && ./<tệp>.AppImage
  Trên Ubuntu 24.04 trở lên nên dùng gói .deb: AppImage có thể bị AppArmor chặn khi khởi động.
  AppImage cần FUSE 2 (gói libfuse2); không có thì chạy:
    ./<tệp>.AppImage --appimage-extract-and-run`,
      en: `Installing on Linux:
${list}
  The .deb package (Debian, Ubuntu and the like):
    sudo apt install ./<file>.deb      (or: sudo dpkg -i <file>.deb)
  Without a network apt cannot fetch a missing library: it then names the packages to
  install (usually present on a machine with a desktop). Start "Kiểm phiếu" from the
  applications menu.
  The .AppImage (runs without installing):
    chmod +x <file>.AppImage && ./<file>.AppImage
  On Ubuntu 24.04 and later prefer the .deb: AppArmor may stop an AppImage from starting.
  An AppImage needs FUSE 2 (package libfuse2); without it, run:
    ./<file>.AppImage --appimage-extract-and-run`,
    };
  }
  return {
    vi: `Cài đặt trên macOS:
${list}
  Mở tệp .dmg, kéo "Kiểm phiếu" vào thư mục Applications. Ứng dụng chưa được Apple công
  chứng: lần đầu, nhấn chuột phải vào ứng dụng, chọn "Open", rồi "Open" lần nữa.`,
    en: `Installing on macOS:
${list}
  Open the .dmg and drag "Kiểm phiếu" to Applications. The app is not notarized by Apple:
  the first time, right-click it, choose "Open", then "Open" again.`,
  };
}

/** How to run the portable browser shell from its archive, where installing is not allowed. */
function portableRun(platform, archive) {
  const windows = platform === 'win';
  const unpack = windows ? `Nháy chuột phải vào ${archive}, chọn "Extract All…"` : `tar -xzf ${archive}`;
  const unpackEn = windows ? `Right-click ${archive}, choose "Extract All…"` : `tar -xzf ${archive}`;
  const start = windows ? 'kiem-phieu.cmd' : './kiem-phieu.sh';
  return {
    vi: `Máy không được phép cài đặt: bản chạy không cần cài (trình duyệt làm giao diện)
    ${archive}
  Kiểm tra tổng SHA-256 (và chữ ký) của tệp này như ở bước 1 và 2, rồi giải nén:
    ${unpack}
  và chạy ${start} trong thư mục vừa giải nén. Cần Chrome, Edge hoặc Chromium có sẵn trên máy;
  không cần mạng. DOC-TRUOC.txt trong thư mục nói rõ hơn. Dữ liệu nằm ở cùng thư mục dữ liệu
  như bản cài đặt (mục 4), nên thay thư mục này bằng bản mới hơn vẫn giữ dữ liệu.`,
    en: `Where installing is not allowed: the portable browser shell
    ${archive}
  Check this file's SHA-256 sum (and the signature) as in steps 1 and 2, then unpack it:
    ${unpackEn}
  and run ${start} in the folder it makes. It needs Chrome, Edge or Chromium on the machine and
  no network. DOC-TRUOC.txt in the folder says more. Its data lives in the same data folder as
  the installed app's (step 4), so replacing the folder with a newer one keeps the data.`,
  };
}

/** CAI-DAT.txt: Vietnamese first, then English. CRLF and a BOM so that any Notepad shows it right. */
export function instructionsText({ version, platform, installers, publicKeyPem, portable = null }) {
  const portableText = portable === null ? null : portableRun(platform, portable);
  const signed = publicKeyPem !== null;
  const install = platformInstall(platform, installers);
  const keyLine = signed ? keyLineOf(publicKeyPem) : '';
  const fingerprint = signed ? fingerprintOf(publicKeyPem) : '';
  const first = installers[0] ?? '<tệp>';
  const vi = `KIỂM PHIẾU ${version} — BỘ CÀI ĐẶT KHÔNG CẦN MẠNG (${platform})
==========================================================

Thư mục này gồm: bộ cài đặt, ${names.sums} (tổng SHA-256 của từng tệp)${
    signed
      ? `, ${names.signature} (chữ ký số của ${names.sums})\nvà ${names.publicKey} (khóa công khai để kiểm tra chữ ký)`
      : ''
  }.

1. Kiểm tra tổng SHA-256 (bằng công cụ có sẵn trong máy)
  Mỗi dòng của ${names.sums} là "<tổng>  <tên tệp>". Tổng tính được phải trùng với dòng
  của tệp đó (chữ hoa hay chữ thường đều được).
  Windows (Command Prompt, trong thư mục này):
    certutil -hashfile "${first}" SHA256
  Windows (PowerShell): một tệp, hoặc cả danh sách một lần:
    Get-FileHash -Algorithm SHA256 "${first}"
    Get-Content ${names.sums} | ForEach-Object { $h, $n = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $n).Hash -eq $h) { "OK   $n" } else { "SAI  $n" } }
  Linux (mọi tệp phải báo OK):
    sha256sum -c ${names.sums}
  macOS:
    shasum -a 256 -c ${names.sums}
  Tổng không trùng: KHÔNG cài; tệp đã bị hỏng hoặc bị thay đổi.
${
  signed
    ? `
2. Kiểm tra chữ ký (cần OpenSSL 3.0 trở lên: có sẵn trên Linux; trên Windows có trong
   Git for Windows)
    openssl pkeyutl -verify -pubin -inkey ${names.publicKey} -rawin -in ${names.sums} -sigfile ${names.signature}
  Phải in ra "Signature Verified Successfully". Chữ ký chỉ có giá trị khi khóa công khai là
  khóa của dự án: so dòng giữa của ${names.publicKey} với khóa in trong README của dự án
  hoặc do người phụ trách phát hành cung cấp trên giấy:
    ${keyLine}
  Dấu vân tay SHA-256 của khóa (openssl pkey -pubin -in ${names.publicKey} -outform DER | sha256sum):
    ${fingerprint}
`
    : `
2. Bộ này KHÔNG có chữ ký số: chỉ kiểm tra được tổng SHA-256 với một bản ${names.sums} nhận
   qua đường khác.
`
}
3. ${install.vi}
${portableText ? `\n3b. ${portableText.vi}\n` : ''}
4. Dữ liệu và nâng cấp
  Dữ liệu (kho dữ liệu mã hóa, các thiết lập) nằm trong thư mục dữ liệu của người dùng, không
  nằm trong thư mục cài đặt:
    Windows: %APPDATA%\\Kiem Phieu
    Linux:   ~/.local/share/kiem-phieu
    macOS:   ~/Library/Application Support/Kiem Phieu
  Nâng cấp: cài bản mới đè lên bản cũ theo đúng cách trên. Dữ liệu, mật khẩu và khóa khôi
  phục được giữ nguyên; trước khi nâng cấp kho, ứng dụng giữ một bản của kho cũ trong
  thư mục before-upgrade/. Gỡ cài đặt không xóa dữ liệu. Hãy sao lưu trước khi nâng cấp.
`;
  const en = `KIỂM PHIẾU ${version} — OFFLINE INSTALL BUNDLE (${platform})
==========================================================

This folder holds: the installer(s), ${names.sums} (the SHA-256 of each file)${
    signed
      ? `, ${names.signature} (a digital signature of ${names.sums})\nand ${names.publicKey} (the public key that checks the signature)`
      : ''
  }.

1. Check the SHA-256 sums (with tools built into the system)
  Each line of ${names.sums} is "<sum>  <file name>". The sum computed must equal that file's
  line (upper or lower case alike).
  Windows (Command Prompt, in this folder):
    certutil -hashfile "${first}" SHA256
  Windows (PowerShell): one file, or the whole list at once:
    Get-FileHash -Algorithm SHA256 "${first}"
    Get-Content ${names.sums} | ForEach-Object { $h, $n = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $n).Hash -eq $h) { "OK   $n" } else { "FAILED  $n" } }
  Linux (every file must say OK):
    sha256sum -c ${names.sums}
  macOS:
    shasum -a 256 -c ${names.sums}
  A sum that differs: do NOT install; the file is damaged or was changed.
${
  signed
    ? `
2. Check the signature (needs OpenSSL 3.0 or later: present on Linux; on Windows it comes
   with Git for Windows)
    openssl pkeyutl -verify -pubin -inkey ${names.publicKey} -rawin -in ${names.sums} -sigfile ${names.signature}
  It must print "Signature Verified Successfully". The signature means something only if the
  public key is the project's: compare the middle line of ${names.publicKey} with the key
  printed in the project's README or handed over on paper by the release manager:
    ${keyLine}
  The key's SHA-256 fingerprint (openssl pkey -pubin -in ${names.publicKey} -outform DER | sha256sum):
    ${fingerprint}
`
    : `
2. This bundle is NOT signed: its sums can only be checked against a copy of ${names.sums}
   received another way.
`
}
3. ${install.en}
${portableText ? `\n3b. ${portableText.en}\n` : ''}
4. Data and upgrades
  The data (the encrypted vault, preferences) lives in the user's data folder, not in the
  installation folder:
    Windows: %APPDATA%\\Kiem Phieu
    Linux:   ~/.local/share/kiem-phieu
    macOS:   ~/Library/Application Support/Kiem Phieu
  Upgrading: install the newer version over the older one, as above. The data, passwords and
  recovery key are kept; before upgrading the vault the app keeps a copy of the older one in
  before-upgrade/. Uninstalling does not delete the data. Make a backup before upgrading.
`;
  return `\uFEFF${vi}\n\n${en}`.replace(/\r?\n/g, '\r\n');
}

function readVersion() {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
}

/**
 * Makes the bundle folder and returns its path. `privateKeyPem` null: unsigned. The private key
 * must match `publicKeyPem` (the project's key unless a test gives its own).
 */
export async function makeBundle({
  platform,
  out,
  installers,
  portable = null,
  privateKeyPem = null,
  publicKeyPem = readFileSync(defaultPublicKeyPath, 'utf8'),
  version = readVersion(),
}) {
  if (!platforms.includes(platform)) throw new Error(`--platform must be one of ${platforms.join(', ')}`);
  if (installers.length === 0) throw new Error('No installer files given');
  const reserved = new Set(Object.values(names));
  const installerNames = installers.map((path) => basename(path));
  // Everything copied in: the installers, then the portable archive if there is one.
  const carried = portable === null ? installers : [...installers, portable];
  const carriedNames = carried.map((path) => basename(path));
  for (const [index, name] of carriedNames.entries()) {
    if (!statSync(carried[index]).isFile()) throw new Error(`Not a file: ${carried[index]}`);
    if (reserved.has(name) || carriedNames.indexOf(name) !== index) throw new Error(`Clashing name: ${name}`);
  }

  let privateKey = null;
  if (privateKeyPem !== null) {
    privateKey = createPrivateKey(privateKeyPem);
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('The signing key is not an Ed25519 key');
    const derived = fingerprintOf(createPublicKey(privateKey));
    if (derived !== fingerprintOf(publicKeyPem)) {
      throw new Error(
        `The signing key's public half (${derived}) is not the expected public key (${fingerprintOf(publicKeyPem)})`,
      );
    }
  }

  const folder = join(resolve(out), `kiem-phieu-${version}-${platform}`);
  if (existsSync(folder)) throw new Error(`Already exists, not overwritten: ${folder}`);
  mkdirSync(folder, { recursive: true });
  for (const path of carried) copyFileSync(path, join(folder, basename(path)));
  const instructions = instructionsText({
    version,
    platform,
    installers: installerNames,
    publicKeyPem: privateKey ? publicKeyPem : null,
    portable: portable === null ? null : basename(portable),
  });
  writeFileSync(join(folder, names.instructions), instructions);

  // The sums cover the installers, the portable archive and the instructions; the signature
  // covers the sums.
  const listed = [...carriedNames, names.instructions].map((name) => join(folder, name));
  const sums = formatSums(await sumsOf(listed));
  writeFileSync(join(folder, names.sums), sums);
  if (privateKey) {
    writeFileSync(join(folder, names.signature), sign(null, Buffer.from(sums), privateKey));
    writeFileSync(join(folder, names.publicKey), createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }));
  }
  return folder;
}

/** Checks a bundle: [] when sums, signature and key are right, otherwise what is wrong. */
export async function verifyBundle(folder, publicKeyPem = readFileSync(defaultPublicKeyPath, 'utf8')) {
  const problems = [];
  const sumsPath = join(folder, names.sums);
  if (!existsSync(sumsPath)) return [`${names.sums} is missing`];
  for (const { name, ok, reason } of await checkSums(sumsPath)) if (!ok) problems.push(`${name}: ${reason}`);
  const signaturePath = join(folder, names.signature);
  const keyPath = join(folder, names.publicKey);
  if (!existsSync(signaturePath) || !existsSync(keyPath)) {
    problems.push(`unsigned: ${names.signature} or ${names.publicKey} is missing`);
    return problems;
  }
  const bundledKey = readFileSync(keyPath, 'utf8');
  if (fingerprintOf(bundledKey) !== fingerprintOf(publicKeyPem))
    problems.push(`${names.publicKey} is not the expected key`);
  if (!verify(null, readFileSync(sumsPath), createPublicKey(publicKeyPem), readFileSync(signaturePath))) {
    problems.push(`${names.signature} does not verify`);
  }
  return problems;
}

function parseArguments(args) {
  const options = { installers: [] };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    const value = () => {
      const next = args[++index];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--platform') options.platform = value();
    else if (arg === '--out') options.out = value();
    else if (arg === '--key') options.key = value();
    else if (arg === '--public-key') options.publicKey = value();
    else if (arg === '--portable') options.portable = value();
    else if (arg === '--verify') options.verify = value();
    else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}`);
    else options.installers.push(arg);
  }
  return options;
}

async function main(args) {
  const options = parseArguments(args);
  const publicKeyPem = readFileSync(options.publicKey ?? defaultPublicKeyPath, 'utf8');
  if (options.verify) {
    const problems = await verifyBundle(options.verify, publicKeyPem);
    for (const problem of problems) process.stderr.write(`FAILED: ${problem}\n`);
    if (problems.length === 0) process.stdout.write(`OK: ${options.verify} (key ${fingerprintOf(publicKeyPem)})\n`);
    return problems.length === 0 ? 0 : 1;
  }
  if (!options.platform || !options.out) {
    throw new Error('Usage: offlineBundle.mjs --platform win|linux|mac --out <folder> <installers…> [--key <pem>]');
  }
  if (!options.key) process.stderr.write('WARNING: no --key: the bundle is NOT signed.\n');
  const folder = await makeBundle({
    platform: options.platform,
    out: options.out,
    installers: options.installers,
    portable: options.portable ?? null,
    privateKeyPem: options.key ? readFileSync(options.key, 'utf8') : null,
    publicKeyPem,
  });
  process.stdout.write(`${folder}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}
