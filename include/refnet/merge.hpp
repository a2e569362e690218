// A work's view: chosen field by field from the records of its sources.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "refnet/record.hpp"

namespace refnet {

// Which source gave a field of the view, and what the others said.
struct FieldChoice {
  std::string field;        // "title", "authors", "abstract", ...
  std::size_t source = 0;   // index into the sources given to merge_records
  std::string value;        // the value used, as text
  std::vector<std::pair<std::size_t, std::string>> alternatives;  // other sources' differing values
};

struct MergedView {
  Record record;
  std::vector<FieldChoice> choices;
};

// Rules: a field comes from the first source (in import order, the newest
// export of a database record in the place of its first import, see
// supersedes()) that has it,
// except: volume, issue and pages together from the first source with the
// most of them (an online-first record's pages never beside another's volume
// and issue); the longer abstract; for creators, full given names over initials
// and structured names over literal strings; keywords are a union (folded
// for case); references are one list, the longest source's, completed from
// and added to by the others' (merge.cpp: one_reference_list);
// `extra` fields are a union by name (the values of the first source having it
// kept, each one) over the sources in
// the first source's format (extra names are that format's field names).
MergedView merge_records(const std::vector<Record>& sources);

// Whether two imported records are exports of the same database record:
// the same Web of Science UT, the same Scopus EID, the same PMID from PubMed
// (MEDLINE, PubMed XML), or the same DOI from the same database's own format
// (wos, scopus-csv, lens, dimensions, medline, pubmed-xml, crossref; not
// BibTeX or RIS, which any database writes); or, in another format (BibTeX,
// RIS), the same citation key (as the file gave it: Library::add keeps it on
// a re-export it joins), folded title and year: a Zotero or JabRef entry
// exported again.  The user's record is none.
bool same_database_record(const Record& a, const Record& b);

// The date as of which the database wrote the record, from the record's own
// fields: Web of Science DA (the export date), MEDLINE LR (last revised), else
// DCOM (completed), else DA (created); PubMed XML DateRevised, else
// DateCompleted, else DateCreated; Crossref `indexed`, else `deposited`;
// a Scopus RIS note "Export Date: 3 July 2020".  Empty when it wrote none
// (Scopus CSV writes none).
Date export_date(const Record& r);

// Whether `later`, imported after `earlier`, is an export of the same
// database record (same_database_record) that is not older than it: when
// both have an export date, the later date wins whatever the import order
// (an older export imported after a newer one does not supersede it); when
// either has none, or the dates are equal, the later import wins.  In
// merge_records the newest of such records takes the place of the oldest
// import (its values first), the older ones right behind it (filling what
// it lacks, their differing values the choices' alternatives): a re-export
// updates the view, a record from another database does not.
bool supersedes(const Record& later, const Record& earlier);

// BibTeX `crossref` at the level of records, for a parent that arrives in
// another import than its child (the importer resolves those of one import):
// the fields the child lacks are taken from its parent, the child's own
// fields win.  The parent's title becomes the child's container title; its
// creators, date, volume, publisher, place, ISBN, ISSN and language are
// inherited; never its DOI or identifiers (they name the parent).  Returns
// whether a field was filled.
bool inherit_from_parent(Record& child, const Record& parent);

// The key of the parent a BibTeX child names in `crossref`, or empty.
std::string crossref_parent_key(const Record& r);

}  // namespace refnet
