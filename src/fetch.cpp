// Crossref over libcurl's multi interface: one thread, one event loop; a
// queue of jobs (one per DOI), each started when a slot is free, its backoff
// has passed, no 429 pause is on, and the server's rate limit allows it.
#include "refnet/fetch.hpp"
#include "refnet/article_number.hpp"
#include "refnet/doi.hpp"

#include <curl/curl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <iostream>
#include <mutex>
#include <random>

#include "refnet/diagnostics.hpp"
#include "refnet/importer.hpp"
#include "refnet/store.hpp"
#include "refnet/text.hpp"

#include <nlohmann/json.hpp>

namespace refnet {

using Clock = std::chrono::steady_clock;

namespace {

// Larger than any work Crossref serves (the biggest reference lists are a few MB).
constexpr std::size_t kMaxBody = 64u << 20;

void global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Clock::duration seconds(double s) {
  return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(std::max(0.0, s)));
}

// "1s", "1", "500ms", "1m": Crossref sends "1s".  0 when unreadable.
double parse_interval(std::string_view v) {
  v = trim(v);
  double n = 0;
  std::size_t i = 0;
  bool digits = false;
  for (; i < v.size() && is_digit(v[i]); ++i, digits = true) n = n * 10 + (v[i] - '0');
  if (i < v.size() && v[i] == '.') {
    double scale = 0.1;
    for (++i; i < v.size() && is_digit(v[i]); ++i, digits = true, scale /= 10) n += (v[i] - '0') * scale;
  }
  if (!digits) return 0;
  std::string_view unit = trim(v.substr(i));
  if (unit.empty() || unit == "s") return n;
  if (unit == "ms") return n / 1000;
  if (unit == "m") return n * 60;
  if (unit == "h") return n * 3600;
  return 0;
}

// Retry-After: delay-seconds or an HTTP-date.  Negative when absent/unreadable.
double parse_retry_after(const std::string& v) {
  std::string_view t = trim(v);
  if (t.empty()) return -1;
  if (std::all_of(t.begin(), t.end(), is_digit)) return t.size() > 7 ? 1e7 : std::stod(std::string(t));
  time_t when = curl_getdate(std::string(t).c_str(), nullptr);
  if (when < 0) return -1;
  return std::max(0.0, std::difftime(when, std::time(nullptr)));
}

// Failures worth another try: the network or the server hiccuped.  A TLS
// certificate problem or a malformed URL will not go away by itself.
bool transient(CURLcode c) {
  switch (c) {
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return true;
    default:
      return false;
  }
}

std::string first_line(std::string_view s, std::size_t max = 120) {
  s = s.substr(0, s.find('\n'));
  s = trim(s);
  std::string out(s.substr(0, max));
  if (s.size() > max) out += "...";
  return out;
}

}  // namespace

namespace {
bool starts_with_https(const std::string& url) { return ascii_lower(url.substr(0, 8)) == "https://"; }
}  // namespace

FetchOptions FetchOptions::from_environment() {
  FetchOptions o;
  if (const char* url = std::getenv("REFNET_CROSSREF_URL"); url && *url) o.base_url = url;
  if (const char* m = std::getenv("REFNET_MAILTO"); m && *m) o.mailto = m;
  return o;
}

std::string user_agent(const std::string& mailto) {
  std::string ua = "refnet/" REFNET_VERSION " (https://github.com/refnet";
  if (!mailto.empty()) ua += "; mailto:" + mailto;
  return ua + ")";
}

std::string work_url(std::string_view base, std::string_view doi) {
  static const char hex[] = "0123456789ABCDEF";
  while (!base.empty() && base.back() == '/') base.remove_suffix(1);
  std::string url(base);
  url += "/works/";
  for (unsigned char c : doi) {
    if (is_alpha(static_cast<char>(c)) || is_digit(static_cast<char>(c)) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      url.push_back(static_cast<char>(c));
    } else {
      url.push_back('%');
      url.push_back(hex[c >> 4]);
      url.push_back(hex[c & 15]);
    }
  }
  return url;
}

