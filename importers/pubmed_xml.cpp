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
// - Fields the Record has no slot for (publication types, vernacular title,
//   copyright, grant ids, other article ids) go to extra under the element's
//   name.
#include <algorithm>
#include <cstring>

#include <pugixml.hpp>

#include "refnet/doi.hpp"
#include "refnet/importer.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// All the text under a node (markup dropped, its text kept), white space
// collapsed.
void append_text(pugi::xml_node n, std::string& out) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    else if (c.type() == pugi::node_element) append_text(c, out);
  }
}

std::string text_of(pugi::xml_node n) {
  if (!n) return {};
  pugi::xml_node only = n.first_child();
  if (only && !only.next_sibling() && only.type() == pugi::node_pcdata) {
    // The common case: one text child with nothing to collapse.
    std::string_view v = only.value();
    std::string_view t = trim(v);
    if (t.size() == v.size() && v.find("  ") == std::string_view::npos && v.find('\n') == std::string_view::npos &&
        v.find('\t') == std::string_view::npos)
      return std::string(v);
  }
  std::string raw;
  append_text(n, raw);
  return collapse_space(raw);
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

void add_keyword(Record& r, std::string k) {
  std::string_view t = trim(k);
  if (t.empty()) return;
  for (const auto& have : r.keywords)
    if (iequals(have, t)) return;
  r.keywords.emplace_back(t);
}

class Builder {
 public:
  Builder(Diagnostics& diags) : diags_(diags) {}

  void article(pugi::xml_node pa, Record& r);
  void book_article(pugi::xml_node pba, Record& r);

 private:
  Diagnostics& diags_;
  bool doi_set_ = false;

  void authors(pugi::xml_node list, std::vector<Creator>& out);
  void abstract(pugi::xml_node abs, Record& r);
  void common(pugi::xml_node base, Record& r);
  void article_ids(pugi::xml_node list, Record& r);
  void references(pugi::xml_node data, Record& r);
  void set_doi(std::string_view v, Record& r, std::size_t offset) {
    if (doi_set_) return;
    if (auto d = normalize_doi(v)) {
      r.doi = std::move(*d);
      doi_set_ = true;
    } else {
      diags_.warning(offset, "PubMed doi is not a DOI, kept in extra: " + std::string(v));
      r.add_extra("doi", std::string(v));
    }
  }
};

void Builder::authors(pugi::xml_node list, std::vector<Creator>& out) {
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
    if (!c.empty()) out.push_back(std::move(c));
  }
}

