// Zotero RDF ("Zotero RDF" export: "Exported Items.rdf", "My Library.rdf")
// -> Records.  The document is read whole by pugixml; element names are
// compared under Zotero's prefixes (rdf, z, dc, dcterms, bib, foaf, prism,
// vcard, link), whatever prefixes the file binds to those namespaces.
//
// An item is a child of rdf:RDF holding z:itemType (bib:Article, bib:Book,
// rdf:Description...), other than an attachment or a note.  Every item is one
// record (none is rejected for lacking a title).
//
// Zotero RDF                          Record
//   z:itemType                        type (as the Zotero JSON reader maps it; unknown: document, warning)
//   dc:title                          title
//   bib:authors, and z:<type>s of a primary creator type (z:inventors...)
//                                     authors (rdf:Seq/rdf:li/foaf:Person surname + givenName, or
//                                     the other names of those parts Zotero reads, Zotero 4's
//                                     givenname among them; a surname alone: a single-field name)
//   bib:editors                       editors
//   z:seriesEditors, z:bookAuthors, z:translators, bib:contributors, other z:<type>s
//                                     extra (collection-editor, container-author, translator,
//                                     contributor, else the type), "Family, Given; ..."
//   dcterms:isPartOf                  the bib:Journal/bib:Book/bib:Periodical node it names
//                                     (rdf:resource) or holds: dc:title container_title,
//                                     dcterms:alternative container_title_short, prism:volume,
//                                     prism:number (issue), dc:identifier DOI/ISSN/ISBN; a
//                                     bib:Series (of the item or of its container): extra
//                                     collection-title, collection-number, series-title, series-text
//   dc:date                           issued
//   bib:pages, prism:volume, prism:number     pages, volume, number (an item's own)
//   dc:identifier                     "DOI x" doi, "ISBN x" isbn, "ISSN x" issn, dcterms:URI rdf:value url;
//                                     other text in extra "identifier"; without "DOI x", the
//                                     DOI the item's own web address holds
//                                     ("https://doi.org/10...", doi_in_url)
//   dc:subject                        text: a manual tag, the user's: a refnet tag;
//                                     z:AutomaticTag/rdf:value (a database's subject
//                                     heading, Zotero's automatic tag), or another
//                                     node's rdf:value: keywords
//   dcterms:abstract, z:language      abstract, language
//   z:citationKey (Zotero 7)          citekey
//   dc:publisher                      foaf:Organization foaf:name publisher, its
//                                     vcard:adr/vcard:Address/vcard:locality publisher_place
//   dc:description (Zotero's extra)   "PMID:", "DOI:"... lines read, others extra "extra"
//   bib:presentedAt                   extra "event-title" (bib:Conference dc:title)
//   dcterms:isReferencedBy            the bib:Memo it names: its rdf:value (HTML) as text,
//                                     a refnet note (zotero_note_text); an empty one is counted
//   z:libraryCatalog, z:extra, dcterms:dateSubmitted, dc:rights, z:shortTitle, z:numPages,
//   prism:edition, z:archive...       extra, by the element's local name (z:type: "genre")
//   link:link                         the z:Attachment it names: its file (rdf:resource, a path
//                                     relative to the export's folder) a refnet file of the work
//                                     (refnet attach); a link (its dcterms:URI) in extra
//                                     "attachment", "TITLE <URL>"; said in one warning with counts
//   anything else                     extra by its local name, said once per name per file
//
// z:Collection (dc:title, dcterms:hasPart naming items and collections):
// refnet collections, nested as in Zotero: "Top", "Top/Child" inside "Top"
// (see kLibraryCollection in store.hpp); each item is added to the
// collections that name it.  Tags, notes, files and collections go to the
// library through the record's kLibrary* extra fields; a re-import adds none
// twice.
//
// Not works, skipped: a note that belongs to no item (a standalone
// bib:Memo), one warning each, with its first words; attachments that belong
// to no item, members of collections the file does not hold or that are no
// item, counted; collections no item is in (not made), named; any other
// node that is no item and that no item names.
#include <pugixml.hpp>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

#include "refnet/zotero_item.hpp"
#include "unsafe_keys.hpp"
#include "refnet/citekey.hpp"
#include "refnet/doi.hpp"
#include "refnet/importer.hpp"
#include "refnet/names.hpp"
#include "refnet/store.hpp"
#include "refnet/text.hpp"
#include "ris_fields.hpp"
#include "source_string.hpp"
#include "xml_document.hpp"
#include "zotero_fields.hpp"