std::string search_url(std::string_view base, std::string_view bibliographic, int rows) {
  static const char hex[] = "0123456789ABCDEF";
  while (!base.empty() && base.back() == '/') base.remove_suffix(1);
  std::string url(base);
  url += "/works?query.bibliographic=";
  for (unsigned char c : bibliographic) {
    if (is_alpha(static_cast<char>(c)) || is_digit(static_cast<char>(c)) || c == '-' || c == '.' || c == '_' || c == '~') {
      url.push_back(static_cast<char>(c));
    } else {
      url.push_back('%');
      url.push_back(hex[c >> 4]);
      url.push_back(hex[c & 15]);
    }
  }
  return url + "&rows=" + std::to_string(rows);
}

std::optional<std::vector<SearchCandidate>> parse_search_response(std::string_view body, const std::string& url,
                                                                  std::string& error) {
  nlohmann::json j = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
  if (j.is_discarded()) {
    error = "not JSON";
    return std::nullopt;
  }
  const nlohmann::json* items = nullptr;
  if (j.is_object() && j.value("message-type", "") == "work-list" && j.contains("message") && j["message"].is_object())
    if (auto it = j["message"].find("items"); it != j["message"].end() && it->is_array()) items = &*it;
  if (!items) {
    error = "not a Crossref work list";
    return std::nullopt;
  }
  std::vector<SearchCandidate> out;
  Diagnostics diags(1);
  diags.set_source(url, body);
  parse_crossref_json(body, diags, [&](Record&& r) {
    read_pages_as_article_number(r);  // Crossref's page 20200147: the article number, as import reads it
    out.push_back({std::move(r), 0});
  });
  if (diags.errors() > 0 || out.size() != items->size()) {
    error = diags.items().empty() ? std::string("items that are not Crossref works") : diags.items().front().message;
    return std::nullopt;
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto& item = (*items)[i];
    if (item.is_object() && item.contains("score") && item["score"].is_number()) out[i].score = item["score"].get<double>();
  }
  return out;
}

std::optional<Record> parse_work_response(std::string_view body, const std::string& url, std::string& error) {
  Diagnostics diags(1);
  diags.set_source(url, body);
  std::optional<Record> out;
  std::size_t n = 0;
  ParseStats stats = parse_crossref_work(body, diags, [&](Record&& r) {
    read_pages_as_article_number(r);  // Crossref's page 20200147: the article number, as import reads it
    if (n++ == 0) out = std::move(r);
  });
  if (diags.errors() > 0 || stats.records != 1 || !out) {
    error = diags.items().empty() ? std::string("not one Crossref work") : diags.items().front().message;
    if (!diags.items().empty() && diags.items().front().line > 0)
      error += " (line " + std::to_string(diags.items().front().line) + ", column " +
               std::to_string(diags.items().front().column) + ")";
    return std::nullopt;
  }
  return out;
}

// Why an answer that parsed cannot be the answer to `asked` (normalized),
// or empty: a server answering with another work must not have it stored
// and merged into the user's work.
std::string answer_mismatch(const Record& answer, const std::string& asked) {
  auto got = normalize_doi(answer.doi);
  if (!got) return "the answer names no DOI (asked for " + asked + ")";
  if (*got != asked) return "the answer is about " + *got + ", not " + asked + ": refused";
  return {};
}

std::optional<std::string> mailto_problem(std::string_view m) {
  for (unsigned char c : m)
    if (c < 0x20 || c == 0x7F) return std::string("it holds a control character (CR, LF, ...)");
  auto at = m.find('@');
  if (m.size() > 254 || at == std::string_view::npos || at == 0 || at + 1 >= m.size() ||
      m.find('@', at + 1) != std::string_view::npos)
    return std::string("it is not an e-mail address (NAME@DOMAIN)");
  for (char c : m)
    if (c == ' ' || c == '(' || c == ')' || c == ';' || c == '<' || c == '>' || c == ',' || c == '"' || c == '\\')
      return std::string("it holds '") + c + "', which an e-mail address in a User-Agent cannot";
  return std::nullopt;
}

