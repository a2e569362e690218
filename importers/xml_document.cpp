#include "xml_document.hpp"

#include "refnet/text.hpp"

namespace refnet {

pugi::xml_node XmlDocument::root() const {
  for (pugi::xml_node c = doc.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element) return c;
  return {};
}

void load_xml_document(XmlDocument& xml, std::string_view text, std::string_view what, Diagnostics& diags) {
  // The text has LF line ends already (decode_text): no end-of-line pass.
  xml.result = xml.doc.load_buffer(text.data(), text.size(), pugi::parse_default & ~pugi::parse_eol,
                                   pugi::encoding_utf8);
  xml.good_until = text.size();
  if (!xml.ok()) {
    xml.good_until = static_cast<std::size_t>(xml.result.offset);
    diags.error(xml.good_until, std::string(what) + " is not well-formed: " + xml.result.description() +
                                    "; the rest of the file is not read");
  }
}

std::size_t xml_element_begin(pugi::xml_node n, std::string_view text) {
  std::size_t at = static_cast<std::size_t>(n.offset_debug());
  if (at > 0 && at <= text.size() && text[at - 1] == '<') --at;
  return at;
}

XmlSpan xml_element_span(pugi::xml_node n, std::string_view text, const XmlDocument& xml) {
  XmlSpan s;
  s.begin = xml_element_begin(n, text);
  // The next sibling's start rather than a search for the close tag, which
  // costs a third of a PubMed file's parse.
  if (pugi::xml_node next = n.next_sibling(); next && xml.ok()) {
    s.end = static_cast<std::size_t>(next.offset_debug());
    while (s.end > s.begin && text[s.end - 1] != '>') --s.end;
  } else {
    const std::string close = "</" + std::string(n.name()) + ">";
    s.end = text.find(close, s.begin);
    s.end = s.end == std::string_view::npos ? text.size() : s.end + close.size();
  }
  s.cut_short = !xml.ok() && s.end > xml.good_until;
  return s;
}

namespace {
std::string own_text(pugi::xml_node n) {
  std::string out;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
  return out;
}
}  // namespace

std::string xml_text(pugi::xml_node n) { return collapse_space(own_text(n)); }

std::string xml_paragraphs(pugi::xml_node n) { return std::string(trim(own_text(n))); }

std::string_view xml_head(std::string_view text) {
  if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  text = trim(text);
  if (text.empty() || text.front() != '<') return {};
  return text.substr(0, 4096);
}

std::string_view xml_root_name(std::string_view head) {
  for (std::size_t p = head.find('<'); p != std::string_view::npos; p = head.find('<', p + 1)) {
    if (p + 1 < head.size() && (head[p + 1] == '?' || head[p + 1] == '!')) continue;
    std::size_t e = p + 1;
    while (e < head.size() && !is_space(head[e]) && head[e] != '>' && head[e] != '/') ++e;
    return head.substr(p + 1, e - p - 1);
  }
  return {};
}

std::string_view xml_local_name(pugi::xml_node n) {
  std::string_view name = n.name();
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace refnet