namespace refnet {

namespace {

constexpr std::string_view kFormat = "zotero-rdf";

// Zotero's prefix of each namespace its export binds.
const std::pair<std::string_view, std::string_view> kNamespaces[] = {
    {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf"},
    {"http://www.zotero.org/namespaces/export#", "z"},
    {"http://purl.org/dc/elements/1.1/", "dc"},
    {"http://purl.org/dc/terms/", "dcterms"},
    {"http://purl.org/net/biblio#", "bib"},
    {"http://xmlns.com/foaf/0.1/", "foaf"},
    {"http://prismstandard.org/namespaces/1.2/basic/", "prism"},
    {"http://nwalsh.com/rdf/vCard#", "vcard"},
    {"http://purl.org/rss/1.0/modules/link/", "link"},
};

// Element names under Zotero's prefixes.
class Names {
 public:
  explicit Names(pugi::xml_node root) {
    for (pugi::xml_attribute a : root.attributes()) {
      std::string_view n = a.name();
      if (!starts_with(n, "xmlns:")) continue;
      for (const auto& [uri, prefix] : kNamespaces)
        if (uri == a.value()) prefix_[std::string(n.substr(6))] = std::string(prefix);
    }
  }
  // "bib:Article" for <bib:Article> and for <b:Article> when b is bound to bib's namespace.
  std::string operator()(pugi::xml_node n) const {
    std::string_view name = n.name();
    std::size_t colon = name.find(':');
    if (colon == std::string_view::npos) return std::string(name);
    auto it = prefix_.find(std::string(name.substr(0, colon)));
    if (it == prefix_.end()) return std::string(name);
    return it->second + std::string(name.substr(colon));
  }
  bool is(pugi::xml_node n, std::string_view name) const { return n.type() == pugi::node_element && (*this)(n) == name; }
  pugi::xml_node child(pugi::xml_node n, std::string_view name) const {
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
      if (is(c, name)) return c;
    return {};
  }
  // The attribute rdf:<local> under whatever prefix.
  std::string_view rdf_attr(pugi::xml_node n, std::string_view local) const {
    for (pugi::xml_attribute a : n.attributes()) {
      std::string_view an = a.name();
      std::size_t colon = an.find(':');
      if (colon == std::string_view::npos || an.substr(colon + 1) != local) continue;
      auto it = prefix_.find(std::string(an.substr(0, colon)));
      if (it != prefix_.end() && it->second == "rdf") return a.value();
    }
    return {};
  }

 private:
  std::unordered_map<std::string, std::string> prefix_;
};

std::string local_name(const std::string& qname) {
  std::size_t colon = qname.find(':');
  return colon == std::string::npos ? qname : qname.substr(colon + 1);
}

struct FileState {
  std::unordered_map<std::string, pugi::xml_node> by_about;  // top-level nodes
  std::set<std::string> used;                                // abouts an item named (containers, notes)
  std::map<std::string, std::size_t> unknown;                // element name -> first offset said
  std::size_t notes_attached = 0;
  std::size_t notes_empty = 0;        // attached notes without text
  std::size_t notes_repeated = 0;     // a note the item has already (the same text)
  std::size_t attachment_files = 0;   // given to the work as refnet files
  std::size_t attachment_links = 0;   // kept in extra "attachment"
  std::size_t attachments_empty = 0;  // neither a file nor a link
  ZoteroExtraJoins extra_joins;
  ZoteroEntities entities;
  std::filesystem::path folder;       // the export's folder, for attachments' relative paths
  UnsafeKeys unsafe_keys;  // z:citationKey values a library key cannot be
};

class ItemMapper {
 public:
  ItemMapper(const Names& names, FileState& state, Diagnostics& diags, std::string_view text, std::size_t offset)
      : n_(names), state_(state), diags_(diags), text_(text), offset_(offset) {}

  void map(pugi::xml_node item, Record& r) {
    for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const std::string name = n_(c);
      if (name == "z:itemType") type(xml_text(c), r);
      else if (name == "dc:title") r.title = xml_text(c);
      else if (name == "bib:authors") creators(c, r.authors, "author");
      else if (name == "bib:editors") creators(c, r.editors, "editor");
      else if (name == "dcterms:isPartOf") container(c, r, 0);
      else if (name == "dc:date") date(xml_text(c), r);
      else if (name == "bib:pages") r.pages = normalize_pages(xml_text(c));
      else if (name == "prism:volume") r.volume = xml_text(c);
      else if (name == "prism:number") r.number = xml_text(c);
      else if (name == "dc:identifier") identifier(c, r, false);
      else if (name == "dc:subject") subject(c, r);
      else if (name == "dcterms:abstract") r.abstract = xml_paragraphs(c);
      else if (name == "z:language" || name == "dc:language") r.language = xml_text(c);
      else if (name == "z:citationKey") citation_key(xml_text(c), r);
      else if (name == "dc:publisher") publisher(c, r);
      else if (name == "dc:description") {
        for (const std::string& line : split_list(xml_paragraphs(c), "\n"))
          read_zotero_extra_line(line, r, diags_, offset_, state_.extra_joins);
      } else if (name == "bib:presentedAt") {
        pugi::xml_node conf = node_named(c);
        std::string t = conf ? xml_text(n_.child(conf, "dc:title")) : xml_text(c);
        if (!t.empty()) r.add_extra("event-title", std::move(t));
      } else if (name == "dcterms:isReferencedBy") note(c, r);
      else if (name == "link:link") attachment(c, r);
      else if (is_creator_list(c)) other_creators(name, c, r);
      else extra(name, c, r);
    }
    // A DOI only the item's web address gives (dc:identifier's dcterms:URI
    // "https://doi.org/10...", a publisher's ".../doi/abs/10..."): the
    // record's when no "DOI x" gave one, as the RIS reader takes UR's.  Not
    // an attachment's link: a data set's or a supplement's DOI is not the
    // item's.
    for (const std::string& u : web_addresses_) {
      if (!r.doi.empty()) break;
      if (auto d = doi_in_url(u, "Zotero RDF URL", diags_, offset_)) r.doi = std::move(*d);
    }
  }

 private:
  const Names& n_;
  FileState& state_;
  Diagnostics& diags_;
  std::string_view text_;
  std::size_t offset_;
  std::vector<std::string> web_addresses_;  // the item's own web addresses, in the file's order

  void type(const std::string& t, Record& r) {
    std::string_view csl = zotero_csl_type(t);
    if (!csl.empty()) {
      r.type = std::string(csl);
      if (csl == "document" && t != "document") r.add_extra("itemType", t);
      return;
    }
    diags_.warning(offset_, "Zotero item type '" + t + "' is not one refnet knows: read as a generic document");
    r.type = "document";
    r.add_extra("itemType", t);
  }

  void date(const std::string& text, Record& r) {
    r.issued = parse_raw_date(text);
    if (std::string w = free_date_warning("Zotero RDF dc:date", text, r.issued); !w.empty())
      diags_.warning(offset_, std::move(w));
  }

  // The node an element holds (nested) or names (rdf:resource); null when neither.
  pugi::xml_node node_named(pugi::xml_node c) {
    std::string_view res = n_.rdf_attr(c, "resource");
    if (!res.empty()) {
      auto it = state_.by_about.find(std::string(res));
      if (it == state_.by_about.end()) return {};
      state_.used.insert(std::string(res));
      return it->second;
    }
    for (pugi::xml_node k = c.first_child(); k; k = k.next_sibling())
      if (k.type() == pugi::node_element) return k;
    return {};
  }

  bool is_creator_list(pugi::xml_node c) const {
    return n_.child(c, "rdf:Seq") || n_.child(c, "rdf:Bag") || n_.child(c, "foaf:Person");
  }

  // A foaf:Person's parts under every name Zotero's own RDF import reads
  // them (its RDF.js): foaf:surname, familyName, lastName, family_name;
  // foaf:givenName, firstName, and FOAF's old givenname, which Zotero 4 and
  // older wrote (scalefreegan/Dissertation's library of 2015: read as a
  // surname alone, 2,441 persons lost their given names).  foaf:name when
  // there are no parts.  Any other element is no part of a name: said once
  // a file, dropped.
  Creator person(pugi::xml_node p, std::string_view role) {
    static const std::set<std::string> kFamily = {"foaf:surname", "foaf:familyName", "foaf:lastName",
                                                  "foaf:family_name"};
    static const std::set<std::string> kGiven = {"foaf:givenName", "foaf:firstName", "foaf:givenname"};
    Creator n;
    if (n_.is(p, "foaf:Person")) {
      std::string whole;
      for (pugi::xml_node c = p.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        const std::string name = n_(c);
        std::string v = xml_text(c);
        std::string* slot = kFamily.count(name) ? &n.family : kGiven.count(name) ? &n.given
                            : name == "foaf:name"                                 ? &whole
                                                                                  : nullptr;
        if (slot && (slot->empty() || *slot == v)) {
          *slot = std::move(v);
        } else if (const std::string key = "foaf:Person/" + name; !state_.unknown.count(key)) {
          state_.unknown[key] = offset_;
          diags_.warning(offset_, "Zotero RDF foaf:Person element <" + name + "> " +
                                      (slot ? "repeats a part of the name the person has already"
                                            : "is not a part of a name refnet reads") +
                                      ": dropped ('" + v + "'; said once for the file)");
        }
      }
      if (n.family.empty() && n.given.empty()) n.literal = std::move(whole);
    } else {
      n.literal = xml_text(p);
    }
    if (std::string said = read_zotero_name_parts(n, "Zotero RDF " + std::string(role)); !said.empty())
      diags_.warning(offset_, said);
    // A group's noun as the surname, its name as the given name (Zotero's
    // two fields guessed from "DESI Collaboration"): the group, in written
    // order, as every reader takes "Collaboration, DESI".
    organisation_as_literal(n);
    // A surname alone is Zotero's single-field name ("Apple", "World Health
    // Organization"): written so, read so.
    if (n.given.empty() && !n.family.empty()) {
      n.literal = std::move(n.family);
      n.family.clear();
    }
    split_family_particle(n);
    // "Dr Siva" (a title written into the given name): dropped and said, as
    // the Zotero JSON reader does.
    if (std::string said = drop_given_titles(n, "Zotero RDF " + std::string(role)); !said.empty())
      diags_.warning(offset_, said);
    return n;
  }

  // The persons of bib:authors: rdf:Seq (or Bag) of rdf:li, each a foaf:Person
  // or a name as text; or a foaf:Person right inside.
  std::vector<Creator> persons(pugi::xml_node list, std::string_view role) {
    std::vector<Creator> out;
    auto take = [&](pugi::xml_node p) {
      Creator c = person(p, role);
      if (!c.empty()) out.push_back(std::move(c));
    };
    for (pugi::xml_node c = list.first_child(); c; c = c.next_sibling()) {
      if (n_.is(c, "foaf:Person")) take(c);
      else if (n_.is(c, "rdf:Seq") || n_.is(c, "rdf:Bag")) {
        for (pugi::xml_node li = c.first_child(); li; li = li.next_sibling()) {
          if (!n_.is(li, "rdf:li")) continue;
          pugi::xml_node p = n_.child(li, "foaf:Person");
          take(p ? p : li);
        }
      }
    }
    return out;
  }

  void creators(pugi::xml_node list, std::vector<Creator>& to, std::string_view role) {
    for (Creator& c : persons(list, role)) to.push_back(std::move(c));
  }

  void other_creators(const std::string& name, pugi::xml_node list, Record& r) {
    std::string role = local_name(name);  // "seriesEditors"
    if (ends_with(role, "s")) role.pop_back();
    if (is_zotero_primary_creator(role)) return creators(list, r.authors, role);
    const std::string label = role == "seriesEditor" ? "collection-editor"
                              : role == "bookAuthor" ? "container-author"
                                                     : role;
    std::string names;
    for (const Creator& c : persons(list, role)) {
      std::string one = c.is_literal() ? c.literal : c.given.empty() ? c.full_family() : c.full_family() + ", " + c.given;
      names += (names.empty() ? "" : "; ") + one;
    }
    if (!names.empty()) r.add_extra(label, std::move(names));
  }

  // dcterms:isPartOf of the item (depth 0) or of its container (a series).
  void container(pugi::xml_node part, Record& r, int depth) {
    pugi::xml_node node = node_named(part);
    if (!node) {
      std::string_view res = n_.rdf_attr(part, "resource");
      if (!res.empty()) {
        diags_.warning(offset_, "Zotero RDF dcterms:isPartOf names '" + std::string(res) +
                                    "', which the file does not hold: kept in extra \"isPartOf\"");
        r.add_extra("isPartOf", std::string(res));
      }
      return;
    }
    if (n_.is(node, "bib:Series")) return series(node, r);
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const std::string name = n_(c);
      if (name == "dc:title") {
        std::string t = xml_text(c);
        if (r.container_title.empty()) r.container_title = std::move(t);
        else if (!t.empty()) r.add_extra("container-title", std::move(t));
      } else if (name == "dcterms:alternative") r.container_title_short = xml_text(c);
      else if (name == "prism:volume") r.volume = xml_text(c);
      else if (name == "prism:number") r.issue = xml_text(c);
      else if (name == "dc:identifier") identifier(c, r, true);
      else if (name == "dcterms:isPartOf" && depth == 0) container(c, r, 1);
      else extra(name, c, r);
    }
  }