// ---------------------------------------------------------------------------

struct CrossrefClient::Engine {
  struct Job {
    std::string doi, url;  // a search: the reference string, the search URL
    bool search = false;
    unsigned tries = 0;
    bool malformed_retried = false;
    Clock::time_point not_before{};
    CURL* easy = nullptr;
    std::string body;
    bool body_too_large = false;
    // Headers of the current answer (reset at each status line: redirects).
    std::string rate_limit, rate_interval, retry_after;
    int last_status = 0;
    std::string last_error;
    char errbuf[CURL_ERROR_SIZE] = {0};
  };

  CrossrefClient& client;
  const FetchOptions& opt;
  const FetchCallback& done;
  CURLM* multi = nullptr;
  curl_slist* headers = nullptr;  // libcurl does not copy it: lives as long as the handles
  std::string ua;
  std::vector<std::unique_ptr<Job>> jobs;
  std::deque<Job*> waiting;  // not started; ordered by arrival, not by not_before
  std::size_t in_flight = 0;

  // Until the first answer the server's rate limit is unknown: one request
  // at a time, so that even a limit of 1 per interval is never exceeded.
  bool probing = true;
  unsigned limit = 0;     // requests per interval; 0 = none announced
  double interval = 0;    // seconds
  std::deque<Clock::time_point> starts;  // within the last interval
  Clock::time_point paused_until{};      // a 429's Retry-After
  // DOIs given up in a row because nothing answered at all (no connection,
  // no name resolution), with no HTTP answer in between.  At two, the rest
  // are not tried: with Crossref unreachable, each would spend its retries
  // and backoff for nothing.
  unsigned unreachable = 0;
  bool answered = false;  // some HTTP answer came during this run
  std::mt19937_64 rng{std::random_device{}()};

