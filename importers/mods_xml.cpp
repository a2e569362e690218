// MODS XML (the Library of Congress's Metadata Object Description Schema,
// version 3) -> Records: bibutils' hub format (bib2xml, ris2xml, med2xml),
// Zotero's and JabRef's "MODS" exports, and what library catalogues and
// repositories hand out (LoC's SRU, DSpace, EPrints, Islandora), alone or
// inside an OAI-PMH or SRU response.  The document is read whole by
// pugixml; elements are compared by their local names, so <mods:title>,
// <m:title> and <title> under a default namespace are one.
//
// Every <mods> element that is not inside another is one record (one with
// no title, no name and no identifier is rejected with an error).
//
// MODS                                   Record
//   @ID                                  citekey, unless an identifier type="citekey" gives one
//   titleInfo (no type)                  title: nonSort + title + ": " subTitle + ". " partNumber/partName
//                                        (ISBD's trailing " /", " :" dropped); a second: extra "title"
//   titleInfo type=abbreviated/translated/alternative/uniform
//                                        extra "title-short", "translated-title", "alternative-title",
//                                        "uniform-title"
//   name                                 namePart type=family/given (several given joined),
//                                        termsOfAddress a suffix ("Jr."), one namePart "Family, Given"
//                                        or displayForm; type=corporate: a literal, its parts joined
//                                        ". "; type=conference: extra "event-title"; nameIdentifier or
//                                        valueURI of ORCID: orcid; affiliation: affiliations.
//                                        role (roleTerm code aut/cre, edt, or text): authors, editors
//                                        (no role: author); pbl a publisher; others extra by role
//                                        ("translator", "contributor", "thesis-advisor"...)
//   typeOfResource, genre                type (see csl_type below); a thesis's genre ("Ph.D. thesis")
//                                        extra "genre"
//   originInfo                           dateIssued (keyDate, encoding w3cdtf/iso8601/edtf/marc
//                                        preferred; point=start/end a range; else dateCreated, then
//                                        copyrightDate) issued; publisher; place/placeTerm (text)
//                                        publisher_place; edition extra "edition"; issuance (type);
//                                        dateCaptured extra "accessed"; others extra by name
//   relatedItem type=host                container: titleInfo container_title (abbreviated:
//                                        container_title_short), names editors (a host's author extra
//                                        "container-author"), part, identifiers (ISSN/ISBN, "serial
//                                        number"), originInfo (publisher, place, date when the item
//                                        has none), genre/issuance (type); a host inside the host
//                                        (bibutils' journal abbreviation): container_title_short
//   relatedItem type=series              extra "collection-title", "collection-number", "collection-editor"
//   relatedItem other types              extra "<type>" with its title ("original", "otherVersion"...)
//   part                                 detail type volume/issue/number/chapter/section (number
//                                        and caption), extent unit page(s) start/end/total/list
//                                        pages (total alone: extra "number-of-pages"), date
//   identifier                           doi (bare, "doi:", URL), isbn, issn, pmid, pmcid, uri/url
//                                        (a DOI URL is the DOI), citekey; others extra by type
//   location/url                         url (usage="primary display" first); others extra "url";
//                                        physicalLocation extra "archive", shelfLocator "call-number"
//   abstract                             abstract (several joined by a blank line)
//   subject (topic, geographic, temporal, genre, name, title, hierarchicalGeographic)
//                                        keywords, one per subelement
//   classification                       extra "classification"
//   language/languageTerm                language (text, else code; several joined "; ")
//   note, accessCondition                extra "note", "rights"
//   physicalDescription                  extent extra "extent", form extra "medium"
//   recordInfo                           recordIdentifier extra "recordIdentifier"; the rest is the
//                                        catalogue's record, not the work: said once
//   anything else                        extra by its local name when it holds text, said once per
//                                        element name per file; extension: said once, not read
#include <algorithm>
#include <map>
#include <set>

#include "refnet/doi.hpp"
#include "refnet/importer.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"
#include "ris_fields.hpp"
#include "source_string.hpp"
#include "xml_document.hpp"

namespace refnet {

namespace {

constexpr std::string_view kFormat = "mods";

bool is(pugi::xml_node n, std::string_view local) {
  return n.type() == pugi::node_element && xml_local_name(n) == local;
}
pugi::xml_node child(pugi::xml_node n, std::string_view local) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    if (is(c, local)) return c;
  return {};
}
// An attribute by its local name ("type", "xlink:href" as "href").
std::string_view attr(pugi::xml_node n, std::string_view local) {
  for (pugi::xml_attribute a : n.attributes()) {
    std::string_view name = a.name();
    std::size_t colon = name.find(':');
    if ((colon == std::string_view::npos ? name : name.substr(colon + 1)) == local) return a.value();
  }
  return {};
}
std::string lower_attr(pugi::xml_node n, std::string_view local) { return ascii_lower(trim(attr(n, local))); }

// ISBD punctuation a catalogue leaves at the end of a title or a place
// ("Developing high quality data models /", "3 Viennese arias :").
std::string without_isbd_end(std::string s) {
  while (true) {
    std::string_view t = trim(s);
    if (t.size() >= 2 && (t.back() == '/' || t.back() == ':' || t.back() == ';' || t.back() == '=' || t.back() == ',') &&
        is_space(t[t.size() - 2]))
      s = std::string(trim(t.substr(0, t.size() - 1)));
    else return std::string(t);
  }
}

// What the file has said once: element names not read and the like.
struct FileState {
  std::set<std::string> said;
};

// The roles MARC's relator codes name, as refnet's extra fields name them.
std::string role_name(std::string_view role) {
  static const std::map<std::string_view, std::string_view> kCodes = {
      {"aut", "author"},        {"cre", "author"},        {"art", "author"},       {"pht", "author"},
      {"ctg", "author"},        {"cmp", "author"},        {"prg", "author"},       {"prf", "author"},        {"edt", "editor"},       {"ctb", "contributor"},
      {"trl", "translator"},    {"ths", "thesis-advisor"}, {"dgs", "degree-supervisor"},
      {"ill", "illustrator"},   {"ivr", "interviewer"},   {"ive", "interviewee"}, {"rcp", "recipient"},
      {"drt", "director"},      {"pbl", "publisher"},
      {"dgg", "degree-grantor"}, {"cph", "copyright-holder"}, {"com", "compiler"}, {"org", "originator"},
      {"his", "host-institution"}, {"sad", "scientific-advisor"}, {"rev", "reviewer"}, {"asn", "associated-name"}};
  std::string r = ascii_lower(trim(role));
  if (auto it = kCodes.find(r); it != kCodes.end()) return std::string(it->second);
  // The primary creator of a photograph, a map, a score, a program, a
  // recording: its author, as CSL (and Zotero's CSL mapping) has it.
  if (r == "creator" || r == "artist" || r == "photographer" || r == "cartographer" || r == "composer" ||
      r == "programmer" || r == "performer")
    return "author";
  if (!r.empty() && r.back() == '.') r.pop_back();
  for (char& c : r)
    if (c == ' ') c = '-';
  return r;
}

// "Family, Given" for extra fields that list names.
std::string listed_name(const Creator& c) {
  if (c.is_literal()) return c.literal;
  std::string family = c.full_family();
  return c.given.empty() ? family : family + ", " + c.given;
}

class ModsMapper {
 public:
  ModsMapper(FileState& state, Diagnostics& diags, std::size_t offset)
      : state_(state), diags_(diags), offset_(offset) {}

