#!/usr/bin/env python3
"""Open a Kiem phieu vault without the app, written from FORMATS.md section 5 alone.

    python3 tools/open_vault.py vault.header.json vault.db                         # asks for the recovery key
    python3 tools/open_vault.py --recovery-key-env KHOA_KHOI_PHUC vault.header.json vault.db
    python3 tools/open_vault.py --login quantri [--password-env MAT_KHAU] vault.header.json vault.db
    ... --print-key ...   prints the vault key (hex) and stops, to check keyId and the MAC with openssl

Derives the vault key from the recovery key (as printed) or a user's password, checks the
header's MAC, decrypts the SQLCipher 4 pages (and the committed frames of a vault.db-wal beside
it) in memory only -- sqlite3's deserialize needs Python 3.11 or later -- and prints PRAGMA
integrity_check, the number of ballots, the vault's name and its schema version (user_version).
Needs the `cryptography` package for AES, X25519 and HKDF; everything else is standard library.
"""
import sys

if sys.version_info < (3, 11):
    sys.exit("open_vault: needs Python 3.11 or later (sqlite3 deserialize, to keep the decrypted vault in memory)")
import argparse, base64, getpass, hashlib, hmac, json, os, sqlite3, struct, unicodedata
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32 (FORMATS.md 5.7)
PAGE, RESERVE = 4096, 80  # SQLCipher 4: 4096-byte pages ending in a 16-byte IV and a 64-byte HMAC-SHA512


def fail(message):
    sys.exit(f"open_vault: {message}")


def hkdf(key, info, salt=b""):
    return HKDF(hashes.SHA256(), 32, salt or None, info.encode()).derive(key)


def secret(env_name, prompt):  # from the environment (scripts) or typed without echo
    if env_name and env_name not in os.environ:
        fail(f"the environment variable {env_name} is not set")
    return os.environ[env_name] if env_name else getpass.getpass(prompt)


def b64url(text):  # the header writes X25519 keys as base64url without padding
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def gcm_open(key, box, context):  # iv, ciphertext and tag are base64; the context is the associated data
    try:
        data = base64.b64decode(box["ciphertext"]) + base64.b64decode(box["tag"])
        return AESGCM(key).decrypt(base64.b64decode(box["iv"]), data, context.encode())
    except Exception:
        return None


def recovery_key_bytes(typed):
    # What the app accepts: any case, spaces and hyphens ignored, O read as 0, I and L as 1.
    text = "".join(typed.split()).upper().replace("-", "").replace("O", "0").translate(str.maketrans("IL", "11"))
    if len(text) != 56 or any(c not in ALPHABET for c in text):
        fail("this is not a recovery key: it needs 14 groups of 4 characters of 0-9 A-Z (no U)")
    bits = 0
    for c in text[:52]:  # 52 characters = 260 bits: the 256-bit key, then 4 spare bits
        bits = bits << 5 | ALPHABET.index(c)
    key = (bits >> 4).to_bytes(32, "big")
    check = int.from_bytes(hashlib.sha256(key).digest()[:3], "big") >> 4  # first 20 bits of SHA-256(key)
    if text[52:] != "".join(ALPHABET[check >> s & 31] for s in (15, 10, 5, 0)):
        fail("the recovery key is mistyped: its last group (the checksum) does not match; check each group")
    return key


def slot_private_key(header, args):
    if args.login:  # a user's slot: scrypt of the NFC-normalised password
        slot = next((s for s in header["slots"] if s["kind"] == "user" and s["login"] == args.login), None)
        if slot is None:
            fail(f"no key slot for login {args.login!r}")
        password = secret(args.password_env, "Mật khẩu / Password: ")
        kdf = slot["privateKey"]["kdf"]
        n, r = 2 ** kdf["log2N"], kdf["r"]
        wrapping = hashlib.scrypt(unicodedata.normalize("NFC", password).encode(), salt=base64.b64decode(kdf["salt"]),
                                  n=n, r=r, p=kdf["p"], maxmem=128 * r * n + 2**24, dklen=32)
        wrong = "wrong password"
    else:  # the recovery slot: HKDF of the recovery key with the slot's salt
        typed = secret(args.recovery_key_env, "Khóa khôi phục / Recovery key: ")
        slot = next(s for s in header["slots"] if s["kind"] == "recovery")
        wrapping = hkdf(recovery_key_bytes(typed), "kiem-phieu/recovery-slot", base64.b64decode(slot["privateKey"]["kdf"]["salt"]))
        wrong = "wrong recovery key (well typed, but not this vault's)"
    private = gcm_open(wrapping, slot["privateKey"], f"kiem-phieu/slot-private-key/{header['vaultId']}/{slot['id']}")
    if private is None:
        fail(wrong)
    return slot, private


def vault_keys(header, slot, private):
    # Each envelope: ephemeral X25519 with the slot's key, HKDF salted with both public keys.
    keys = []
    for env in slot["vaultKeys"]:
        shared = X25519PrivateKey.from_private_bytes(private).exchange(X25519PublicKey.from_public_bytes(b64url(env["ephemeralPublicKey"])))
        sealing = hkdf(shared, "kiem-phieu/envelope", f"{env['ephemeralPublicKey']}.{slot['publicKey']}".encode())
        key = gcm_open(sealing, env, f"kiem-phieu/vault-key/{header['vaultId']}/{slot['id']}/{env['keyId']}")
        if key is not None:
            keys.append(key)
    return keys


