// Field values that RIS shares with other tagged and XML formats (EndNote
// XML writes the same dates and ISSN/ISBN lists as EndNote's RIS): one parser
// each, defined in ris.cpp (parse_raw_date in csl_json.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/diagnostics.hpp"
#include "refnet/record.hpp"
#include "refnet/text.hpp"

namespace refnet {

// "2018/1/1", "2018///", "2018/08//", "SEP 22", "2018 Sep 22", "Spring 2018":
// the numbers that can be read, the rest in Date::text.
Date parse_ris_date(std::string_view s);

// The CSL type of a RIS type ("JOUR" -> "article-journal"); "" for no RIS type.
std::string csl_type_of_ris(std::string_view ty);

// One or several ISSNs and ISBNs with labels ("0893-8512 (Print) 0893-8512",
// "03029743 (ISSN); 3642041450 (ISBN)") added to r.issn / r.isbn without
// repeats.  Returns false (and adds nothing) when a piece is neither.
bool classify_sn(std::string_view sn, Record& r);
// The PMID or PMCID a link to the work's PubMed, PubMed Central or Europe
// PMC record names ("https://pubmed.ncbi.nlm.nih.gov/33796074/",
// "https://www.ncbi.nlm.nih.gov/pubmed/33796074", ".../pmc/articles/PMC8008960",
// "https://europepmc.org/article/MED/33796074", ".../article/PMC/PMC8008960"),
// `pmcid` saying which; empty for any other link (a search's address).
std::string_view pubmed_link_id(std::string_view link, bool& pmcid);
// A JSON reader's ISSN or ISBN value (CSL-JSON, Zotero): as classify_sn
// reads it; when a piece is neither, kept as written, one per piece.  An
// ISSN holds no space, so a space separates two ("0028-0836 1476-46870"),
// as the BibTeX importer splits its issn; an ISBN may hold spaces.
void read_issn_or_isbn(std::string_view s, bool issn, Record& r);

// EndNote's links to Web of Science records in a URL field ("<Go to
// ISI>://WOS:000123456700001", "<Go to ISI>://000…", before 1997
// "://A1997…"): the record's UT, not an address (with a space in it).
// Takes them out of `v`, each as {the link, its UT as "WOS:…" or "ISI:…"
// for take_accession}, and returns the rest, trimmed.
struct IsiLink {
  std::string link, ut;
};
std::string cut_isi_links(std::string_view v, std::vector<IsiLink>& links);
// Takes a link's UT as the record's Web of Science identifier (after the
// record's own accession fields were read); one the record already has
// differently is warned about at `offset`; a link not taken stays in extra
// under `field`.
void take_isi_link(Record& r, IsiLink&& link, std::string_view field, std::size_t offset, Diagnostics& diags);

// "2018", "2018-03", "2018-03-05" (ISO: CSL-JSON raw dates, Lens and
// Dimensions CSV); "2013-06-0001", a day padded to four digits (Better CSL
// JSON's literal), the day when it is one, else the year and month; anything
// else as parse_ris_date reads it.
Date parse_raw_date(std::string_view s);
// The warning of a JSON reader (`what`: "Zotero 'date'") whose date `text`,
// read as `d`, has a year and a text that says more (parse_raw_date's
// "Spring 2019") or a day of four digits; "" when the numbers say it all.
std::string free_date_warning(std::string_view what, std::string_view text, const Date& d);

// A MeSH term without PubMed's major-topic marks: "*Gambling/epidemiology/
// *psychology" -> "Gambling/epidemiology/psychology".  A run of '*' opening
// the heading or a subheading goes, and the white space around the term; a
// '*' elsewhere is part of it.  MEDLINE's MH and RIS's KW both use this.
std::string without_major_topic_marks(std::string_view term);

// Markup in a title beyond CSL's rich text (<i>, <b>, <sub>, <sup>, its
// spans): Lens's "<sub><strong>2.5</strong></sub>", IEEE's <inf>, a <p>.
// Such a title is read with markup_to_rich_text (jats.hpp), as RIS TI is.
bool has_other_markup(std::string_view s);

// "uj0, 0330500", "0401664, du5", "0372347": an NLM journal ID (seven to nine
// digits), with or without the journal's short code before or after it, as
// Ovid writes it where an ISSN or issue belongs (RIS IS, Ovid's own IS).
bool is_nlm_journal_id(std::string_view v);

// A trial registry's number as a registry's record names it where the
// author belongs (CENTRAL: "NCT04381559", "NCT05155527,", "IRCT20200408046987N1",
// "CTRI/2020/05/025224", "RBR-85vh8fx"): the number without the punctuation
// after it; "" for anything else.
std::string registry_number_of(std::string_view v);

// EndNote marks an organisation's name with a trailing comma ("World Health
// Organization,"), and its exports (XML, tagged, RIS) keep the mark: the name
// without it is a literal.  A name written as a person's ("Fritz, Birgit,",
// "Caradot, N.,", "F. Luck,": a comma inside, or initials beside the family
// name, and no word of an organisation's) is a slip: read as the person and
// said at `offset` ("<label> 'Fritz, Birgit,': ...").  Without a trailing
// comma: parse_ris_name.
Creator endnote_name(std::string_view name, std::string_view label, Diagnostics& diags, std::size_t offset);

// "Birgit Fritz et al.", "Fritz, B. et al" (one author field, EndNote's and
// RIS's hand-made records): the name before the "et al." (any form is_et_al
// reads), which stands for "and others", said at `offset` ("<label> 'Birgit
// Fritz et al.': read as Birgit Fritz and others (et al.)"); `s` itself when
// it does not end so.
std::string_view name_before_et_al(std::string_view s, std::string_view label, Diagnostics& diags, std::size_t offset);

// A ';' list of names as a tagged export writes it in one field (ProQuest's
// "Author: Smith, John; Lee, Kim", NoteExpress's "{Author}: a;b;"): each
// piece read by parse_ris_name into `to`, empty pieces and "et al." left
// out, then anonymous placeholders dropped with a diagnostic naming `label`
// at `offset` (drop_anonymous_creators; `authors`: `to` is the record's
// authors), the first returned ("" when none) for keep_author_placeholder.
std::string add_name_list(std::string_view list, std::string_view label, std::size_t offset, Diagnostics& diags,
                          std::vector<Creator>& to, bool authors);

// A DOI field listing several DOIs, separated by ';', ',' or spaces (Web of
// Science's DI of a PLOS article and its peer-review files: "10.1371/x;
// 10.1371/x.r001"), or a DOI beside another identifier of the work (EPFL's
// "10.5075/epfl-thesis-7156, urn:nbn:ch:..."; a handle; an arXiv id; Web of
// Science's article number, "ARTN 107353", which EndNote's import of WoS
// records writes on the line before the DOI): the first DOI, said at `offset` ("<label> holds N DOIs: the first, <doi>, is
// the work's; ..."), when every piece is a DOI or such an identifier; nothing
// otherwise (a DOI beside words may be another work's).  The reader keeps the
// field in extra.  WoS DI, RIS DO, Ovid DO, table DOI cells and BibTeX doi
// read it so.
std::optional<std::string> first_of_doi_list(std::string_view v, std::string_view label, Diagnostics& diags,
                                             std::size_t offset);
// The DOI of a DOI field: normalize_doi_said, else first_of_doi_list (each
// says what it repaired or chose; `*listed` tells the second, whose field the
// reader keeps in extra as written); nothing when the field holds no DOI,
// which the reader says and keeps in extra.
std::optional<std::string> doi_of_field(std::string_view v, std::string_view label, Diagnostics& diags,
                                        std::size_t offset, bool* listed = nullptr);
// A labelled export's DOI field (Cochrane DOI/DO, Ovid DO/DI, NoteExpress and
// ProQuest DOI), read by doi_of_field into the record's DOI while `*doi_set`
// is false, then set.  False when the reader keeps the field in extra as
// written: a later DOI field, a list of identifiers (its DOI taken), no DOI
// (said: "<label> is not a DOI, kept in extra: ...").
bool take_doi_field(Record& r, bool& doi_set, std::string_view v, std::string_view label, Diagnostics& diags,
                    std::size_t offset);

// The first `count` lines of a text that are not blank, trimmed and
// without a byte-order mark, in turn, while `fn(line)` returns true: what
// the tagged formats' content checks look at.
template <class Fn>
void for_each_first_line(std::string_view text, int count, Fn&& fn) {
  std::size_t pos = 0;
  for (int lines = 0; lines < count && pos < text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(pos, end - pos);
    pos = end + 1;
    if (starts_with(l, "\xEF\xBB\xBF")) l.remove_prefix(3);
    l = trim(l);
    if (l.empty()) continue;
    ++lines;
    if (!fn(l)) return;
  }
}

}  // namespace refnet