  void map(pugi::xml_node mods, Record& r) {
    for (pugi::xml_node c = mods.first_child(); c && !has_citekey_; c = c.next_sibling())
      has_citekey_ = is(c, "identifier") && lower_attr(c, "type") == "citekey";
    for (pugi::xml_node c = mods.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = xml_local_name(c);
      if (name == "titleInfo") title(c, r);
      else if (name == "name") creator(c, r, false);
      else if (name == "typeOfResource") {
        resource_ = ascii_lower(xml_text(c));
        if (lower_attr(c, "manuscript") == "yes") manuscript_ = true;
      } else if (name == "genre") genres_.push_back(xml_text(c));
      else if (name == "originInfo") origin(c, r, false);
      else if (name == "language") language(c, r);
      else if (name == "physicalDescription") physical(c, r);
      else if (name == "abstract") {
        std::string a = xml_paragraphs(c);
        if (!a.empty()) r.abstract += (r.abstract.empty() ? "" : "\n\n") + a;
      } else if (name == "note") keep(c, "note", r);
      else if (name == "accessCondition") keep(c, "rights", r);
      else if (name == "subject") subject(c, r);
      else if (name == "classification") keep(c, "classification", r);
      else if (name == "relatedItem") related(c, r);
      else if (name == "identifier") identifier(c, r, false);
      else if (name == "location") location(c, r, false);
      else if (name == "part") part(c, r);
      else if (name == "recordInfo") record_info(c, r);
      else if (name == "extension") not_read(c, "<extension> (a local schema's elements)");
      else other(c, r);
    }
    finish(mods, r);
  }

 private:
  FileState& state_;
  Diagnostics& diags_;
  std::size_t offset_;
  std::string resource_;
  bool manuscript_ = false;
  std::vector<std::string> genres_;
  std::string issuance_;
  bool host_ = false;
  std::vector<std::string> host_genres_;
  std::string host_issuance_;
  bool host_isbn_ = false, host_issn_ = false, host_editors_ = false;
  std::string name_publisher_;  // a name with role publisher: originInfo's publisher comes first
  std::string address_;         // bibutils' physicalLocation: the place when nothing else gives one
  Date host_date_;
  std::string host_publisher_, host_place_;
  bool has_citekey_ = false;  // bibutils', JabRef's: a reference manager's record

  // Said once per file: `what` is not read.
  void not_read(pugi::xml_node at, const std::string& what) {
    if (!state_.said.insert(what).second) return;
    diags_.warning(xml_offset(at), "MODS " + what + " is not read (said once for the file)");
  }
  std::size_t xml_offset(pugi::xml_node n) const {
    // offset_debug is of the element's name; the record's start when pugixml gives none.
    std::ptrdiff_t at = n.offset_debug();
    return at > 0 ? static_cast<std::size_t>(at - 1) : offset_;
  }

  void keep(pugi::xml_node c, const std::string& name, Record& r) {
    if (std::string v = xml_paragraphs(c); !v.empty()) r.add_extra(name, std::move(v));
  }

  // An element refnet has no slot for: its text in extra by its name, said once.
  void other(pugi::xml_node c, Record& r) {
    const std::string name(xml_local_name(c));
    std::string v = xml_paragraphs(c);
    const bool text = !v.empty();
    if (text) r.add_extra(name, std::move(v));
    if (!state_.said.insert("<" + name + ">").second) return;
    diags_.warning(xml_offset(c), "MODS element <" + name + "> is not one refnet reads: " +
                                      (text ? "kept in extra \"" + name + "\"" : std::string("its content is not read")) +
                                      " (said once for the file)");
  }

  static std::string title_text(pugi::xml_node ti) {
    std::string non_sort, main, sub, parts;
    for (pugi::xml_node c = ti.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view n = xml_local_name(c);
      // nonSort keeps its own trailing space ("The ") when it has one.
      if (n == "nonSort") non_sort = std::string(trim(c.child_value()));
      else if (n == "title") main = xml_text(c);
      else if (n == "subTitle") sub = xml_text(c);
      else if (n == "partNumber" || n == "partName") {
        std::string p = without_isbd_end(xml_text(c));
        if (p.empty()) continue;
        while (!parts.empty() && parts.back() == '.') parts.pop_back();
        parts += (parts.empty() ? "" : ". ") + p;
      }
    }
    std::string t = without_isbd_end(main);
    if (!non_sort.empty()) {
      char last = non_sort.back();
      t = non_sort + (last == '\'' || last == '-' || last == ' ' ? "" : " ") + t;
    }
    if (!sub.empty()) {
      // bibutils cuts a title at its first '?' or '.' as well as at ':'.
      t = without_isbd_end(t);
      const char last = t.empty() ? ':' : t.back();
      t += (t.empty() ? "" : last == '?' || last == '!' || last == '.' ? " " : ": ") + without_isbd_end(sub);
    }
    if (!parts.empty()) {
      while (!t.empty() && t.back() == '.') t.pop_back();
      t += (t.empty() ? "" : ". ") + parts;
    }
    return t;
  }

