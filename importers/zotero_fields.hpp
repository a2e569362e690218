// What Zotero's item JSON reader and its RDF reader share.
#pragma once

#include <string>
#include <string_view>

#include "refnet/diagnostics.hpp"
#include "refnet/record.hpp"

namespace refnet {

// The CSL type Zotero maps an item type ("journalArticle") to; "" when it
// is not one of Zotero's.
std::string_view zotero_csl_type(std::string_view item_type);
// A creator type read as the work's author (author, inventor, programmer...).
bool is_zotero_primary_creator(std::string_view creator_type);
// A DOI field: the record's DOI (a list: the first, written kept in extra
// "DOI"), a shortDOI, or kept in extra "DOI" with a warning at `offset`.
void read_zotero_doi(const std::string& s, Record& r, Diagnostics& diags, std::size_t offset);
// A person's two parts as users and translators leave them in Zotero: a
// suffix after a comma in either ("Mitchell, Jr", "Michael, III"), a comma
// ending either ("Harrell ,", "Armstrong,": dropped), a family name that is
// a suffix alone, the family name then the given name's last word ("Jr" and
// "Osmar Abílio de Carvalho"; "<suffix>Jr.</suffix>" and "Frederic J.
// Fleron,").  `who` names the reader and role ("Zotero RDF author"); the
// result says what was dropped or moved ("" when nothing was).
std::string read_zotero_name_parts(Creator& n, std::string_view who);
// Lines of Zotero's `extra` a file held joined on one ("Place: United
// States PMID: 35319117  PMCID: PMC9151451", camaradesuk/ASySD's CSV: every
// row), counted to be said once a file.
struct ZoteroExtraJoins {
  std::size_t lines = 0;  // lines read as several
  std::size_t offset = 0;  // the first one's
  std::string first;
  void say(Diagnostics& diags) const;
};
// HTML character references a web page's translator left as text in an
// item ("New Media &amp; Society", "M&eacute;tis", "&#8230;"): decoded in
// every text of the record (not in refnet's library entries, which are the
// user's), counted to be said once a file.  A text in markup is left as
// written (decode_left_references).
struct ZoteroEntities {
  std::size_t fields = 0;
  std::size_t offset = 0;  // the first field's item
  std::string first;
  void decode(Record& r, std::size_t offset);
  void say(Diagnostics& diags) const;
};
// One line of Zotero's `extra` (RDF: dc:description): "PMID:", "PMCID:",
// "DOI:", "Citation Key:" read, any other line kept in extra "extra".  A
// line that starts with a key of Zotero's ("Place:", "PMID:") is split
// before each "PMID:", "PMCID:" or "DOI:" in it that its identifier alone
// follows (up to the next such key or the end), counted in `joins`; free
// text naming a PMID ("Retraction of: ... PMID: 123") is one line.
void read_zotero_extra_line(std::string_view line, Record& r, Diagnostics& diags, std::size_t offset,
                            ZoteroExtraJoins& joins);

// A Zotero note (HTML: "<p>Read for <b>chapter 3</b></p>") as readable text:
// a line per paragraph, heading, list item ("- ") or <br>, tags gone,
// entities decoded, a link's address after its text when the text is not
// it ("text <https://...>"), an image as "[image: ALT]" or "[image]" (its
// data is not kept), style and script content dropped; white space inside
// a line collapsed, empty lines gone.
std::string zotero_note_text(std::string_view html);
// A Zotero tag handed to the library (refnet tag, Library kLibraryTag): its
// white space collapsed; a manual tag is the user's, an automatic one
// (Zotero's type 1: from a database's subject headings) a keyword.
void add_zotero_tag(std::string_view tag, bool automatic, Record& r);
// A Zotero note handed to the library as a refnet note (kLibraryNote), as
// zotero_note_text gives it; not when it holds no text, or the record has
// that note already (Scopus's "Cited By" note imported six times).
enum class ZoteroNote { added, empty, repeated };
ZoteroNote add_zotero_note(std::string_view html, Record& r);

}  // namespace refnet
