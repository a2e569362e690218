// Systematic reviews: source labels, PRISMA numbers, database overlap,
// near-duplicate review and screening decisions (see review.hpp).
#include "refnet/review.hpp"
#include "refnet/url_host.hpp"
#include "refnet/wos_ut.hpp"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "refnet/csv.hpp"
#include "refnet/merge_basis.hpp"
#include "refnet/store.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// `what` in `folded` at the start of a word: "Ovid MEDLINE", "www.scopus.com",
// "EBSCOhost"; not inside one ("Provider%3A" holds no Ovid, "Microscopus" no
// Scopus).
bool contains(const std::string& folded, std::string_view what) {
  for (std::size_t at = folded.find(what); at != std::string::npos; at = folded.find(what, at + 1))
    if (at == 0 || !is_alpha(folded[at - 1])) return true;
  return false;
}

}  // namespace

std::string database_named(std::string_view text) {
  std::string t = ascii_lower(text);
  if (contains(t, "scopus")) return "Scopus";
  if (contains(t, "web of science") || contains(t, "web of knowledge") || contains(t, "clarivate") || t == "wos" ||
      t == "isi")  // bibliometrix's DB for a WoS record
    return "Web of Science";
  if (contains(t, "embase")) return "Embase";
  if (contains(t, "psycinfo") || contains(t, "psyc info") || contains(t, "apa psycnet")) return "PsycINFO";
  if (contains(t, "pubmed") || contains(t, "medline") || t == "nlm") return "PubMed";
  if (contains(t, "cinahl")) return "CINAHL";
  if (contains(t, "ebsco")) return "EBSCO";
  if (contains(t, "ovid")) return "Ovid";
  if (contains(t, "lens.org") || t == "lens") return "Lens";
  if (contains(t, "crossref")) return "Crossref";
  if (contains(t, "cochrane")) return "Cochrane Library";
  return {};
}

namespace {

// EBSCOhost's RIS names a database by its short code in DB ("i3h") beside
// DP "EBSCOhost": the database each well-known code stands for (EBSCO's
// own codes, as its search URLs and exports carry them).
std::string ebsco_database(std::string_view code) {
  static const std::pair<std::string_view, std::string_view> kCodes[] = {
      {"a9h", "Academic Search Complete"},
      {"aph", "Academic Search Premier"},
      // bth is Business Source Complete, buh Business Source Premier (EBSCO
      // Research's CSV: longDBName "Business Source Complete" beside
      // shortDBName "bth"; libraries' holdings links, db=bth).
      {"bth", "Business Source Complete"},
      {"buh", "Business Source Premier"},
      {"c8h", "CINAHL"},
      {"ccm", "CINAHL"},
      {"cin20", "CINAHL"},
      {"cmedm", "MEDLINE"},
      {"ecn", "EconLit"},
      {"egh", "Environment Index"},
      {"eric", "ERIC"},
      // Fuente Académica Plus: Latin American and Spanish journals (buhos's
      // EBSCO_wrong_2.bib; libraries' links to Revista Cubana de Ciencias
      // Informáticas, Dictamen Libre with db=fap).
      {"fap", "Fuente Académica Plus"},
      {"hch", "Health Source: Nursing/Academic Edition"},
      {"i3h", "Criminal Justice Abstracts"},
      {"lxh", "Library, Information Science & Technology Abstracts"},
      {"mdc", "MEDLINE"},
      {"mnh", "MEDLINE"},
      {"pdh", "PsycARTICLES"},
      {"psyh", "PsycINFO"},
      // PsycBOOKS: APA's books and chapters, a 1942 chapter under its APA
      // accession number 2007-02245-005 (buhos's ebscohost_wrong_1.bib).
      {"pzh", "PsycBOOKS"},
      {"rzh", "CINAHL"},
      {"sih", "SocINDEX"},
      {"sph", "SPORTDiscus"},
  };
  std::string c = ascii_lower(code);
  for (const auto& [k, name] : kCodes)
    if (c == k) {
      // MEDLINE searched on EBSCOhost is no PubMed search: PRISMA names the
      // database and the platform.
      if (name == "MEDLINE") return "MEDLINE (EBSCO)";
      std::string db = database_named(name);
      return db.empty() ? std::string(name) : db;
    }
  return {};
}

}  // namespace

OvidLink ovid_link(std::string_view url) {
  OvidLink link;
  url = trim(url);
  std::size_t q = url.find("ovidweb.cgi?");
  if (q == std::string_view::npos || url.find("ovid.com/") == std::string_view::npos) return link;
  for_each_list_item(url.substr(q + 12), "&", [&](std::string_view p) {
    if (starts_with(p, "D=")) link.db = p.substr(2);
    else if (starts_with(p, "AN=")) link.id = p.substr(3);
  });
  return link;
}

std::string ovid_database(std::string_view code) {
  // Ovid's codes as its links and its database guide write them; a
  // database split by years has a number after its code ("med16",
  // "psyc4", "prem1", "emed21"): the same database.
  static const std::pair<std::string_view, std::string_view> kCodes[] = {
      {"med", "MEDLINE (Ovid)"}, {"medp", "MEDLINE (Ovid)"}, {"medc", "MEDLINE (Ovid)"},
      {"medl", "MEDLINE (Ovid)"}, {"medall", "MEDLINE (Ovid)"}, {"mesx", "MEDLINE (Ovid)"},
      {"mesz", "MEDLINE (Ovid)"}, {"prem", "MEDLINE (Ovid)"}, {"pmnm", "MEDLINE (Ovid)"},
      {"psyc", "PsycINFO"}, {"psyh", "PsycINFO"},
      {"emed", "Embase"}, {"emez", "Embase"}, {"emex", "Embase"}, {"emba", "Embase"}, {"oemezd", "Embase"},
      {"cctr", "CENTRAL (Ovid)"}, {"coch", "Cochrane Database of Systematic Reviews (Ovid)"},
      {"dare", "DARE (Ovid)"}, {"clhta", "HTA Database (Ovid)"}, {"cleed", "NHS EED (Ovid)"},
      {"amed", "AMED"}, {"hmic", "HMIC"}, {"eric", "ERIC"}, {"econ", "EconLit"},
  };
  std::string c = ascii_lower(trim(code));
  while (!c.empty() && c.back() >= '0' && c.back() <= '9') c.pop_back();
  for (const auto& [k, name] : kCodes)
    if (c == k) return std::string(name);
  return {};
}

namespace {

// The database code of the record's Ovid link (RIS L2 or UR), "" without one.
std::string_view ovid_code(const Record& r) {
  if (std::string_view db = ovid_link(r.url).db; !db.empty()) return db;
  for (const ExtraField& f : r.extra)
    if ((f.name == "L2" || f.name == "UR") && f.format.empty())
      if (std::string_view db = ovid_link(f.value).db; !db.empty()) return db;
  return {};
}

// ScienceDirect's page of an article: "https://www.sciencedirect.com/science/article/pii/S2214714425010487".
bool sciencedirect_page(std::string_view url) {
  std::string_view host = url_host(url);
  return (host == "www.sciencedirect.com" || host == "sciencedirect.com") &&
         url.find("/science/article/pii/") != std::string_view::npos;
}

// ScienceDirect's BibTeX key: the first author's family name in capitals,
// the year, then the article number or first page if any ("GAN2025107976",
// "HUANG2024e35190", "CORNELIUS2025").
bool sciencedirect_key(const Record& r) {
  const std::string& k = r.citekey;
  std::size_t i = 0;
  while (i < k.size() && k[i] >= 'A' && k[i] <= 'Z') ++i;
  if (i < 2 || i + 4 > k.size() || !std::all_of(k.begin() + i, k.begin() + i + 4, [](char c) { return is_digit(c); }))
    return false;
  if (r.issued.year && std::to_string(r.issued.year) != k.substr(i, 4)) return false;
  return std::all_of(k.begin() + i + 4, k.end(), [](char c) { return is_digit(c) || is_alpha(c); });
}

// EBSCOhost's BibTeX key: the record's accession number (AN= of its
// permalink) and the date, "1994-36986-00119930101", "13362467620181001".
bool ebsco_key(const Record& r) {
  std::size_t an = r.url.find("AN=");
  if (an == std::string::npos) return false;
  std::string_view number = std::string_view(r.url).substr(an + 3);
  number = number.substr(0, number.find('&'));
  // "AN=173709879|&amp;lang=es": a '|' EBSCOhost left after the number.
  while (!number.empty() && number.back() == '|') number.remove_suffix(1);
  return !number.empty() && starts_with(r.citekey, number);
}

// A short code: one word of at most 6 lower-case letters and digits.
bool looks_like_code(std::string_view v) {
  if (v.empty() || v.size() > 6) return false;
  for (char ch : v)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))) return false;
  return true;
}

}  // namespace