  void title(pugi::xml_node ti, Record& r) {
    std::string t = title_text(ti);
    if (t.empty()) return;
    const std::string type = lower_attr(ti, "type");
    if (type.empty()) {
      if (r.title.empty()) r.title = std::move(t);
      else r.add_extra("title", std::move(t));
    } else if (type == "abbreviated") r.add_extra("title-short", std::move(t));
    else r.add_extra(type + "-title", std::move(t));  // translated-title, alternative-title, uniform-title
  }

  // One <name>: the creator, and its role ("author" when none is given).
  Creator person(pugi::xml_node name, std::string& role) {
    Creator c;
    const std::string type = lower_attr(name, "type");
    std::vector<std::string> family, given, untyped;
    std::string display, address;
    for (pugi::xml_node p = name.first_child(); p; p = p.next_sibling()) {
      if (p.type() != pugi::node_element) continue;
      const std::string_view n = xml_local_name(p);
      if (n == "namePart") {
        std::string v = xml_text(p);
        if (v.empty()) continue;
        const std::string part = lower_attr(p, "type");
        if (part == "family") family.push_back(std::move(v));
        else if (part == "given") given.push_back(std::move(v));
        else if (part == "termsofaddress") address = std::move(v);
        else if (part == "date") not_read(p, "namePart type=\"date\" (a person's life dates)");
        else untyped.push_back(std::move(v));
      } else if (n == "displayForm") display = xml_text(p);
      else if (n == "role") {
        for (pugi::xml_node t = p.first_child(); t; t = t.next_sibling())
          if (is(t, "roleTerm") && role.empty()) role = role_name(xml_text(t));
      } else if (n == "nameIdentifier" || n == "affiliation" || n == "description") {
        std::string v = xml_text(p);
        if (n == "affiliation") {
          if (!v.empty()) c.affiliations.push_back(std::move(v));
        } else if (n == "nameIdentifier" && (lower_attr(p, "type") == "orcid" || v.find("orcid.org") != std::string::npos)) {
          c.orcid = clean_orcid(v);
        } else {
          not_read(p, "<" + std::string(n) + "> of a name");
        }
      } else {
        not_read(p, "<" + std::string(n) + "> of a name");
      }
    }
    if (std::string_view uri = attr(name, "valueURI"); uri.find("orcid.org/") != std::string_view::npos && c.orcid.empty())
      c.orcid = clean_orcid(uri);
    if (role.empty()) role = "author";
    if (type == "corporate" || type == "conference") {
      std::string literal;
      for (std::string& p : untyped) {
        std::string piece = without_isbd_end(p);
        while (!piece.empty() && piece.back() == '.') piece.pop_back();
        if (!piece.empty()) literal += (literal.empty() ? "" : ". ") + piece;
      }
      c.literal = literal.empty() ? display : literal;
      return c;
    }
    if (!family.empty() || !given.empty()) {
      // bibutils leaves a generation in the given parts ("H", "J", "François", "2nd").
      if (given.size() > 1 && is_name_suffix(given.back()) && address.empty()) {
        address = given.back();
        given.pop_back();
      }
      for (const std::string& f : family) c.family += (c.family.empty() ? "" : " ") + f;
      // bibutils writes a given name a word a part, initials without their
      // period ("Nicolas", "A" of "Nicolas A."): a lone capital among several
      // parts is an initial again.
      for (const std::string& g : given) {
        const bool initial = given.size() > 1 && g.size() == 1 && g[0] >= 'A' && g[0] <= 'Z';
        c.given += (c.given.empty() ? "" : " ") + g + (initial ? "." : "");
      }
      // A name written whole beside its parts (Kalliope: "Blaas, Josef"
      // with given "J."): the parts are read.
      if (c.family.empty() && !untyped.empty()) {
        Creator whole = parse_ris_name(without_isbd_end(untyped.front()));
        c.family = whole.family;
        c.particle = whole.particle;
      }
      split_family_particle(c);
    } else {
      std::string whole;
      for (const std::string& p : untyped) whole += (whole.empty() ? "" : " ") + p;
      if (whole.empty()) whole = display;
      whole = without_isbd_end(whole);
      // Life dates written into the name: "Alleman, Tillie Pierce [1848-1914]".
      if (std::size_t open = whole.rfind(" ["); open != std::string::npos && whole.back() == ']' &&
          std::any_of(whole.begin() + open, whole.end(), [](char ch) { return is_digit(ch); })) {
        not_read(name, "life dates written in a name (\"" + whole.substr(open + 1) + "\")");
        whole = without_isbd_end(whole.substr(0, open));
      }
      if (whole.empty()) return c;
      Creator parsed = parse_ris_name(whole);
      parsed.orcid = std::move(c.orcid);
      parsed.affiliations = std::move(c.affiliations);
      c = std::move(parsed);
    }
    if (!address.empty()) {
      if (is_name_suffix(address) && c.suffix.empty()) c.suffix = address;
      else not_read(name, "namePart type=\"termsOfAddress\" other than a generation (\"" + address + "\")");
    }
    return c;
  }