  void series(pugi::xml_node s, Record& r) {
    for (pugi::xml_node c = s.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const std::string name = n_(c);
      std::string v = xml_text(c);
      if (v.empty()) continue;
      if (name == "dc:title") r.add_extra("collection-title", std::move(v));
      else if (name == "dc:identifier") r.add_extra("collection-number", std::move(v));
      else if (name == "dcterms:alternative") r.add_extra("series-title", std::move(v));
      else if (name == "dc:description") r.add_extra("series-text", std::move(v));
      else extra(name, c, r);
    }
  }

  // "DOI 10.1257/x", "ISSN 0002-8282, 1944-7981", "ISBN ...", or a URL in
  // dcterms:URI/rdf:value.  A container's DOI is the item's: Zotero writes
  // the item's DOI on its journal node.
  void identifier(pugi::xml_node id, Record& r, bool in_container) {
    if (pugi::xml_node uri = n_.child(id, "dcterms:URI")) {
      std::string u = xml_text(n_.child(uri, "rdf:value"));
      if (u.empty()) return;
      if (!in_container) web_addresses_.push_back(u);
      if (r.url.empty()) r.url = std::move(u);
      else if (u != r.url) r.add_extra("url", std::move(u));
      return;
    }
    const std::string v = xml_text(id);
    if (v.empty()) return;
    std::size_t sp = v.find(' ');
    std::string_view kind = sp == std::string::npos ? std::string_view() : std::string_view(v).substr(0, sp);
    std::string value = sp == std::string::npos ? std::string() : std::string(trim(std::string_view(v).substr(sp + 1)));
    if (kind == "DOI") {
      if (r.doi.empty()) read_zotero_doi(value, r, diags_, offset_);
      else if (!iequals(value, r.doi)) r.add_extra("DOI", value);
    } else if (kind == "ISSN" || kind == "ISBN") {
      read_issn_or_isbn(value, kind == "ISSN", r);
    } else if (in_container) {
      r.add_extra("container-identifier", v);
    } else {
      web_addresses_.push_back(v);
      r.add_extra("identifier", v);
    }
  }

