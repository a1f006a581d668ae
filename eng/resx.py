#!/usr/bin/env python3
"""Small helper for the explanation resources: merge texts into a .resx file, keeping keys sorted.

    python3 eng/resx.py merge src/OncoExplain/Resources/ExplanationTexts.resx texts.json
    python3 eng/resx.py keys  src/OncoExplain/Resources/ExplanationTexts.resx
    python3 eng/resx.py remove src/OncoExplain/Resources/ExplanationTexts*.resx -- Key1 Key2

texts.json is an object {"Key": "text"} or {"Key": {"value": "text", "comment": "..."}}.
The .resx files are the source of truth; this only saves typing XML by hand."""
import json, sys
import xml.etree.ElementTree as ET

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def load(path):
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        return {}
    out = {}
    for d in root.findall("data"):
        out[d.get("name")] = {"value": d.findtext("value") or "", "comment": d.findtext("comment")}
    return out

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def save(path, entries):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for key in sorted(entries, key=str.lower):
            e = entries[key]
            f.write(f'  <data name="{esc(key)}" xml:space="preserve">\n    <value>{esc(e["value"])}</value>\n')
            if e.get("comment"):
                f.write(f'    <comment>{esc(e["comment"])}</comment>\n')
            f.write("  </data>\n")
        f.write("</root>\n")

if __name__ == "__main__":
    cmd, path = sys.argv[1], sys.argv[2]
    if cmd == "remove":
        split = sys.argv.index("--")
        for file in sys.argv[2:split]:
            entries = load(file)
            for key in sys.argv[split + 1:]:
                entries.pop(key, None)
            save(file, entries)
            print(f"{file}: {len(entries)} keys")
        sys.exit(0)
    entries = load(path)
    if cmd == "merge":
        new = json.load(open(sys.argv[3], encoding="utf-8"))
        for k, v in new.items():
            entries[k] = v if isinstance(v, dict) else {"value": v, "comment": entries.get(k, {}).get("comment")}
        save(path, entries)
        print(f"{path}: {len(entries)} keys")
    elif cmd == "keys":
        print("\n".join(sorted(entries)))