  // A name of the item (`in_host` false) or of its host.
  void creator(pugi::xml_node name, Record& r, bool in_host) {
    std::string role;
    Creator c = person(name, role);
    if (c.empty()) return;
    if (lower_attr(name, "type") == "conference") {
      r.add_extra("event-title", c.literal);
      return;
    }
    if (role == "publisher" || role == "degree-grantor") {
      // An organisation, written whole ("The University of Manchester, UK"):
      // its parts as they stand, not a person's name.
      std::string org;
      for (pugi::xml_node p = name.first_child(); p; p = p.next_sibling())
        if (is(p, "namePart") && lower_attr(p, "type") != "date")
          if (std::string v = without_isbd_end(xml_text(p)); !v.empty()) org += (org.empty() ? "" : ". ") + v;
      if (org.empty()) org = listed_name(c);
      if (name_publisher_.empty()) name_publisher_ = org;
      else if (name_publisher_ != org) r.add_extra(role, org);
      return;
    }
    if (in_host) {
      if (role == "editor") r.editors.push_back(std::move(c)), host_editors_ = true;
      else r.add_extra(role == "author" ? "container-author" : role, listed_name(c));
      return;
    }
    if (role == "author") r.authors.push_back(std::move(c));
    else if (role == "editor") r.editors.push_back(std::move(c));
    else r.add_extra(role, listed_name(c));
  }

  // A date element's value: its numbers, a W3C/ISO/EDTF date or MARC's
  // "1999"/"19uu" when encoded so, else the words ("c1999", "Jan. 2003").
  Date date_of(pugi::xml_node d) {
    std::string v = xml_text(d);
    const std::string enc = lower_attr(d, "encoding");
    if (enc == "marc") {
      // MARC's unknown digits ("19uu") say the century only: the text is kept.
      if (v.size() == 4 && std::all_of(v.begin(), v.end(), [](char c) { return is_digit(c); })) {
        Date out;
        out.year = std::stoi(v);
        return out;
      }
      Date out;
      out.text = v;
      return out;
    }
    // "c1999", "[1984?]", "p1980": a copyright or conjectured year.
    std::string t = v;
    if (!t.empty() && (t[0] == 'c' || t[0] == 'p') && t.size() >= 5 && is_digit(t[1])) t.erase(0, 1);
    Date out = parse_raw_date(t);
    if (out.year == 0) {
      // The first four-digit run ("[1984?]", "Printed 1805").
      for (std::size_t i = 0; i + 4 <= t.size(); ++i)
        if (std::all_of(t.begin() + i, t.begin() + i + 4, [](char c) { return is_digit(c); }) &&
            (i + 4 == t.size() || !is_digit(t[i + 4])) && (i == 0 || !is_digit(t[i - 1]))) {
          out.year = std::stoi(t.substr(i, 4));
          out.text = v;
          break;
        }
    }
    if (std::string w = free_date_warning("MODS <" + std::string(xml_local_name(d)) + ">", v, out); !w.empty())
      diags_.warning(xml_offset(d), std::move(w));
    return out;
  }

  // The best of several date elements of one name (dateIssued...): keyDate,
  // then encoded, then the first; point="start"/"end" make a range.
  Date best_date(const std::vector<pugi::xml_node>& dates) {
    if (dates.empty()) return {};
    pugi::xml_node start, end, pick;
    for (pugi::xml_node d : dates) {
      const std::string point = lower_attr(d, "point");
      if (point == "start" && !start) start = d;
      else if (point == "end" && !end) end = d;
    }
    if (start) {
      Date s = date_of(start);
      if (end) {
        Date e = date_of(end);
        if (s.year && e.year && e.year != s.year) {
          s.end_year = e.year;
          s.end_month = e.month;
          s.end_day = e.day;
        }
      }
      return s;
    }
    for (pugi::xml_node d : dates)
      if (lower_attr(d, "keydate") == "yes") pick = d;
    if (!pick)
      for (pugi::xml_node d : dates)
        if (!attr(d, "encoding").empty() && !pick) pick = d;
    Date out = date_of(pick ? pick : dates.front());
    // A free-text date ("c1999") next to its encoded twin says no more.
    return out;
  }

  void origin(pugi::xml_node o, Record& r, bool in_host) {
    std::map<std::string, std::vector<pugi::xml_node>> dates;
    std::string publisher, place;
    for (pugi::xml_node c = o.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const std::string name(xml_local_name(c));
      if (starts_with(name, "date") || name == "copyrightDate") dates[name].push_back(c);
      else if (name == "publisher") {
        std::string p = without_isbd_end(xml_text(c));
        if (p.empty()) p = without_isbd_end(xml_text(child(child(c, "name"), "namePart")));
        if (!p.empty()) publisher += (publisher.empty() ? "" : "; ") + p;
      } else if (name == "place") {
        for (pugi::xml_node t = c.first_child(); t; t = t.next_sibling()) {
          if (!is(t, "placeTerm") && !is(t, "text")) continue;
          if (lower_attr(t, "type") == "code") {
            not_read(t, "placeTerm type=\"code\" (a place's code; its text is read)");
            continue;
          }
          std::string p = without_isbd_end(xml_text(t));
          // "[Gillette, Wyo.]": a cataloguer's brackets.
          if (p.size() >= 2 && p.front() == '[' && p.back() == ']') p = p.substr(1, p.size() - 2);
          if (!p.empty() && place.find(p) == std::string::npos) place += (place.empty() ? "" : "; ") + p;
        }
      } else if (name == "edition") {
        if (std::string v = xml_text(c); !v.empty()) r.add_extra(in_host ? "container-edition" : "edition", v);
      } else if (name == "issuance") (in_host ? host_issuance_ : issuance_) = ascii_lower(xml_text(c));
      else if (name == "frequency") keep(c, "frequency", r);
      else if (name == "agent") {
        // MODS 3.8's agent (LoC: MARC 264 $b): a publisher unless its role says otherwise.
        std::string role;
        for (pugi::xml_node t = child(c, "role").first_child(); t; t = t.next_sibling())
          if (is(t, "roleTerm") && role.empty()) role = role_name(xml_text(t));
        std::string p = without_isbd_end(xml_text(child(c, "namePart")));
        if (p.empty()) continue;
        if (role.empty() || role == "publisher") publisher += (publisher.empty() ? "" : "; ") + p;
        else r.add_extra(role, p);
      } else if (name == "displayDate") keep(c, name, r);
      else other(c, r);
    }
    Date issued;
    for (const char* kind : {"dateIssued", "dateCreated", "copyrightDate"})
      if (issued.empty() && dates.count(kind)) issued = best_date(dates[kind]);
    for (const auto& [name, list] : dates) {
      if (name == "dateIssued" || name == "dateCreated" || name == "copyrightDate") continue;
      std::string extra_name = name == "dateCaptured" ? "accessed" : name;
      for (pugi::xml_node d : list)
        if (std::string v = xml_text(d); !v.empty()) r.add_extra(extra_name, v);
    }
    if (in_host) {
      if (host_date_.empty()) host_date_ = issued;
      if (host_publisher_.empty()) host_publisher_ = publisher;
      if (host_place_.empty()) host_place_ = place;
      return;
    }
    if (r.issued.empty()) r.issued = issued;
    else if (!issued.empty() && format_date(issued) != format_date(r.issued)) r.add_extra("original-date", format_date(issued));
    if (!publisher.empty()) {
      if (r.publisher.empty()) r.publisher = publisher;
      else if (r.publisher != publisher) r.add_extra("publisher", publisher);
    }
    if (!place.empty()) {
      if (r.publisher_place.empty()) r.publisher_place = place;
      else if (r.publisher_place != place) r.add_extra("publisher-place", place);
    }
  }

