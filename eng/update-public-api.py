#!/usr/bin/env python3
"""Adds every symbol the PublicApiAnalyzers report as undeclared (RS0016) to PublicAPI.Unshipped.txt
and removes the ones reported as gone (RS0017). Run from the repository root after changing the public API:
    python3 eng/update-public-api.py
Review the diff of PublicAPI.Unshipped.txt before committing: it is the public contract."""
import re, subprocess, sys, pathlib

project = pathlib.Path("src/OncoExplain/OncoExplain.csproj")
unshipped = project.parent / "PublicAPI.Unshipped.txt"
for attempt in range(3):
    out = subprocess.run(["dotnet", "build", str(project), "-p:TreatWarningsAsErrors=false", "--no-incremental"],
                         capture_output=True, text=True).stdout
    added = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", out))
    removed = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", out))
    if not added and not removed:
        break
    lines = [l for l in unshipped.read_text().splitlines() if l.strip() and l.strip() != "#nullable enable"]
    lines = sorted((set(lines) | added) - removed, key=str.lower)
    unshipped.write_text("#nullable enable\n" + "\n".join(lines) + "\n")
    print(f"public API: +{len(added)} -{len(removed)}")