void Builder::abstract(pugi::xml_node abs, Record& r) {
  if (!abs) return;
  std::string out;
  for (pugi::xml_node t : abs.children("AbstractText")) {
    std::string s = text_of(t);
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

// What MedlineCitation/Article and BookDocument share: language, keywords,
// publication types, ELocationIDs.
void Builder::common(pugi::xml_node base, Record& r) {
  for (pugi::xml_node l : base.children("Language")) {
    std::string v = text_of(l);
    if (r.language.empty()) r.language = v;
    else if (!v.empty()) r.add_extra("Language", v);
  }
  for (pugi::xml_node e : base.children("ELocationID")) {
    std::string_view kind = e.attribute("EIdType").value();
    std::string v = text_of(e);
    if (kind == "doi" && !iequals(e.attribute("ValidYN").value(), "N")) {
      set_doi(v, r, e.offset_debug());
    } else {
      // An electronic article's locator ("e42692") when there are no pages.
      if (kind == "pii" && r.pages.empty() && r.number.empty() && v.size() <= 12 &&
          std::all_of(v.begin(), v.end(), [](char c) { return is_alpha(c) || is_digit(c); }))
        r.number = v;
      r.add_extra("ELocationID", std::string(kind) + " " + v);
    }
  }
  pugi::xml_node ptl = base.child("PublicationTypeList");
  for (pugi::xml_node pt : ptl.children("PublicationType")) {
    std::string v = text_of(pt);
    if (iequals(v, "Preprint") && r.type == "article-journal") r.type = "article";
    r.add_extra("PublicationType", std::move(v));
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

void Builder::references(pugi::xml_node data, Record& r) {
  // <ReferenceList> (sometimes nested one level for titled sub-lists).
  for (pugi::xml_node list : data.children("ReferenceList")) {
    for (pugi::xml_node ref : list.children()) {
      if (std::strcmp(ref.name(), "ReferenceList") == 0) {
        references(list, r);
        continue;
      }
      if (std::strcmp(ref.name(), "Reference") != 0) continue;
      Reference out;
      out.raw = text_of(ref.child("Citation"));
      std::string pmid;
      for (pugi::xml_node id : ref.child("ArticleIdList").children("ArticleId")) {
        std::string_view kind = id.attribute("IdType").value();
        if (kind == "doi" && out.doi.empty()) {
          if (auto d = normalize_doi(text_of(id))) out.doi = std::move(*d);
        } else if (kind == "pubmed" && pmid.empty()) {
          pmid = text_of(id);
        }
      }
      if (out.doi.empty())
        if (auto d = find_doi(out.raw)) out.doi = std::move(*d);
      if (!pmid.empty() && out.raw.find(pmid) == std::string::npos) {
        if (!out.raw.empty()) out.raw += ' ';
        out.raw += "PMID: " + pmid;
      }
      if (!out.raw.empty() || !out.doi.empty()) r.references.push_back(std::move(out));
    }
  }
}

void Builder::article(pugi::xml_node pa, Record& r) {
  pugi::xml_node mc = pa.child("MedlineCitation");
  pugi::xml_node art = mc.child("Article");
  pugi::xml_node journal = art.child("Journal");
  r.pmid = text_of(mc.child("PMID"));
  for (pugi::xml_node issn : journal.children("ISSN")) {
    std::string v = text_of(issn);
    if (!v.empty() && std::find(r.issn.begin(), r.issn.end(), v) == r.issn.end()) r.issn.push_back(v);
  }
  if (std::string l = text_of(mc.child("MedlineJournalInfo").child("ISSNLinking"));
      !l.empty() && std::find(r.issn.begin(), r.issn.end(), l) == r.issn.end())
    r.issn.push_back(l);
  pugi::xml_node ji = journal.child("JournalIssue");
  r.volume = text_of(ji.child("Volume"));
  r.issue = text_of(ji.child("Issue"));
  r.issued = date_of(ji.child("PubDate"));
  pugi::xml_node ad = art.child("ArticleDate");
  if (ad) {
    Date e = date_of(ad);
    if (r.issued.empty()) r.issued = e;
    else r.add_extra("ArticleDate", format_date(e));
  }
  r.container_title = text_of(journal.child("Title"));
  r.container_title_short = text_of(journal.child("ISOAbbreviation"));
  if (r.container_title_short.empty()) r.container_title_short = text_of(mc.child("MedlineJournalInfo").child("MedlineTA"));
  r.title = drop_nlm_period(text_of(art.child("ArticleTitle")));
  std::string vern = drop_nlm_period(text_of(art.child("VernacularTitle")));
  if (r.title.empty()) r.title = vern;
  else if (!vern.empty()) r.add_extra("VernacularTitle", vern);

  pugi::xml_node pg = art.child("Pagination");
  if (std::string m = text_of(pg.child("MedlinePgn")); !m.empty()) {
    r.pages = expand_medline_pages(m);
  } else if (std::string sp = text_of(pg.child("StartPage")); !sp.empty()) {
    std::string ep = text_of(pg.child("EndPage"));
    r.pages = ep.empty() ? sp : sp + "-" + ep;
  }
  abstract(art.child("Abstract"), r);
  authors(art.child("AuthorList"), r.authors);
  // The 2012 DTD's single affiliation is the first author's.
  if (std::string aff = text_of(art.child("Affiliation")); !aff.empty()) {
    if (!r.authors.empty()) r.authors.front().affiliations.push_back(aff);
    else r.add_extra("Affiliation", aff);
  }
  common(art, r);
  for (pugi::xml_node g : art.child("GrantList").children("Grant")) {
    std::string v = text_of(g.child("GrantID")), a = text_of(g.child("Agency"));
    if (!v.empty() || !a.empty()) r.add_extra("Grant", v.empty() ? a : a.empty() ? v : v + " (" + a + ")");
  }
  for (pugi::xml_node mh : mc.child("MeshHeadingList").children("MeshHeading")) {
    std::string k = text_of(mh.child("DescriptorName"));
    for (pugi::xml_node q : mh.children("QualifierName")) k += "/" + text_of(q);
    add_keyword(r, std::move(k));
  }
  for (pugi::xml_node kl : mc.children("KeywordList"))
    for (pugi::xml_node k : kl.children("Keyword")) add_keyword(r, text_of(k));
  if (std::string c = text_of(mc.child("MedlineJournalInfo").child("Country")); !c.empty()) r.add_extra("Country", c);
  pugi::xml_node data = pa.child("PubmedData");
  article_ids(data.child("ArticleIdList"), r);
  references(data, r);
}

void Builder::book_article(pugi::xml_node pba, Record& r) {
  pugi::xml_node doc = pba.child("BookDocument");
  pugi::xml_node book = doc.child("Book");
  r.pmid = text_of(doc.child("PMID"));
  std::string book_title = text_of(book.child("BookTitle"));
  std::string chapter = drop_nlm_period(text_of(doc.child("ArticleTitle")));
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
  for (pugi::xml_node i : book.children("Isbn")) r.isbn.push_back(text_of(i));
  r.volume = text_of(book.child("Volume"));
  // Book authors and editors; a chapter's own authors come first.
  for (pugi::xml_node list : doc.children("AuthorList"))
    authors(list, iequals(list.attribute("Type").value(), "editors") ? r.editors : r.authors);
  for (pugi::xml_node list : book.children("AuthorList"))
    authors(list, iequals(list.attribute("Type").value(), "editors") ? r.editors : r.authors);
  abstract(doc.child("Abstract"), r);
  common(doc, r);
  for (pugi::xml_node kl : doc.children("KeywordList"))
    for (pugi::xml_node k : kl.children("Keyword")) add_keyword(r, text_of(k));
  for (pugi::xml_node id : doc.child("ArticleIdList").children("ArticleId")) {
    std::string_view kind = id.attribute("IdType").value();
    std::string v = text_of(id);
    // The NCBI Bookshelf page of the book.
    if (kind == "bookaccession" && r.url.empty() && !v.empty()) r.url = "https://www.ncbi.nlm.nih.gov/books/" + v + "/";
    r.add_extra("ArticleId", std::string(kind) + " " + v);
  }
  pugi::xml_node data = pba.child("PubmedBookData");
  article_ids(data.child("ArticleIdList"), r);
  references(doc, r);
}

}  // namespace

ParseStats parse_pubmed_xml(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  ParseStats stats;
  pugi::xml_document doc;
  // Whitespace between inline elements ("<i>A</i> <i>B</i>") is text.
  pugi::xml_parse_result res =
      doc.load_buffer(text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  std::size_t good_until = text.size();
  if (!res) {
    good_until = static_cast<std::size_t>(res.offset);
    diags.error(good_until, std::string("PubMed XML is not well-formed: ") + res.description() +
                                "; the rest of the file is not read");
  }
  auto one = [&](pugi::xml_node n, bool book) {
    // pugixml gives the offset of the element's name, past its '<'.
    std::size_t begin = static_cast<std::size_t>(n.offset_debug());
    if (begin > 0 && text[begin - 1] == '<') --begin;
    std::string_view close = book ? "</PubmedBookArticle>" : "</PubmedArticle>";
    std::size_t end = text.find(close, begin);
    end = end == std::string_view::npos ? text.size() : end + close.size();
    if (!res && end > good_until) {
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
    r.provenance.file = diags.file();
    r.provenance.format = "pubmed-xml";
    r.provenance.line = diags.line_of(begin);
    r.provenance.hash = content_hash("pubmed-xml", text.substr(begin, end - begin));
    ++stats.records;
    sink(std::move(r));
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
