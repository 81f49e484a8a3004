#!/usr/bin/env python3
"""Split a sealed result package (.kqkp.json) into the files openssl checks.

Standard library only; written from FORMATS.md section 2, importing nothing of the app.

    python3 tools/split_result_package.py ket-qua.kqkp.json [output-folder]

writes, in the output folder (default: the current one):
  result.json      the canonical result: the exact bytes the head signed (UTF-8)
  result.p7s       the detached CMS signature (DER)
  certificate.pem  the signer's certificate
and prints the unit, the person, the digest in groups and whether sha256(result.json) equals
the digest the package states. Exit 1 if the package is malformed or the digest differs.
"""
import base64
import hashlib
import json
import os
import sys

FORMAT = "kiem-phieu/sealed-result@1"


def fail(message):
    print(f"KHÔNG HỢP LỆ / INVALID: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    if len(sys.argv) not in (2, 3):
        fail("usage: split_result_package.py PACKAGE.kqkp.json [OUTPUT-FOLDER]")
    folder = sys.argv[2] if len(sys.argv) == 3 else "."
    with open(sys.argv[1], encoding="utf-8") as file:
        package = json.load(file)
    if not isinstance(package, dict) or package.get("format") != FORMAT:
        fail(f"not a {FORMAT} package")
    if set(package) != {"format", "result", "digest", "signature", "certificate"}:
        fail(f"unexpected members: {sorted(package)}")
    # `result` is a JSON string whose value IS the signed text: its UTF-8 bytes are result.json.
    # Do not re-serialise the parsed result; take the string as it is.
    signed = package["result"].encode("utf-8")
    digest = hashlib.sha256(signed).hexdigest()
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "result.json"), "wb") as file:
        file.write(signed)
    with open(os.path.join(folder, "result.p7s"), "wb") as file:
        file.write(base64.b64decode(package["signature"], validate=True))
    with open(os.path.join(folder, "certificate.pem"), "w", encoding="ascii", newline="\n") as file:
        file.write(package["certificate"])

    result = json.loads(signed)
    tally = result["tally"]
    print(f"đơn vị / unit:      {tally['unitName']}")
    print(f"người / person:     {tally['subjectName']}")
    print(f"lần / sequence:     {result['sequence']}")
    print(f"mã băm / digest:    {' '.join(digest[i:i + 4] for i in range(0, 64, 4))}")
    if digest != package["digest"]:
        fail(f"sha256(result.json) is {digest}, the package says {package['digest']}")
    print("mã băm khớp gói / digest matches the package")


if __name__ == "__main__":
    main()
