#!/usr/bin/env python3
"""EXCITE's social-science gold standard as a refparse_eval --tsv table (issue 16: an unseen labelled set).

    bench/refparse_excite.py [--org-authors] [--number-issue] [--series-container] GIT_DIR > /tmp/excite.tsv
    build/refparse_eval --tsv /tmp/excite.tsv

GIT_DIR is a clone (or bare mirror) of github.com/exciteproject/EXgoldstandard (commit 7c5c89d, 2019): reference
strings from 352 SSOAR papers (German and English social science), segmented by hand with EXRefSegmentation's tags
(<author><surname>..</surname><given-names>..</given-names></author>, <editor>, <year>, <title>, <source>, <volume>,
<issue>, <fpage>, <lpage>, <publisher>, <other>, <url>...). The repository states no licence, so its data is not copied
into fixtures/: this script reads it where it is, and the note reports the figures.

The table's gold values: authors' surnames (an editor-only reference has none: editors are not authors, as in the
labelled data refparse_eval scores), the first year, title, source (the container), volume, issue, first page, publisher; the
place is the <other> span written just before ': <publisher>' or ', <publisher>', or just after '<publisher>, ' (EXCITE tags places as
<other>, with notes and conference names: only those positions are taken as places; elsewhere a row with an <other>
span has the place "?", not scored, and a row without one has no place). A reference whose source is
a URL ("(<source>http://...</source>)") has no container. Tags: lang:de / lang:en and layout:end / layout:footnote.

Organisations as authors: EXCITE's annotation guideline (3-Guidelinefiles/Guideline_how_to_annotate_V3.docx) has
tags for persons (author, editor) and for the source, none for a group author, so an organisation in the author's
place, right before the date ("VDMA (2007): Title", "Danmarks Statistik, 1999a: Title"), is labelled <editor>
(about 460 references) or <source> (about 30) with no "(Hrsg.)" beside it. That is the scheme's convention, not the
work's editor or journal: in CSL, and in refnet's reading, the organisation is the author. Such rows get the tag
author:organisation (a person's "Family, Given" and any "(Hrsg.)"/"(Hg.)"/"(ed.)" beside the span keep the label).
By default the gold values stay as published (the headline figure, comparable across sessions); with
--org-authors the organisation is the gold author (and, when it was labelled <source>, the next <source> the
container), the figure reported beside it.

A lone number after an issue's word: the guideline's own example puts "Nr. 3/2009" in Heft/Nummer (the issue), and
where a reference has both numbers the annotators label the one after "Nr.", "No.", "Heft", "H." the issue (about 215
times, against 21 the volume); where it is the only number ("Die Zeit, Nr. 37, S. 17", "Nyt fra Danmarks Statistik.
Nr. 337.") they label it <volume> (226 references) more often than <issue> (37). Such rows get the tag
number:issue-word; by default they are scored as labelled, with --number-issue the number is the gold issue and
there is no gold volume (as CSL and the guideline read it), the figure reported beside the headline.

A book's series: the guideline's <source> is "Journal Title, Anthology title/Anthology" and it has no tag for a
series, so the annotators label a book's series <source> and its number <volume> ("Title. <source>Schriftenreihe des
BMFSFJ</source> Nr. <volume>181</volume>, <other>Stuttgart</other>."); refnet reads it as CSL does, the series
(collection-title) and its number, no container.  A row whose <source> follows its title with no "in", "In:" or
editors between, is followed by its number (after "Nr.", "Bd.", "Band", "H.", "Heft", "No.", "Vol." or none) and
then a place or a publisher, and has no <fpage> (a journal's article has pages) gets the tag container:series (150
rows).  With --series-container such rows also get the tag score:series-as-container, for which build/refparse_eval
scores the parser's series as its container where it read none (the scheme's convention, not the parser's error:
the figure reported beside the headline).
"""
import html
import re
import subprocess
import sys

ROOT = "Goldstandard_EXparser/"


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True).stdout


def spans(line, tag):
    return [m.group(1) for m in re.finditer(r"<%s>(.*?)</%s>" % (tag, tag), line, re.S)]


def text_of(fragment):
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", fragment))).strip()


def place_of(line):
    m = re.search(r"<other>([^<]*)</other>\s*[:,]\s*<publisher>", line)
    if not m:
        m = re.search(r"</publisher>\s*,\s*<other>([^<]*)</other>", line)
    if m:
        return text_of(m.group(1))
    return "?" if "<other>" in line else ""