  // A manual tag (text) is the user's: a refnet tag; an automatic tag
  // (z:AutomaticTag) or a subject heading node holds a database's term: a keyword.
  void subject(pugi::xml_node s, Record& r) {
    for (pugi::xml_node c = s.first_child(); c; c = c.next_sibling())
      if (c.type() == pugi::node_element) return add_zotero_tag(xml_text(n_.child(c, "rdf:value")), true, r);
    add_zotero_tag(xml_text(s), false, r);
  }

  void publisher(pugi::xml_node p, Record& r) {
    pugi::xml_node org = n_.child(p, "foaf:Organization");
    if (!org) {
      if (std::string t = xml_text(p); !t.empty()) r.publisher = std::move(t);
      return;
    }
    if (std::string t = xml_text(n_.child(org, "foaf:name")); !t.empty()) r.publisher = std::move(t);
    if (pugi::xml_node adr = n_.child(org, "vcard:adr")) {
      pugi::xml_node a = n_.child(adr, "vcard:Address");
      if (std::string t = xml_text(n_.child(a ? a : adr, "vcard:locality")); !t.empty()) r.publisher_place = std::move(t);
    }
  }

  void note(pugi::xml_node ref, Record& r) {
    pugi::xml_node memo = node_named(ref);
    if (!memo) {
      diags_.warning(offset_, "Zotero RDF dcterms:isReferencedBy names '" + std::string(n_.rdf_attr(ref, "resource")) +
                                  "', which the file does not hold");
      return;
    }
    if (!n_.is(memo, "bib:Memo")) return;  // a related item: it is read as itself
    switch (add_zotero_note(n_.child(memo, "rdf:value").text().get(), r)) {
      case ZoteroNote::added: ++state_.notes_attached; break;
      case ZoteroNote::empty: ++state_.notes_empty; break;
      case ZoteroNote::repeated: ++state_.notes_repeated; break;
    }
  }