bool google_scholar_hit(const Record& r) {
  // Publish or Perish: the citing works' address names the engine searched;
  // a row cited by nobody has none, but its rank among the hits.
  // Publish or Perish's BibTeX: the engine its reader knew by the layout
  // ('@database'), links or none.
  const std::string_view rank = trim(r.get_extra("GSRank"));
  return r.get_extra("CitesURL").find("scholar.google.") != std::string::npos ||
         (r.provenance.format == "table" && !rank.empty() && all_digits(rank)) ||
         trim(r.get_extra("@database")) == "Google Scholar";
}

namespace {

// The Cochrane Library's accession numbers: CENTRAL's "CN-" and eight
// digits, a Cochrane review's "CD" and six.
bool cochrane_accession(std::string_view an) {
  an = trim(an);
  std::size_t digits = 0;
  if (starts_with(an, "CN-")) digits = 8, an.remove_prefix(3);
  else if (starts_with(an, "CD")) digits = 6, an.remove_prefix(2);
  return digits && an.size() == digits && all_digits(an);
}

// SciELO's article ID in its CSV: 'S', the journal's ISSN, 13 digits (year,
// issue, order), '-' and the collection's code: "S2550-65872023000100132-ecu".
bool scielo_pid_id(std::string_view id) {
  id = trim(id);
  if (id.size() != 27 || id[0] != 'S' || id[5] != '-' || id[23] != '-') return false;
  for (std::size_t i = 1; i < 23; ++i)
    if (i != 5 && !is_digit(id[i]) && !(i == 9 && id[i] == 'X')) return false;
  for (std::size_t i = 24; i < 27; ++i)
    if (id[i] < 'a' || id[i] > 'z') return false;
  return true;
}

}  // namespace

std::string database_of(const Record& r) {
  const std::string& f = r.provenance.format;
  if (f == "wos") return "Web of Science";
  if (f == "scopus-csv" || f == "scopus-txt") return "Scopus";
  if (f == "sciencedirect-txt") return "ScienceDirect";
  if (f == "lens") return "Lens";
  if (f == "dimensions") return "Dimensions";
  if (f == "ieee-csv") return "IEEE Xplore";
  if (f == "springer-csv") return "SpringerLink";
  if (f == "pubmed-csv") return "PubMed";
  if (f == "medline" || f == "pubmed-xml") return "PubMed";
  if (f == "crossref") return "Crossref";
  if (f == "europepmc") return "Europe PMC";
  if (f == "cochrane") return "Cochrane Library";
  if (f == "cnki-estudy") return "CNKI";
  if (f == "openalex") return "OpenAlex";
  // ProQuest names its database in each record ("ProQuest Dissertations &
  // Theses Global", "ProQuest Central; Sociological Abstracts"); NoteExpress
  // its provider ("CNKI").
  if (f == "proquest" || f == "noteexpress") {
    std::string_view db = trim(r.get_extra(f == "proquest" ? "Database" : "Database Provider"));
    if (!db.empty() && db.size() <= 80) return collapse_space(db);
    return f == "proquest" ? "ProQuest" : "NoteExpress";
  }
  if (f == "table") {
    // A table names its database in its own columns, kept in extra by the
    // table reader (Rayyan, Covidence, Zotero... are tools: their tables
    // fall through to the file's name).
    for (const char* embase : {"Embase Accession ID", "Embase Link", "Emtree Medical Index Terms"})
      if (!r.get_extra(embase).empty()) return "Embase";
    if (std::string db = database_named(r.get_extra("Database Name")); !db.empty()) return db;  // Cochrane CENTRAL
    if (!r.get_extra("Lens ID").empty()) return "Lens";
    // The Virtual Health Library's (BVS) CSV: each row's database in
    // Database ("MEDLINE", "LILACS"), beside BVS's own columns.  Its MEDLINE
    // is no PubMed search: the database and the platform.
    if (std::string_view db = trim(r.get_extra("Database"));
        !db.empty() && db.size() <= 60 &&
        (!r.get_extra("Descriptor(s)").empty() || !r.get_extra("Publication Country").empty() ||
         !r.get_extra("Entry Date").empty())) {
      std::string name = database_named(db);
      if (name == "PubMed") return "MEDLINE (BVS)";
      return name.empty() ? collapse_space(db) : name;
    }
    // SciELO's CSV: its ID the article's SciELO PID and its collection
    // ("S2550-65872023000100132-ecu").
    if (scielo_pid_id(r.get_extra("ID"))) return "SciELO";
    // EBSCO Research's CSV (research.ebsco.com): each row's database in
    // longDBName ("Academic Search Complete", "Complementary Index") and its
    // code in shortDBName ("a9h", "edb"); its plink carries no db= code.
    if (std::string_view code = trim(r.get_extra("shortDBName")), name = trim(r.get_extra("longDBName"));
        !code.empty() || !name.empty()) {
      if (std::string db = code.empty() ? "" : ebsco_database(code); !db.empty()) return db;
      if (std::string db = database_named(name); !db.empty()) return db == "PubMed" ? "MEDLINE (EBSCO)" : db;
      if (!name.empty() && name.size() <= 80) return collapse_space(name);
      return code.empty() ? "EBSCO" : "EBSCO (" + std::string(code) + ")";
    }
    // Europe PMC's CSV export: its SOURCE (MED, PMC, PPR...) and IN_EPMC columns.
    if (!r.get_extra("IN_EPMC").empty() && !r.get_extra("SOURCE").empty()) return "Europe PMC";
    // Web of Science's citation report: its citations counted a year a column.
    if (!r.get_extra("Average per Year").empty() && !r.get_extra("Total Citations").empty()) return "Web of Science";
    // OpenAlex's web CSV: its dotted layout's "id", its readable layout's "ID" (Title, Author, ..., ID).
    if (starts_with(r.get_extra("id"), "https://openalex.org/") || starts_with(r.get_extra("ID"), "https://openalex.org/W"))
      return "OpenAlex";
    // Publish or Perish: a Google Scholar hit (google_scholar_hit: its rank, or the citing works' address).
    if (google_scholar_hit(r)) return "Google Scholar";
  }
  // EBSCOhost's permalink names the database: "...ebscohost.com/login.aspx?direct=true&db=aph&AN=...", in
  // its tables and in its BibTeX, which names it nowhere else; there only
  // under EBSCOhost's own key, the accession number and the date
  // ("1994-36986-00119930101"): a library's entry with such a link was found
  // anywhere.
  // (The BibTeX reader marks EBSCO's entries "@database" EBSCO by their key
  // as the file wrote it: the library replaces a key that is a number alone,
  // "13362467620181001", before the record is labelled.)
  if (f == "table" || (f == "bibtex" && (ebsco_key(r) || trim(r.get_extra("@database")) == "EBSCO")))
    if (std::size_t at = r.url.find("ebscohost.com/"); at != std::string::npos) {
      std::size_t db = r.url.find("db=", at);
      std::string code = db == std::string::npos ? "" : r.url.substr(db + 3, r.url.find('&', db) - db - 3);
      std::string name = code.empty() ? "" : ebsco_database(code);
      return !name.empty() ? name : code.empty() ? "EBSCO" : "EBSCO (" + code + ")";
    }
  // ScienceDirect's BibTeX names no database either, but links each entry to
  // its page there under ScienceDirect's own key (a library's entry with
  // such a link was found anywhere; so is a RIS record's: other databases'
  // RIS link ScienceDirect's pages too, and its own RIS looks like theirs).
  if (f == "bibtex" && sciencedirect_page(r.url) && sciencedirect_key(r)) return "ScienceDirect";
  // Publish or Perish's and Google Scholar's BibTeX: the engine the reader
  // knew by the entry's layout (key, query date, links to Scholar).
  if (f == "bibtex")
    if (std::string_view engine = trim(r.get_extra("@database")); !engine.empty()) return std::string(engine);
  // Dimensions' BibTeX likewise: each entry under Dimensions' own key, its
  // publication ID ("pub.1006827953"), links to its page there.
  if (f == "bibtex" && url_host(r.url) == "app.dimensions.ai" && starts_with(r.citekey, "pub.") &&
      r.citekey.size() > 4 && all_digits(std::string_view(r.citekey).substr(4)) &&
      r.url.find(r.citekey) != std::string::npos)
    return "Dimensions";
  // NASA ADS: its tagged export, and its BibTeX, each entry with its page
  // there under its bibcode (adsurl); HAL's BibTeX, each entry with its HAL_ID.
  if (f == "ads-tagged") return "NASA ADS";
  if (f == "bibtex" && r.get_extra("adsurl").find("adsabs.harvard.edu/abs/") != std::string::npos) return "NASA ADS";
  if (f == "bibtex" && !trim(r.get_extra("hal_id")).empty()) return "HAL";
  // What the record says of its database: the database (RIS DB, EndNote's
  // remote-database-name) before the platform (RIS DP: "EBSCOhost" for
  // PsycINFO, CINAHL, Business Source Complete...; EndNote's provider).
  auto named = [&](const char* name, bool raw) -> std::string {
    std::string_view v = trim(r.get_extra(name));
    // Ovid names the segment searched: "ERIC <1992 to June 2024>", "ERIC
    // <1966 to 1991>" are both ERIC.
    if (std::size_t lt = v.rfind(" <"); lt != std::string_view::npos && !v.empty() && v.back() == '>')
      v = trim(v.substr(0, lt));
    if (v.empty()) return {};
    std::string db = database_named(v);
    if (db.empty() && raw && v.size() <= 60) db = collapse_space(v);
    // Ovid's MEDLINE ("Ovid MEDLINE(R) <2022>", "... Epub Ahead of Print",
    // "... PubMed-not-MEDLINE <2023>"): one database, searched on Ovid, not
    // in PubMed.
    if (db == "PubMed" && (contains(ascii_lower(v), "ovid") || contains(ascii_lower(r.get_extra("DP")), "ovid")))
      db = "MEDLINE (Ovid)";
    return db;
  };
  // Embase.com and the Cochrane Library link each record on their own site;
  // Embase's DB then names the collection the record comes from ("Medline"
  // alone for some), the Cochrane Library's RIS header the publisher as
  // provider ("John Wiley & Sons, Ltd.").  (A table without the database's
  // own columns is a tool's: see above.)
  if (f != "table") {
    std::string_view host = url_host(r.url);
    auto on = [&](std::string_view site) {
      return iequals(host, site) || (host.size() > site.size() && host[host.size() - site.size() - 1] == '.' &&
                                     iequals(host.substr(host.size() - site.size()), site));
    };
    if (on("embase.com")) return "Embase";
    if (on("cochranelibrary.com")) return "Cochrane Library";
    // The Cochrane Library's RIS names Wiley, its publisher, as provider
    // and gives each record its accession number: CENTRAL's "CN-02013416",
    // a review's "CD008209".  A CENTRAL trial-registry record's url is the
    // registry's page (its JA) and a review's its DOI link: their own page
    // on cochranelibrary.com is at most among the other links.
    if (f == "ris" && cochrane_accession(r.get_extra("AN")) && starts_with(trim(r.get_extra("DP")), "John Wiley"))
      return "Cochrane Library";
  }
  if (std::string_view code = trim(r.get_extra("DB")); looks_like_code(code) && database_named(r.get_extra("DP")) == "EBSCO") {
    std::string db = ebsco_database(code);
    return db.empty() ? "EBSCO (" + std::string(code) + ")" : db;
  }
  for (const char* name : {"DB", "remote-database-name"})
    if (std::string db = named(name, true); !db.empty()) return db;
  for (const char* name : {"DP", "remote-database-provider", "source"})
    if (std::string db = named(name, false); !db.empty()) return db;
  // Dimensions' and Lens's RIS name no database (no DB, DP): each record
  // links to its page there; ProQuest's likewise.  (Only in a
  // database's RIS: a Zotero library's link to a ProQuest page says where
  // the user read the text, not what was searched.)
  if (f == "ris") {
    // Ovid's RIS names no database: its link to each record does.
    if (std::string_view code = ovid_code(r); !code.empty()) {
      std::string db = ovid_database(code);
      return db.empty() ? "Ovid (" + std::string(code) + ")" : db;
    }
    std::string_view host = url_host(r.url);
    if (host == "app.dimensions.ai") return "Dimensions";
    if (host == "lens.org" || host == "www.lens.org") return "Lens";
    if ((host == "search.proquest.com" || host == "www.proquest.com") && r.url.find("/docview/") != std::string::npos)
      return "ProQuest";
  }
  if (!r.scopus_eid.empty()) return "Scopus";
  if (r.wos_ut.rfind("WOS:", 0) == 0 || is_wos_platform_ut(r.wos_ut)) return "Web of Science";
  if (r.url.find("scopus.com/") != std::string::npos) return "Scopus";
  if (std::string db = named("DP", true); !db.empty()) return db;
  return {};
}