PERSON = re.compile(r"^[A-ZÄÖÜ][\w'’-]+(\s+[\w'’-]+)?,\s*[A-ZÄÖÜ][\w.-]*\.?(\s+[A-ZÄÖÜ][\w.-]*\.?)*$")


def organisation_author(line):
    """The tag (editor or source) and text of an organisation labelled in the author's place, or None."""
    if "<author>" in line:
        return None
    m = re.match(r"^[\s\d.*)\]]*<(editor|source)>([^<]*)</\1>(.{0,60})", line)
    if not m or not re.match(r"^\s*(\(\s*)?,?\s*<year>|^\s*[,:]\s*<year>", m.group(3)):
        return None
    name = text_of(m.group(2))
    if not name or PERSON.match(name) or re.search(r"\((hrsg|hg|eds?)\b", m.group(3), re.I) or \
            re.search(r"\b(hrsg|hg|eds?)\b", name, re.I):
        return None
    return m.group(1), name


SERIES_AFTER = re.compile(r"^[\s,.;:]*(?:\(?\s*(?:Nr|No|Bd|Band|Vol|H|Heft)\.?\s*)?<volume>[^<]*</volume>\s*\)?"
                          r"[\s,.;:\-\u2013]*<(?:other|publisher)>")


def series_source(line):
    """Whether the first <source> is a book's series (see the module's note)."""
    m = re.search(r"<source>", line)
    t = line.find("</title>")
    if not m or "<fpage>" in line or t < 0 or t > m.start():
        return False
    between = line[t:m.start()]
    if "<editor>" in between or re.search(r"(^|\W)(in|In|dans)(\W|$)", text_of(between)):
        return False
    end = line.find("</source>", m.end())
    return end >= 0 and SERIES_AFTER.match(line[end + len("</source>"):]) is not None


ISSUE_WORD = re.compile(r"(?:\bNr\.?|\bNo\.|\bno\.|\bHeft|\bH\.?|\bAusgabe)\s*<volume>")


def row(line, tags, org_authors=False, number_issue=False, series_container=False):
    reference = text_of(line)
    if not reference:
        return None
    authors = [text_of(s) for a in spans(line, "author") for s in spans(a, "surname")]
    authors = [a for a in authors if a]
    first = lambda tag: text_of(spans(line, tag)[0]) if spans(line, tag) else ""
    year = re.search(r"\d{4}", first("year"))
    container = first("source")
    org = organisation_author(line)
    if org:
        tags += " author:organisation"
        if org_authors:
            authors = [org[1]]
            if org[0] == "source":
                sources = spans(line, "source")
                container = text_of(sources[1]) if len(sources) > 1 else ""
    if re.match(r"(https?://|www\.)", container):
        container = ""
    if container and series_source(line):
        tags += " container:series"
        if series_container:
            tags += " score:series-as-container"
    volume, issue = first("volume"), first("issue")
    if not issue and len(spans(line, "volume")) == 1 and ISSUE_WORD.search(line):
        tags += " number:issue-word"
        if number_issue:
            volume, issue = "", volume
    cols = [reference, "; ".join(authors), year.group(0) if year else "", first("title"), container,
            volume, issue, first("fpage"), first("publisher"), place_of(line), tags]
    return "\t".join(c.replace("\t", " ") for c in cols)


def main():
    args = [a for a in sys.argv[1:] if a not in ("--org-authors", "--number-issue", "--series-container")]
    org_authors = "--org-authors" in sys.argv[1:]
    number_issue = "--number-issue" in sys.argv[1:]
    series_container = "--series-container" in sys.argv[1:]
    gitdir = args[0]
    names = git(gitdir, "ls-tree", "-r", "--name-only", "HEAD", ROOT).decode().splitlines()
    print("reference\tauthors\tyear\ttitle\tcontainer\tvolume\tissue\tfirst-page\tpublisher\tplace\ttags")
    for name in sorted(n for n in names if "5-References_segmented" in n and n.endswith(".xml")):
        lang = "de" if "German" in name else "en"
        layout = "footnote" if "footnote" in name else "end"
        for line in git(gitdir, "show", "HEAD:" + name).decode("utf-8", "replace").splitlines():
            r = row(line, "lang:%s layout:%s" % (lang, layout), org_authors, number_issue, series_container)
            if r:
                print(r)


if __name__ == "__main__":
    main()
