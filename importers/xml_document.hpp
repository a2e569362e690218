// What the readers of whole XML documents (PubMed XML, Zotero RDF, MODS)
// share: loading the document with pugixml, saying once where a document
// that is not well-formed stops, each record element's byte range (for its
// provenance and for telling whether the error cut it short), and an
// element's own text.
#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <string>
#include <string_view>

#include "refnet/diagnostics.hpp"

namespace refnet {

struct XmlDocument {
  pugi::xml_document doc;
  pugi::xml_parse_result result;
  // Text before this byte was parsed: the text's size when all of it was.
  std::size_t good_until = 0;
  bool ok() const { return static_cast<bool>(result); }
  // The first element of the document (its root), null when none was read.
  pugi::xml_node root() const;
};

// Loads `text` (UTF-8, LF line ends: decode_text's) whole.  A document that
// is not well-formed is one error at the byte where pugixml stopped:
// "<what> is not well-formed: <why>; the rest of the file is not read"; the
// elements before it stay in the tree.
void load_xml_document(XmlDocument& xml, std::string_view text, std::string_view what, Diagnostics& diags);

// The byte offset of an element's '<' (pugixml's offset is of its name).
std::size_t xml_element_begin(pugi::xml_node n, std::string_view text);

// The byte range of a record element: from its '<' to the end of its close
// tag.  In a well-formed document it ends where its next sibling starts (the
// white space between left out), the last one at its close tag; in one that
// is not, at its close tag, or the text's end when it has none.
// `cut_short`: the document's error fell inside it (nothing half-parsed may
// be read).
struct XmlSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool cut_short = false;
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
};
XmlSpan xml_element_span(pugi::xml_node n, std::string_view text, const XmlDocument& xml);

// An element's own text runs (not its children's), white space collapsed.
std::string xml_text(pugi::xml_node n);
// The same with line breaks kept (abstracts, notes), trimmed.
std::string xml_paragraphs(pugi::xml_node n);

// The first 4 KiB of a text that is an XML document: its first byte, past a
// byte-order mark and white space, opens markup (a page quoting XML is no
// document).  Empty for any other text.
std::string_view xml_head(std::string_view text);
// The root element's name in such a head ("rdf:RDF", "mods:modsCollection"):
// the first tag that is not <?...?> or <!...>; empty when there is none.
std::string_view xml_root_name(std::string_view head);

// An element's name without its namespace prefix: "mods:title" -> "title".
std::string_view xml_local_name(pugi::xml_node n);

}  // namespace refnet