namespace {

// A ProQuest record's databases (RIS DB, ProQuest's own Database): "ProQuest
// Central; Sociological Abstracts" -> both; empty for another's record.  A
// record is ProQuest's by its format or its link to a ProQuest page (through
// a library's proxy: "...login?url=https://www.proquest.com/.../docview/...").
std::vector<std::string> proquest_databases(const Record& r) {
  std::string_view list;
  if (r.provenance.format == "proquest") {
    list = r.get_extra("Database");
  } else if (r.provenance.format == "ris") {
    bool proquest = contains(ascii_lower(r.get_extra("DP")), "proquest");
    for (std::string_view url : {std::string_view(r.url), r.get_extra("UR")})
      proquest = proquest || (url.find("proquest.com/") != std::string_view::npos &&
                              url.find("/docview/") != std::string_view::npos);
    if (proquest) list = r.get_extra("DB");
  }
  std::vector<std::string> out;
  while (!list.empty()) {
    std::size_t semi = list.find(';');
    std::string name = collapse_space(trim(list.substr(0, semi)));
    if (!name.empty() && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
    list = semi == std::string_view::npos ? std::string_view() : list.substr(semi + 1);
  }
  return out;
}

}  // namespace

std::string default_source_label(const Record& r) {
  if (std::string db = database_of(r); !db.empty()) return db;
  std::string file = r.provenance.file;
  std::size_t slash = file.find_last_of('/');
  if (slash != std::string::npos) file = file.substr(slash + 1);
  return file;
}

std::string source_label_warning(const Record& r) {
  std::string db = database_of(r);
  // A database's export in RIS or as a table that names none (Dimensions',
  // Lens's were such); a BibTeX or CSL-JSON file is most often a reference
  // manager's library, its records from anywhere.
  const std::string& f = r.provenance.format;
  if (db.empty() && f != "ris" && f != "table") return {};
  // refnet's own table, known by its header (a key column no other table's
  // reader takes: importers/table_csv.cpp), is a reference manager's
  // library as a .bib is; read back into its library, its rows are copies of
  // the works, which prisma does not count (before session 64 its read-back
  // was told to name the database).
  if (db.empty() && f == "table" && !r.citekey.empty()) return {};
  // ProQuest's records name their databases: the file's label is theirs (FileDatabases).
  if (!proquest_databases(r).empty()) return {};
  if (db.empty())
    return "no record of this file names its database (no DB or DP field, no database's own layout or address): "
           "'prisma' and 'overlap' count them under the file's name '" + default_source_label(r) +
           "'; name the database with 'refnet import --source NAME'";
  std::string what;
  if (starts_with(db, "EBSCO (") && db.back() == ')')
    what = "EBSCOhost names the database by a code refnet does not know (DB " + db.substr(7, db.size() - 8) + ")";
  else if (starts_with(db, "Ovid (") && db.back() == ')')
    what = "Ovid names the database by a code refnet does not know (D=" + db.substr(6, db.size() - 7) + ")";
  else if (db == "EBSCO" || db == "Ovid" || db == "ProQuest")
    what = "the records name the platform (" + db + "), not the database searched on it";
  if (what.empty()) return {};
  return what + ": 'prisma' and 'overlap' count them under '" + db +
         "'; name the database with 'refnet import --source NAME'";
}

void FileDatabases::add(const Record& r) {
  std::vector<std::string> dbs = proquest_databases(r);
  if (dbs.empty()) return;
  if (!any_) {
    common_ = dbs;
  } else {
    common_.erase(std::remove_if(common_.begin(), common_.end(),
                                 [&](const std::string& d) { return std::find(dbs.begin(), dbs.end(), d) == dbs.end(); }),
                  common_.end());
  }
  any_ = true;
  std::string own = default_source_label(r);
  if (std::find(record_labels_.begin(), record_labels_.end(), own) == record_labels_.end())
    record_labels_.push_back(std::move(own));
}

std::string FileDatabases::label() const {
  if (!any_) return {};
  if (common_.size() == 1) {
    std::string db = database_named(common_.front());
    return db.empty() ? common_.front() : db;
  }
  if (common_.empty()) return "ProQuest";
  std::string out = "ProQuest (";
  for (std::size_t i = 0; i < common_.size(); ++i) out += (i ? ", " : "") + common_[i];
  return out + ")";
}

std::string screening_gaps(const Record& r) {
  std::string out;
  auto add = [&out](const char* what) { out += (out.empty() ? "" : ", ") + std::string(what); };
  if (trim(r.title).empty()) add("no title");
  // An unsigned work (the source's "[Anonymous]", kept as the extra
  // author-placeholder) lacks no author: its source says it has none.
  if (r.authors.empty() && r.editors.empty() && r.get_extra("author-placeholder").empty()) add("no authors");
  if (r.issued.year == 0) add("no year");
  return out;
}

// ---------------------------------------------------------------- PRISMA

namespace {

constexpr std::string_view kScreenPrefix = "screen:";
constexpr std::string_view kFullTextPrefix = "screen:fulltext:";

// A work's decision at one stage, from its tags.
struct StageDecision {
  bool include = false, maybe = false, not_retrieved = false;
  std::string exclude;  // the reason ("(no reason given)" for none); "" when not excluded
  int count = 0;        // the stage's decision tags it carries
  // What it counts as when it carries several: include, exclude, not
  // retrieved, maybe.
  std::string_view counted() const {
    return include ? "include" : !exclude.empty() ? "exclude" : not_retrieved ? "not-retrieved" : "maybe";
  }
};

// Every live work's decision at `stage`, from the tags of the stage
// (title/abstract: screen:... but screen:fulltext:...).
std::unordered_map<std::int64_t, StageDecision> stage_decisions(Library& lib, const std::string& stage) {
  const std::string prefix = screening_tag_prefix(stage);
  std::unordered_map<std::int64_t, StageDecision> out;
  for (const auto& [work, tag] : lib.live_tags_with_prefix(prefix)) {
    if (stage == kTitleStage && starts_with(tag, kFullTextPrefix)) continue;
    std::string_view rest = std::string_view(tag).substr(prefix.size());
    StageDecision& d = out[work];
    if (rest == "include") {
      d.include = true;
    } else if (rest == "maybe") {
      d.maybe = true;
    } else if (rest == "not-retrieved" && stage == kFullTextStage) {
      d.not_retrieved = true;
    } else if (rest == "exclude" || starts_with(rest, "exclude:")) {
      std::string reason = rest.size() > 8 ? std::string(rest.substr(8)) : std::string("(no reason given)");
      if (d.exclude.empty() || reason < d.exclude) d.exclude = reason;
    } else {
      continue;  // screen:something-else is not a decision
    }
    ++d.count;
  }
  for (auto it = out.begin(); it != out.end();)
    it = it->second.count ? std::next(it) : out.erase(it);
  return out;
}

// The works whose reviewers decided differently at `stage` (no agreed
// decision, so no tag): they await the team's decision, not a first look.
std::set<std::int64_t> disagreed(Library& lib, const std::string& stage,
                                 const std::unordered_map<std::int64_t, StageDecision>& decided) {
  std::set<std::int64_t> trashed, out;
  for (const TrashedWork& t : lib.trashed()) trashed.insert(t.id);
  std::map<std::int64_t, std::set<std::string>> given;
  for (const ScreeningDecision& d : lib.screening(0, stage)) given[lib.live_work(d.work_id)].insert(d.decision);
  for (const auto& [work, kinds] : given)
    if (kinds.size() > 1 && !decided.count(work) && !trashed.count(work)) out.insert(work);
  return out;
}

// Reasons counted, by count descending (ties by reason), and their sum.
std::int64_t sorted_reasons(const std::map<std::string, std::int64_t>& reasons,
                            std::vector<std::pair<std::string, std::int64_t>>& out) {
  std::int64_t sum = 0;
  for (const auto& [reason, n] : reasons) {
    out.emplace_back(reason, n);
    sum += n;
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
  return sum;
}

// "PRISMA: reports sought (10) != reports not retrieved (1) + reports assessed (8)".
void check_line(const char* total_name, std::int64_t total,
                std::initializer_list<std::pair<const char*, std::int64_t>> parts, const char* why) {
  std::int64_t sum = 0;
  std::string text;
  bool negative = false;
  for (const auto& [name, n] : parts) {
    sum += n;
    negative |= n < 0;
    text += std::string(text.empty() ? "" : " + ") + name + " (" + std::to_string(n) + ")";
  }
  if (sum != total || negative)
    throw StoreError("PRISMA: " + std::string(total_name) + " (" + std::to_string(total) + ") != " + text +
                     ": this line does not add up; " + why);
}

// The studies of the included reports: those tagged with one study:<name> once.
std::int64_t count_studies(Library& lib, const std::vector<std::int64_t>& included) {
  std::map<std::int64_t, std::string> study_of;
  for (const auto& [work, tag] : lib.live_tags_with_prefix("study:"))
    if (!study_of.count(work)) study_of[work] = tag;
  std::set<std::string> studies;
  for (std::int64_t work : included) {
    auto it = study_of.find(work);
    studies.insert(it != study_of.end() ? it->second : "\x01" + std::to_string(work));
  }
  return static_cast<std::int64_t>(studies.size());
}

// The works whose reviewers disagree at `stage`, on the decision or, both
// excluding, on the reason (folded as screen --conflicts compares them):
// the conflicts a resolution settles, resolved or not.
std::set<std::int64_t> contested(Library& lib, const std::string& stage) {
  std::map<std::int64_t, std::set<std::string>> given;
  for (const ScreeningDecision& d : lib.screening(0, stage))
    given[lib.live_work(d.work_id)].insert(decision_kind(d));
  std::set<std::int64_t> out;
  for (const auto& [work, kinds] : given)
    if (kinds.size() > 1) out.insert(work);
  return out;
}

// The resolutions at `stage` of the works `counted` holds, by method: of a
// conflict (resolved), else of a work its reviewers agreed on (overruled;
// before try41 these were counted as conflicts resolved).
template <typename Set>
void count_resolved(Library& lib, const std::string& stage, const Set& counted, std::int64_t& consensus,
                    std::int64_t& arbiter, std::int64_t& overruled_consensus, std::int64_t& overruled_arbiter) {
  const std::set<std::int64_t> conflicts = contested(lib, stage);
  for (const ScreeningResolution& r : lib.resolutions(0, stage)) {
    if (!counted.count(r.work_id)) continue;
    const bool conflict = conflicts.count(r.work_id) > 0;
    ++(r.method == kArbiter ? (conflict ? arbiter : overruled_arbiter) : (conflict ? consensus : overruled_consensus));
  }
}

// The full-text numbers: over the works included at title/abstract.
void count_fulltext(Library& lib, const std::unordered_map<std::int64_t, StageDecision>& title, PrismaCounts& c) {
  std::unordered_map<std::int64_t, StageDecision> full = stage_decisions(lib, kFullTextStage);
  std::set<std::int64_t> conflicts = disagreed(lib, kFullTextStage, full);
  c.has_fulltext = !full.empty() || !conflicts.empty();
  if (!c.has_fulltext) return;
  PrismaFullText& f = c.fulltext;
  std::set<std::int64_t> sought;
  for (const auto& [work, d] : title)
    if (d.include) sought.insert(work);
  f.sought = static_cast<std::int64_t>(sought.size());
  std::map<std::string, std::int64_t> reasons;
  std::vector<std::int64_t> included;
  for (const auto& [work, d] : full) {
    if (!sought.count(work)) {
      ++f.not_counted;
      continue;
    }
    if (d.count > 1) ++c.multiple_decisions;
    std::string_view as = d.counted();
    if (as != "not-retrieved") ++f.assessed;
    if (as == "include") included.push_back(work);
    else if (as == "exclude") ++reasons[d.exclude];
    else if (as == "not-retrieved") ++f.not_retrieved;
    else ++f.maybe;
  }
  for (std::int64_t work : conflicts)
    if (sought.count(work)) ++f.conflicts, ++f.assessed;
    else ++f.not_counted;
  // A sought report without a decision yet: assessed, awaiting.
  for (std::int64_t work : sought)
    if (!full.count(work) && !conflicts.count(work)) ++f.unassessed, ++f.assessed;
  f.excluded = sorted_reasons(reasons, f.exclusion_reasons);
  f.included = static_cast<std::int64_t>(included.size());
  f.studies = count_studies(lib, included);
  std::set<std::int64_t> counted;
  for (const auto& [work, d] : full)
    if (sought.count(work)) counted.insert(work);
  count_resolved(lib, kFullTextStage, counted, f.resolved_consensus, f.resolved_arbiter, f.overruled_consensus,
                 f.overruled_arbiter);
  check_line("reports sought for retrieval", f.sought,
             {{"reports not retrieved", f.not_retrieved}, {"reports assessed for eligibility", f.assessed}},
             "the full-text decisions do not match the works included at title/abstract");
  check_line("reports assessed for eligibility", f.assessed,
             {{"reports excluded", f.excluded}, {"reports included", f.included}, {"awaiting", f.awaiting()}},
             "the full-text decisions do not add up to the reports assessed");
}

// What a merge on import joined its records by (the merge log's basis,
// merge_basis.hpp), as prisma names it.
std::string identifier_kind(const MergeEntry& m) {
  if (m.basis == kEntryBasis) return "the same entry exported again";
  if (m.basis == kZoteroItemBasis) return "the same Zotero item exported again";
  if (m.basis == kTwoIdentifiersBasis) return "one record's two identifiers";
  return m.basis.empty() ? "other" : m.basis;
}

}  // namespace

PrismaCounts prisma_counts(Library& lib) {
  PrismaCounts c;
  std::map<std::string, std::int64_t> by_label;
  for (const Library::SourceRow& s : lib.source_rows()) {
    if (s.own_export) {
      ++c.own_exports;
      continue;
    }
    if (s.attached) {
      ++c.attached;
      continue;
    }
    ++by_label[s.label];
    ++c.identified_total;
  }
  c.identified.assign(by_label.begin(), by_label.end());
  // The works an older refnet made of its own exports read back, absorbed
  // at once (merges of kind 'own-export' since the library was opened by
  // session 61's refnet): no record identified made them.
  std::int64_t own_export_works = 0;
  std::map<std::string, std::int64_t> identifier_kinds;
  for (const MergeEntry& m : lib.all_merges()) {
    if (!m.undone_at.empty()) continue;
    auto n = static_cast<std::int64_t>(m.absorbed.size());
    if (m.kind == "own-export") {
      own_export_works += n;
      continue;
    }
    if (m.kind == "doi" || m.kind == "identifier") {
      c.duplicates_identifier += n;
      identifier_kinds[identifier_kind(m)] += n;
    } else if (m.kind == "fuzzy") c.duplicates_fuzzy += n;
    else c.duplicates_manual += n;  // manual (merge), review (dedup --decisions)
  }
  c.duplicates_removed = c.duplicates_identifier + c.duplicates_fuzzy + c.duplicates_manual;
  // DOI, PMID, PMCID, WoS UT and Scopus EID in that order, then the rest.
  for (const char* id : kIdentifierBases)
    if (auto it = identifier_kinds.find(id); it != identifier_kinds.end()) {
      c.identifier_kinds.emplace_back(*it);
      identifier_kinds.erase(it);
    }
  c.identifier_kinds.insert(c.identifier_kinds.end(), identifier_kinds.begin(), identifier_kinds.end());
  LibraryStats st = lib.stats();
  c.screened = st.works;
  c.removed_other = st.trashed;

  // Each live work's title/abstract decision, from its tags.
  std::unordered_map<std::int64_t, StageDecision> decisions = stage_decisions(lib, kTitleStage);
  std::map<std::string, std::int64_t> reasons;
  std::vector<std::int64_t> included;
  for (const auto& [work, d] : decisions) {
    if (d.count > 1) ++c.multiple_decisions;
    if (d.include) included.push_back(work);
    else if (!d.exclude.empty()) ++reasons[d.exclude];
    else if (d.maybe) ++c.maybe;
  }
  c.included = static_cast<std::int64_t>(included.size());
  c.title_studies = count_studies(lib, included);
  count_resolved(lib, kTitleStage, decisions, c.resolved_consensus, c.resolved_arbiter, c.overruled_consensus,
                 c.overruled_arbiter);
  c.excluded = sorted_reasons(reasons, c.exclusion_reasons);
  c.conflicts = static_cast<std::int64_t>(disagreed(lib, kTitleStage, decisions).size());
  c.unscreened = c.screened - c.included - c.excluded - c.maybe - c.conflicts;

  // The identities: a library that breaks them (a source record without
  // its work, a merge log that does not match the works) is reported, not
  // drawn.
  const std::int64_t rows = lib.work_rows() - own_export_works;
  if (rows != c.identified_total)
    throw StoreError("PRISMA: " + std::to_string(c.identified_total) + " source records identified but " +
                     std::to_string(rows) + " works were created from them; run 'refnet check'");
  check_line("records identified", c.identified_total,
             {{"duplicates removed", c.duplicates_removed},
              {"removed for other reasons", c.removed_other},
              {"records screened", c.screened}},
             "the merge log does not match the works");
  check_line("records screened", c.screened,
             {{"records excluded", c.excluded}, {"records included", c.included}, {"awaiting", c.awaiting()}},
             "screening decisions do not add up to the records screened");
  count_fulltext(lib, decisions, c);
  return c;
}

// ---------------------------------------------------------------- overlap

Overlap source_overlap(Library& lib) {
  Overlap o;
  std::map<std::string, std::size_t> index;
  std::unordered_map<std::int64_t, std::set<std::size_t>> found;
  std::vector<Library::SourceRow> rows = lib.source_rows();
  for (const auto& s : rows)
    if (!s.attached) index.emplace(s.label, 0);
  for (auto& [label, i] : index) {
    i = o.labels.size();
    o.labels.push_back(label);
  }
  for (const auto& s : rows)
    if (!s.attached) found[s.work_id].insert(index[s.label]);
  const std::size_t n = o.labels.size();
  o.works.assign(n, 0);
  o.unique.assign(n, 0);
  o.shared.assign(n, std::vector<std::int64_t>(n, 0));
  std::map<std::vector<std::size_t>, std::int64_t> combos;
  for (const auto& [work, set] : found) {
    std::vector<std::size_t> v(set.begin(), set.end());
    ++combos[v];
    for (std::size_t i : v) {
      ++o.works[i];
      for (std::size_t j : v) ++o.shared[i][j];
    }
    if (v.size() == 1) ++o.unique[v[0]];
  }
  o.total = static_cast<std::int64_t>(found.size());
  o.combinations.assign(combos.begin(), combos.end());
  std::stable_sort(o.combinations.begin(), o.combinations.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  return o;
}

// ---------------------------------------------------------------- near-duplicate review

std::vector<ReviewPair> review_pairs(Library& lib, const ReviewOptions& opt) {
  std::vector<KeptApart> apart;
  std::vector<ScoredPair> scored;
  std::vector<DuplicateGroup> groups = find_duplicates(lib, opt.dedup, &apart, &scored);
  std::map<std::pair<std::int64_t, std::int64_t>, const ScoredPair*> by_pair;
  for (const ScoredPair& p : scored) by_pair[{p.a, p.b}] = &p;
  std::unordered_map<std::int64_t, std::size_t> group_of;
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (std::int64_t w : groups[g].works) group_of[w] = g;
  auto same_group = [&](std::int64_t a, std::int64_t b) {
    auto x = group_of.find(a), y = group_of.find(b);
    return x != group_of.end() && y != group_of.end() && x->second == y->second;
  };
  std::vector<ReviewPair> out;
  std::set<std::pair<std::int64_t, std::int64_t>> listed;
  // The groups the rules would merge: each absorbed work with the one kept.
  for (const DuplicateGroup& g : groups) {
    std::string reason;
    for (const auto& r : g.reasons) reason += (reason.empty() ? "" : "; ") + r;
    for (std::size_t i = 1; i < g.works.size(); ++i) {
      ReviewPair p{g.works[0], g.works[i], "merge", g.score, 0, reason, "same"};
      if (auto it = by_pair.find({p.a, p.b}); it != by_pair.end()) {
        p.score = it->second->score;
        p.title_similarity = it->second->title_similarity;
      }
      listed.insert({p.a, p.b});
      out.push_back(std::move(p));
    }
  }
  for (const KeptApart& kept : apart) {
    // (A chain's refused join may name its pair in either order.)
    const KeptApart k{std::min(kept.a, kept.b), std::max(kept.a, kept.b), kept.reason};
    if (same_group(k.a, k.b) || !listed.insert({k.a, k.b}).second) continue;
    ReviewPair p{k.a, k.b, "kept apart", 0, 0, k.reason, ""};
    if (auto it = by_pair.find({k.a, k.b}); it != by_pair.end()) {
      p.score = it->second->score;
      p.title_similarity = it->second->title_similarity;
    }
    out.push_back(std::move(p));
  }
  for (const ScoredPair& s : scored) {
    if (same_group(s.a, s.b) || listed.count({s.a, s.b})) continue;
    std::string reason;
    for (const auto& r : s.reasons) reason += (reason.empty() ? "" : "; ") + r;
    if (s.vetoed) {
      if (s.title_similarity < opt.vetoed_title) continue;
      out.push_back({s.a, s.b, "kept apart", s.score, s.title_similarity, reason, ""});
    } else if (s.score >= opt.floor && s.score < opt.dedup.threshold) {
      out.push_back({s.a, s.b, "below threshold", s.score, s.title_similarity, reason, ""});
    } else {
      continue;
    }
    listed.insert({s.a, s.b});
  }
  return out;
}

namespace {

// A TSV table with a header: the column of each name, and the rows.
struct Table {
  std::vector<std::string> header;
  std::vector<CsvRow> rows;
  int column(std::initializer_list<const char*> names) const {
    for (const char* n : names)
      for (std::size_t i = 0; i < header.size(); ++i)
        if (iequals(trim(header[i]), n)) return static_cast<int>(i);
    return -1;
  }
};

Table read_table(std::string_view tsv, Diagnostics& diags) {
  Table t;
  CsvReader reader(tsv, diags, '\t');
  CsvRow row;
  while (reader.next(row)) {
    if (row.cells.size() == 1 && trim(row.cells[0]).empty()) continue;  // a blank line
    t.rows.push_back(row);
  }
  if (!t.rows.empty()) t.header = t.rows.front().cells;
  return t;
}

std::string cell_at(const CsvRow& row, int i) {
  return i >= 0 && static_cast<std::size_t>(i) < row.cells.size() ? std::string(trim(row.cells[i])) : std::string();
}

std::size_t offset_at(const CsvRow& row, int i) {
  return i >= 0 && static_cast<std::size_t>(i) < row.offsets.size() ? row.offsets[i] : row.offset;
}

// The live work a name (id, DOI, key) gives, or 0 with an error reported.
std::int64_t work_named(Library& lib, const std::string& name, std::size_t offset, Diagnostics& diags) {
  if (name.empty()) {
    diags.error(offset, "no work named in this row; row skipped");
    return 0;
  }
  std::vector<std::int64_t> ids = lib.resolve(name);
  if (ids.size() != 1) {
    diags.error(offset, ids.empty() ? "'" + name + "' names no work in the library; row skipped"
                                    : "'" + name + "' names " + std::to_string(ids.size()) + " works; row skipped");
    return 0;
  }
  return lib.live_work(ids[0]);
}

}  // namespace

PairDecisionsResult apply_pair_decisions(Library& lib, std::string_view tsv, Diagnostics& diags) {
  PairDecisionsResult res;
  Table t = read_table(tsv, diags);
  int ka = t.column({"id_a", "key_a"}), kb = t.column({"id_b", "key_b"}), kd = t.column({"decision"});
  if (ka < 0 || kb < 0 || kd < 0) {
    diags.file_error("the table has no id_a/key_a, id_b/key_b and decision columns (write it with 'refnet dedup --review -o FILE')");
    return res;
  }
  t.rows.erase(t.rows.begin());  // the header
  // Union of the `same` pairs: each group is merged into its oldest work.
  std::map<std::int64_t, std::int64_t> parent;
  std::function<std::int64_t(std::int64_t)> find = [&](std::int64_t x) {
    auto it = parent.find(x);
    if (it == parent.end() || it->second == x) return parent[x] = x;
    return it->second = find(it->second);
  };
  std::map<std::int64_t, std::string> why;  // a group member -> the rows that joined it
  for (const CsvRow& row : t.rows) {
    ++res.rows;
    std::string decision = ascii_lower(cell_at(row, kd));
    if (decision.empty()) {
      ++res.undecided;
      continue;
    }
    if (decision != "same" && decision != "different") {
      diags.error(offset_at(row, kd), "decision '" + cell_at(row, kd) + "' is neither 'same' nor 'different'; row skipped");
      ++res.skipped;
      continue;
    }
    std::int64_t a = work_named(lib, cell_at(row, ka), offset_at(row, ka), diags);
    std::int64_t b = a ? work_named(lib, cell_at(row, kb), offset_at(row, kb), diags) : 0;
    if (!a || !b) {
      ++res.skipped;
      continue;
    }
    if (a == b) {
      diags.warning(row.offset, "the two works are one work already; row skipped");
      ++res.skipped;
      continue;
    }
    if (decision == "different") {
      lib.mark_distinct(a, b);
      ++res.different;
      continue;
    }
    ++res.same;
    std::int64_t ra = find(a), rb = find(b);
    if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
    why[std::min(a, b)] += (why[std::min(a, b)].empty() ? "" : ", ") + std::to_string(diags.line_of(row.offset));
  }
  std::map<std::int64_t, std::vector<std::int64_t>> groups;
  for (const auto& [w, p] : parent) {
    (void)p;
    groups[find(w)].push_back(w);
  }
  for (auto& [root, members] : groups) {
    std::vector<std::int64_t> rest;
    std::string lines;
    for (std::int64_t w : members) {
      if (w != root) rest.push_back(w);
      if (auto it = why.find(w); it != why.end()) lines += (lines.empty() ? "" : ", ") + it->second;
    }
    if (rest.empty()) continue;
    lib.merge(root, rest, "review", "judged the same in review (" + diags.file() + " line " + lines + ")");
    ++res.merges;
    res.absorbed += rest.size();
  }
  return res;
}

// ---------------------------------------------------------------- screening

std::string screening_tag_prefix(const std::string& stage) {
  return stage == kFullTextStage ? std::string(kFullTextPrefix) : std::string(kScreenPrefix);
}

std::string screening_tag(const std::string& decision, const std::string& reason, const std::string& stage) {
  const std::string prefix = screening_tag_prefix(stage);
  if (decision == "exclude") return reason.empty() ? prefix + "exclude" : prefix + "exclude:" + reason;
  return prefix + decision;
}

bool parse_stage(std::string_view word, std::string& stage) {
  std::string w = ascii_lower(trim(word));
  if (w == "title" || w == "ta" || w == "tiab" || w == "title-abstract" || w == "title/abstract" || w == "abstract")
    stage = kTitleStage;
  else if (w == "fulltext" || w == "full-text" || w == "full" || w == "ft")
    stage = kFullTextStage;
  else
    return false;
  return true;
}

bool parse_decision(std::string_view word, std::string& decision) {
  std::string w = ascii_lower(collapse_space(trim(word)));
  if (w == "i" || w == "include" || w == "included" || w == "yes") decision = "include";
  else if (w == "e" || w == "exclude" || w == "excluded" || w == "no") decision = "exclude";
  else if (w == "m" || w == "maybe" || w == "?" || w == "unsure") decision = "maybe";
  else if (w == "not-retrieved" || w == "not retrieved" || w == "nr" || w == "not obtained") decision = "not-retrieved";
  else if (w == "u" || w.empty() || w == "undecided" || w == "none" || w == "undo") decision.clear();
  else return false;
  return true;
}

namespace {

// The tag the reviewers' decisions at a stage agree on; "" when they
// disagree or none decided.
std::string agreed_tag(const std::vector<ScreeningDecision>& all, const std::string& stage) {
  if (all.empty()) return {};
  bool agree = std::all_of(all.begin(), all.end(), [&](const ScreeningDecision& d) { return d.decision == all[0].decision; });
  if (!agree) return {};
  // Excluded for different reasons: the reasons, each once, so that
  // 'prisma' shows them until the reviewers settle on one; in the order of
  // their folded words, so that one pair of reasons is one line whichever
  // reviewer gave which.
  std::map<std::string, std::string> by_folded;
  for (const ScreeningDecision& d : all)
    if (!d.reason.empty()) by_folded.emplace(fold_words(d.reason), d.reason);
  std::string reasons;
  for (const auto& [folded, reason] : by_folded) reasons += (reasons.empty() ? "" : " / ") + reason;
  return screening_tag(all[0].decision, reasons, stage);
}

// What the work's title/abstract decision is, said for a refusal: "excluded
// at title/abstract (not urban)", "marked maybe at title/abstract", ...
std::string title_state(Library& lib, std::int64_t work_id, const std::vector<ScreeningDecision>& title) {
  for (const std::string& t : lib.tags_of(work_id)) {
    if (!starts_with(t, kScreenPrefix) || starts_with(t, kFullTextPrefix)) continue;
    std::string rest = t.substr(kScreenPrefix.size());
    if (rest == "include") return "included at title/abstract";
    if (rest == "maybe") return "marked maybe at title/abstract";
    if (rest == "exclude") return "excluded at title/abstract";
    if (starts_with(rest, "exclude:")) return "excluded at title/abstract (" + rest.substr(8) + ")";
  }
  return title.empty() ? "not screened at title/abstract" : "not agreed on at title/abstract (the reviewers disagree)";
}

}  // namespace

namespace {

// The tag of a resolution.
std::string resolution_tag(const ScreeningResolution& r) { return screening_tag(r.decision, r.reason, r.stage); }

// Whether the work may have `tag` as its final decision at `stage` (""
// when it may; else why not): full text is read of the reports sought, the
// works included at title/abstract, and only while they are.
std::string final_refused(Library& lib, std::int64_t work_id, const std::string& stage, const std::string& tag,
                          bool deciding) {
  if (stage == kFullTextStage && deciding) {
    // (By its tag, as 'prisma' counts the reports sought.)
    std::vector<std::string> tags = lib.tags_of(work_id);
    if (std::find(tags.begin(), tags.end(), screening_tag("include", "", kTitleStage)) == tags.end())
      return "it is " + title_state(lib, work_id, lib.screening(work_id, kTitleStage)) +
             ": only the works included there are sought for full text";
  }
  if (stage == kTitleStage && tag != screening_tag("include", "", kTitleStage)) {
    std::size_t full = lib.screening(work_id, kFullTextStage).size() + lib.resolutions(work_id, kFullTextStage).size();
    if (full)
      return "it has " + std::to_string(full) + " full-text decision" + (full > 1 ? "s" : "") +
             ", which need it included at title/abstract; take them back first (refnet screen --stage fulltext, "
             "decision 'undecided')";
  }
  return {};
}

// The work's tag of `stage` becomes `tag` (its final decision; "" none).
void set_stage_tag(Library& lib, std::int64_t work_id, const std::string& stage, const std::string& tag) {
  const std::string prefix = screening_tag_prefix(stage);
  for (const std::string& t : lib.tags_of(work_id))
    if (starts_with(t, prefix) && t != tag && (stage == kFullTextStage || !starts_with(t, kFullTextPrefix)))
      lib.remove_tag(work_id, t);
  if (!tag.empty()) lib.add_tag(work_id, tag);
}

}  // namespace

std::string record_screening(Library& lib, std::int64_t work_id, const std::string& reviewer,
                             const std::string& decision, const std::string& reason, const std::string& stage) {
  if (decision == "not-retrieved" && stage != kFullTextStage)
    return "'not retrieved' is a full-text decision (refnet screen --stage fulltext)";
  std::string why = decision == "exclude" ? collapse_space(reason) : std::string();
  std::vector<ScreeningDecision> all = lib.screening(work_id, stage);
  // The stage's decisions once this one is recorded.
  all.erase(std::remove_if(all.begin(), all.end(), [&](const ScreeningDecision& d) { return d.reviewer == reviewer; }),
            all.end());
  if (!decision.empty()) {
    ScreeningDecision mine;
    mine.work_id = work_id;
    mine.reviewer = reviewer;
    mine.decision = decision;
    mine.reason = why;
    mine.stage = stage;
    all.insert(std::lower_bound(all.begin(), all.end(), mine,
                                [](const ScreeningDecision& x, const ScreeningDecision& y) { return x.reviewer < y.reviewer; }),
               mine);
  }
  // The final decision: the conflict's resolution if it has one, else the
  // reviewers' agreed one.
  std::vector<ScreeningResolution> settled = lib.resolutions(work_id, stage);
  const std::string tag = settled.empty() ? agreed_tag(all, stage) : resolution_tag(settled.front());
  if (std::string refused = final_refused(lib, work_id, stage, tag, !decision.empty()); !refused.empty())
    return refused;
  if (decision.empty()) lib.clear_screening(work_id, reviewer, stage);
  else lib.set_screening(work_id, reviewer, decision, why, stage);
  set_stage_tag(lib, work_id, stage, tag);
  return {};
}

std::string record_resolution(Library& lib, std::int64_t work_id, const std::string& decision,
                              const std::string& reason, const std::string& method, const std::string& by,
                              const std::string& stage, std::string* note) {
  if (decision == "not-retrieved" && stage != kFullTextStage)
    return "'not retrieved' is a full-text decision (refnet screen --stage fulltext)";
  std::vector<ScreeningDecision> all = lib.screening(work_id, stage);
  const std::string at = stage == kFullTextStage ? " at full text" : " at title/abstract";
  ScreeningResolution r;
  r.work_id = work_id;
  r.stage = stage;
  r.decision = decision;
  r.reason = decision == "exclude" ? collapse_space(reason) : std::string();
  r.method = method;
  r.by = by;
  const std::string agreed = agreed_tag(all, stage);
  const std::string tag = decision.empty() ? agreed : resolution_tag(r);
  if (std::string refused = final_refused(lib, work_id, stage, tag, !decision.empty()); !refused.empty())
    return refused;
  if (all.empty() && !decision.empty())
    return "no reviewer has decided on it" + at + ": a resolution settles the reviewers' conflict (record a decision "
           "with --reviewer NAME)";
  if (note) {
    note->clear();
    // The reviewers agree, reasons and all: the resolution overrules them (said, not refused).
    if (!decision.empty() && !agreed.empty() && agreed == screening_tag(all[0].decision, all[0].reason, stage) &&
        agreed != tag)
      *note = "the reviewers agree on it (" + agreed.substr(screening_tag_prefix(stage).size()) +
              "): the " + method + " decision overrules them";
    else if (decision.empty() && lib.resolutions(work_id, stage).empty())
      *note = "it has no resolution" + at + " to take back";
  }
  if (decision.empty()) lib.clear_resolution(work_id, stage);
  else lib.set_resolution(r);
  set_stage_tag(lib, work_id, stage, tag);
  return {};
}

ScreeningResult apply_screening_decisions(Library& lib, std::string_view tsv, const std::string& reviewer,
                                          Diagnostics& diags, const std::string& stage, const std::string& method) {
  ScreeningResult res;
  Table t = read_table(tsv, diags);
  int kk = t.column({"key", "id", "work"}), kd = t.column({"decision"}), kr = t.column({"reason"}),
      kv = t.column({"reviewer"});
  if (kk >= 0 && kd >= 0) {
    t.rows.erase(t.rows.begin());  // the header
  } else {
    // No header: the columns are key, decision, reason, reviewer.
    kk = 0, kd = 1, kr = 2, kv = 3;
  }
  for (const CsvRow& row : t.rows) {
    ++res.rows;
    std::string decision;
    if (!parse_decision(cell_at(row, kd), decision)) {
      diags.error(offset_at(row, kd), "decision '" + cell_at(row, kd) + "' is not include, exclude, maybe" +
                                          (stage == kFullTextStage ? ", not-retrieved" : "") +
                                          " or undecided; row skipped");
      ++res.skipped;
      continue;
    }
    std::int64_t work = work_named(lib, cell_at(row, kk), offset_at(row, kk), diags);
    if (!work) {
      ++res.skipped;
      continue;
    }
    std::string who = kv >= 0 && !cell_at(row, kv).empty() ? cell_at(row, kv) : reviewer;
    std::string reason = cell_at(row, kr);
    std::string note;
    std::string refused = method.empty() ? record_screening(lib, work, who, decision, reason, stage)
                                         : record_resolution(lib, work, decision, reason, method, who, stage, &note);
    if (!refused.empty()) {
      diags.error(offset_at(row, kk), "'" + cell_at(row, kk) + "': " + refused + "; row skipped");
      ++res.skipped;
      continue;
    }
    if (!note.empty()) diags.warning(offset_at(row, kd), "'" + cell_at(row, kk) + "': " + note);
    if (decision != "exclude" && !reason.empty())
      diags.warning(offset_at(row, kr), "a reason is only kept for an exclusion: '" + reason + "' dropped");
    // PRISMA 2020 lists the reports excluded at full text with their reasons.
    if (decision == "exclude" && stage == kFullTextStage && collapse_space(reason).empty())
      diags.warning(offset_at(row, kd), "a full-text exclusion without a reason: 'refnet prisma' counts it under "
                                        "'(no reason given)'; PRISMA 2020 lists reports excluded with their reasons");
    if (decision.empty()) ++res.cleared;
    else ++res.applied;
  }
  return res;
}

std::unordered_map<std::string, WorkFacts> work_facts(Library& lib) {
  std::unordered_map<std::int64_t, WorkFacts> by_id;
  for (const Library::SourceRow& s : lib.source_rows()) {
    std::string& labels = by_id[s.work_id].sources;
    // A work's labels, each once, in source order.
    bool seen = false;
    for (std::string_view l : split_list(labels, ";"))
      seen |= l == s.label;
    if (!seen) labels += (labels.empty() ? "" : "; ") + s.label;
  }
  for (const auto& [work, tag] : lib.live_tags_with_prefix("")) {
    WorkFacts& f = by_id[work];
    f.tags += (f.tags.empty() ? "" : "; ") + tag;
    if (!starts_with(tag, kScreenPrefix)) continue;
    // A stage's first decision tag: its decision, and its reason.
    bool full = starts_with(tag, kFullTextPrefix);
    std::string& decision = full ? f.fulltext_decision : f.decision;
    if (!decision.empty()) continue;
    std::string rest = tag.substr((full ? kFullTextPrefix : kScreenPrefix).size());
    if (rest == "include" || rest == "maybe" || (full && rest == "not-retrieved")) decision = rest;
    else if (rest == "exclude" || starts_with(rest, "exclude:")) {
      decision = "exclude";
      (full ? f.fulltext_reason : f.reason) = rest.size() > 8 ? rest.substr(8) : std::string();
    }
  }
  for (auto& [work, text] : lib.all_notes()) {
    std::string& notes = by_id[work].notes;
    notes += (notes.empty() ? "" : "\n\n") + text;
  }
  std::unordered_map<std::string, WorkFacts> out;
  Query all;
  RecordParts parts;
  parts.creators = parts.references = parts.abstract = parts.extra = false;
  lib.each(all, parts, [&](const Work& w) {
    WorkFacts& f = out[w.record.citekey];
    if (auto it = by_id.find(w.id); it != by_id.end()) f = std::move(it->second);
    f.id = std::to_string(w.id);
    return true;
  });
  return out;
}

double cohen_kappa(const std::vector<std::pair<std::string, std::string>>& ratings, double* observed, double* expected) {
  if (ratings.empty()) {
    if (observed) *observed = 0;
    if (expected) *expected = 0;
    return 0;
  }
  std::map<std::string, double> fa, fb;
  double agree = 0;
  for (const auto& [a, b] : ratings) {
    agree += a == b;
    fa[a] += 1;
    fb[b] += 1;
  }
  const double n = static_cast<double>(ratings.size());
  double po = agree / n, pe = 0;
  for (const auto& [k, v] : fa)
    if (auto it = fb.find(k); it != fb.end()) pe += (v / n) * (it->second / n);
  if (observed) *observed = po;
  if (expected) *expected = pe;
  if (pe >= 1) return 1;
  return (po - pe) / (1 - pe);
}

Agreement screening_agreement(Library& lib, std::string reviewer_a, std::string reviewer_b, const std::string& stage) {
  std::vector<ScreeningDecision> all = lib.screening(0, stage);
  if (reviewer_a.empty() || reviewer_b.empty()) {
    std::set<std::string> names;
    for (const auto& d : all)
      if (!d.reviewer.empty()) names.insert(d.reviewer);
    const std::string at = stage == kFullTextStage ? " at full text" : "";
    const std::string record = "; record each reviewer's with 'refnet screen --reviewer NAME" +
                               std::string(stage == kFullTextStage ? " --stage fulltext" : "") + " --decisions FILE'";
    if (names.empty())
      throw StoreError("agreement needs two reviewers; the library has no reviewer's decisions" + at + record);
    if (names.size() == 1)
      throw StoreError("agreement needs two reviewers; the library has one reviewer's decisions" + at + " (" +
                       *names.begin() + ")" + record);
    if (names.size() != 2)
      throw StoreError("agreement needs two reviewers; the library has " + std::to_string(names.size()) + at +
                       " (name two with --reviewers A,B)");
    reviewer_a = *names.begin();
    reviewer_b = *names.rbegin();
  }
  Agreement ag;
  ag.reviewer_a = reviewer_a;
  ag.reviewer_b = reviewer_b;
  std::map<std::int64_t, std::pair<const ScreeningDecision*, const ScreeningDecision*>> by_work;
  // A work in the trash has left the screening flow (prisma counts it as
  // removed before screening): left out, and counted (before try41 it was
  // listed and counted among the conflicts).
  std::set<std::int64_t> trashed, trashed_decided;
  for (const TrashedWork& t : lib.trashed()) trashed.insert(t.id);
  for (const auto& d : all) {
    if ((d.reviewer == reviewer_a || d.reviewer == reviewer_b) && trashed.count(d.work_id)) {
      trashed_decided.insert(d.work_id);
      continue;
    }
    if (d.reviewer == reviewer_a) by_work[d.work_id].first = &d;
    else if (d.reviewer == reviewer_b) by_work[d.work_id].second = &d;
  }
  std::vector<std::pair<std::string, std::string>> ratings, reasons;
  auto said = [](const ScreeningDecision& d) { return d.reason.empty() ? d.decision : d.decision + ": " + d.reason; };
  // Reasons compare as a reviewer reads them: "Wrong population" is "wrong population".
  auto reason = [](const ScreeningDecision& d) { return d.reason.empty() ? std::string("(none)") : fold_words(d.reason); };
  std::map<std::int64_t, ScreeningResolution> settled;
  for (ScreeningResolution& r : lib.resolutions(0, stage)) settled[r.work_id] = std::move(r);
  // A conflict's resolution, counted by its method.
  auto resolve = [&](Agreement::Conflict& c, std::int64_t& consensus, std::int64_t& arbiter) {
    auto it = settled.find(c.work_id);
    if (it == settled.end()) return;
    const ScreeningResolution& r = it->second;
    c.resolution = r.reason.empty() ? r.decision : r.decision + ": " + r.reason;
    c.method = r.method;
    c.by = r.by;
    ++(r.method == kArbiter ? arbiter : consensus);
  };
  for (const auto& [work, p] : by_work) {
    if (!p.first || !p.second) continue;
    ratings.emplace_back(p.first->decision, p.second->decision);
    if (p.first->decision != p.second->decision) {
      ag.conflicts.push_back({work, said(*p.first), said(*p.second), {}, {}, {}});
    } else if (p.first->decision == "exclude") {
      reasons.emplace_back(reason(*p.first), reason(*p.second));
      if (reasons.back().first != reasons.back().second)
        ag.reason_conflicts.push_back({work, said(*p.first), said(*p.second), {}, {}, {}});
    }
  }
  for (auto& c : ag.conflicts) resolve(c, ag.resolved_consensus, ag.resolved_arbiter);
  for (auto& c : ag.reason_conflicts) resolve(c, ag.reason_resolved_consensus, ag.reason_resolved_arbiter);
  ag.trashed = static_cast<std::int64_t>(trashed_decided.size());
  ag.both = static_cast<std::int64_t>(ratings.size());
  ag.agreed = ag.both - static_cast<std::int64_t>(ag.conflicts.size());
  ag.kappa = cohen_kappa(ratings, &ag.observed, &ag.expected);
  ag.both_excluded = static_cast<std::int64_t>(reasons.size());
  ag.same_reason = ag.both_excluded - static_cast<std::int64_t>(ag.reason_conflicts.size());
  ag.reason_kappa = cohen_kappa(reasons, &ag.reason_observed, &ag.reason_expected);
  return ag;
}

std::string decision_kind(const ScreeningDecision& d) {
  return d.decision == "exclude" ? "exclude:" + fold_words(d.reason) : d.decision;
}

}  // namespace refnet
