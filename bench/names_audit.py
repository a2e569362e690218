#!/usr/bin/env python3
"""Names audit: how refnet reads real personal names written the ways sources write them.

Truth: every creator that a reader of a structured source made (family and given from
separate fields or from "Family, Given": Crossref/CSL/Zotero JSON, PubMed and EndNote XML,
WoS AF, Scopus "Author full names", RIS/BibTeX "Family, Given") with a given name written
out (a word with a small letter), over real files.  Readers of given-first names (Lens,
IEEE, SpringerLink, OpenAlex and other tables, page text) are left out of the truth.

Each true name is written back in the forms of the classes below and parsed by
parse_ris_name (bench/names_audit parse); a name is wrong when the family (particle
included) or the given name differs from the truth (case and accents aside).

  python3 bench/names_audit.py [--show CLASS] [--parser OLD] BUILD_DIR FILE...  (FILE: real exports)
prints per class: names, wrong family, wrong given, kept as literal; with --show CLASS
the wrong ones of that class.
"""
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict

GIVEN_FIRST_READERS = ("lens", "ieee", "springer", "openalex", "googlescholar", "page", "pubmed-chatbot")


VIETNAMESE_FAMILIES = {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho",
                       "ngo", "duong", "ly", "dinh", "trinh", "doan", "truong", "luong", "quach"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.replace("-", " ").replace(".", " ").lower().split())


def upper(s):
    return s.upper()


def truth(build, files):
    files = [f for f in files if not any(k in f.lower() for k in GIVEN_FIRST_READERS)]
    out = subprocess.run([build + "/names_audit", "files", *files], capture_output=True, text=True).stdout
    names = {}
    for line in out.splitlines():
        p = line.split("\t")
        if len(p) < 8:
            continue
        family, given, particle, suffix, literal = p[3:8]
        if literal or not family or suffix:
            continue
        if not any(any(c.islower() for c in w) and len(w) >= 2 for w in given.split()):
            continue
        if "," in given or "," in family or "(" in given or any(ch.isdigit() for ch in given + family):
            continue
        full = (particle + " " + family).strip()
        names.setdefault((full, given), p[0])
    return names


def variants(full, given):
    """(class, written) pairs: the forms sources write this name in."""
    yield "given-first", f"{given} {full}"
    yield "given-first caps", upper(f"{given} {full}")
    yield "family-first caps comma", upper(f"{full}, {given}")
    yield "family-first comma", f"{full}, {given}"
    yield "family-first no comma", f"{full} {given}"
    yield "family-first caps no comma", upper(f"{full} {given}")
    if fold(full) in VIETNAMESE_FAMILIES:
        # "Nguyen Van Hai" in a given-first byline: the Vietnamese order.
        yield "vietnamese family-first", f"{full} {given}"
    yield "titles", f"Dr. {given} {full}"
    yield "degrees", f"{full}, {given}, MD, MPH"
    yield "degrees given-first", f"{given} {full} PhD"


def parse(build, written, mode="parse", parser=None):
    text = "".join(w + "\n" for w in written)
    cmd = [parser] if parser else [build + "/names_audit", mode]
    out = subprocess.run(cmd, input=text, capture_output=True, text=True).stdout
    res = {}
    for line in out.splitlines():
        p = line.split("\t")
        res[p[0]] = p[1:6]
    return res


def main():
    args = sys.argv[1:]
    show = None
    if "--show" in args:
        i = args.index("--show")
        show = args[i + 1]
        del args[i:i + 2]
    # --parser BIN: another build's parser (one name a line in, the columns of
    # names_audit parse out) for the before numbers; the truth still comes
    # from BUILD's readers.
    parser = None
    if "--parser" in args:
        i = args.index("--parser")
        parser = args[i + 1]
        del args[i:i + 2]
    build, files = args[0], args[1:]
    names = truth(build, files)
    cases = []
    for (full, given), src in names.items():
        for cls, written in variants(full, given):
            cases.append((cls, written, full, given))
    # Given-first classes as the readers of given-first sources read them
    # (parse_given_first_name), the others as RIS reads a name (parse_ris_name);
    # both tell what they drop (titles, degrees), as the readers do.
    given_first = {"given-first", "given-first caps", "vietnamese family-first", "titles", "degrees given-first"}
    parsed_gf = parse(build, sorted({c[1] for c in cases if c[0] in given_first}), "parse-given-first", parser)
    parsed_ris = parse(build, sorted({c[1] for c in cases if c[0] not in given_first}), "parse", parser)
    stats = defaultdict(Counter)
    for cls, written, full, given in cases:
        parsed = parsed_gf if cls in given_first else parsed_ris
        family, g, particle, suffix, literal = parsed.get(written, ["", "", "", "", written])
        s = stats[cls]
        s["names"] += 1
        if literal:
            s["literal"] += 1
            ok = False
        else:
            ok_f = fold((particle + " " + family).strip()) == fold(full)
            ok_g = fold(g) == fold(given)
            s["wrong family"] += not ok_f
            s["wrong given"] += not ok_g
            s["suffix"] += bool(suffix)  # the truth has none: a degree kept as a suffix
            ok = ok_f and ok_g and not suffix
        s["wrong"] += not ok
        if show == cls and not ok:
            print(f"  {written!r}: family {particle + ' ' + family!r} given {g!r} literal {literal!r}"
                  f" (truth {full!r} / {given!r})")
    print(f"{len(names)} true names from {len(files)} files")
    print("class\tnames\twrong\twrong family\twrong given\tliteral\tsuffix")
    for cls, s in stats.items():
        print(f"{cls}\t{s['names']}\t{s['wrong']}\t{s['wrong family']}\t{s['wrong given']}\t{s['literal']}"
              f"\t{s['suffix']}")


if __name__ == "__main__":
    main()