  // link:link naming the item's z:Attachment: its file, else its link.
  void attachment(pugi::xml_node link, Record& r) {
    pugi::xml_node a = node_named(link);
    if (!a) {
      diags_.warning(offset_, "Zotero RDF link:link names '" + std::string(n_.rdf_attr(link, "resource")) +
                                  "', which the file does not hold");
      return;
    }
    std::string file(n_.rdf_attr(n_.child(a, "rdf:resource"), "resource"));
    // A path relative to a folder refnet does not know (standard input): a link.
    if (!file.empty() && (!std::filesystem::path(file).is_relative() || !state_.folder.empty())) {
      std::filesystem::path p(file);
      if (p.is_relative()) p = state_.folder / p;
      r.add_extra(std::string(kLibraryFile), p.lexically_normal().string());
      ++state_.attachment_files;
      return;
    }
    std::string url = xml_text(n_.child(n_.child(n_.child(a, "dc:identifier"), "dcterms:URI"), "rdf:value"));
    if (url.empty()) url = file;
    if (url.empty()) {
      ++state_.attachments_empty;
      return;
    }
    std::string title = xml_text(n_.child(a, "dc:title"));
    r.add_extra("attachment", title.empty() ? url : title + " <" + url + ">");
    ++state_.attachment_links;
  }