  void language(pugi::xml_node l, Record& r) {
    std::string text, code;
    for (pugi::xml_node t = l.first_child(); t; t = t.next_sibling()) {
      if (!is(t, "languageTerm")) continue;
      (lower_attr(t, "type") == "code" ? code : text) = xml_text(t);
    }
    // MODS 3.0's <language authority="iso639-2b">eng</language>.
    if (text.empty() && code.empty()) code = xml_text(l);
    std::string v = text.empty() ? code : text;
    if (v.empty()) return;
    if (r.language.empty()) r.language = v;
    else if (r.language.find(v) == std::string::npos) r.language += "; " + v;
  }

  void physical(pugi::xml_node p, Record& r) {
    for (pugi::xml_node c = p.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view n = xml_local_name(c);
      if (n == "extent") keep(c, "extent", r);
      else if (n == "form") keep(c, "medium", r);
      else if (n == "note") keep(c, "note", r);
      else if (n == "internetMediaType") keep(c, "internetMediaType", r);
      else other(c, r);
    }
  }

  void subject(pugi::xml_node s, Record& r) {
    for (pugi::xml_node c = s.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view n = xml_local_name(c);
      if (n == "topic" || n == "geographic" || n == "temporal" || n == "genre" || n == "occupation") {
        // PubMed's major-topic marks ("*Self Concept"), which bibutils passes on.
        r.add_keyword(without_major_topic_marks(xml_text(c)));
      } else if (n == "name") {
        std::string role;
        Creator p = person(c, role);
        if (!p.empty()) r.add_keyword(listed_name(p));
      } else if (n == "titleInfo") {
        r.add_keyword(title_text(c));
      } else if (n == "hierarchicalGeographic") {
        for (pugi::xml_node g = c.first_child(); g; g = g.next_sibling())
          if (g.type() == pugi::node_element) r.add_keyword(xml_text(g));
      } else if (n == "cartographics" || n == "geographicCode") {
        not_read(c, "subject <" + std::string(n) + ">");
      } else {
        not_read(c, "subject <" + std::string(n) + ">");
      }
    }
    // A subject written as text alone (some repositories).
    if (std::string t = xml_text(s); !t.empty()) r.add_keyword(t);
  }

  // identifier of the item or of its host (whose ISSN and ISBN are the
  // item's container's, kept the same way).
  void identifier(pugi::xml_node id, Record& r, bool in_host) {
    std::string v = xml_text(id);
    if (v.empty()) return;
    const std::string type = lower_attr(id, "type");
    const std::size_t at = xml_offset(id);
    if (lower_attr(id, "invalid") == "yes") {
      r.add_extra(type.empty() ? "invalid-identifier" : "invalid-" + type, v);
      return;
    }
    if (type == "doi" || (type.empty() && (starts_with(ascii_lower(v), "doi:") || starts_with(v, "10.")))) {
      std::string_view d = v;
      if (starts_with(ascii_lower(d), "doi:")) d.remove_prefix(4);
      std::optional<std::string> doi = normalize_doi_said(trim(d), "MODS identifier type=\"doi\"", diags_, at);
      if (!doi) {
        diags_.warning(at, "MODS identifier type=\"doi\" '" + v + "' is no DOI: kept in extra \"doi\"");
        r.add_extra("doi", v);
      } else if (in_host && !r.doi.empty() && *doi != r.doi) {
        r.add_extra("container-doi", *doi);
      } else if (r.doi.empty()) {
        r.doi = *doi;
      } else if (*doi != r.doi) {
        r.add_extra("DOI", *doi);
      }
    } else if (type == "isbn") {
      read_issn_or_isbn(v, false, r);
      host_isbn_ = host_isbn_ || in_host;
    } else if (type == "issn" || type == "serial number" || type == "eissn" || type == "pissn") {
      // bibutils' "serial number" holds ISSNs ("1573-3602 1050-5350"), or ISBNs.
      if (type != "serial number" || !classify_sn(v, r)) read_issn_or_isbn(v, type != "serial number" || v.size() <= 9, r);
      host_issn_ = host_issn_ || in_host;
    } else if (type == "pmid" || type == "pubmed") {
      if (r.pmid.empty()) r.pmid = v;
      else if (r.pmid != v) r.add_extra("pmid", v);
    } else if (type == "pmcid" || type == "pmc") {
      std::string p = starts_with(v, "PMC") ? v : "PMC" + v;
      if (r.pmcid.empty()) r.pmcid = p;
    } else if (type == "citekey") {
      if (r.citekey.empty()) r.citekey = v;
    } else if (type == "uri" || type == "url" || type == "hdl" || type == "handle") {
      url(v, r, at, type == "uri" || type == "url" ? "identifier type=\"uri\"" : "identifier type=\"" + type + "\"");
    } else {
      r.add_extra(in_host ? "container-" + (type.empty() ? std::string("identifier") : type)
                          : (type.empty() ? std::string("identifier") : type),
                  v);
    }
  }

