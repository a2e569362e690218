// Which formats a text holds, decided from content, never from a file name.
#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"
#include "refnet/text.hpp"

namespace refnet {

std::string_view format_name(Format f) {
  switch (f) {
    case Format::bibtex: return "bibtex";
    case Format::ris: return "ris";
    case Format::crossref: return "crossref";
    default: return "unknown";
  }
}

Format parse_format_name(std::string_view name) {
  std::string n = ascii_lower(name);
  if (n == "bibtex" || n == "bib" || n == "biblatex") return Format::bibtex;
  if (n == "ris") return Format::ris;
  if (n == "crossref" || n == "json" || n == "crossref-json" || n == "jsonl") return Format::crossref;
  return Format::unknown;
}

namespace {

// An RIS tag line: two characters (a capital letter, then a capital or a
// digit), one or two spaces, a dash, then a space or the line end.
bool is_ris_tag_line(std::string_view line) {
  if (line.size() < 4) return false;
  if (!(line[0] >= 'A' && line[0] <= 'Z')) return false;
  if (!((line[1] >= 'A' && line[1] <= 'Z') || is_digit(line[1]))) return false;
  std::size_t i = 2;
  if (line[i] != ' ') return false;
  ++i;
  if (i < line.size() && line[i] == ' ') ++i;
  if (i >= line.size() || line[i] != '-') return false;
  ++i;
  return i == line.size() || line[i] == ' ' || line[i] == '\t';
}

// "@word{" or "@word(" with optional white space before the delimiter.
bool is_bibtex_entry_at(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  std::size_t start = i;
  while (i < text.size() && (is_alpha(text[i]) || text[i] == '_' || text[i] == '-')) ++i;
  if (i == start) return false;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
  return i < text.size() && (text[i] == '{' || text[i] == '(');
}

}  // namespace

Detection detect_formats(std::string_view text) {
  Detection d;
  std::string_view body = trim(text);
  if (!body.empty() && (body.front() == '{' || body.front() == '[')) {
    // JSON opens an object with a key (or closes it), an array with an
    // object, an array, or its end; a page opening "[PDF] Title" is not JSON.
    std::string_view rest = trim(body.substr(1));
    char next = rest.empty() ? '\0' : rest.front();
    if (body.front() == '{' ? (next == '"' || next == '}') : (next == '{' || next == '[' || next == ']')) {
      d.crossref = true;
      return d;
    }
  }
  std::size_t ris_tags = 0, ty = 0, er = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    std::string_view t = line;
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
    // From the '@' in the whole text: the '{' may be on a later line.
    if (!t.empty() && t.front() == '@' && is_bibtex_entry_at(text, static_cast<std::size_t>(t.data() - text.data())))
      d.bibtex = true;
    if (is_ris_tag_line(line)) {
      ++ris_tags;
      if (starts_with(line, "TY")) ++ty;
      if (starts_with(line, "ER")) ++er;
    }
    pos = end + 1;
  }
  if (ty > 0 || (er > 0 && ris_tags >= 2)) {
    d.ris = true;
    // When records open with TY, text outside TY..ER is page noise and is
    // skipped; without any TY (old Scopus exports) every tag line belongs to
    // a record that ends at ER.
    d.ris_embedded = ty > 0;
  }
  return d;
}

ParseStats import_text(std::string_view text, Format forced, Diagnostics& diags, const RecordSink& record_sink,
                       const BibtexOptions& bibtex) {
  // Control characters that came escaped (JSON "\u001b") go here, for every
  // format; raw ones went in decode_text.
  RecordSink sink = [&](Record&& r) {
    if (std::size_t n = remove_control_characters(r))
      diags.report_line(Severity::warning, r.provenance.line,
                        std::to_string(n) + " control character" + (n > 1 ? "s" : "") + " removed from this record");
    record_sink(std::move(r));
  };
  ParseStats total;
  auto add = [&total](ParseStats s) {
    total.records += s.records;
    total.rejected += s.rejected;
    total.macros += s.macros;
  };
  switch (forced) {
    case Format::bibtex: return parse_bibtex(text, diags, sink, bibtex);
    case Format::ris: return parse_ris(text, diags, sink, false);
    case Format::crossref: return parse_crossref_json(text, diags, sink);
    case Format::unknown: break;
  }
  Detection d = detect_formats(text);
  if (d.crossref) add(parse_crossref_json(text, diags, sink));
  if (d.bibtex) add(parse_bibtex(text, diags, sink, bibtex));
  if (d.ris) add(parse_ris(text, diags, sink, d.ris_embedded));
  return total;
}

}  // namespace refnet
