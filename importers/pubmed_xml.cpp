// PubMed XML importer: efetch's and PubMed's "Send to: File, XML" output
// (PubmedArticleSet of PubmedArticle and PubmedBookArticle), every DTD since
// 2012, read with pugixml.
//
// The mapping follows the MEDLINE importer's, so a work downloaded from
// PubMed in either format gives the same Record: MeSH headings become
// keywords written as MEDLINE writes them ("Knee Joint/diagnostic imaging",
// without the major-topic mark), MedlinePgn is made whole, the journal's
// ISO abbreviation is container_title_short.
//
// - Structured abstracts keep their labels: "OBJECTIVE: ...", one section a
//   line.
// - Inline markup in titles and abstracts (<i>, <sup>, <b>) is kept as its
//   text.
// - CollectiveName is a corporate author; Identifier Source="ORCID" the
//   author's ORCID; each AffiliationInfo one affiliation (the 2012 DTD's
//   single Article/Affiliation belongs to the first author).
// - ReferenceList entries become references: the citation string, its DOI,
//   and its PMID appended as PubMed prints it ("... PMID: 21874009"), since
//   Reference has no slot for it.
// - A book's series (Book/CollectionTitle) is extra "collection-title", its
//   DOI a Book/ELocationID, a chapter's pages BookDocument/Pagination.
// - Fields the Record has no slot for (publication types, vernacular title,
//   copyright, grant ids, other article ids, a book's Edition, VolumeTitle,
//   Medium, ReportNumber; DateCreated, DateCompleted, DateRevised as
//   "2022-10-12") go to extra under the element's name.
#include <algorithm>
#include <cstring>

#include <pugixml.hpp>

#include "refnet/doi.hpp"
#include "refnet/doi_placeholder.hpp"
#include "refnet/importer.hpp"
#include "refnet/jats.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"
#include "xml_document.hpp"

namespace refnet {

namespace {

// Element names are compared once per child, in one pass over each level:
// child("Name") would scan the children again for every name.
inline bool named(pugi::xml_node n, const char* name) {
  const char* have = n.name();
  return have[0] == name[0] && std::strcmp(have, name) == 0;
}

// The document's text, for elements with markup inside (<i>, <sup>, <b>):
// their source is turned into text by markup_to_text, as Crossref's titles
// are ("10<sup>3</sup>" -> "10³"), which also keeps the spaces between
// inline elements that the parser drops.
thread_local std::string_view g_source;

// `rich`: a title, whose italics, bold and small caps stay CSL rich text.
// `math`, when given, says whether MathML sub/superscripts were written in
// one line (jats.hpp).
std::string text_of(pugi::xml_node n, bool rich = false, bool* math = nullptr) {
  if (!n) return {};
  pugi::xml_node first = n.first_child();
  if (!first) return {};
  if (!first.next_sibling() && first.type() == pugi::node_pcdata) {
    // The common case: one text child.
    std::string_view v = first.value();
    std::string_view t = trim(v);
    if (t.size() == v.size() && v.find("  ") == std::string_view::npos && v.find('\n') == std::string_view::npos &&
        v.find('\t') == std::string_view::npos)
      return std::string(v);
    return collapse_space(v);
  }
  // Mixed content: from the end of the start tag to the end tag.
  // Its start tag ends at the '>' outside its quoted attributes (audit8).
  std::size_t open = static_cast<std::size_t>(n.offset_debug());
  if (open < g_source.size() && g_source[open] == '<') ++open;
  std::size_t begin = markup_tag_end(g_source, open);
  pugi::xml_node last = n.last_child();
  std::size_t from = static_cast<std::size_t>(last.offset_debug());
  std::string close = std::string("</") + n.name();
  std::size_t end = g_source.find(close, from);
  if (begin == std::string_view::npos || end == std::string_view::npos || end < begin) {
    std::string raw;
    for (pugi::xml_node c = first; c; c = c.next_sibling()) raw += c.text().get();
    return collapse_space(raw);
  }
  std::string_view markup = g_source.substr(begin + 1, end - begin - 1);
  bool simplified = false;
  std::string out = rich ? markup_to_rich_text(markup, simplified) : markup_to_text(markup, simplified);
  if (math) *math = simplified;
  return out;
}

int month_of(std::string_view m) {
  m = trim(m);
  if (m.empty()) return 0;
  if (is_digit(m[0])) {
    int v = 0;
    for (char c : m)
      if (is_digit(c)) v = v * 10 + (c - '0');
    return v >= 1 && v <= 12 ? v : 0;
  }
  return parse_medline_date("2000 " + std::string(m)).month;
}

// <PubDate>/<ArticleDate>/<Book><PubDate>: Year, Month, Day, or Season, or
// MedlineDate ("1998 Dec-1999 Jan").
Date date_of(pugi::xml_node d) {
  Date out;
  if (!d) return out;
  if (pugi::xml_node md = d.child("MedlineDate")) return parse_medline_date(text_of(md));
  std::string y = text_of(d.child("Year"));
  if (y.size() == 4 && std::all_of(y.begin(), y.end(), [](char c) { return is_digit(c); })) out.year = std::stoi(y);
  out.month = month_of(text_of(d.child("Month")));
  std::string day = text_of(d.child("Day"));
  if (out.month && !day.empty() && day.size() <= 2 && std::all_of(day.begin(), day.end(), [](char c) { return is_digit(c); })) {
    int v = std::stoi(day);
    if (v >= 1 && v <= 31) out.day = v;
  }
  std::string season = text_of(d.child("Season"));
  if (!season.empty()) out.text = season;
  return out;
}

class Builder {
 public:
  Builder(Diagnostics& diags) : diags_(diags) {}

