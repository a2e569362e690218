#!/usr/bin/env python3
"""The UMass Citation Field Extraction set (Anzaroot & McCallum 2013) as a refparse_eval --tsv table (issue 16: a
labelled set refnet's parser never saw: physics, mathematics, astronomy, economics references from arXiv papers).

    bench/refparse_umass.py GIT_DIR > /tmp/umass.tsv
    build/refparse_eval --tsv /tmp/umass.tsv

GIT_DIR is a clone (or bare mirror) of github.com/mmcmahon13/umass-citation (commit ecbbd73): the set's
training.docs, dev.docs and testing.docs, one reference a line, tokens separated by spaces and wrapped in the set's
tags (<authors><person><person-first>..<person-last>..</person></authors>, <title>, <venue> holding <journal>,
<booktitle>, <volume>, <number>, <pages>, <date><year>, <publisher>, <address>, <editor>, <tech>, <institution>…).
The repository states no licence, so its data is not copied into fixtures/: this script reads it where it is, and the
note reports the figures. refnet trains on none of it: all three files are unseen (tags split:train, split:dev,
split:test).

The reference string is the tokens joined back (no space before , . ; : ) ] or after ( [; quotes attached inward):
the set keeps the PDF extraction's breaks and spacing accents ("grav- ity", "P´olya"), which a parser of pasted text
meets too (refparse_eval joins the accents of the gold values as parse joins them: "Pólya").
Gold values: the surnames of the persons in <authors> (editors are not authors), the first year, the title, the
container (<journal>, else <booktitle>), volume, issue (<number>), first page, publisher, place (<address>).
Where the set's own labels leave a field open, the value is "?" (not scored): a report's or thesis's institution
(<institution>, <school>, <organization>) is the publisher in refnet's record but the set does not call it one;
"362 p." is a book's length, not a first page.
"""
import re
import subprocess
import sys

FILES = [("training.docs", "train"), ("dev.docs", "dev"), ("testing.docs", "test")]
OPEN_QUOTE_NEXT = set("([")
CLOSE = set(",.;:)]")


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True).stdout


def detok(tokens):
    out, quotes = "", 0
    glue_next = False
    for t in tokens:
        if t == '"':
            quotes += 1
            if quotes % 2:  # opening: attach to the next token
                out += (" " if out else "") + t
                glue_next = True
            else:
                out += t
            continue
        if not out or glue_next:
            out += t
        elif t[0] in CLOSE and (len(t) == 1 or not t[1:2].isalnum()):
            out += t
        else:
            out += " " + t
        glue_next = t in OPEN_QUOTE_NEXT
    return out


def tokens(fragment):
    return [t for t in re.sub(r"<[^>]+>", " ", fragment).split() if t]


def spans(line, tag):
    return [m.group(1) for m in re.finditer(r"<%s>(.*?)</%s>" % (tag, tag), line, re.S)]


def clean(s):
    return s.strip(" ,.;:()[]{}")


def first(line, tag):
    s = spans(line, tag)
    return detok(tokens(s[0])) if s else ""


def row(line, tags):
    line = line.strip()
    if not line:
        return None
    reference = detok(tokens(line))
    authors = []
    for block in spans(line, "authors")[:1]:
        for person in spans(block, "person"):
            last = clean(first(person, "person-last"))
            if last:
                authors.append(last)
    year = re.search(r"(1[5-9]|20)\d\d", first(line, "year"))
    container = clean(first(line, "journal") or first(line, "booktitle"))
    volume = re.sub(r"^(volume|vol|bd|tome|v)(?![a-z])\s*\.?\s*", "", clean(first(line, "volume")), flags=re.I)
    issue = re.sub(r"^(number|issue|nr|no|n)(?![a-z])\s*\.?\s*", "", clean(first(line, "number")), flags=re.I)
    pages = re.sub(r"^\s*(pages|page|pp|p)(?![a-z])\s*\.?\s*", "", first(line, "pages"), flags=re.I)
    page = re.match(r"\s*([A-Za-z]?\d+[A-Za-z]?)", pages)
    page = "?" if re.search(r"\d\s*pp?\b\.?\s*$", pages) else (page.group(1) if page else "")
    publisher = clean(first(line, "publisher"))
    if not publisher and any(spans(line, t) for t in ("institution", "school", "organization")):
        publisher = "?"
    place = clean(first(line, "address"))
    cols = [reference, "; ".join(authors), year.group(0) if year else "", clean(first(line, "title")), container,
            clean(volume), clean(issue), page, publisher, place, tags]
    return "\t".join(c.replace("\t", " ") for c in cols)


def main():
    gitdir = sys.argv[1]
    print("reference\tauthors\tyear\ttitle\tcontainer\tvolume\tissue\tfirst-page\tpublisher\tplace\ttags")
    for name, split in FILES:
        for line in git(gitdir, "show", "HEAD:" + name).decode("utf-8", "replace").splitlines():
            r = row(line, "split:" + split)
            if r:
                print(r)


if __name__ == "__main__":
    main()