  // Zotero 7's own citation key: the record's key.  One a library key
  // cannot be (ArmEnBib's "abrahamyan[abrahamyan]Arhestnere...1956") is said
  // once a file; the library gives the work a key and keeps this one as its
  // alias (ingest's keep_source_key).
  void citation_key(std::string key, Record& r) {
    if (key.empty()) return;
    if (!is_safe_key(key)) state_.unsafe_keys.add(key, offset_);
    r.citekey = std::move(key);
  }

  // An element refnet has no slot for: kept in extra by its local name;
  // one that is not Zotero's usual is said once per file.
  void extra(const std::string& name, pugi::xml_node c, Record& r) {
    static const std::set<std::string> kKnown = {
        "z:libraryCatalog", "z:extra",   "dcterms:dateSubmitted", "dc:rights", "z:shortTitle",
        "z:numPages",       "prism:edition", "z:archive",         "dc:coverage", "z:callNumber",
        "z:numberOfVolumes", "z:accessDate", "dcterms:alternative", "dcterms:modified", "z:medium", "z:type"};
    std::string v = xml_paragraphs(c);
    if (v.empty()) v = xml_text(n_.child(c, "rdf:value"));
    if (!kKnown.count(name) && !state_.unknown.count(name)) {
      state_.unknown[name] = offset_;
      diags_.warning(offset_, "Zotero RDF element <" + name + "> is not one refnet reads: kept in extra \"" +
                                  local_name(name) + "\" (said once for the file)");
    }
    // z:type is Zotero's "type" field (a thesis's "PhD thesis"): CSL's genre.
    if (!v.empty()) r.add_extra(name == "z:type" ? "genre" : local_name(name), std::move(v));
  }
};

}  // namespace

namespace {
// The file's collections: each item's (by rdf:about) as paths, the names
// from the top collection down, '\n' between them (kLibraryCollection).
struct Collections {
  std::vector<std::pair<std::string, std::size_t>> paths;         // every collection's path, offset
  std::unordered_map<std::string, std::vector<std::string>> of;  // member about -> paths
  std::vector<std::pair<std::string, std::size_t>> members;      // (about, offset of its collection)
};

Collections read_collections(const std::vector<pugi::xml_node>& nodes, const Names& names, std::string_view text) {
  Collections out;
  struct One {
    std::string title;
    std::vector<std::string> parts;
    std::size_t at = 0;
  };
  std::map<std::string, One> by_about;
  std::vector<std::string> order;
  std::unordered_map<std::string, std::string> parent;  // child collection -> its collection
  for (pugi::xml_node n : nodes) {
    if (!names.is(n, "z:Collection")) continue;
    std::string about(names.rdf_attr(n, "about"));
    One c;
    c.at = xml_element_begin(n, text);
    c.title = collapse_space(xml_text(names.child(n, "dc:title")));
    // A collection's name is one segment of a path: its '\n' would split it.
    if (c.title.empty()) c.title = "Zotero collection " + about;
    for (pugi::xml_node k = n.first_child(); k; k = k.next_sibling())
      if (names.is(k, "dcterms:hasPart")) c.parts.emplace_back(names.rdf_attr(k, "resource"));
    order.push_back(about);
    by_about.emplace(about, std::move(c));
  }
  for (const auto& [about, c] : by_about)
    for (const std::string& part : c.parts)
      if (by_about.count(part)) parent.emplace(part, about);
  for (const std::string& about : order) {
    const One& c = by_about[about];
    std::vector<std::string> path{c.title};
    std::string up = about;
    for (int depth = 0; depth < 64; ++depth) {
      auto it = parent.find(up);
      if (it == parent.end() || it->second == about) break;
      up = it->second;
      path.insert(path.begin(), by_about[up].title);
    }
    std::string joined;
    for (const std::string& name : path) joined += (joined.empty() ? "" : "\n") + name;
    out.paths.emplace_back(joined, c.at);
    for (const std::string& part : c.parts) {
      if (by_about.count(part)) continue;
      auto& paths = out.of[part];
      if (std::find(paths.begin(), paths.end(), joined) == paths.end()) paths.push_back(joined);
      out.members.emplace_back(part, c.at);
    }
  }
  return out;
}

// The first words of a note, for a diagnostic.
std::string note_excerpt(const std::string& text) {
  std::string one = collapse_space(text);
  if (one.size() <= 60) return one;
  std::size_t cut = 60;
  while (cut > 0 && (static_cast<unsigned char>(one[cut]) & 0xC0) == 0x80) --cut;
  return one.substr(0, cut) + "...";
}
}  // namespace

