"""Put back the plural (numerus) messages that pyside6-lupdate lost in a .ts file.

pyside6-lupdate's Python parser does not read `QCoreApplication.translate(ctx, text, None, n)`
as a plural message: it drops it, or keeps it as a singular one marked unfinished. Either way
the English singular/plural forms were lost at every refresh. This puts each numerus message of
the previous file back in the new one, translation included, where lupdate left it (or at the end
of its context).

Usage: keep_numerus.py OLD.ts NEW.ts   (NEW.ts is rewritten in place)
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def _messages(root: ET.Element) -> dict[tuple[str, str], tuple[ET.Element, ET.Element]]:
    return {
        (context.findtext("name", ""), message.findtext("source", "")): (context, message)
        for context in root.iter("context")
        for message in context.iter("message")
    }


def keep_numerus(old_path: str, new_path: str) -> int:
    tree = ET.parse(new_path)
    new = tree.getroot()
    present = _messages(new)
    contexts = {c.findtext("name", ""): c for c in new.iter("context")}
    restored = 0
    for key, (_, message) in _messages(ET.parse(old_path).getroot()).items():
        if message.get("numerus") != "yes":
            continue
        found = present.get(key)
        if found is not None and found[1].get("numerus") == "yes":
            continue
        for location in message.findall("location"):
            message.remove(location)
        if found is not None:
            context, stale = found
            for index, location in enumerate(stale.findall("location")):
                message.insert(index, location)
            context[list(context).index(stale)] = message
        else:
            context = contexts.get(key[0])
            if context is None:
                context = ET.SubElement(new, "context")
                ET.SubElement(context, "name").text = key[0]
                contexts[key[0]] = context
            context.append(message)
        restored += 1
    if restored:
        tree.write(new_path, encoding="utf-8", xml_declaration=True)
    return restored


if __name__ == "__main__":
    count = keep_numerus(sys.argv[1], sys.argv[2])
    if count:
        print(f"keep_numerus: {count} plural message(s) kept", file=sys.stderr)