  Engine(CrossrefClient& c, const FetchCallback& d) : client(c), opt(c.options_), done(d) {
    global_init();
    multi = curl_multi_init();
    if (!multi) throw std::runtime_error("libcurl: cannot create a multi handle");
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, static_cast<long>(std::max(1u, opt.parallel)));
    ua = user_agent(opt.mailto);
    headers = curl_slist_append(nullptr, "Accept: application/json");
  }
  ~Engine() {
    for (auto& j : jobs)
      if (j->easy) {
        curl_multi_remove_handle(multi, j->easy);
        curl_easy_cleanup(j->easy);
      }
    curl_multi_cleanup(multi);
    curl_slist_free_all(headers);
  }

  static std::size_t on_body(char* p, std::size_t size, std::size_t n, void* user) {
    Job* j = static_cast<Job*>(user);
    if (j->body.size() + n > kMaxBody) {
      j->body_too_large = true;
      return 0;  // aborts the transfer (CURLE_WRITE_ERROR)
    }
    j->body.append(p, n * size);
    return n * size;
  }

  static std::size_t on_header(char* p, std::size_t size, std::size_t n, void* user) {
    Job* j = static_cast<Job*>(user);
    std::string_view line(p, n * size);
    if (line.substr(0, 5) == "HTTP/") {
      j->rate_limit.clear();
      j->rate_interval.clear();
      j->retry_after.clear();
      return n * size;
    }
    auto colon = line.find(':');
    if (colon == std::string_view::npos) return n * size;
    std::string_view name = trim(line.substr(0, colon)), value = trim(line.substr(colon + 1));
    if (iequals(name, "X-Rate-Limit-Limit")) j->rate_limit = std::string(value);
    else if (iequals(name, "X-Rate-Limit-Interval")) j->rate_interval = std::string(value);
    else if (iequals(name, "Retry-After")) j->retry_after = std::string(value);
    return n * size;
  }

  void start(Job* j, Clock::time_point now) {
    j->body.clear();
    j->body_too_large = false;
    j->errbuf[0] = 0;
    CURL* e = curl_easy_init();
    if (!e) throw std::runtime_error("libcurl: cannot create a handle");
    j->easy = e;
    curl_easy_setopt(e, CURLOPT_URL, j->url.c_str());
    curl_easy_setopt(e, CURLOPT_USERAGENT, ua.c_str());
    curl_easy_setopt(e, CURLOPT_PRIVATE, j);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Engine::on_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, j);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Engine::on_header);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, j);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, j->errbuf);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // whatever libcurl can decode
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    // Never from https down to http: a redirect may not drop the encryption.
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, starts_with_https(opt.base_url) ? "https" : "http,https");
    // Never switched off: a reference manager has no business trusting anyone.
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(opt.connect_timeout * 1000));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(opt.timeout * 1000));
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(kMaxBody));
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, headers);
    curl_multi_add_handle(multi, e);
    ++j->tries;
    ++in_flight;
    ++client.requests_;
    // Kept for an announced limit's longest interval (an hour), not forever.
    while (!starts.empty() && now - starts.front() > std::chrono::hours(2)) starts.pop_front();
    starts.push_back(now);
  }

  // Whether the rate limit allows a start now; else when it will.
  bool rate_allows(Clock::time_point now, Clock::time_point& when) {
    if (limit == 0) return true;
    // A tenth of the interval as margin: requests arrive at the server with
    // some jitter, and the server counts arrivals.
    auto window = seconds(interval * 1.1);
    while (!starts.empty() && starts.front() + window <= now) starts.pop_front();
    if (starts.size() < limit) return true;
    when = starts[starts.size() - limit] + window;
    return false;
  }

  double backoff_delay(unsigned failures) {
    double d = opt.backoff * std::pow(2.0, failures > 0 ? failures - 1 : 0);
    d = std::min(d, opt.max_backoff);
    std::uniform_real_distribution<double> jitter(0.5, 1.0);
    return d * jitter(rng);
  }

  void finish(Job* j, FetchOutcome outcome, std::string error = {}, std::optional<Record> record = {},
              std::vector<SearchCandidate> candidates = {}) {
    FetchResult r;
    r.search = j->search;
    r.candidates = std::move(candidates);
    r.doi = j->doi;
    r.url = j->url;
    r.outcome = outcome;
    r.http_status = j->last_status;
    r.tries = j->tries;
    r.error = std::move(error);
    r.record = std::move(record);
    r.body = std::move(j->body);
    j->body = std::string();
    done(std::move(r));
  }

  void retry_or_fail(Job* j, Clock::time_point now, std::string why, double delay = -1) {
    j->last_error = std::move(why);
    if (j->tries > opt.retries) {
      std::string msg = "gave up after " + std::to_string(j->tries) + (j->tries == 1 ? " try: " : " tries: ") + j->last_error;
      finish(j, FetchOutcome::failed, msg);
      return;
    }
    j->not_before = now + seconds(delay >= 0 ? delay : backoff_delay(j->tries));
    waiting.push_back(j);
  }

  void abandon_waiting(const std::string& why) {
    std::deque<Job*> rest;
    rest.swap(waiting);
    for (Job* j : rest)
      finish(j, FetchOutcome::failed,
             j->tries == 0 ? "not tried: " + why
                           : "gave up after " + std::to_string(j->tries) + (j->tries == 1 ? " try: " : " tries: ") + why);
  }

  void completed(Job* j, CURLcode code) {
    Clock::time_point now = Clock::now();
    long status = 0;
    curl_easy_getinfo(j->easy, CURLINFO_RESPONSE_CODE, &status);
    curl_multi_remove_handle(multi, j->easy);
    curl_easy_cleanup(j->easy);
    j->easy = nullptr;
    --in_flight;
    probing = false;
    j->last_status = static_cast<int>(status);
    if (status > 0) unreachable = 0, answered = true;

    if (!j->rate_limit.empty()) {
      long l = std::atol(j->rate_limit.c_str());
      double iv = j->rate_interval.empty() ? 1 : parse_interval(j->rate_interval);
      if (l > 0 && iv > 0) {
        limit = static_cast<unsigned>(std::min(l, 100000L));
        interval = std::min(iv, 3600.0);
      }
    }

    if (code != CURLE_OK) {
      std::string what = j->body_too_large ? "answer larger than " + std::to_string(kMaxBody >> 20) + " MB"
                                           : std::string(curl_easy_strerror(code));
      // libcurl's detail usually ends with the generic text; do not say it twice.
      if (j->errbuf[0] && !j->body_too_large)
        what = std::string_view(j->errbuf).find(what) != std::string_view::npos ? std::string(j->errbuf)
                                                                              : what + " (" + j->errbuf + ")";
      if (!transient(code)) {
        finish(j, FetchOutcome::failed, what);
        return;
      }
      bool no_answer = code == CURLE_COULDNT_CONNECT || code == CURLE_COULDNT_RESOLVE_HOST ||
                       code == CURLE_COULDNT_RESOLVE_PROXY;
      // Before any server has answered, two such failures in a row are
      // enough: the network (or the host) is not there.
      if (no_answer && (j->tries > opt.retries || !answered) && ++unreachable >= 2) {
        retry_or_fail(j, now, what);
        abandon_waiting(opt.base_url + " does not answer (" + what + ")");
        return;
      }
      retry_or_fail(j, now, what);
      return;
    }
    if (status == 200) {
      std::string why;
      if (j->search) {
        if (auto candidates = parse_search_response(j->body, j->url, why)) {
          finish(j, FetchOutcome::ok, {}, std::nullopt, std::move(*candidates));
          return;
        }
      } else if (auto record = parse_work_response(j->body, j->url, why)) {
        std::string wrong = answer_mismatch(*record, j->doi);
        if (!wrong.empty()) finish(j, FetchOutcome::failed, wrong);
        else finish(j, FetchOutcome::ok, {}, std::move(record));
        return;
      }
      // One more try: a proxy or a server hiccup may have mangled it; a
      // second malformed answer will not be the last word of a third.
      why = "malformed answer: " + why;
      if (j->malformed_retried) {
        finish(j, FetchOutcome::failed, why);
      } else {
        j->malformed_retried = true;
        retry_or_fail(j, now, why);
      }
      return;
    }
    if (status == 404) {
      finish(j, FetchOutcome::not_found);
      return;
    }
    std::string what = "HTTP " + std::to_string(status);
    if (!j->body.empty()) what += ": " + first_line(j->body);
    if (status == 429) {
      double after = parse_retry_after(j->retry_after);
      if (after < 0) after = backoff_delay(j->tries);
      if (after > opt.max_wait) {
        finish(j, FetchOutcome::failed,
               what + ": the server asks to wait " + std::to_string(static_cast<long>(after)) +
                   " s, more than --max-wait " + std::to_string(static_cast<long>(opt.max_wait)) + " s");
        return;
      }
      if (opt.on_wait) opt.on_wait(after, "rate limit");
      // Everyone waits, not only this request: the limit is the client's.
      paused_until = std::max(paused_until, now + seconds(after));
      retry_or_fail(j, now, what, after);
      return;
    }
    if (status >= 500 || status == 408) {
      retry_or_fail(j, now, what);
      return;
    }
    finish(j, FetchOutcome::failed, what);
  }

  // `asked`: DOIs, or with `rows` > 0 reference strings to search.
  void run(const std::vector<std::string>& asked, int rows = 0) {
    for (std::size_t i = 0; i < asked.size(); ++i) {
      auto j = std::make_unique<Job>();
      j->doi = asked[i];
      j->search = rows > 0;
      j->url = j->search ? search_url(opt.base_url, asked[i], rows) : work_url(opt.base_url, asked[i]);
      waiting.push_back(j.get());
      jobs.push_back(std::move(j));
    }
    const std::size_t max_in_flight = std::max(1u, opt.parallel);
    while (!waiting.empty() || in_flight > 0) {
      Clock::time_point now = Clock::now();
      Clock::time_point wake = now + std::chrono::seconds(1);
      // Start what may start.
      while (!waiting.empty() && in_flight < (probing ? 1 : max_in_flight)) {
        if (paused_until > now) {
          wake = std::min(wake, paused_until);
          break;
        }
        Clock::time_point when;
        if (!rate_allows(now, when)) {
          wake = std::min(wake, when);
          break;
        }
        // The first job whose backoff has passed.
        auto it = std::find_if(waiting.begin(), waiting.end(), [&](Job* j) { return j->not_before <= now; });
        if (it == waiting.end()) {
          for (Job* j : waiting) wake = std::min(wake, j->not_before);
          break;
        }
        Job* j = *it;
        waiting.erase(it);
        start(j, now);
      }
      int running = 0;
      curl_multi_perform(multi, &running);
      int left = 0;
      bool any = false;
      while (CURLMsg* m = curl_multi_info_read(multi, &left)) {
        if (m->msg != CURLMSG_DONE) continue;
        Job* j = nullptr;
        curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, reinterpret_cast<char**>(&j));
        CURLcode code = m->data.result;
        completed(j, code);
        any = true;
      }
      if (any) continue;  // slots may have freed: start more before sleeping
      auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(wake - Clock::now()).count();
      ms = std::max<long long>(0, std::min<long long>(ms + 1, 1000));
      if (waiting.empty() || in_flight > 0 || ms > 0) curl_multi_poll(multi, nullptr, 0, static_cast<int>(ms), nullptr);
    }
  }
};

