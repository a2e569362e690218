// The one DOI normalizer used everywhere.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "refnet/diagnostics.hpp"

namespace refnet {

struct Record;
struct Reference;

// Strips resolver prefixes (https://doi.org/, http://dx.doi.org/, doi:, DOI ),
// surrounding white space and trailing punctuation, URL-decodes (%2F) to a
// fixed point, lower-cases, and checks the 10.NNNN/suffix shape.  Returns
// nothing when the input is not a DOI.  Idempotent: a DOI it returns comes
// back unchanged, and is valid UTF-8.
//
// It also repairs what real exports damage, and says what it did in
// `*repair` (left empty when the input was an ordinary spelling):
// - the spaces Web of Science inserts into SICI DOIs
//   ("10.1659/0276-4741(2007)27 [ 32:TLBCFP]2.0.CO;2");
// - HTML after the DOI ("10.1000/xyz<br />");
// - a publisher's resolver host ("http://doi.acm.org/10.1145/...",
//   "http://doi.wiley.com/10.1002/...");
// - a journal's web address glued after it
//   ("10.1177/0885412220921526journals.sagepub.com/home/jpl", issue #11):
//   a host of letters ending in a top-level domain and '/', right after a
//   digit of the suffix or after a glued known first label ("...04549.x" +
//   "onlinelibrary.wiley.com/..."); a host inside a DOI, after a '/'
//   ("10.4028/www.scientific.net/AMM.253-255.1936"), stays;
// - a publisher's page of the work ("https://onlinelibrary.wiley.com/doi/
//   abs/10.1002/x", Atypon's "/doi/full/", "/doi/pdf/", "/doi/epdf/"), and
//   after any web address the page's tail (see find_doi);
// - trailing punctuation ("trailing '.' removed"): a sentence's period, or
//   the '.' of a DOI a source cut short, which no normalizer can tell apart.
std::optional<std::string> normalize_doi(std::string_view s, std::string* repair = nullptr);
// The same into `out`, whose buffer is kept when it holds the DOI (a reader
// that parses over the strings of its last record allocates nothing); false,
// and `out` untouched, when `s` is not a DOI.
// `*repair` as normalize_doi says it (empty when the DOI was written plainly).
bool normalize_doi_into(std::string_view s, std::string& out, std::string* repair = nullptr);
// normalize_doi for an importer: a repair is said at `offset`, "<label>
// <value> repaired (<what>): <doi>", as every importer says it.
std::optional<std::string> normalize_doi_said(std::string_view s, std::string_view label, Diagnostics& diags,
                                              std::size_t offset);

// Sets r.doi_spelling to how `source` (the record's own text in its file,
// or a value a user typed) spells r.doi, when that differs from it in case
// ("10.1016/S0140-6736(20)30183-5"): the first such spelling, a whole DOI
// (not the start of a longer one).  Nothing when `source` writes it only in
// lower case, or only otherwise (URL-encoded, with the spaces Web of Science
// inserts): r.doi is written then.  Every reader calls it where it fills a
// record's provenance from its source text (set_provenance).
void keep_doi_spelling(Record& r, std::string_view source);
// How `source` spells the (folded) `doi` when that differs from it only in
// case, by the rule above; empty otherwise.
std::string_view doi_as_written(std::string_view doi, std::string_view source);
// A reference's DOI as its text writes it ("10.1023/A:1008210427517" in a
// Web of Science CR), else as stored (folded): what a map node, `show` and a
// message give of a cited work.
std::string spelled_reference_doi(const Reference& ref);

// A DOI inside a URL: "https://doi.org/10...", "http://dx.doi.org/10...",
// "...record.uri?eid=..&doi=10.1080%2f...&...", a publisher's page
// "https://onlinelibrary.wiley.com/doi/abs/10.1002/...", Ovid's full-text link
// ("ovidweb.cgi?...&DO=10.1016%2fj...") and a link resolver's OpenURL
// ("sfx?sid=OVID:embase&id=pmid:...&id=doi:10.1016%2F..."); a repair (the page's
// tail cut, "/abstract", ".pdf") said as `label`'s at `offset`.  The RIS
// reader (UR, L1, L2, L4), the Ovid reader (UR, XL) and the BibTeX reader
// (url) take a record's DOI so when no field gives it.
std::optional<std::string> doi_in_url(std::string_view url, std::string_view label, Diagnostics& diags,
                                      std::size_t offset);

// A shortDOI (https://shortdoi.org: "10/gbhhv3", "https://doi.org/10/gbhhv3"),
// prefixes stripped and lower-cased as normalize_doi does; nothing when `s` is
// not one.  It names the same work as its long DOI, which only a resolver
// knows: importers keep it as the source's DOI and never expand it.
std::optional<std::string> normalize_short_doi(std::string_view s);
// Finds a DOI inside free text ("... doi:10.1000/xyz123. ..."), normalized.
// Any DOI: right for a reference string, wrong for a note about a record
// (which may cite other works): use labelled_doi there.
// Inside a web address ("https://onlinelibrary.wiley.com/doi/abs/10.1002/x/abstract",
// "https://doi.org/10.1016/j.x.2020.01.001.pdf?download=true") the page's
// tail after the DOI is cut: a query, a fragment, "/abstract", "/full",
// "/pdf", "/epdf", ".pdf" (normalize_doi does the same after a resolver's
// or a publisher page's address).
std::optional<std::string> find_doi(std::string_view text);
// The length of the DOI in `doi`, a DOI taken from the web address `url` of
// its publisher's page whose path goes on after the DOI (Google Scholar's,
// through Publish or Perish): taylorfrancis.com "10.4324/9781003179900-55/
// <title and authors>", Oxford Academic "10.1093/chemse/bjab008/6168037"
// (OUP's article number).  doi.size() when the address is no such page or
// does not hold the DOI.  find_doi cuts the same in a web address.
std::size_t doi_length_in_page(std::string_view doi, std::string_view url);

// A DOI a parser of reference strings (parse_wos_reference, the Scopus
// references, the reference parser) repaired or dropped, handed back to the
// importer that called it, which says it where the reference is written.
struct DoiRepair {
  std::string written;  // the DOI as the parser's input writes it
  std::size_t at = 0;   // where `written` starts in that input
  std::string what;     // normalize_doi's repair ("white space inside removed"), or why it was dropped
  std::string doi;      // the DOI kept; empty when it was dropped
};
// "<label> <written> repaired (<what>): <doi>" (as normalize_doi_said says
// it), or "<label> <written> dropped (<what>)".
std::string doi_repair_message(const DoiRepair& r, std::string_view label);
// That message, a warning at `offset`.
void say_doi_repair(const DoiRepair& r, std::string_view label, Diagnostics& diags, std::size_t offset);
// find_doi, and the DOI found, where (`at` from the start of `text`) and
// what it repaired into `*repair`: `what` is empty when it repaired nothing.
std::optional<std::string> find_doi(std::string_view text, DoiRepair* repair);
// find_doi for an importer: a repair is said, as normalize_doi_said says it,
// at `offset` (where `text` starts) plus where the DOI is written in it.
std::optional<std::string> find_doi_said(std::string_view text, std::string_view label, Diagnostics& diags,
                                         std::size_t offset);

// The DOI a free text gives as its subject: the text (after HTML tags such
// as "<p>") starts with it, bare, labelled ("DOI: 10...", "doi 10...") or
// as a resolver URL.  A DOI further in ("... Cited References: ..., DOI
// 10.1505/...", "Tests & Measures: ... DOI: 10.1037/t...") is another
// work's.
std::optional<std::string> labelled_doi(std::string_view text);
// labelled_doi for an importer, its repair said as find_doi_said says it.
std::optional<std::string> labelled_doi_said(std::string_view text, std::string_view label, Diagnostics& diags,
                                             std::size_t offset);

}  // namespace refnet