  // A web address: a DOI's resolver gives the DOI; the first is the url.
  void url(const std::string& u, Record& r, std::size_t at, const std::string& label) {
    if (doi_like_url(u)) {
      if (std::optional<std::string> d = doi_in_url(u, "MODS " + label, diags_, at)) {
        if (r.doi.empty()) r.doi = *d;
        if (*d == r.doi) return;
      }
    }
    if (r.url.empty()) r.url = u;
    else if (r.url != u) r.add_extra("url", u);
  }
  static bool doi_like_url(std::string_view u) {
    std::string l = ascii_lower(u);
    return l.find("doi.org/10.") != std::string::npos;
  }

  // The item's location, or its host's (whose web address is the
  // container's: extra "container-url").
  void location(pugi::xml_node l, Record& r, bool in_host) {
    // usage="primary display" (or "primary") first.
    std::vector<pugi::xml_node> urls;
    for (pugi::xml_node c = l.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view n = xml_local_name(c);
      if (n == "url") {
        if (starts_with(lower_attr(c, "usage"), "primary")) urls.insert(urls.begin(), c);
        else urls.push_back(c);
      } else if (n == "physicalLocation") {
        // bibutils (and JabRef after it) write BibTeX's address here: in a
        // record with a citation key it is the place of publication when no
        // originInfo (the item's or its host's) gives one; in a catalogue's
        // record, the library that holds the item.
        std::string v = xml_text(c);
        if (v.empty()) continue;
        if (has_citekey_ && address_.empty()) address_ = std::move(v);
        else r.add_extra("archive", std::move(v));
      }
      else if (n == "shelfLocator") keep(c, "call-number", r);
      else if (n == "holdingSimple" || n == "holdingExternal") not_read(c, "location <" + std::string(n) + "> (a library's holdings)");
      else other(c, r);
    }
    for (pugi::xml_node u : urls)
      if (std::string v = xml_text(u); !v.empty()) {
        if (in_host) r.add_extra("container-url", v);
        else url(v, r, xml_offset(u), "location/url");
      }
  }

  void part(pugi::xml_node p, Record& r) {
    for (pugi::xml_node c = p.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view n = xml_local_name(c);
      if (n == "detail") {
        std::string v = xml_text(child(c, "number"));
        if (v.empty()) v = xml_text(child(c, "title"));
        if (v.empty()) v = xml_text(child(c, "caption"));
        if (v.empty()) continue;
        const std::string type = lower_attr(c, "type");
        if (type == "page") {  // one page (bibutils: an article's "e0198859")
          if (r.pages.empty()) r.pages = v;
          else if (r.pages != v) r.add_extra("page", v);
          continue;
        }
        std::string* slot = type == "volume" ? &r.volume
                            : type == "issue" || type == "number" ? &r.issue
                                                                  : nullptr;
        if (slot && slot->empty()) *slot = v;
        else if (slot && *slot != v) r.add_extra(type, v);
        else if (!slot) r.add_extra(type.empty() ? "detail" : type, v);  // chapter, section, supplement, title...
      } else if (n == "extent") {
        extent(c, r);
      } else if (n == "date") {
        if (r.issued.empty()) r.issued = date_of(c);
      } else if (n == "text") keep(c, "part-text", r);
      else other(c, r);
    }
  }

  void extent(pugi::xml_node e, Record& r) {
    const std::string unit = lower_attr(e, "unit");
    std::string start = xml_text(child(e, "start")), end = xml_text(child(e, "end"));
    std::string total = xml_text(child(e, "total")), list = xml_text(child(e, "list"));
    if (!unit.empty() && !starts_with(unit, "page") && unit != "pp" && unit != "p") {
      std::string v = !list.empty() ? list : !start.empty() ? start + (end.empty() ? "" : "-" + end) : total;
      if (!v.empty()) r.add_extra("extent-" + unit, v);
      return;
    }
    std::string pages = !start.empty() ? (end.empty() || end == start ? start : start + "-" + end) : list;
    if (!pages.empty()) {
      if (r.pages.empty()) r.pages = normalize_pages(pages);
      else if (normalize_pages(pages) != r.pages) r.add_extra("pages", pages);
    }
    if (!total.empty()) r.add_extra("number-of-pages", total);
  }

  void related(pugi::xml_node item, Record& r) {
    const std::string type(trim(attr(item, "type")));
    if (type == "host") return host(item, r, 0);
    if (type == "series") return series(item, r);
    std::string t;
    for (pugi::xml_node c = item.first_child(); c && t.empty(); c = c.next_sibling())
      if (is(c, "titleInfo")) t = title_text(c);
    if (t.empty())
      for (pugi::xml_node c = item.first_child(); c && t.empty(); c = c.next_sibling())
        if (is(c, "identifier") || is(c, "location")) t = is(c, "location") ? xml_text(child(c, "url")) : xml_text(c);
    const std::string name = type.empty() ? "relatedItem" : type;  // original, otherVersion, references...
    if (!t.empty()) r.add_extra(name, t);
    not_read(item, "relatedItem type=\"" + name + "\" beyond its title (kept in extra \"" + name + "\")");
  }

