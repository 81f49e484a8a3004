#!/usr/bin/env python3
"""Recompute a draw (bốc thăm), sha256-ctr-fisher-yates-v1, without the app.

Standard library only; written from FORMATS.md section 6, importing nothing of the app.

    python3 tools/recompute_draw.py draw.json       a draw record, as the app exports it
    python3 tools/recompute_draw.py minutes.txt     what is typed from the paper minutes
    python3 tools/recompute_draw.py --order units.txt
                                                    one unit name a line: the numbered list
                                                    in the order the app gives candidates

minutes.txt, one item a line (blank lines and lines starting with # are skipped):

    seed: 4 2 6 1 3 5           the seed as printed (spaces at its ends do not count)
    seed-utf8: 34 20 32 ...     optional: the seed's UTF-8 bytes as printed; wins over seed:
    length: 11                  optional: the seed's length in characters, checked
    group: mam_non 5            the unit type code and how many were drawn
    1. Mầm non Bắc Biên         the group's numbered list, 1, 2, 3 … in order
    drawn: 3 4 7 6 5            optional: the positions printed as drawn, checked

Prints, per group, the unit type, the positions drawn and the names, then `ok` or `MISMATCH`
when the drawn positions are known. Exit 1 on any mismatch or malformed input.
"""
import hashlib
import json
import re
import sys
import unicodedata


def uint32s(seed, unit_type):
    """SHA-256 of "seed|unitType|k" for k = 0, 1, 2 …, read as big-endian 32-bit integers."""
    k = 0
    while True:
        block = hashlib.sha256(f"{seed}|{unit_type}|{k}".encode("utf-8")).digest()
        for offset in range(0, 32, 4):
            yield int.from_bytes(block[offset:offset + 4], "big")
        k += 1


def draw(seed, unit_type, n, count):
    """The first `count` positions of a Fisher–Yates shuffle of 1..n, rejecting biased integers."""
    numbers, positions = uint32s(seed, unit_type), list(range(1, n + 1))
    for i in range(n - 1, 0, -1):
        bound = i + 1
        limit = (2**32 // bound) * bound
        r = next(numbers)
        while r >= limit:
            r = next(numbers)
        j = r % bound
        positions[i], positions[j] = positions[j], positions[i]
    return positions[:count]


def fail(message):
    print(f"KHÔNG HỢP LỆ / INVALID: {message}", file=sys.stderr)
    sys.exit(1)


def read_record(record):
    """A draw record: the seed exactly as recorded, never normalised again."""
    if record.get("format") != "kiem-phieu-draw" or record.get("algorithm") != "sha256-ctr-fisher-yates-v1":
        fail("not a kiem-phieu-draw record of algorithm sha256-ctr-fisher-yates-v1")
    groups = [(g["unitType"], g["count"], g["candidates"], g["drawn"]) for g in record["groups"]]
    return record["seed"], groups


def read_minutes(text):
    """The text typed from the paper minutes (format in the docstring above)."""
    seed, seed_bytes, length, groups = None, None, None, []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip(" \t\r\n")
        key, _, value = line.partition(":")
        value = value.strip(" \t")
        if not line or line.startswith("#"):
            continue
        elif key == "seed":
            seed = unicodedata.normalize("NFC", value)
        elif key == "seed-utf8":
            seed_bytes = bytes.fromhex(value).decode("utf-8")
        elif key == "length":
            length = int(value)
        elif key == "group":
            unit_type, count = value.split()
            groups.append((unit_type, int(count), [], None))
        elif key == "drawn" and groups:
            groups[-1] = groups[-1][:3] + ([int(p) for p in value.replace(",", " ").split()],)
        elif re.match(r"^\d+\.", line) and groups:
            position, _, name = line.partition(".")
            candidates = groups[-1][2]
            if int(position) != len(candidates) + 1:
                fail(f"line {number}: number {position} where {len(candidates) + 1} was expected")
            candidates.append(name.strip(" \t"))
        else:
            fail(f"line {number} is not understood: {line}")
    if seed_bytes is not None:
        if seed is not None and seed != seed_bytes:
            fail(f"seed: {seed!r} differs from its UTF-8 bytes, which say {seed_bytes!r}")
        seed = seed_bytes
    if not seed or not groups:
        fail("a seed: line and at least one group: line are needed")
    if length is not None and len(seed) != length:
        fail(f"the seed {seed!r} has {len(seed)} characters, the minutes say {length}")
    return seed, groups


# The candidates' order (FORMATS.md §6): letters and numbers, then tones, then case, then code points.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
LETTER_MARKS = {"a\u0306": "ă", "a\u0302": "â", "e\u0302": "ê", "o\u0302": "ô", "o\u031b": "ơ", "u\u031b": "ư"}
TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def order_key(name):
    primary, tones, cases = [], [], []
    characters, index = unicodedata.normalize("NFD", name), 0
    is_mark = lambda c: unicodedata.category(c).startswith("M")
    while index < len(characters):
        character = characters[index]
        if character in "0123456789":
            digits = re.match(r"[0-9]+", characters[index:]).group()
            index += len(digits)
            primary.append((1, int(digits)))
            tones.append(0)
            cases.append(0)
            continue
        index += 1
        lower = character.lower()
        if lower not in "abcdefghijklmnopqrstuvwxyzđ" or len(lower) != 1:
            if not is_mark(character):
                primary.append((0, ord(character)))
                tones.append(0)
                cases.append(0)
            continue
        letter, tone = lower, 0
        while index < len(characters) and is_mark(characters[index]):
            mark = characters[index]
            if letter + mark in LETTER_MARKS:
                letter = LETTER_MARKS[letter + mark]
            elif tone == 0 and mark in TONES:
                tone = TONES[mark]
            index += 1
        primary.append((2, ALPHABET.index(letter)))
        tones.append(tone)
        cases.append(0 if character == lower else 1)
    return primary, tones, cases, name


def main():
    arguments = sys.argv[1:]
    if arguments[:1] == ["--order"] and len(arguments) == 2:
        with open(arguments[1], encoding="utf-8-sig") as file:
            names = [line.strip(" \t\r\n") for line in file if line.strip(" \t\r\n")]
        for position, name in enumerate(sorted(names, key=order_key), 1):
            print(f"{position}. {name}")
        return
    if len(arguments) != 1:
        fail("usage: recompute_draw.py draw.json | minutes.txt | --order units.txt")
    with open(arguments[0], encoding="utf-8-sig") as file:
        text = file.read()
    seed, groups = read_record(json.loads(text)) if text.lstrip().startswith("{") else read_minutes(text)
    print(f"seed: {seed}  ({len(seed)} ký tự / characters)")
    mismatch = False
    for unit_type, count, candidates, expected in groups:
        if not 0 <= count <= len(candidates):
            fail(f"group {unit_type}: {count} drawn out of {len(candidates)} candidates")
        drawn = draw(seed, unit_type, len(candidates), count)
        verdict = "" if expected is None else " ok" if drawn == expected else " MISMATCH"
        mismatch = mismatch or verdict == " MISMATCH"
        print(f"{unit_type} {count}/{len(candidates)}: {' '.join(map(str, drawn))}{verdict}")
        for order, position in enumerate(drawn, 1):
            print(f"  {order} → {position}. {candidates[position - 1]}")
    sys.exit(1 if mismatch else 0)


if __name__ == "__main__":
    main()