ParseStats parse_zotero_rdf(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  ParseStats stats;
  XmlDocument xml;
  load_xml_document(xml, text, "Zotero RDF", diags);
  pugi::xml_node root = xml.root();
  if (!root) return stats;
  const Names names(root);
  FileState state;
  if (!diags.file().empty() && diags.file() != "-") {
    std::error_code ec;
    state.folder = std::filesystem::absolute(std::filesystem::path(diags.file()), ec).parent_path();
  }
  std::vector<pugi::xml_node> nodes;
  for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    nodes.push_back(c);
    if (std::string_view about = names.rdf_attr(c, "about"); !about.empty()) state.by_about.emplace(about, c);
  }
  const Collections collections = read_collections(nodes, names, text);
  auto item_type = [&](pugi::xml_node n) { return xml_text(names.child(n, "z:itemType")); };
  std::size_t attachments = 0;
  std::size_t first_attachment = 0;
  std::vector<pugi::xml_node> items;
  std::set<std::string> item_abouts;
  std::size_t first_note = 0;
  for (pugi::xml_node n : nodes)
    if (names.is(n, "bib:Memo")) {
      first_note = xml_element_begin(n, text);
      break;
    }
  for (std::size_t k = 0; k < nodes.size(); ++k) {
    pugi::xml_node n = nodes[k];
    const std::string t = item_type(n);
    if (t.empty() || t == "note") continue;
    if (t == "attachment" || names.is(n, "z:Attachment")) {
      if (!attachments++) first_attachment = xml_element_begin(n, text);
      continue;
    }
    items.push_back(n);
    item_abouts.emplace(names.rdf_attr(n, "about"));
  }
  PositionCounter positions(text);
  for (std::size_t k = 0; k < items.size(); ++k) {
    pugi::xml_node n = items[k];
    const XmlSpan span = xml_element_span(n, text, xml);
    const std::size_t begin = span.begin;
    if (span.cut_short) {
      diags.error(begin, std::string(n.name()) + " cut short by the XML error; skipped");
      ++stats.rejected;
      continue;
    }
    Record r;
    ItemMapper(names, state, diags, text, begin).map(n, r);
    state.entities.decode(r, begin);
    // The resource's name (session 61): Zotero's item URI when the RDF's
    // writer names items so, the item's identity (zotero_item.hpp); Zotero's
    // own "#item_123" (an item with no ISBN or URL) its row in the Zotero
    // that wrote the file, which names it in that Zotero's RDF exports only.
    // Its ISBN or URL, Zotero's other names, are values the record holds.
    if (const std::string_view about = trim(names.rdf_attr(n, "about")); !zotero_item_uri(about).empty())
      r.add_extra("zotero-uri", std::string(about));
    else if (starts_with(about, "#item_") && about.size() > 6 &&
             std::all_of(about.begin() + 6, about.end(), [](char c) { return c >= '0' && c <= '9'; }))
      r.add_extra("zotero-item-id", std::string(about.substr(6)));
    if (auto it = collections.of.find(std::string(names.rdf_attr(n, "about"))); it != collections.of.end())
      for (const std::string& path : it->second) r.add_extra(std::string(kLibraryCollection), path);
    if (std::string said = split_no_pagination(r.volume, r.issue, r.number); !said.empty())
      diags.report(Severity::note, begin, said);
    if (r.title.empty()) diags.warning(begin, "Zotero item has no title (dc:title): read without one");
    deliver_record_at(std::move(r), kFormat, span.of(text), positions.at(begin), diags, stats, sink);
  }
  // What is no work: said, standalone notes one by one, the rest a warning a kind.
  std::size_t others = 0, first_other = 0, linked = 0;
  std::string other_names;
  for (pugi::xml_node n : nodes) {
    const std::string_view about = names.rdf_attr(n, "about");
    if (!item_type(n).empty() && item_type(n) != "note") continue;  // items and attachments
    if (names.is(n, "z:Collection")) continue;
    if (!about.empty() && state.used.count(std::string(about))) continue;  // named by an item
    if (names.is(n, "bib:Memo") || item_type(n) == "note") {
      std::string note = zotero_note_text(names.child(n, "rdf:value").text().get());
      diags.warning(xml_element_begin(n, text),
                    "standalone note (bib:Memo) belongs to no item and refnet keeps notes on works only: skipped" +
                        (note.empty() ? std::string(" (it holds no text)") : " (\"" + note_excerpt(note) + "\")"));
    } else {
      if (!others++) first_other = xml_element_begin(n, text);
      if (other_names.find("<" + names(n) + ">") == std::string::npos)
        other_names += std::string(other_names.empty() ? "" : ", ") + "<" + names(n) + ">";
    }
  }
  auto say = [&](std::size_t count, std::size_t at, const std::string& what) {
    if (count) diags.warning(at, std::to_string(count) + " " + what);
  };
  state.unsafe_keys.say(diags, "z:citationKey");
  linked = state.attachment_files + state.attachment_links + state.attachments_empty;
  state.extra_joins.say(diags);
  state.entities.say(diags);
  if (attachments)
    diags.warning(first_attachment,
                  std::to_string(attachments) + (attachments == 1 ? " attachment (z:Attachment): " : " attachments (z:Attachment): ") +
                      std::to_string(state.attachment_files) + " files given to their works (refnet attach), " +
                      std::to_string(state.attachment_links) + " links kept in extra \"attachment\", " +
                      std::to_string(state.attachments_empty) + " with neither, " +
                      std::to_string(attachments > linked ? attachments - linked : 0) +
                      " belonging to no item, skipped");
  if (state.notes_empty || state.notes_repeated)
    diags.warning(first_note, std::to_string(state.notes_empty + state.notes_repeated) + " of the " +
                                  std::to_string(state.notes_attached + state.notes_empty + state.notes_repeated) +
                                  " notes attached to items skipped: " + std::to_string(state.notes_empty) +
                                  " hold no text, " + std::to_string(state.notes_repeated) +
                                  " repeat a note of the same item word for word (the others are refnet notes)");
  // Members of collections that are no item of the file (a standalone note,
  // an attachment, a node the file lacks): counted.
  std::size_t strays = 0, first_stray = 0;
  for (const auto& [about, at] : collections.members)
    if (!item_abouts.count(about) && !strays++) first_stray = at;
  // Collections no item of the file is in (nor in one inside them): not
  // made, as refnet makes a collection for the works it gets.
  std::set<std::string> made;
  for (const auto& [about, paths] : collections.of)
    if (item_abouts.count(about))
      for (const std::string& path : paths)
        for (std::size_t cut = path.find('\n'); ; cut = path.find('\n', cut + 1)) {
          made.insert(path.substr(0, cut));
          if (cut == std::string::npos) break;
        }
  std::size_t empty = 0, first_empty = 0;
  std::string empty_names;
  for (const auto& [path, at] : collections.paths)
    if (!made.count(path)) {
      if (!empty++) first_empty = at;
      std::string shown = path;
      std::replace(shown.begin(), shown.end(), '\n', '/');
      empty_names += (empty_names.empty() ? "'" : ", '") + shown + "'";
    }
  say(empty, first_empty,
      std::string(empty == 1 ? "collection (z:Collection) holds" : "collections (z:Collection) hold") +
          " no item of the file, nor a collection that does: not made (" + empty_names + ")");
  say(strays, first_stray,
      std::string(strays == 1 ? "member of a collection (dcterms:hasPart) is" : "members of collections (dcterms:hasPart) are") +
          " no item of the file (a note, an attachment, or a node the file does not hold): not added");
  say(others, first_other,
      std::string(others == 1 ? "node" : "nodes") + " of rdf:RDF that no item names and that are no item (" +
          other_names + "): skipped");
  return stats;
}

bool looks_like_zotero_rdf(std::string_view body) {
  std::string_view head = xml_head(body);
  if (head.find("<rdf:RDF") == std::string_view::npos) return false;
  return head.find("http://www.zotero.org/namespaces/export#") != std::string_view::npos;
}

}  // namespace refnet
