#include "render.hpp"

#include <algorithm>
#include <iostream>

#include "cli.hpp"
#include "refnet/review.hpp"
#include "refnet/text.hpp"
#include "terminal.hpp"

namespace refnet::cli {

std::string short_authors(const Record& r) {
  const auto& list = r.authors.empty() ? r.editors : r.authors;
  auto name = [](const Creator& c) { return c.is_literal() ? c.literal : c.full_family(); };
  if (list.empty()) return "(no author)";
  if (list.size() == 1) return name(list[0]);
  if (list.size() == 2) return name(list[0]) + " & " + name(list[1]);
  return name(list[0]) + " et al.";
}

std::string list_line(const Work& w) {
  const Record& r = w.record;
  std::string out = std::to_string(w.id) + "  " + (r.citekey.empty() ? "-" : r.citekey) + "  ";
  out += r.issued.year ? std::to_string(r.issued.year) : "n.d.";
  out += "  " + short_authors(r) + "  ";
  out += r.title.empty() ? "(untitled)" : strip_rich_text(r.title);
  if (!r.container_title.empty()) out += " (" + r.container_title + ")";
  return out;
}

RecordParts light_parts(bool creators) {
  RecordParts p;
  p.references = p.abstract = p.extra = false;
  p.creators = creators;
  return p;
}

namespace {

// Sort keys: folded so that "Ärzte" sorts with "Arzte"; ties by key, then id.
std::string first_family(const Record& r) {
  const auto& names = r.authors.empty() ? r.editors : r.authors;
  if (names.empty()) return {};
  const Creator& c = names.front();
  return fold(c.is_literal() ? c.literal : c.family);
}

struct SortKey {
  std::string text;  // folded first family name or title
  int year;
  std::string citekey;
  std::int64_t id;
};

}  // namespace

std::vector<std::int64_t> ids_sorted_by(Library& lib, const Query& q, SortText by) {
  const bool author = by == SortText::author;
  std::vector<SortKey> keys;
  lib.each(q, light_parts(author), [&](const Work& w) {
    const Record& r = w.record;
    keys.push_back({author ? first_family(r) : fold_words(strip_rich_text(r.title)), r.issued.year, r.citekey, w.id});
    return true;
  });
  std::stable_sort(keys.begin(), keys.end(), [author](const SortKey& a, const SortKey& b) {
    if (a.text != b.text) return a.text < b.text;
    if (author && a.year != b.year) return a.year < b.year;
    if (a.citekey != b.citekey) return a.citekey < b.citekey;
    return a.id < b.id;
  });
  std::vector<std::int64_t> ids;
  ids.reserve(keys.size());
  for (const auto& k : keys) ids.push_back(k.id);
  return ids;
}

std::string work_json(const Work& w) {
  std::string rec = to_json(w.record);  // "{...}"
  std::string out = "{\"id\":" + std::to_string(w.id) + ",";
  out += "\"sources\":[";
  for (std::size_t i = 0; i < w.sources.size(); ++i) {
    const SourceInfo& s = w.sources[i];
    out += (i ? "," : "");
    out += "{\"id\":" + std::to_string(s.id) + ",\"format\":" + json_quote(s.format) + ",\"file\":" + json_quote(s.file) +
           ",\"line\":" + std::to_string(s.line) + ",\"imported_at\":" + json_quote(s.imported_at) +
           ",\"label\":" + json_quote(s.label) + (s.own_export ? ",\"own_export\":true" : "") + "}";
  }
  out += "],\"tags\":[";
  for (std::size_t i = 0; i < w.tags.size(); ++i) out += (i ? "," : "") + json_quote(w.tags[i]);
  out += "]";
  if (!w.trashed_at.empty()) out += ",\"trashed_at\":" + json_quote(w.trashed_at);
  for (const auto* list : {&w.notes, &w.files}) {
    if (list->empty()) continue;
    out += list == &w.notes ? ",\"notes\":[" : ",\"files\":[";
    for (std::size_t i = 0; i < list->size(); ++i) out += (i ? "," : "") + json_quote((*list)[i]);
    out += "]";
  }
  if (rec.size() > 2) out += "," + rec.substr(1);
  else out += "}";
  return out;
}

const std::vector<OptionSpec>& listing_options() {
  static const std::vector<OptionSpec> options = {
      {"format", "F", "text (default: one line a work), tsv, csv, json or keys (citation keys, one a line)", false,
       "text tsv csv json keys"},
      {"columns", "C", "tsv/csv: the columns, comma-separated (those of 'refnet export --format csv')"},
      {"sort", "S", "year, author, title, added or key; with '-' before it, reversed (-year: newest first; -added: the last imported first)", false,
       "year -year author -author title -title added -added key -key"},
  };
  return options;
}

Listing::Listing(Library& lib, const Args& args) : lib_(lib) {
  std::string f = args.json() ? "json" : ascii_lower(args.get("format", "text"));
  if (f == "text") format_ = Format::text;
  else if (f == "tsv") format_ = Format::tsv;
  else if (f == "csv") format_ = Format::csv;
  else if (f == "json") format_ = Format::json;
  else if (f == "keys") format_ = Format::keys;
  else throw UsageError("--format: '" + f + "' is not one of text, tsv, csv, json, keys");
  if (args.has("columns") && format_ != Format::tsv && format_ != Format::csv)
    throw UsageError("--columns goes with --format tsv or csv");
  if (format_ == Format::tsv || format_ == Format::csv) {
    ExportOptions opt;
    opt.columns = args.get("columns");
    // The columns of the library's own facts (sources, tags, decision,
    // reason, notes) as export writes them.
    facts_ = work_facts(lib);
    opt.work_facts = &facts_;
    try {
      writer_ = format_ == Format::tsv ? tsv_writer(opt) : csv_writer(opt);
    } catch (const std::invalid_argument& e) {
      throw UsageError(e.what());
    }
    writer_->begin(out_);
  }
  if (format_ == Format::json) out_ += "[";
}

Listing::~Listing() = default;

RecordParts Listing::parts() const {
  if (writer_) return writer_->parts();
  if (format_ == Format::json) return RecordParts::all();
  return light_parts(format_ == Format::text);
}

void Listing::put(const Work& w) {
  switch (format_) {
    case Format::text: out_ += list_line(w) + "\n"; break;
    case Format::keys: out_ += (w.record.citekey.empty() ? std::to_string(w.id) : w.record.citekey) + "\n"; break;
    case Format::tsv:
    case Format::csv: writer_->record(out_, w.record); break;
    case Format::json: {
      // each() does not read the sources; get() does, as for `show --json`.
      auto full = lib_.get(w.id);
      out_ += (n_ ? ",\n" : "\n") + work_json(full ? *full : w);
      break;
    }
  }
  ++n_;
}

std::size_t Listing::finish() {
  if (writer_) writer_->end(out_);
  if (format_ == Format::json) out_ += n_ ? "\n]\n" : "]\n";
  // Imported text never drives the terminal; the CRLF that ends a CSV/TSV
  // row (RFC 4180) is no control to escape.
  std::string safe;
  if (writer_) {
    std::size_t at = 0;
    for (std::size_t end; (end = out_.find("\r\n", at)) != std::string::npos; at = end + 2)
      safe += terminal_safe(std::string_view(out_).substr(at, end - at)) + "\r\n";
    safe += terminal_safe(std::string_view(out_).substr(at));
  } else {
    safe = terminal_safe(out_);
  }
  show_output(safe, format_ == Format::text);
  return n_;
}

void put_works(Library& lib, Query q, const std::string& sort, Listing& listing) {
  std::optional<std::vector<std::int64_t>> ids;
  const bool reversed = !sort.empty() && sort[0] == '-';
  const std::string by = reversed ? sort.substr(1) : sort;
  const std::size_t limit = q.limit;
  if (sort.empty()) {
  } else if (by == "added") q.order = Query::Order::id;
  else if (by == "key") q.order = Query::Order::key;
  else if (by == "year") q.order = reversed ? Query::Order::year_desc : Query::Order::year;  // no year last
  else if (by == "author" || by == "title") {
    q.limit = 0;  // the first N in this order, not by id
    ids = ids_sorted_by(lib, q, by == "author" ? SortText::author : SortText::title);
  } else {
    throw UsageError("--sort: '" + sort + "' is not one of year, author, title, added, key (each with '-' before it: reversed)");
  }
  if (reversed && by != "year") {
    if (!ids) {
      q.limit = 0;  // the first N in this order, not by id
      ids.emplace();
      lib.each(q, light_parts(false), [&](const Work& w) {
        ids->push_back(w.id);
        return true;
      });
    }
    std::reverse(ids->begin(), ids->end());
  }
  if (ids && limit && ids->size() > limit) ids->resize(limit);
  if (!ids) {
    lib.each(q, listing.parts(), [&](const Work& w) {
      listing.put(w);
      return true;
    });
    return;
  }
  for (std::int64_t id : *ids) {
    Work w;
    w.id = id;
    if (auto r = lib.record(id, listing.parts())) w.record = std::move(*r);
    listing.put(w);
  }
}

int show_works(Library& lib, const Query& q, const Args& args) {
  Listing listing(lib, args);
  put_works(lib, q, args.get("sort"), listing);
  std::size_t n = listing.finish();
  if (!args.json()) std::cerr << n << (n == 1 ? " work\n" : " works\n");
  return kOk;
}

}  // namespace refnet::cli