CrossrefClient::CrossrefClient(FetchOptions options) : options_(std::move(options)) { global_init(); }
CrossrefClient::~CrossrefClient() = default;

void CrossrefClient::fetch(const std::vector<std::string>& dois, const FetchCallback& done) {
  if (dois.empty()) return;
  Engine engine(*this, done);
  engine.run(dois);
}

void CrossrefClient::search(const std::vector<std::string>& strings, int rows, const FetchCallback& done) {
  if (strings.empty()) return;
  Engine engine(*this, done);
  engine.run(strings, std::max(1, rows));
}

// ---------------------------------------------------------------------------

namespace {

// The library's cache in front of the client: each asked DOI or string
// whose URL has a cached answer that `use` accepts (filling the result) is
// done from the cache; with --offline the others are not_cached; the rest are
// returned, to be asked.
std::vector<std::string> answer_from_cache(Library& lib, const std::vector<std::string>& asked, CacheMode mode,
                                           bool search, const std::function<std::string(const std::string&)>& url_of,
                                           const std::function<bool(CachedResponse&, FetchResult&)>& use,
                                           const FetchCallback& done) {
  std::vector<std::string> ask;
  for (const std::string& a : asked) {
    std::string url = url_of(a);
    std::optional<CachedResponse> hit;
    if (!mode.refresh || mode.offline) hit = lib.cache_get(url);
    FetchResult r;
    r.doi = a;
    r.url = url;
    r.search = search;
    r.from_cache = true;
    if (hit && use(*hit, r)) {
      r.http_status = hit->status;
      r.body = std::move(hit->body);
      done(std::move(r));
      continue;
    }
    if (mode.offline) {
      r.outcome = FetchOutcome::not_cached;
      r.from_cache = false;  // a miss: no answer came from the cache
      r.error = "not in the cache (--offline)";
      done(std::move(r));
      continue;
    }
    ask.push_back(a);
  }
  return ask;
}

// New 200 and 404 answers go into the cache before the caller sees them.
FetchCallback caching(Library& lib, const FetchCallback& done) {
  return [&lib, &done](FetchResult&& r) {
    if (r.outcome == FetchOutcome::ok) lib.cache_put(r.url, 200, r.body);
    else if (r.outcome == FetchOutcome::not_found) lib.cache_put(r.url, 404, r.body);
    done(std::move(r));
  };
}

}  // namespace

