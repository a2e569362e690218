#!/usr/bin/env python3
"""The works of a gen_corpus.py corpus as a Web of Science tagged export and a
Scopus CSV export (the 46-column layout of 2023), for the parse and import
benchmarks of those formats:

    gen_wos_scopus.py DIR      reads DIR/corpus.ris, writes DIR/corpus.wos.txt
                               and DIR/corpus.scopus.csv

Each record gets what real exports carry: authors in both WoS forms (AU/AF)
with C1 addresses, author keywords and Keywords Plus, an abstract, and about
35 cited references (CR lines / a Scopus References cell), two thirds of them
works of the corpus (so citation networks have links), most with a DOI.
Deterministic (seeded).
"""
import csv
import random
import sys

CITIES = ["Almaty, Kazakhstan", "Lisbon, Portugal", "Catania, Italy", "Paris, France", "Sydney, Australia"]


def read_ris(path):
    recs, cur = [], None
    for line in open(path, encoding="utf-8-sig"):
        line = line.rstrip("\r\n")
        if len(line) < 5 or line[2:5] not in ("  -", " - "):
            continue
        tag, value = line[:2], line[6:].strip()
        if tag == "TY":
            cur = {"AU": [], "KW": []}
        elif tag == "ER":
            if cur and (cur.get("TI") or cur.get("T1")):
                cur.setdefault("TI", cur.get("T1"))
                recs.append(cur)
            cur = None
        elif cur is not None:
            if tag in ("AU", "A1"):
                cur["AU"].append(value)
            elif tag == "KW":
                cur["KW"].append(value)
            else:
                cur.setdefault(tag, value)
    return recs


def year(r):
    y = (r.get("PY") or r.get("DA") or "2000")[:4]
    return y if y.isdigit() else "2000"


def abbrev(journal):
    return " ".join(w[:4].upper() for w in journal.split() if w[0].isalpha())[:20]


def names(r):
    out = []
    for a in r["AU"] or ["Anonymous, A"]:
        family, _, given = a.partition(",")
        out.append((family.strip(), given.strip()))
    return out


def initials(given):
    return "".join(w[0] for w in given.replace("-", " ").split() if w)


