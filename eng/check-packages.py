#!/usr/bin/env python3
"""Checks the packages `dotnet pack` wrote: python3 eng/check-packages.py FOLDER VERSION
Prints the content listing of each package and one line per problem; exits 1 when there is any.
Cultures are read from src/OncoExplain/Resources/ExplanationTexts.<culture>.resx, so a new translation is checked as
soon as its resx exists."""
import pathlib, re, struct, subprocess, sys, zipfile, zlib
import xml.etree.ElementTree as ET

folder, version = pathlib.Path(sys.argv[1]), sys.argv[2]
resources = pathlib.Path("src/OncoExplain/Resources")
cultures = sorted(m.group(1) for p in resources.glob("ExplanationTexts.*.resx")
                  if (m := re.fullmatch(r"ExplanationTexts\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\.resx", p.name)))
hosted = ("github.com", "gitlab.com", "dev.azure.com", "visualstudio.com", "bitbucket.org")
problems = []


def open_package(package_id):
    path = folder / f"{package_id}.{version}.nupkg"
    if not path.exists():
        problems.append(f"{path}: not found")
        return None, None
    archive = zipfile.ZipFile(path)
    print(f"== {path.name}")
    for info in archive.infolist():
        print(f"  {info.file_size:>9}  {info.filename}")
    nuspec = ET.fromstring(archive.read(f"{package_id}.nuspec"))
    return archive, nuspec


def meta(nuspec, name):
    found = [e for e in nuspec.iter() if e.tag.endswith("}" + name)]
    return found[0] if found else None


def require(archive, package_id, entries):
    names = set(archive.namelist())
    for entry in entries:
        if entry not in names:
            problems.append(f"{package_id}: missing {entry}")


def check_common(package_id, nuspec):
    license = meta(nuspec, "license")
    if license is None or license.get("type") != "expression" or license.text != "MIT":
        problems.append(f"{package_id}: no MIT licence expression")
    readme = meta(nuspec, "readme")
    if readme is None or readme.text != "README.md":
        problems.append(f"{package_id}: no readme in the nuspec")
    repository = meta(nuspec, "repository")
    if repository is None or not re.fullmatch(r"[0-9a-f]{40}", repository.get("commit", "")):
        problems.append(f"{package_id}: the nuspec does not record the source commit")


def embedded_pdb(dll):
    """The portable PDB embedded in a DLL (DebugType=embedded), or None."""
    at = dll.find(b"MPDB")
    if at < 0:
        return None
    pdb = zlib.decompressobj(-15).decompress(dll[at + 8:])
    return pdb if pdb[:4] == b"BSJB" and len(pdb) == struct.unpack("<i", dll[at + 4:at + 8])[0] else None


def origin_host():
    result = subprocess.run(["git", "remote", "get-url", "origin"], capture_output=True, text=True)
    url = result.stdout.strip() if result.returncode == 0 else ""
    return next((h for h in hosted if h in url), None), url


library, spec = open_package("OncoExplain")
if library:
    lib = "lib/net10.0/"
    require(library, "OncoExplain", ["README.md", lib + "OncoExplain.dll", lib + "OncoExplain.xml"]
            + [f"{lib}{c}/OncoExplain.resources.dll" for c in cultures])
    if any(n.endswith(".pdb") for n in library.namelist()):
        problems.append("OncoExplain: a separate .pdb was packed; symbols are meant to be embedded")
    check_common("OncoExplain", spec)
    for dependency in ("Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Options"):
        found = [d for d in spec.iter() if d.tag.endswith("}dependency") and d.get("id") == dependency]
        if not found or not found[0].get("version", "").startswith("10.0."):
            problems.append(f"OncoExplain: dependency {dependency} 10.0.x missing")
    docs = library.read(lib + "OncoExplain.xml").decode("utf-8") if lib + "OncoExplain.xml" in library.namelist() else ""
    if "M:Microsoft.Extensions.DependencyInjection.OncoExplainServiceCollectionExtensions.AddOncoExplain" not in docs:
        problems.append("OncoExplain: the XML documentation lacks AddOncoExplain")
    pdb = embedded_pdb(library.read(lib + "OncoExplain.dll")) if lib + "OncoExplain.dll" in library.namelist() else None
    if pdb is None:
        problems.append("OncoExplain: OncoExplain.dll has no embedded portable PDB")
    else:
        host, url = origin_host()
        has_map = b'{"documents":' in pdb
        if host and not has_map:
            problems.append(f"OncoExplain: the remote is on {host} but the PDB has no Source Link map")
        print(f"  embedded PDB: {len(pdb)} bytes; Source Link map: {'yes' if has_map else 'no'}"
              + ("" if host else f" (origin '{url or 'none'}' is not a hosted repository, so the SDK writes no map)"))
    print(f"  satellite cultures expected from the resx files: {', '.join(cultures) or 'none yet'}")

tool, tool_spec = open_package("OncoExplain.Cli")
if tool:
    any_ = "tools/net10.0/any/"
    require(tool, "OncoExplain.Cli", ["README.md", any_ + "DotnetToolSettings.xml", any_ + "OncoExplain.Cli.dll", any_ + "OncoExplain.dll"]
            + [f"{any_}{c}/OncoExplain.resources.dll" for c in cultures])
    check_common("OncoExplain.Cli", tool_spec)
    types = [t.get("name") for t in tool_spec.iter() if t.tag.endswith("}packageType")]
    if types != ["DotnetTool"]:
        problems.append(f"OncoExplain.Cli: package type {types}, expected DotnetTool")
    if any_ + "DotnetToolSettings.xml" in tool.namelist() and b'Name="oncoexplain"' not in tool.read(any_ + "DotnetToolSettings.xml"):
        problems.append("OncoExplain.Cli: the tool command is not named oncoexplain")

for problem in problems:
    print("package problem: " + problem)
print(f"packages: {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
