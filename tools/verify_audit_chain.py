#!/usr/bin/env python3
"""Recompute the audit chain of a backup (audit.jsonl) from its first entry.

Standard library only; written from FORMATS.md section 3, importing nothing of the app.

    python3 tools/verify_audit_chain.py audit.jsonl [--anchor N:HEX ...] [--manifest manifest.json]
                                        [--result results/<contest>-<n>.json ...]

Each line of audit.jsonl is one entry, oldest first. For every entry this recomputes
SHA-256 of the canonical JSON (RFC 8785) array
    [sequence, at, userId, userLogin, role, event, details, previousHash]
and checks that the sequence is 1, 2, 3 ... with no gap, that the hash is the one recomputed,
and that previousHash is the hash of the entry before (64 zeros for the first).

Then each anchor {sequence, hash} kept outside the chain must be found in it:
  --anchor N:HEX    as printed at the foot of a print ("mục số N, mã 9f2c 77ab ..."): the hash
                    or its first 16 hex digits or more; spaces and upper case are allowed;
                    N = 0 stands for the start of the chain (64 zeros)
  --manifest FILE   the backup's manifest.json: its auditAnchor must be the chain's last entry,
                    and counts.auditEntries the number of entries
  --result FILE     a canonical result (results/*.json of a backup, or result.json of a package):
                    its auditAnchor, signed with it

Prints the number of entries and the head ("sequence hash"). Exit 1 naming the first broken
entry or the first anchor not found; exit 2 on a usage error.
"""
import argparse
import hashlib
import json
import re
import sys

GENESIS = "0" * 64
FIELDS = ("sequence", "at", "userId", "userLogin", "role", "event", "details", "previousHash")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
TYPED_MINIMUM = 16

