#!/usr/bin/env python3
"""Check an extracted backup against its manifest.json.

Standard library only; written from FORMATS.md section 4, importing nothing of the app.

    age -d -i khoa-luu-tru.txt -o sao-luu.tar kiem-phieu-….age
    tar -tf sao-luu.tar > danh-sach.txt
    mkdir sao-luu && tar -xf sao-luu.tar -C sao-luu
    python3 tools/check_backup.py sao-luu [--listing danh-sach.txt]

For every member the manifest lists ({name, size, sha256}): the file exists in the folder,
has that many bytes, and SHA-256 of its bytes is that hash ("ok" per member). A file in the
folder that the manifest does not list is an extra member. Each sealed result the manifest
lists has its results/<contest>-<n>.json with that digest, and a signed one its .p7s and .pem.
With --listing (the output of `tar -tf`), the archive held manifest.json first and then
exactly the listed members in the manifest's order. Exit 1 on any mismatch, missing or extra
member; a summary line either way.
"""
import argparse
import hashlib
import json
import os
import sys

FORMAT = "kiem-phieu-backup"
MANIFEST = "manifest.json"


def sha256_of(path):
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as file:
        while True:
            block = file.read(1 << 20)
            if not block:
                break
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def files_under(folder):
    found = set()
    for root, _folders, names in os.walk(folder):
        for name in names:
            found.add(os.path.relpath(os.path.join(root, name), folder).replace(os.sep, "/"))
    return found


def main():
    parser = argparse.ArgumentParser(description="Check an extracted backup against its manifest.json.")
    parser.add_argument("folder", help="the folder the backup's tar was extracted into")
    parser.add_argument("--listing", help="the output of `tar -tf` for the same tar, to check the member order")
    arguments = parser.parse_args()
    folder = arguments.folder

    try:
        with open(os.path.join(folder, MANIFEST), encoding="utf-8") as file:
            manifest = json.load(file)
    except (OSError, ValueError) as error:
        print(f"SAI / MISMATCH: no readable {MANIFEST} in {folder}: {error}", file=sys.stderr)
        sys.exit(1)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        print(f"SAI / MISMATCH: {MANIFEST} is not a {FORMAT} manifest", file=sys.stderr)
        sys.exit(1)
    print(f"kho / vault: {manifest.get('vaultName')} ({manifest.get('vaultId')}), made {manifest.get('createdAt')}")

    problems = []
    members = manifest.get("members", [])
    listed = {}
    ok = 0
    for member in members:
        name = member["name"]
        if name in listed or name == MANIFEST or name.startswith("/") or ".." in name.split("/"):
            problems.append(f"{name}: listed twice or not a plain member name")
            continue
        listed[name] = member
        path = os.path.join(folder, name)
        if not os.path.isfile(path):
            problems.append(f"{name}: missing")
            print(f"THIẾU / MISSING  {name}")
            continue
        size, sha256 = sha256_of(path)
        if size != member["size"] or sha256 != member["sha256"]:
            problems.append(f"{name}: {size} bytes, sha256 {sha256}; the manifest says {member['size']}, {member['sha256']}")
            print(f"SAI / MISMATCH   {name}")
        else:
            ok += 1
            print(f"ok  {sha256}  {size:>12}  {name}")

    for name in sorted(files_under(folder) - set(listed) - {MANIFEST}):
        problems.append(f"{name}: not listed in the manifest")
        print(f"THỪA / EXTRA     {name}")

    for result in manifest.get("results", []):
        base = f"results/{result['contestId']}-{result['sequence']}"
        path = os.path.join(folder, base + ".json")
        if not os.path.isfile(path) or sha256_of(path)[1] != result["digest"]:
            problems.append(f"{base}.json: not the sealed digest {result['digest']}")
        for kind in ("p7s", "pem"):
            if os.path.isfile(os.path.join(folder, f"{base}.{kind}")) != result["signed"]:
                problems.append(f"{base}.{kind}: {'missing' if result['signed'] else 'unexpected'}")

    if arguments.listing:
        with open(arguments.listing, encoding="utf-8") as file:
            order = [line.rstrip("\n") for line in file if line.strip()]
        expected = [MANIFEST] + [member["name"] for member in members]
        if order != expected:
            problems.append(f"the tar holds {order}, the manifest lists manifest.json then {expected[1:]}")
        else:
            print(f"thứ tự / order: {MANIFEST} first, then the {len(members)} members as listed")

    if problems:
        for problem in problems:
            print(f"SAI / MISMATCH: {problem}", file=sys.stderr)
        print(f"{ok} of {len(members)} members ok; {len(problems)} problem(s) / có sai sót")
        sys.exit(1)
    print(
        f"tất cả {len(members)} thành phần khớp danh mục / all {len(members)} members match the manifest"
        f" ({len(manifest.get('results', []))} sealed result(s) with their digests)"
    )


if __name__ == "__main__":
    main()