def main():
    d = sys.argv[1]
    recs = read_ris(d + "/corpus.ris")
    rng = random.Random(1)
    wos = ["FN Clarivate Analytics Web of Science", "VR 1.0"]
    header = ["Authors", "Author full names", "Author(s) ID", "Title", "Year", "Source title", "Volume", "Issue",
              "Art. No.", "Page start", "Page end", "Page count", "Cited by", "DOI", "Link", "Affiliations",
              "Authors with affiliations", "Abstract", "Author Keywords", "Index Keywords",
              "Molecular Sequence Numbers", "Chemicals/CAS", "Tradenames", "Manufacturers", "Funding Details",
              "Funding Texts", "References", "Correspondence Address", "Editors", "Publisher", "Sponsors",
              "Conference name", "Conference date", "Conference location", "Conference code", "ISSN", "ISBN",
              "CODEN", "PubMed ID", "Language of Original Document", "Abbreviated Source Title", "Document Type",
              "Publication Stage", "Open Access", "Source", "EID"]
    rows = []
    for i, r in enumerate(recs):
        au = names(r)
        journal = r.get("JF") or r.get("JO") or r.get("T2") or "Journal of Informetrics"
        sp, ep = r.get("SP", ""), r.get("EP", "")
        doi = r.get("DO", "")
        kw = r["KW"] or ["bibliometrics"]
        plus = [rng.choice(["GOVERNANCE", "NETWORKS", "IMPACT", "MODEL", "PERFORMANCE", "SCIENCE"]) for _ in range(4)]
        addr = [f"Univ {au[k][0]}, Dept {rng.choice(['Econ', 'Comp Sci', 'Publ Adm'])}, {rng.choice(CITIES)}."
                for k in range(len(au))]
        cited = [recs[rng.randrange(len(recs))] if rng.random() < 0.66 else None for _ in range(rng.randint(20, 50))]
        cr, sc_refs = [], []
        for c in cited:
            if c is None:
                fam, giv = rng.choice(["Smith", "Kowalski", "Nguyen", "Rossi"]), rng.choice(["J", "AB", "K"])
                y, j, v, p = str(rng.randint(1960, 2020)), "EXTERNAL REV", str(rng.randint(1, 90)), str(rng.randint(1, 900))
                t, dd = "An external work on " + rng.choice(["policy", "networks", "citations"]), \
                    (f"10.9999/ext.{rng.randint(1, 10**6)}" if rng.random() < 0.5 else "")
            else:
                fam, giv = names(c)[0]
                giv = initials(giv)
                y, j, v, p = year(c), abbrev(c.get("JF") or c.get("JO") or "J"), c.get("VL", ""), c.get("SP", "")
                t, dd = c["TI"], c.get("DO", "")
            parts = [f"{fam} {giv}", y, j] + ([f"V{v}"] if v else []) + ([f"P{p}"] if p else []) + ([f"DOI {dd}"] if dd else [])
            cr.append(", ".join(parts))
            sc_refs.append(f"{fam} {giv}., {t}, {j.title()}" + (f", {v}" if v else "") + (f", pp. {p}-{int(p) + 9}" if p.isdigit() else "") + f", ({y})")
        ut = f"WOS:{i + 1:015d}"
        wos.append("PT J")
        wos.append("AU " + "\n   ".join(f"{f}, {initials(g)}" for f, g in au))
        wos.append("AF " + "\n   ".join(f"{f}, {g}" for f, g in au))
        wos.append("TI " + r["TI"])
        wos.append("SO " + journal.upper())
        wos += ["LA English", "DT Article"]
        wos.append("DE " + "; ".join(kw))
        wos.append("ID " + "; ".join(plus))
        if r.get("N2") or r.get("AB"):
            wos.append("AB " + (r.get("N2") or r.get("AB")))
        wos.append("C1 " + "\n   ".join(f"[{f}, {g}] {a}" for (f, g), a in zip(au, addr)))
        wos.append(f"RP {au[0][0]}, {initials(au[0][1])} (corresponding author), {addr[0]}")
        wos.append("CR " + "\n   ".join(cr))
        wos += [f"NR {len(cr)}", f"TC {rng.randint(0, 200)}", "Z9 0", "PU SYNTHETIC PRESS", "PI LONDON",
                "PA 1 MAIN ST, LONDON, ENGLAND", "SN 0000-0000", f"J9 {abbrev(journal)}", f"JI {abbrev(journal).title()}",
                f"PY {year(r)}"]
        for tag, key in (("VL", "VL"), ("IS", "IS"), ("BP", "SP"), ("EP", "EP")):
            if r.get(key):
                wos.append(f"{tag} {r[key]}")
        if doi:
            wos.append("DI " + doi)
        wos += ["WC Information Science & Library Science", "SC Information Science & Library Science",
                f"GA AB{i:04d}", f"UT {ut}", "DA 2024-01-01", "ER", ""]
        full = "; ".join(f"{f}, {g} ({57000000000 + i * 10 + k})" for k, (f, g) in enumerate(au))
        row = {h: "" for h in header}
        row.update({
            "Authors": "; ".join(f"{f} {initials(g)}." for f, g in au), "Author full names": full,
            "Author(s) ID": "; ".join(str(57000000000 + i * 10 + k) for k in range(len(au))),
            "Title": r["TI"], "Year": year(r), "Source title": journal, "Volume": r.get("VL", ""),
            "Issue": r.get("IS", ""), "Page start": sp, "Page end": ep, "Cited by": str(rng.randint(0, 200)),
            "DOI": doi, "Link": f"https://www.scopus.com/inward/record.uri?eid=2-s2.0-{85000000000 + i}",
            "Affiliations": "; ".join(addr),
            "Authors with affiliations": "; ".join(f"{f} {initials(g)}., {a}" for (f, g), a in zip(au, addr)),
            "Abstract": r.get("N2") or r.get("AB") or "[No abstract available]", "Author Keywords": "; ".join(kw),
            "Index Keywords": "; ".join(plus), "References": "; ".join(sc_refs), "Publisher": "Synthetic Press",
            "ISSN": "00000000", "Language of Original Document": "English",
            "Abbreviated Source Title": abbrev(journal).title(), "Document Type": "Article",
            "Publication Stage": "Final", "Source": "Scopus", "EID": f"2-s2.0-{85000000000 + i}"})
        rows.append(row)
    wos.append("EF")
    with open(d + "/corpus.wos.txt", "w", encoding="utf-8") as f:
        f.write("\ufeff" + "\n".join(wos) + "\n")
    with open(d + "/corpus.scopus.csv", "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff")
        w = csv.DictWriter(f, fieldnames=header, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


main()