def header_is_authentic(header, key):
    unsigned = {k: v for k, v in header.items() if k != "mac"}
    canonical = json.dumps(unsigned, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
    mac = hmac.new(hkdf(key, "kiem-phieu/header-mac"), canonical, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, header["mac"])


def with_wal(data, wal):
    """The database as the committed frames of its WAL leave it (still encrypted page by page)."""
    if len(wal) < 32:
        return data
    magic, _, page_size, _, salt1, salt2 = struct.unpack(">6I", wal[:24])
    order = ">" if magic & 1 else "<"  # the checksum's byte order (SQLite's WAL format)
    if magic & ~1 != 0x377F0682 or page_size != PAGE:
        fail("vault.db-wal is not a WAL of this database")

    def checksum(chunk, s0, s1):
        words = struct.unpack(f"{order}{len(chunk) // 4}I", chunk)
        for i in range(0, len(words), 2):
            s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
            s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
        return s0, s1

    sums, pages, committed, size = checksum(wal[:24], 0, 0), {}, {}, None
    for at in range(32, len(wal) - 24 - PAGE + 1, 24 + PAGE):
        pgno, truncate, f1, f2, c1, c2 = struct.unpack(">6I", wal[at:at + 24])
        sums = checksum(wal[at:at + 8] + wal[at + 24:at + 24 + PAGE], *sums)
        if (f1, f2) != (salt1, salt2) or sums != (c1, c2):
            break  # the end of this WAL's valid frames: what follows is from an earlier round
        pages[pgno] = wal[at + 24:at + 24 + PAGE]
        if truncate:  # a commit frame: everything up to here is committed
            committed, size = dict(pages), truncate
    if size is None:
        return data
    out = bytearray(data[:size * PAGE].ljust(size * PAGE, b"\0"))
    for pgno, page in committed.items():
        if pgno <= size:
            out[(pgno - 1) * PAGE:pgno * PAGE] = page
    return bytes(out)


def decrypt_database(data, key):
    """SQLCipher 4 with a raw key: AES-256-CBC per page, HMAC-SHA512 over ciphertext, IV and page number."""
    if not data or len(data) % PAGE:
        fail("vault.db is not a whole number of 4096-byte pages")
    salt = data[:16]  # page 1 starts with the file's salt instead of "SQLite format 3\0"
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
    plain = bytearray()
    for pgno in range(1, len(data) // PAGE + 1):
        page = data[(pgno - 1) * PAGE:pgno * PAGE]
        start, end = (16 if pgno == 1 else 0), PAGE - RESERVE
        iv, mac = page[end:end + 16], page[end + 16:]
        expected = hmac.new(hmac_key, page[start:end] + iv + struct.pack("<I", pgno), hashlib.sha512).digest()
        if not hmac.compare_digest(mac, expected):
            if pgno == 1:
                return None  # not this key (the caller may have another, mid-rotation)
            fail(f"page {pgno} of vault.db fails its HMAC: the file is damaged")
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain += (b"SQLite format 3\0" if pgno == 1 else b"") + decryptor.update(page[start:end]) + decryptor.finalize() + page[end:]
    plain[18:20] = b"\x01\x01"  # rollback-journal mode: an in-memory copy has no WAL to look for
    return bytes(plain)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("header"), parser.add_argument("database")
    parser.add_argument("--recovery-key-env", metavar="NAME", help="read the recovery key from this environment variable")
    parser.add_argument("--login", help="unlock with this user's password instead of the recovery key")
    parser.add_argument("--password-env", metavar="NAME", help="read the password from this environment variable")
    parser.add_argument("--print-key", action="store_true", help="print the vault key (hex) and stop, to check the rest with openssl")
    args = parser.parse_args()
    if args.password_env and not args.login:
        parser.error("--password-env needs --login: a password opens only its own user's slot")
    try:
        header = json.load(open(args.header, encoding="utf-8"))
        data = open(args.database, "rb").read()
    except (OSError, ValueError) as error:
        fail(f"cannot read the vault's files: {error}")
    if header.get("format") != "kiem-phieu-vault-header" or header.get("version") != 1:
        fail("not a version 1 vault header")
    slot, private = slot_private_key(header, args)
    keys = vault_keys(header, slot, private)
    if args.print_key and keys:
        return print(keys[-1].hex())  # the newest envelope's key; the MAC is left to the reader to check
    keys = [key for key in keys if header_is_authentic(header, key)]
    if not keys:
        fail("the header's MAC does not match: vault.header.json was altered")
    if os.path.exists(args.database + "-wal"):
        data = with_wal(data, open(args.database + "-wal", "rb").read())
    # Two keys only while a key rotation is unfinished: the database opens with one of them.
    plain = next((p for p in (decrypt_database(data, key) for key in keys) if p is not None), None)
    if plain is None:
        fail("vault.db does not open with the vault key: it is damaged or not this vault's database")
    db = sqlite3.connect(":memory:")
    db.deserialize(plain)  # never written to disk
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    print("integrity_check:", integrity)
    if integrity != "ok":
        fail("the decrypted database is not consistent")
    print("ballots:", db.execute("SELECT count(*) FROM ballots").fetchone()[0])
    print("vault_name:", db.execute("SELECT value FROM vault_meta WHERE key = 'vault_name'").fetchone()[0])
    print("user_version:", db.execute("PRAGMA user_version").fetchone()[0])


if __name__ == "__main__":
    main()