# --- RFC 8785 canonical JSON, for the values an audit entry's hash covers --------------------
# The array holds integers (sequence), strings and nulls. Booleans, arrays and objects are
# written too (for completeness); floats never occur and are refused.

ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def canonical_string(text):
    out = ['"']
    for char in text:
        code = ord(char)
        if char in ESCAPES:
            out.append(ESCAPES[char])
        elif code < 0x20 or 0xD800 <= code <= 0xDFFF:
            # Other control characters, and a lone surrogate, as \u00xx in lower-case hex
            # (ECMAScript's JSON.stringify); everything else as itself.
            out.append("\\u%04x" % code)
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def canonical(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        if abs(value) >= 2**53:
            raise ValueError("integer beyond 2^53")
        return str(value)
    if isinstance(value, str):
        return canonical_string(value)
    if isinstance(value, list):
        return "[" + ",".join(canonical(item) for item in value) + "]"
    if isinstance(value, dict):
        # Keys sorted by their UTF-16 code units, as RFC 8785 asks.
        keys = sorted(value, key=lambda key: key.encode("utf-16-be"))
        return "{" + ",".join(canonical_string(key) + ":" + canonical(value[key]) for key in keys) + "}"
    raise ValueError(f"no canonical form here for a {type(value).__name__}")


def entry_hash(entry):
    fields = [entry[name] for name in FIELDS]
    return hashlib.sha256(canonical(fields).encode("utf-8")).hexdigest()


# --- reading ---------------------------------------------------------------------------------


def refuse_constant(name):
    raise ValueError(f"{name} is not JSON")


def malformed(entry):
    """Why a parsed line is not an audit entry as the app writes it, or None."""
    if not isinstance(entry, dict):
        return "not a JSON object"
    if set(entry) != set(FIELDS) | {"hash"}:
        return f"members {sorted(entry)}"
    if type(entry["sequence"]) is not int:
        return "sequence is not an integer"
    for name in ("at", "event", "details"):
        if not isinstance(entry[name], str):
            return f"{name} is not a string"
    for name in ("userId", "userLogin", "role"):
        if entry[name] is not None and not isinstance(entry[name], str):
            return f"{name} is neither a string nor null"
    for name in ("previousHash", "hash"):
        if not isinstance(entry[name], str) or not HEX64.match(entry[name]):
            return f"{name} is not 64 lower-case hex digits"
    return None


def broken(message):
    print(f"HỎNG / BROKEN: {message}", file=sys.stderr)
    sys.exit(1)


def lost(message):
    print(f"MẤT MỐC / ANCHOR LOST: {message}", file=sys.stderr)
    sys.exit(1)


def read_chain(path):
    """Every entry's hash by sequence (0: the start), walking the file from its first line."""
    with open(path, "rb") as file:
        data = file.read()
    lines = data.split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    else:
        broken(f"{path} does not end with a newline: its last line may be cut")
    hashes = [GENESIS]
    for number, raw in enumerate(lines, start=1):
        expected = len(hashes)
        try:
            entry = json.loads(raw.decode("utf-8"), parse_constant=refuse_constant)
        except ValueError as error:
            broken(f"line {number} (entry {expected}) is not JSON: {error}")
        problem = malformed(entry)
        if problem:
            broken(f"line {number} (entry {expected}) is not an audit entry: {problem}")
        sequence = entry["sequence"]
        if sequence != expected:
            if sequence > expected:
                broken(f"entry {expected} is missing (line {number} holds entry {sequence})")
            broken(f"entry {expected} is missing (line {number} holds entry {sequence} again, or out of order)")
        try:
            recomputed = entry_hash(entry)
        except ValueError as error:
            broken(f"entry {sequence}: {error}")
        if recomputed != entry["hash"]:
            broken(
                f"entry {sequence} was changed: its fields hash to {recomputed}, the entry says {entry['hash']}"
            )
        if entry["previousHash"] != hashes[-1]:
            broken(f"entry {sequence}: broken link, its previousHash is not the hash of entry {sequence - 1}")
        hashes.append(entry["hash"])
    return hashes


def parse_anchor(text):
    match = re.match(r"^\s*(\d{1,12})\s*[:/]\s*([0-9a-fA-F\s]+)$", text)
    if not match:
        raise argparse.ArgumentTypeError(f"not an anchor N:HEX: {text!r}")
    digits = re.sub(r"\s+", "", match.group(2)).lower()
    if not TYPED_MINIMUM <= len(digits) <= 64:
        raise argparse.ArgumentTypeError(f"an anchor needs {TYPED_MINIMUM} to 64 hex digits: {text!r}")
    return int(match.group(1)), digits


def load_json(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file, parse_constant=refuse_constant)


def anchor_of(document, path):
    anchor = document.get("auditAnchor") if isinstance(document, dict) else None
    if anchor is None:
        return None
    if (
        not isinstance(anchor, dict)
        or set(anchor) != {"sequence", "hash"}
        or type(anchor["sequence"]) is not int
        or not isinstance(anchor["hash"], str)
        or not HEX64.match(anchor["hash"])
    ):
        lost(f"the auditAnchor of {path} is malformed: {anchor!r}")
    return anchor["sequence"], anchor["hash"]


def main():
    parser = argparse.ArgumentParser(description="Recompute the audit chain of audit.jsonl and check anchors.")
    parser.add_argument("audit", help="audit.jsonl")
    parser.add_argument("--anchor", action="append", type=parse_anchor, default=[], metavar="N:HEX")
    parser.add_argument("--manifest", metavar="manifest.json")
    parser.add_argument("--result", action="extend", nargs="+", default=[], metavar="RESULT.json")
    arguments = parser.parse_args()

    hashes = read_chain(arguments.audit)
    entries = len(hashes) - 1
    print(f"mục / entries: {entries}")
    print(f"đầu chuỗi / head: {entries} {hashes[-1]}")
    print("chuỗi nguyên vẹn từ mục 1 / chain intact from entry 1")

    anchors = [(sequence, digits, "--anchor") for sequence, digits in arguments.anchor]
    for path in arguments.result:
        anchor = anchor_of(load_json(path), path)
        if anchor is None:
            print(f"{path}: no auditAnchor (sealed before anchors existed)")
        else:
            anchors.append((*anchor, path))
    if arguments.manifest:
        manifest = load_json(arguments.manifest)
        stated = manifest.get("counts", {}).get("auditEntries") if isinstance(manifest, dict) else None
        if stated != entries:
            lost(f"{arguments.manifest} counts {stated} audit entries, {arguments.audit} holds {entries}")
        anchor = anchor_of(manifest, arguments.manifest)
        if anchor is not None:
            if anchor[0] != entries:
                lost(f"{arguments.manifest} anchors entry {anchor[0]}, the chain's last entry is {entries}")
            anchors.append((*anchor, arguments.manifest))

    for sequence, digits, source in anchors:
        shown = f"{sequence}:{digits if len(digits) < 64 else digits[:16] + '…'}"
        if sequence >= len(hashes):
            lost(f"{source}: anchor {shown}: the chain ends at entry {entries}")
        if not hashes[sequence].startswith(digits):
            lost(f"{source}: anchor {shown}: entry {sequence} has hash {hashes[sequence]}")
        print(f"mốc có trong chuỗi / anchor found: {shown} ({source})")


if __name__ == "__main__":
    main()