  void article(pugi::xml_node pa, Record& r);
  void book_article(pugi::xml_node pba, Record& r);

 private:
  Diagnostics& diags_;
  bool doi_set_ = false;

  void authors(pugi::xml_node list, Record& r, std::vector<Creator>& out);
  void abstract(pugi::xml_node abs, Record& r);
  void common(pugi::xml_node base, Record& r);
  void article_ids(pugi::xml_node list, Record& r);
  void references(pugi::xml_node list, Record& r);
  void journal(pugi::xml_node journal, Record& r);
  // text_of, saying when MathML sub/superscripts in `what` (the abstract, the
  // title) were written in one line.
  std::string text_said(pugi::xml_node n, bool rich, std::string_view what) {
    bool math = false;
    std::string s = text_of(n, rich, &math);
    if (math)
      diags_.warning(static_cast<std::size_t>(n.offset_debug()), math_simplified_warning(what));
    return s;
  }
  void set_doi(std::string_view v, Record& r, std::size_t offset) {
    if (doi_set_) return;
    if (auto d = normalize_doi_said(v, "doi", diags_, offset)) {
      r.doi = std::move(*d);
      doi_set_ = true;
    } else {
      diags_.warning(offset, "PubMed doi is not a DOI, kept in extra: " + std::string(v) + placeholder_doi_note(v));
      r.add_extra("doi", std::string(v));
    }
  }
};

// A KeywordList's keyword (the authors', under Owner="NOTNLM"; no MeSH):
// kept as such too, so that a map tells it from MeSH's check tags
// (own_keywords in network_build.cpp).
void add_own_keyword(Record& r, std::string k) {
  r.add_keyword(k);
  if (!trim(k).empty()) r.add_extra("Keyword", std::string(trim(k)));
}

void Builder::authors(pugi::xml_node list, Record& r, std::vector<Creator>& out) {
  std::string placeholder;  // an unsigned work's "Anonymous" (dropped from the authors)
  for (pugi::xml_node a : list.children("Author")) {
    Creator c;
    if (pugi::xml_node cn = a.child("CollectiveName")) {
      c.literal = text_of(cn);
    } else {
      c.family = text_of(a.child("LastName"));
      c.given = text_of(a.child("ForeName"));
      if (c.given.empty()) c.given = text_of(a.child("Initials"));
      c.suffix = text_of(a.child("Suffix"));
    }
    for (pugi::xml_node id : a.children("Identifier"))
      if (iequals(id.attribute("Source").value(), "ORCID") && c.orcid.empty()) {
        std::string v = text_of(id);
        std::string_view s = trim(v);
        if (istarts_with(s, "ORCID:")) s = trim(s.substr(6));
        c.orcid = clean_orcid(s);
      }
    for (pugi::xml_node ai : a.children("AffiliationInfo")) {
      std::string aff = text_of(ai.child("Affiliation"));
      if (!aff.empty()) c.affiliations.push_back(std::move(aff));
    }
    if (std::string aff = text_of(a.child("Affiliation")); !aff.empty()) c.affiliations.push_back(std::move(aff));
    if (!c.empty() && !said_anonymous(c, "PubMed Author", diags_, static_cast<std::size_t>(a.offset_debug()),
                                      &out == &r.authors ? &placeholder : nullptr))
      out.push_back(std::move(c));
  }
  keep_author_placeholder(r, std::move(placeholder));
}

void Builder::abstract(pugi::xml_node abs, Record& r) {
  if (!abs) return;
  std::string out;
  for (pugi::xml_node t : abs.children("AbstractText")) {
    std::string s = text_said(t, false, "abstract");
    if (s.empty()) continue;
    if (!out.empty()) out += '\n';
    std::string_view label = t.attribute("Label").value();
    if (!label.empty()) {
      out.append(label);
      out += ": ";
    }
    out += s;
  }
  r.abstract = std::move(out);
  if (std::string c = text_of(abs.child("CopyrightInformation")); !c.empty()) r.add_extra("CopyrightInformation", c);
}

// What MedlineCitation/Article and BookDocument (and, for ELocationID, Book)
// share, one child at a time: language, ELocationIDs, publication types (in
// a list in Article, each alone in BookDocument), pagination, grants.
void Builder::common(pugi::xml_node c, Record& r) {
  if (named(c, "Pagination")) {
    if (std::string mp = text_of(c.child("MedlinePgn")); !mp.empty()) {
      r.pages = expand_page_range(mp);
    } else if (std::string sp = text_of(c.child("StartPage")); !sp.empty()) {
      std::string ep = text_of(c.child("EndPage"));
      r.pages = ep.empty() ? sp : sp + "-" + ep;
    }
  } else if (named(c, "GrantList")) {
    for (pugi::xml_node g : c.children("Grant")) {
      std::string v = text_of(g.child("GrantID")), a = text_of(g.child("Agency"));
      if (!v.empty() || !a.empty()) r.add_extra("Grant", v.empty() ? a : a.empty() ? v : v + " (" + a + ")");
    }
  } else if (named(c, "PublicationType")) {
    r.add_extra("PublicationType", text_of(c));
  } else if (named(c, "Language")) {
    std::string v = text_of(c);
    if (r.language.empty()) r.language = v;
    else if (!v.empty()) r.add_extra("Language", v);
  } else if (named(c, "ELocationID")) {
    std::string_view kind = c.attribute("EIdType").value();
    std::string v = text_of(c);
    if (kind == "doi" && !iequals(c.attribute("ValidYN").value(), "N")) {
      set_doi(v, r, c.offset_debug());
    } else {
      // An electronic article's locator ("e42692") when there are no pages.
      if (kind == "pii" && r.pages.empty() && r.number.empty() && v.size() <= 12 &&
          std::all_of(v.begin(), v.end(), [](char ch) { return is_alpha(ch) || is_digit(ch); }))
        r.number = v;
      r.add_extra("ELocationID", std::string(kind) + " " + v);
    }
  } else if (named(c, "PublicationTypeList")) {
    for (pugi::xml_node pt : c.children("PublicationType")) {
      std::string v = text_of(pt);
      if (iequals(v, "Preprint") && r.type == "article-journal") r.type = "article";
      r.add_extra("PublicationType", std::move(v));
    }
  }
}

void Builder::article_ids(pugi::xml_node list, Record& r) {
  for (pugi::xml_node id : list.children("ArticleId")) {
    std::string_view kind = id.attribute("IdType").value();
    std::string v = text_of(id);
    if (v.empty()) continue;
    if (kind == "doi") {
      if (!doi_set_) set_doi(v, r, id.offset_debug());
    } else if (kind == "pmc") {
      if (r.pmcid.empty()) r.pmcid = v;
    } else if (kind == "pubmed") {
      if (r.pmid.empty()) r.pmid = v;
    } else {
      r.add_extra("ArticleId", std::string(kind) + " " + v);
    }
  }
}

// A <ReferenceList> (sometimes nested one level for titled sub-lists).
void Builder::references(pugi::xml_node list, Record& r) {
  // Reserved at once: a growing vector moves every Reference (nine strings)
  // again at each doubling.
  std::size_t n = 0;
  for (pugi::xml_node ref = list.first_child(); ref; ref = ref.next_sibling()) n += named(ref, "Reference");
  r.references.reserve(r.references.size() + n);
  for (pugi::xml_node ref : list.children()) {
    if (named(ref, "ReferenceList")) {
      references(ref, r);
      continue;
    }
    if (!named(ref, "Reference")) continue;
    Reference out;
    std::string pmid;
    std::size_t citation_at = static_cast<std::size_t>(ref.offset_debug());
    for (pugi::xml_node c : ref.children()) {
      if (named(c, "Citation")) {
        out.raw = text_of(c);
        citation_at = static_cast<std::size_t>(c.offset_debug());
      } else if (named(c, "ArticleIdList")) {
        for (pugi::xml_node id : c.children()) {
          std::string_view kind = id.attribute("IdType").value();
          if (kind == "doi" && out.doi.empty()) {
            // The DOI's text as it is in the document when it is one text
            // node (normalize_doi trims it): no copy.
            pugi::xml_node t = id.first_child();
            const bool one_text = t && !t.next_sibling() && t.type() == pugi::node_pcdata;
            const std::size_t at = static_cast<std::size_t>(id.offset_debug());
            std::optional<std::string> d = one_text ? normalize_doi_said(t.value(), "reference doi", diags_, at)
                                                    : normalize_doi_said(text_of(id), "reference doi", diags_, at);
            if (d)
              out.doi = std::move(*d);
            else
              diags_.warning(at, "reference doi is not a DOI, dropped: " +
                                     (one_text ? std::string(t.value()) : text_of(id)));
          } else if (kind == "pubmed" && pmid.empty()) {
            pmid = text_of(id);
          }
        }
      }
    }
    if (out.doi.empty())
      if (auto d = find_doi_said(out.raw, "reference Citation", diags_, citation_at)) out.doi = std::move(*d);
    if (!pmid.empty() && out.raw.find(pmid) == std::string::npos) {
      // As PubMed prints it: "Radiology. 2015 Jan;274(1):250-9. PMID: 25144646".
      if (!out.raw.empty()) out.raw += out.raw.back() == '.' ? " " : ". ";
      out.raw += "PMID: " + pmid;
    }
    if (!out.raw.empty() || !out.doi.empty()) r.references.push_back(std::move(out));
  }
}

void Builder::journal(pugi::xml_node journal, Record& r) {
  for (pugi::xml_node c : journal.children()) {
    if (named(c, "ISSN")) {
      std::string v = text_of(c);
      if (!v.empty() && std::find(r.issn.begin(), r.issn.end(), v) == r.issn.end()) r.issn.push_back(v);
    } else if (named(c, "JournalIssue")) {
      for (pugi::xml_node i : c.children()) {
        if (named(i, "Volume")) r.volume = text_of(i);
        else if (named(i, "Issue")) r.issue = text_of(i);
        else if (named(i, "PubDate")) r.issued = date_of(i);
      }
    } else if (named(c, "Title")) {
      r.container_title = text_of(c);
    } else if (named(c, "ISOAbbreviation")) {
      r.container_title_short = text_of(c);
    }
  }
}

void Builder::article(pugi::xml_node pa, Record& r) {
  pugi::xml_node mc = pa.first_child(), data;
  for (pugi::xml_node c : pa.children()) {
    if (named(c, "MedlineCitation")) mc = c;
    else if (named(c, "PubmedData")) data = c;
  }
  std::string vern, affiliation;
  for (pugi::xml_node m : mc.children()) {
    if (named(m, "PMID")) {
      r.pmid = text_of(m);
    } else if (named(m, "Article")) {
      for (pugi::xml_node c : m.children()) {
        if (named(c, "Journal")) {
          journal(c, r);
        } else if (named(c, "ArticleTitle")) {
          r.title = drop_nlm_period(text_said(c, true, "title"));
        } else if (named(c, "VernacularTitle")) {
          vern = drop_nlm_period(text_of(c, true));
        } else if (named(c, "Abstract")) {
          abstract(c, r);
        } else if (named(c, "AuthorList")) {
          authors(c, r, r.authors);
        } else if (named(c, "Affiliation")) {
          affiliation = text_of(c);
        } else if (named(c, "ArticleDate")) {
          Date e = date_of(c);
          if (r.issued.empty()) r.issued = e;
          else r.add_extra("ArticleDate", format_date(e));
        } else {
          common(c, r);
        }
      }
    } else if (named(m, "MedlineJournalInfo")) {
      for (pugi::xml_node c : m.children()) {
        if (named(c, "ISSNLinking")) {
          std::string l = text_of(c);
          if (!l.empty() && std::find(r.issn.begin(), r.issn.end(), l) == r.issn.end()) r.issn.push_back(l);
        } else if (named(c, "MedlineTA")) {
          if (r.container_title_short.empty()) r.container_title_short = text_of(c);
        } else if (named(c, "Country")) {
          if (std::string v = text_of(c); !v.empty()) r.add_extra("Country", v);
        }
      }
    } else if (named(m, "MeshHeadingList")) {
      for (pugi::xml_node mh : m.children()) {
        std::string k;
        for (pugi::xml_node c : mh.children()) {
          if (named(c, "DescriptorName")) k.insert(0, text_of(c));
          else if (named(c, "QualifierName")) k += "/" + text_of(c);
        }
        r.add_keyword(k);
      }
    } else if (named(m, "KeywordList")) {
      for (pugi::xml_node k : m.children("Keyword")) add_own_keyword(r, text_of(k));
    } else if (named(m, "DateRevised") || named(m, "DateCompleted") || named(m, "DateCreated")) {
      // As of when PubMed wrote the record: a re-export's date (export_date in merge.hpp).
      if (std::string d = format_date(date_of(m)); !d.empty()) r.add_extra(m.name(), d);
    }
  }
  if (r.title.empty()) r.title = vern;
  else if (!vern.empty()) r.add_extra("VernacularTitle", vern);
  // The 2012 DTD's single affiliation is the first author's.
  if (!affiliation.empty()) {
    if (!r.authors.empty()) r.authors.front().affiliations.push_back(affiliation);
    else r.add_extra("Affiliation", affiliation);
  }
  for (pugi::xml_node c : data.children()) {
    if (named(c, "ArticleIdList")) article_ids(c, r);
    else if (named(c, "ReferenceList")) references(c, r);
  }
}

void Builder::book_article(pugi::xml_node pba, Record& r) {
  pugi::xml_node doc = pba.child("BookDocument");
  pugi::xml_node book = doc.child("Book");
  r.pmid = text_of(doc.child("PMID"));
  std::string book_title = text_of(book.child("BookTitle"), true);
  std::string chapter = drop_nlm_period(text_of(doc.child("ArticleTitle"), true));
  if (chapter.empty()) {
    r.type = "book";
    r.title = book_title;
  } else {
    r.type = "chapter";
    r.title = chapter;
    r.container_title = book_title;
  }
  r.publisher = text_of(book.child("Publisher").child("PublisherName"));
  r.publisher_place = text_of(book.child("Publisher").child("PublisherLocation"));
  r.issued = date_of(book.child("PubDate"));
  for (pugi::xml_node c : book.children()) {
    if (named(c, "Isbn")) r.isbn.push_back(text_of(c));
    else if (named(c, "Volume")) r.volume = text_of(c);
    // Its DOI; another locator (a pii) is no article number for a book.
    else if (named(c, "ELocationID") && iequals(c.attribute("EIdType").value(), "doi")) common(c, r);
    else if (named(c, "ELocationID")) r.add_extra("ELocationID", std::string(c.attribute("EIdType").value()) + " " + text_of(c));
    // The series: extra "collection-title", as EndNote's and CSL-JSON's.
    else if (named(c, "CollectionTitle")) r.add_extra("collection-title", text_of(c, true));
    else if (named(c, "VolumeTitle") || named(c, "Edition") || named(c, "Medium") || named(c, "ReportNumber"))
      r.add_extra(c.name(), text_of(c));
  }
  // Book authors and editors; a chapter's own authors come first.
  for (pugi::xml_node list : doc.children("AuthorList"))
    authors(list, r, iequals(list.attribute("Type").value(), "editors") ? r.editors : r.authors);
  for (pugi::xml_node list : book.children("AuthorList"))
    authors(list, r, iequals(list.attribute("Type").value(), "editors") ? r.editors : r.authors);
  abstract(doc.child("Abstract"), r);
  for (pugi::xml_node c : doc.children()) {
    if (named(c, "VernacularTitle")) r.add_extra("VernacularTitle", drop_nlm_period(text_of(c, true)));
    else common(c, r);
  }
  for (pugi::xml_node kl : doc.children("KeywordList"))
    for (pugi::xml_node k : kl.children("Keyword")) add_own_keyword(r, text_of(k));
  for (pugi::xml_node id : doc.child("ArticleIdList").children("ArticleId")) {
    std::string_view kind = id.attribute("IdType").value();
    std::string v = text_of(id);
    // The NCBI Bookshelf page of the book.
    if (kind == "bookaccession" && r.url.empty() && !v.empty()) r.url = "https://www.ncbi.nlm.nih.gov/books/" + v + "/";
    r.add_extra("ArticleId", std::string(kind) + " " + v);
  }
  pugi::xml_node data = pba.child("PubmedBookData");
  article_ids(data.child("ArticleIdList"), r);
  for (pugi::xml_node c : doc.children("ReferenceList")) references(c, r);
}

}  // namespace

ParseStats parse_pubmed_xml(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  ParseStats stats;
  XmlDocument xml;
  load_xml_document(xml, text, "PubMed XML", diags);
  const pugi::xml_document& doc = xml.doc;
  g_source = text;
  PositionCounter positions(text);
  auto one = [&](pugi::xml_node n, bool book) {
    const XmlSpan span = xml_element_span(n, text, xml);
    const std::size_t begin = span.begin;
    if (span.cut_short) {
      // Cut short by the error: nothing half-parsed goes on.
      diags.error(begin, std::string(book ? "PubmedBookArticle" : "PubmedArticle") +
                             " cut short by the XML error; skipped");
      ++stats.rejected;
      return;
    }
    Record r;
    Builder b(diags);
    if (book) b.book_article(n, r);
    else b.article(n, r);
    if (r.title.empty() && r.authors.empty() && r.doi.empty() && r.pmid.empty()) {
      diags.error(begin, std::string(n.name()) + " has no title, no author, no DOI and no PMID; skipped");
      ++stats.rejected;
      return;
    }
    deliver_record_at(std::move(r), "pubmed-xml", span.of(text), positions.at(begin), diags, stats, sink);
  };
  auto walk = [&](pugi::xml_node parent) {
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (n.type() != pugi::node_element) continue;
      if (std::strcmp(n.name(), "PubmedArticle") == 0) one(n, false);
      else if (std::strcmp(n.name(), "PubmedBookArticle") == 0) one(n, true);
      else if (std::strcmp(n.name(), "DeleteCitation") == 0) {
        diags.warning(static_cast<std::size_t>(n.offset_debug()), "PubMed DeleteCitation ignored (it names deleted PMIDs)");
      }
    }
  };
  walk(doc);
  for (pugi::xml_node set : doc.children("PubmedArticleSet")) walk(set);
  for (pugi::xml_node set : doc.children("PubmedBookArticleSet")) walk(set);
  return stats;
}

}  // namespace refnet
