#!/usr/bin/env python3
"""Regenerates the generated part of docs/rules.md from `oncoexplain rules --format markdown`.
Run from the repository root after changing the knowledge base:
    python3 eng/update-rules-doc.py
Only the text between the BEGIN/END GENERATED markers is replaced; the hand-written sections after them
(the MOAlmanac conformance table) are kept. The test RulesDocTests fails while the file is out of date."""
import pathlib, subprocess, sys

BEGIN = "<!-- BEGIN GENERATED: oncoexplain rules --format markdown -->"
END = "<!-- END GENERATED -->"
doc = pathlib.Path("docs/rules.md")
generated = subprocess.run(
    ["dotnet", "run", "--project", "src/OncoExplain.Cli", "--", "rules", "--format", "markdown"],
    capture_output=True, text=True, check=True).stdout
text = doc.read_text() if doc.exists() else f"{BEGIN}\n{END}\n"
if BEGIN not in text or END not in text:
    sys.exit(f"{doc} lacks the markers {BEGIN} / {END}")
head, rest = text.split(BEGIN, 1)
_, tail = rest.split(END, 1)
doc.write_text(f"{head}{BEGIN}\n{generated}{END}{tail}")
print(f"updated {doc}")