void fetch_with_cache(Library& lib, CrossrefClient& client, const std::vector<std::string>& dois, CacheMode mode,
                      const FetchCallback& done) {
  auto ask = answer_from_cache(
      lib, dois, mode, false, [&](const std::string& doi) { return work_url(client.options().base_url, doi); },
      [](CachedResponse& hit, FetchResult& r) {
        if (hit.status == 404) {
          r.outcome = FetchOutcome::not_found;
          return true;
        }
        if (hit.status != 200) return false;
        // A cached answer that does not parse (an older importer?) or is
        // about another DOI: ask again.
        std::string why;
        r.record = parse_work_response(hit.body, r.url, why);
        if (r.record && !answer_mismatch(*r.record, r.doi).empty()) r.record.reset();
        if (!r.record) return false;
        r.outcome = FetchOutcome::ok;
        return true;
      },
      done);
  client.fetch(ask, caching(lib, done));
}

void search_with_cache(Library& lib, CrossrefClient& client, const std::vector<std::string>& strings, int rows,
                       CacheMode mode, const FetchCallback& done) {
  auto ask = answer_from_cache(
      lib, strings, mode, true, [&](const std::string& s) { return search_url(client.options().base_url, s, rows); },
      [](CachedResponse& hit, FetchResult& r) {
        std::string why;
        auto candidates = hit.status == 200 ? parse_search_response(hit.body, r.url, why) : std::nullopt;
        if (!candidates) return false;
        r.outcome = FetchOutcome::ok;
        r.candidates = std::move(*candidates);
        return true;
      },
      done);
  client.search(ask, rows, caching(lib, done));
}