  // The container; a host inside the host (bibutils writes the journal's
  // abbreviation so) gives the short title.
  void host(pugi::xml_node h, Record& r, int depth) {
    host_ = true;
    std::string abbreviated;
    for (pugi::xml_node c = h.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view n = xml_local_name(c);
      if (n == "titleInfo") {
        std::string t = title_text(c);
        if (t.empty()) continue;
        const std::string type = lower_attr(c, "type");
        if (type == "abbreviated") {
          if (abbreviated.empty()) abbreviated = std::move(t);
        } else if (depth > 0) {
          if (r.container_title_short.empty() && t != r.container_title) r.container_title_short = std::move(t);
        } else if (type.empty() && r.container_title.empty()) {
          r.container_title = std::move(t);
        } else {
          r.add_extra(type.empty() ? "container-title" : "container-" + type + "-title", std::move(t));
        }
      } else if (n == "name") creator(c, r, true);
      else if (n == "part") part(c, r);
      else if (n == "identifier") identifier(c, r, true);
      else if (n == "originInfo") origin(c, r, true);
      else if (n == "genre") host_genres_.push_back(xml_text(c));
      else if (n == "typeOfResource") continue;  // the host's: text
      else if (n == "relatedItem" && lower_attr(c, "type") == "host" && depth == 0) host(c, r, 1);
      else if (n == "relatedItem" && lower_attr(c, "type") == "series") series(c, r);
      else if (n == "location") location(c, r, true);
      else if (n == "note") keep(c, "container-note", r);
      else if (n == "subject") subject(c, r);
      else not_read(c, "<" + std::string(n) + "> of a relatedItem type=\"host\"");
    }
    if (!abbreviated.empty()) {
      // bibutils gives a journal's name only as its abbreviation at times
      // (an empty <title> beside it): the abbreviation is then the name.
      if (r.container_title.empty()) r.container_title = abbreviated;
      else if (r.container_title_short.empty() && abbreviated != r.container_title) r.container_title_short = abbreviated;
    }
    if (r.container_title_short == r.container_title) r.container_title_short.clear();
  }

  void series(pugi::xml_node s, Record& r) {
    for (pugi::xml_node c = s.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view n = xml_local_name(c);
      if (n == "titleInfo") {
        std::string t = title_text(c);
        if (!t.empty()) r.add_extra(lower_attr(c, "type") == "abbreviated" ? "collection-title-short" : "collection-title", t);
      } else if (n == "part") {
        for (pugi::xml_node d = c.first_child(); d; d = d.next_sibling())
          if (is(d, "detail"))
            if (std::string v = xml_text(child(d, "number")); !v.empty()) r.add_extra("collection-number", v);
      } else if (n == "name") {
        std::string role;
        Creator p = person(c, role);
        if (!p.empty()) r.add_extra("collection-editor", listed_name(p));
      } else if (n == "identifier") {
        if (std::string v = xml_text(c); !v.empty())
          r.add_extra("collection-" + (attr(c, "type").empty() ? std::string("identifier") : lower_attr(c, "type")), v);
      } else {
        not_read(c, "<" + std::string(n) + "> of a relatedItem type=\"series\"");
      }
    }
  }

  void record_info(pugi::xml_node ri, Record& r) {
    for (pugi::xml_node c = ri.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view n = xml_local_name(c);
      if (n == "recordIdentifier") {
        std::string v = xml_text(c);
        std::string_view source = attr(c, "source");
        if (!v.empty()) r.add_extra("recordIdentifier", source.empty() ? v : std::string(source) + " " + v);
      } else {
        not_read(c, "recordInfo beyond its recordIdentifier (recordContentSource, recordCreationDate...: about "
                    "the catalogue's record, not the work)");
      }
    }
  }

  // The CSL type of a genre's words; "" for words that type nothing.
  std::string genre_type(std::string g) const {
    g = ascii_lower(trim(g));
    while (!g.empty() && g.back() == '.') g.pop_back();
    if (g == "journal article" || g == "article" || g == "academic article" || g == "scholarly article" ||
        g == "journal contribution")
      return host_kind("article-journal");
    if (g == "book" || g == "monograph" || g == "bibliography" || g == "biography" || g == "autobiography" ||
        g == "festschrift" || g == "fiction" || g == "handbook" || g == "catalog" || g == "textbook" || g == "edited book")
      return host_ ? "chapter" : "book";
    if (g == "book chapter" || g == "chapter" || g == "inbook" || g == "incollection" || g == "book section" ||
        g == "book part" || g == "bookitem")
      return "chapter";
    if (g == "conference publication" || g == "conference paper" || g == "inproceedings" || g == "conference proceeding" ||
        g == "conference object" || g == "conference item")
      return host_ ? "paper-conference" : (g == "conference publication" ? "book" : "paper-conference");
    if (g == "proceedings" || g == "conference proceedings") return host_ ? "paper-conference" : "book";
    if (g == "thesis" || g == "theses" || g == "dissertation" || g.find("thesis") != std::string::npos ||
        g.find("dissertation") != std::string::npos || g == "phdthesis" || g == "mastersthesis")
      return "thesis";
    if (g == "report" || g == "technical report" || g == "techreport" || g == "working paper" || g == "research report" ||
        g == "government publication")
      return "report";
    if (g == "web site" || g == "web page" || g == "webpage" || g == "website" || g == "online system or service")
      return "webpage";
    if (g == "newspaper article" || g == "newspaper") return host_ ? "article-newspaper" : "periodical";
    if (g == "magazine article" || g == "magazine") return host_ ? "article-magazine" : "periodical";
    if (g == "academic journal" || g == "periodical" || g == "journal" || g == "serial") return host_ ? "" : "periodical";
    if (g == "patent") return "patent";
    if (g == "letter" || g == "brief" || g == "communication" || g == "personal communication")
      return "personal_communication";
    if (g == "interview") return "interview";
    if (g == "map" || g == "atlas") return "map";
    if (g == "motion picture" || g == "film" || g == "videorecording" || g == "video recording") return "motion_picture";
    if (g == "manuscript" || g == "unpublished") return "manuscript";
    if (g == "software" || g == "computer program") return "software";
    if (g == "dataset" || g == "data set" || g == "database") return "dataset";
    if (g == "legal case and case notes" || g == "legal case") return "legal_case";
    if (g == "legislation" || g == "statute" || g == "law") return "legislation";
    if (g == "bill") return "bill";
    if (g == "hearing") return "hearing";
    if (g == "standard") return "standard";
    if (g == "speech" || g == "lecture" || g == "presentation") return "speech";
    if (g == "review" || g == "book review") return g == "book review" ? "review-book" : "review";
    if (g == "encyclopedia article" || g == "encyclopedia entry") return "entry-encyclopedia";
    if (g == "dictionary entry") return "entry-dictionary";
    if (g == "encyclopedia" || g == "dictionary") return host_ ? "entry" : "book";
    if (g == "preprint" || g == "pre-print") return "article";
    if (g == "musical score" || g == "score") return "musical_score";
    return {};
  }
  // An article's kind by its host: a magazine's, a newspaper's.
  std::string host_kind(std::string fallback) const {
    for (const std::string& g : host_genres_) {
      std::string l = ascii_lower(g);
      if (l.find("magazine") != std::string::npos) return "article-magazine";
      if (l.find("newspaper") != std::string::npos) return "article-newspaper";
    }
    return fallback;
  }

