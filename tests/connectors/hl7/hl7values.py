#!/usr/bin/env python3
"""Prints, as one JSON array, what python3-hl7 (Debian's python3-hl7) reads at each path.

    hl7values.py FILE ENCODING PATH...

Paths are Ambulo's (SEG(occurrence)-FIELD(repetition)-COMPONENT-SUBCOMPONENT, all given);
null in the array means python3-hl7 has no such element (it raised)."""
import json
import re
import sys

import hl7

PATH = re.compile(r"^([A-Z][A-Z0-9]{2})\((\d+)\)-(\d+)\((\d+)\)-(\d+)-(\d+)$")


def main():
    name, encoding, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(name, "rb") as f:
        text = f.read().decode(encoding)
    # python3-hl7 only splits segments on \r; real files also use \n and \r\n.
    text = re.sub(r"[\r\n]+", "\r", text)
    message = hl7.parse(text)
    out = []
    for path in paths:
        m = PATH.match(path)
        if not m:
            sys.exit("bad path " + path)
        seg, occurrence, field, rep, comp, sub = m.group(1), *map(int, m.groups()[1:])
        try:
            out.append(str(message.extract_field(seg, occurrence, field, rep, comp, sub)))
        except Exception:  # IndexError, KeyError, or a TypeError deep in its containers
            out.append(None)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