// ---------------------------------------------------------------------------

FetchProgress::FetchProgress(std::string label, std::size_t total, bool quiet)
    : label_(std::move(label)), total_(total), quiet_(quiet) {
  const char* term = std::getenv("TERM");
  tty_ = isatty(STDERR_FILENO) && !(term && std::strcmp(term, "dumb") == 0);
  start_ = last_draw_ = Clock::now();
  next_line_ = std::max<std::size_t>(1, total_ / 10);
  if (tty_) draw(true);  // 0/N at once: the first answer may take a while
}

FetchProgress::~FetchProgress() { finish(); }

std::string FetchProgress::rate_eta() const {
  double elapsed = std::chrono::duration<double>(Clock::now() - start_).count();
  double rate = elapsed > 0 ? done_ / elapsed : 0;
  char buf[64];
  if (rate > 0 && done_ < total_) {
    long eta = static_cast<long>((total_ - done_) / rate + 0.5);
    std::snprintf(buf, sizeof buf, "%.1f/s, ETA %ld:%02ld", rate, eta / 60, eta % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f/s", rate);
  }
  return buf;
}

void FetchProgress::draw(bool force) {
  if (quiet_ || total_ == 0) return;
  Clock::time_point now = Clock::now();
  if (tty_) {
    if (!force && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    constexpr int width = 30;
    int filled = static_cast<int>(width * done_ / total_);
    std::string bar(filled, '#');
    bar.append(width - filled, '.');
    std::cerr << "\r\033[K" << label_ << " [" << bar << "] " << done_ << "/" << total_ << "  " << rate_eta() << std::flush;
    return;
  }
  if (total_ < kProgressLinesFrom) return;
  if (done_ >= next_line_ || done_ == total_) {
    std::cerr << label_ << ": " << done_ << "/" << total_ << " (" << rate_eta() << ")\n";
    while (next_line_ <= done_) next_line_ += std::max<std::size_t>(1, total_ / 10);
  }
}

void FetchProgress::tick() {
  ++done_;
  draw(done_ == total_);
}

void FetchProgress::note(const std::string& line) {
  if (tty_ && !quiet_ && total_ > 0) std::cerr << "\r\033[K";
  std::cerr << line << "\n";
  if (tty_) draw(true);
}

void FetchProgress::finish() {
  if (finished_) return;
  finished_ = true;
  if (tty_ && !quiet_ && total_ > 0) std::cerr << "\n";
}

}  // namespace refnet