  std::string csl_type() const {
    for (const std::string& g : genres_)
      if (std::string t = genre_type(g); !t.empty()) return t;
    if (manuscript_) return "manuscript";
    if (starts_with(resource_, "cartographic")) return "map";
    if (resource_ == "moving image") return "motion_picture";
    if (starts_with(resource_, "sound recording")) return "song";
    if (resource_ == "still image") return "graphic";
    if (resource_ == "notated music") return "musical_score";
    if (starts_with(resource_, "software")) return "software";
    if (host_) {
      for (const std::string& g : host_genres_) {
        std::string l = ascii_lower(trim(g));
        if (l.find("magazine") != std::string::npos) return "article-magazine";
        if (l.find("newspaper") != std::string::npos) return "article-newspaper";
        if (l == "academic journal" || l == "periodical" || l == "journal" || l == "serial") return "article-journal";
        if (l.find("conference") != std::string::npos || l.find("proceedings") != std::string::npos) return "paper-conference";
        if (l == "book" || l == "collection" || l == "edited book") return "chapter";
      }
      if (host_issuance_ == "continuing" || host_issuance_ == "serial" || host_issn_) return "article-journal";
      // A host with editors or a publisher of its own: a book.
      if (host_issuance_ == "monographic" || host_issuance_ == "single unit" || host_isbn_ || host_editors_ ||
          !host_publisher_.empty())
        return "chapter";
      return "article-journal";
    }
    if (issuance_ == "continuing" || issuance_ == "serial") return "periodical";
    if (issuance_ == "monographic" || issuance_ == "single unit") return "book";
    return "document";
  }

  void finish(pugi::xml_node mods, Record& r) {
    r.type = csl_type();
    if (r.type == "thesis") {
      // The genre that says the degree ("Ph.D. thesis"), for the exporters.
      for (const std::string& g : genres_) {
        std::string l = ascii_lower(g);
        if (genre_type(g) == "thesis" && l != "thesis" && l != "theses") {
          r.add_extra("genre", g);
          break;
        }
      }
    }
    // A report's "number" detail is its number, not an issue.
    if ((r.type == "report" || r.type == "patent") && r.number.empty() && r.container_title.empty()) std::swap(r.number, r.issue);
    // A host's publisher and date are the item's when it has none (a
    // chapter's book, bibutils' journal issue).
    if (r.issued.empty()) r.issued = host_date_;
    if (r.publisher.empty()) r.publisher = host_publisher_;
    if (r.publisher.empty()) r.publisher = name_publisher_;
    else if (!name_publisher_.empty() && name_publisher_ != r.publisher) r.add_extra("publisher", name_publisher_);
    if (r.publisher_place.empty()) r.publisher_place = host_place_;
    if (r.publisher_place.empty()) r.publisher_place = address_;
    else if (!address_.empty() && address_ != r.publisher_place) r.add_extra("archive", address_);
    if (r.citekey.empty())
      if (std::string_view id = attr(mods, "ID"); !id.empty()) r.citekey = std::string(id);
  }
};

// Every <mods> not inside another, in document order: a modsCollection's,
// or one wrapped in an OAI-PMH or SRU response.
void find_records(pugi::xml_node n, std::vector<pugi::xml_node>& out) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (xml_local_name(c) == "mods") out.push_back(c);
    else find_records(c, out);
  }
}

}  // namespace

ParseStats parse_mods_xml(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  ParseStats stats;
  XmlDocument xml;
  load_xml_document(xml, text, "MODS XML", diags);
  std::vector<pugi::xml_node> records;
  find_records(xml.doc, records);
  FileState state;
  PositionCounter positions(text);
  for (pugi::xml_node n : records) {
    const XmlSpan span = xml_element_span(n, text, xml);
    if (span.cut_short) {
      diags.error(span.begin, "MODS record cut short by the XML error; skipped");
      ++stats.rejected;
      continue;
    }
    Record r;
    ModsMapper(state, diags, span.begin).map(n, r);
    // Nothing of a work read (an empty <mods/>): no record.
    if (r.title.empty() && r.authors.empty() && r.editors.empty() && r.container_title.empty() && r.doi.empty() &&
        r.url.empty() && r.isbn.empty() && r.issn.empty() && r.citekey.empty() && r.issued.empty() &&
        r.publisher.empty() && r.pages.empty() && r.volume.empty() && r.extra.empty()) {
      diags.error(span.begin, "MODS record holds nothing refnet reads (no title, name, identifier, date...); skipped");
      ++stats.rejected;
      continue;
    }
    if (std::string said = split_no_pagination(r.volume, r.issue, r.number); !said.empty())
      diags.report(Severity::note, span.begin, said);
    if (r.title.empty()) diags.warning(span.begin, "MODS record has no title (titleInfo/title): read without one");
    deliver_record_at(std::move(r), kFormat, span.of(text), positions.at(span.begin), diags, stats, sink);
  }
  return stats;
}

bool looks_like_mods_xml(std::string_view body) {
  std::string_view head = xml_head(body);
  std::string_view root = xml_root_name(head);
  if (std::size_t colon = root.find(':'); colon != std::string_view::npos) root.remove_prefix(colon + 1);
  if (root == "mods" || root == "modsCollection") return true;
  // MODS inside a harvest (OAI-PMH, SRU): the namespace bound and a <mods> element.
  if (head.find("http://www.loc.gov/mods/v3") == std::string_view::npos) return false;
  return head.find("<mods ") != std::string_view::npos || head.find("<mods>") != std::string_view::npos ||
         head.find(":mods ") != std::string_view::npos || head.find(":mods>") != std::string_view::npos;
}

}  // namespace refnet
