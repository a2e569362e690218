// refnet fetch / enrich against a real HTTP server on 127.0.0.1
// (tests/crossref_server.py) serving recorded Crossref answers
// (fixtures/fetch/works/), told per DOI to fail in the ways the real API and
// the network do.  libcurl talks to it for real; nothing leaves the machine.
#include <curl/curl.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "refnet/fetch.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

struct LoggedRequest {
  double t = 0;  // server's monotonic clock, seconds
  std::string doi;
  std::string answer;  // the mode the server answered in ("ok", "500", ...)
  std::string ua;
};

// The server, started on construction (port 0: the system picks one) and
// killed on destruction.
class CrossrefServer {
 public:
  explicit CrossrefServer(std::vector<std::string> options = {}) {
    log_ = dir_ / "requests.log";
    std::vector<std::string> argv = {"python3", std::string(REFNET_SOURCE_DIR) + "/tests/crossref_server.py",
                                     "--fixtures", fixture("fetch/works"), "--log", log_};
    argv.insert(argv.end(), options.begin(), options.end());
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    pid_ = fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      dup2(fds[1], STDOUT_FILENO);
      close(fds[0]);
      close(fds[1]);
      std::vector<char*> args;
      for (auto& a : argv) args.push_back(a.data());
      args.push_back(nullptr);
      execvp("python3", args.data());
      _exit(127);
    }
    close(fds[1]);
    std::string line;
    char c;
    while (read(fds[0], &c, 1) == 1 && c != '\n') line.push_back(c);
    close(fds[0]);
    REQUIRE(!line.empty());
    port_ = std::stoi(line);
  }
  ~CrossrefServer() {
    kill(pid_, SIGTERM);
    int status;
    waitpid(pid_, &status, 0);
  }
  CrossrefServer(const CrossrefServer&) = delete;
  CrossrefServer& operator=(const CrossrefServer&) = delete;

  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

  std::vector<LoggedRequest> requests() const {
    std::vector<LoggedRequest> out;
    std::string text = slurp(log_);
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t end = text.find('\n', pos);
      if (end == std::string::npos) break;  // a line being written
      auto j = nlohmann::json::parse(text.substr(pos, end - pos));
      pos = end + 1;
      if (!j.contains("doi")) continue;
      out.push_back({j["t"].get<double>(), j["doi"].get<std::string>(), j["answer"].get<std::string>(),
                     j.value("ua", "")});
    }
    return out;
  }
  std::size_t requests_for(const std::string& doi) const {
    auto r = requests();
    return std::count_if(r.begin(), r.end(), [&](const LoggedRequest& q) { return q.doi == doi; });
  }

  // The control endpoint: a mode for a DOI while the server runs.
  void set_mode(const std::string& doi, const std::string& mode) {
    CURL* e = curl_easy_init();
    std::string u = url() + "/_control?doi=" + doi + "&mode=" + mode;
    curl_easy_setopt(e, CURLOPT_URL, u.c_str());
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, +[](char*, std::size_t s, std::size_t n, void*) { return s * n; });
    CURLcode rc = curl_easy_perform(e);
    curl_easy_cleanup(e);
    REQUIRE(rc == CURLE_OK);
  }

 private:
  TempDir dir_;
  std::string log_;
  pid_t pid_ = -1;
  int port_ = 0;
};

// A library in a temporary directory, and refnet run against it and the server.
struct Session {
  TempDir dir;
  std::string library = dir / "library.sqlite";
  explicit Session(const CrossrefServer& server) {
    setenv("REFNET_CROSSREF_URL", server.url().c_str(), 1);
    unsetenv("REFNET_MAILTO");
    unsetenv("REFNET_LIBRARY");
  }
  // Quick retries: the backoff's length is not what is tested.
  CommandResult refnet(const std::string& args, const std::string& input = {}) {
    return run_refnet(args + " --library '" + library + "' --mailto test@example.org --backoff 0.05", input);
  }
  CommandResult import(const std::string& file) {
    return run_refnet("import --library '" + library + "' '" + file + "'");
  }
  std::optional<Work> work(const std::string& doi) {
    Library lib(library, false);
    auto ids = lib.resolve(doi);
    if (ids.empty()) return std::nullopt;
    return lib.get(ids.front());
  }
  std::int64_t works() {
    Library lib(library, false);
    return lib.count(Query{});
  }
};

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

Record recorded(const std::string& doi) {
  std::string file = fixture("fetch/works/" + std::string(doi).replace(doi.find('/'), 1, "%2F") + ".json");
  std::string error;
  auto r = parse_work_response(slurp(file), "recorded", error);
  REQUIRE(r);
  return *r;
}

}  // namespace

TEST_CASE("work_url percent-encodes a DOI but its slashes, user_agent names refnet and the mailto", "[fetch]") {
  CHECK(work_url("https://api.crossref.org", "10.1371/journal.pone.0033693") ==
        "https://api.crossref.org/works/10.1371/journal.pone.0033693");
  CHECK(work_url("http://127.0.0.1:8/", "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0") ==
        "http://127.0.0.1:8/works/10.1002/%28sici%291097-4571%28199806%2949%3A8%3C693%3A%3Aaid-asi4%3E3.0.co%3B2-0");
  CHECK(work_url("x", "10.1/a b#c?d%e") == "x/works/10.1/a%20b%23c%3Fd%25e");
  CHECK(user_agent("me@example.org") == "refnet/" REFNET_VERSION " (https://github.com/refnet; mailto:me@example.org)");
  CHECK(user_agent("") == "refnet/" REFNET_VERSION " (https://github.com/refnet)");
}

TEST_CASE("parse_work_response: one work, or an error and nothing", "[fetch]") {
  std::string body = slurp(fixture("fetch/works/10.1371%2Fjournal.pone.0033693.json"));
  std::string error;
  auto r = parse_work_response(body, "https://api.crossref.org/works/10.1371/journal.pone.0033693", error);
  REQUIRE(r);
  CHECK(r->doi == "10.1371/journal.pone.0033693");
  CHECK(r->provenance.format == "crossref");
  CHECK(r->provenance.file == "https://api.crossref.org/works/10.1371/journal.pone.0033693");
  CHECK(r->references.size() == 70);

  SECTION("cut off halfway") {
    CHECK_FALSE(parse_work_response(std::string_view(body).substr(0, body.size() / 2), "u", error));
    CHECK_FALSE(error.empty());
  }
  SECTION("a list is not one work") {
    CHECK_FALSE(parse_work_response(
        slurp(fixture("corpora/habanero-cassettes__test-journals__test_journals_works__01.json")), "u", error));
  }
  SECTION("Crossref's 404 text") { CHECK_FALSE(parse_work_response("Resource not found.", "u", error)); }
}

TEST_CASE("fetch imports a work as Crossref describes it, through the Crossref importer", "[fetch]") {
  CrossrefServer server;
  Session s(server);
  auto r = s.refnet("fetch https://doi.org/10.1371/JOURNAL.PONE.0033693");
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(contains(r.out, "fetched 1 of 1 DOIs: 1 new"));

  auto w = s.work("10.1371/journal.pone.0033693");
  REQUIRE(w);
  const Record& got = w->record;
  CHECK(got.title ==
        "Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of Microglia in the Basal Ganglia of Mice");
  CHECK(got.container_title == "PLoS ONE");
  CHECK(got.issn == std::vector<std::string>{"1932-6203"});
  CHECK(got.issued.year == 2012);
  REQUIRE(got.references.size() == 70);
  Record want = recorded("10.1371/journal.pone.0033693");
  CHECK(got.authors == want.authors);
  CHECK(got.references == want.references);
  REQUIRE(w->sources.size() == 1);
  CHECK(w->sources[0].format == "crossref");
  CHECK(contains(w->sources[0].file, "/works/10.1371/journal.pone.0033693"));

  auto log = server.requests();
  REQUIRE(log.size() == 1);
  CHECK(log[0].doi == "10.1371/journal.pone.0033693");  // normalized before asking
  CHECK(log[0].ua == "refnet/" REFNET_VERSION " (https://github.com/refnet; mailto:test@example.org)");
}

TEST_CASE("fetch: DOIs from a file and standard input, in any spelling, invalid ones reported one by one", "[fetch]") {
  CrossrefServer server;
  Session s(server);
  std::string list = s.dir / "dois.txt";
  std::ofstream(list) << "# my reading list\n\ndoi:10.7717/peerj.616\n  https://dx.doi.org/10.7717%2Fpeerj.269  \n"
                      << "not a doi\n";
  auto r = s.refnet("fetch --from '" + list + "' - 10.7717/PEERJ.616", "10.7717/peerj.1114\n");
  CHECK(r.status == 3);  // some failed: the invalid line
  CHECK(contains(r.err, "error: 'not a doi' is not a DOI"));
  CHECK(contains(r.out, "fetched 3 of 4 DOIs: 3 new"));  // peerj.616 twice is asked once
  CHECK(server.requests_for("10.7717/peerj.616") == 1);
  CHECK(s.works() == 3);

  SECTION("only invalid DOIs: nothing could be done") {
    auto bad = s.refnet("fetch 10.abc/x nonsense");
    CHECK(bad.status == 1);
    CHECK(contains(bad.err, "'10.abc/x' is not a DOI"));
    CHECK(contains(bad.err, "'nonsense' is not a DOI"));
  }
  SECTION("no DOI at all is a usage error") { CHECK(s.refnet("fetch").status == 2); }
}

TEST_CASE("fetch: 404 is 'not in Crossref', a note and not a failure of the run", "[fetch]") {
  CrossrefServer server;
  Session s(server);
  auto r = s.refnet("fetch 10.5281/zenodo.8242099 10.1021/ja01577a030");
  CHECK(r.status == 0);
  CHECK(contains(r.err, "note: 10.5281/zenodo.8242099: not in Crossref (404)"));
  CHECK(contains(r.out, "1 not in Crossref"));
  CHECK(s.works() == 1);
  CHECK_FALSE(s.work("10.5281/zenodo.8242099"));
  auto w = s.work("10.1021/ja01577a030");
  REQUIRE(w);
  CHECK(w->record.authors.at(0).family == "Hall");
  CHECK(w->record.authors.at(0).suffix == "Jr.");
  CHECK(w->record.pages == "5441-5444");
}

TEST_CASE("fetch without a contact address warns that it is not in the polite pool", "[fetch]") {
  CrossrefServer server;
  Session s(server);
  auto r = run_refnet("fetch 10.1021/ja01577a030 --library '" + s.library + "'");
  CHECK(r.status == 0);
  CHECK(contains(r.err, "warning: no contact address for Crossref"));
  CHECK(server.requests().at(0).ua == "refnet/" REFNET_VERSION " (https://github.com/refnet)");
}

TEST_CASE("fetch retries server errors with backoff, then succeeds", "[fetch]") {
  CrossrefServer server({"--mode", "10.7717/peerj.616=500:2", "--mode", "10.7717/peerj.269=503:1"});
  Session s(server);
  auto r = s.refnet("fetch 10.7717/peerj.616 10.7717/peerj.269");
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(server.requests_for("10.7717/peerj.616") == 3);
  CHECK(server.requests_for("10.7717/peerj.269") == 2);
  auto w = s.work("10.7717/peerj.616");
  REQUIRE(w);
  CHECK(w->record.references.size() == 18);
}

TEST_CASE("fetch gives up after the bounded retries, says why, and stores nothing of that DOI", "[fetch]") {
  CrossrefServer server({"--mode", "10.7717/peerj.616=500"});
  Session s(server);
  auto r = s.refnet("fetch --retries 2 10.7717/peerj.616 10.7717/peerj.269");
  CHECK(r.status == 3);
  CHECK(contains(r.err, "error: 10.7717/peerj.616: gave up after 3 tries: HTTP 500: Internal Server Error"));
  CHECK(server.requests_for("10.7717/peerj.616") == 3);  // and not one more
  CHECK_FALSE(s.work("10.7717/peerj.616"));
  CHECK(s.work("10.7717/peerj.269"));
  {
    Library lib(s.library, false);
    CHECK_FALSE(lib.cache_get(server.url() + "/works/10.7717/peerj.616"));  // a failure is not cached
  }

  SECTION("all failed: exit 1") {
    auto only = s.refnet("fetch --retries 0 10.7717/peerj.616");
    CHECK(only.status == 1);
    CHECK(contains(only.err, "gave up after 1 try: HTTP 500"));
  }
}

TEST_CASE("fetch: with nothing listening, the DOIs still waiting are given up together", "[fetch]") {
  std::string url;
  {
    CrossrefServer gone;  // a port that was just free, and is closed again
    url = gone.url();
  }
  TempDir dir;
  setenv("REFNET_CROSSREF_URL", url.c_str(), 1);
  std::string dois;
  for (int i = 1; i <= 12; ++i) dois += " 10.1000/x" + std::to_string(i);
  auto r = run_refnet("fetch --mailto t@example.org --backoff 0.05 --library '" + (dir / "lib.sqlite") + "'" + dois);
  CHECK(r.status == 1);
  CHECK(contains(r.err, "Couldn't connect to server"));
  // Nothing has ever answered: two failed connections end the run, with one
  // message for all the DOIs still waiting, instead of five tries each.
  CHECK(contains(r.err, "refnet fetch: error: " + url + " does not answer"));
  CHECK(contains(r.err, ": the network or Crossref is unreachable; the run stopped, 12 DOIs not fetched"));
  CHECK(!contains(r.err, "10.1000/x"));  // no line for each DOI
  CHECK(contains(r.out, "12 failed"));
  // resolve searches reference strings: its message says so (a new user read
  // "1 DOI not fetched" after resolving a string).
  auto s = run_refnet("resolve --mailto t@example.org --backoff 0.05 --library '" + (dir / "lib.sqlite") +
                      "' 'Kassen, M. (2013) A promising phenomenon of open data' 'Smith, A. (2001) Another'");
  CHECK(s.status == 1);
  CHECK(contains(s.err, ": the network or Crossref is unreachable; the run stopped, 2 reference strings not searched"));
  CHECK(!contains(s.err, "DOI"));
}

TEST_CASE("fetch: a 429's Retry-After pauses every request, then the DOI is tried again", "[fetch]") {
  CrossrefServer server({"--mode", "10.7717/peerj.616=429:1", "--retry-after", "1"});
  Session s(server);
  // One at a time, so that nothing else is in flight when the 429 comes.
  auto r = s.refnet("fetch --parallel 1 10.7717/peerj.616 10.7717/peerj.269 10.7717/peerj.1114");
  CHECK(r.status == 0);
  auto log = server.requests();
  REQUIRE(log.size() == 4);
  CHECK(log[0].doi == "10.7717/peerj.616");
  CHECK(log[0].answer == "429");
  CHECK(server.requests_for("10.7717/peerj.616") == 2);
  // Not a speed test: the pause is a lower bound the client must keep, for
  // the other DOIs too.
  for (std::size_t i = 1; i < log.size(); ++i) CHECK(log[i].t - log[0].t >= 0.95);
  CHECK(s.works() == 3);
}

TEST_CASE("fetch: a response slower than --timeout is a timeout, retried, then given up", "[fetch]") {
  CrossrefServer server({"--mode", "10.7717/peerj.616=slow", "--slow", "3"});
  Session s(server);
  auto r = s.refnet("fetch --timeout 0.5 --retries 1 10.7717/peerj.616");
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK(contains(r.err, "10.7717/peerj.616: gave up after 2 tries: Timeout was reached (Operation timed out after "));
  CHECK(server.requests_for("10.7717/peerj.616") == 2);
  CHECK(s.works() == 0);
}

TEST_CASE("fetch: a truncated body never reaches the library, it is retried like a broken connection", "[fetch]") {
  SECTION("once, then whole") {
    CrossrefServer server({"--mode", "10.7717/peerj.616=truncate:1"});
    Session s(server);
    CHECK(s.refnet("fetch 10.7717/peerj.616").status == 0);
    CHECK(server.requests_for("10.7717/peerj.616") == 2);
    auto w = s.work("10.7717/peerj.616");
    REQUIRE(w);
    CHECK(w->record.references.size() == 18);
  }
  SECTION("always") {
    CrossrefServer server({"--mode", "10.7717/peerj.616=truncate"});
    Session s(server);
    auto r = s.refnet("fetch --retries 2 10.7717/peerj.616");
    CHECK(r.status == 1);
    CHECK(contains(r.err, "gave up after 3 tries: Transferred a partial file"));
    CHECK(s.works() == 0);
  }
}

TEST_CASE("fetch: malformed JSON is tried once more, then an error of that DOI, never stored", "[fetch]") {
  SECTION("once, then good") {
    CrossrefServer server({"--mode", "10.7717/peerj.616=malformed:1"});
    Session s(server);
    CHECK(s.refnet("fetch 10.7717/peerj.616").status == 0);
    CHECK(server.requests_for("10.7717/peerj.616") == 2);
    CHECK(s.work("10.7717/peerj.616"));
  }
  SECTION("always: two tries whatever --retries says") {
    CrossrefServer server({"--mode", "10.7717/peerj.616=malformed"});
    Session s(server);
    auto r = s.refnet("fetch --retries 4 10.7717/peerj.616 10.7717/peerj.269");
    CHECK(r.status == 3);
    CHECK(contains(r.err, "error: 10.7717/peerj.616: malformed answer: "));
    CHECK(server.requests_for("10.7717/peerj.616") == 2);
    CHECK_FALSE(s.work("10.7717/peerj.616"));
    Library lib(s.library, false);
    CHECK_FALSE(lib.cache_get(server.url() + "/works/10.7717/peerj.616"));
  }
}

TEST_CASE("fetch never exceeds the rate limit the server announces", "[fetch]") {
  // 4 requests per 2 seconds; 9 DOIs with 8 allowed in flight.  (Two
  // seconds: the client's margin, a tenth of the interval, then covers
  // 0.2 s of jitter between sending and the server's clock.)
  CrossrefServer server({"--rate-limit", "4/2"});
  Session s(server);
  std::string dois;
  for (const char* d : {"616", "269", "1114", "1110", "1457", "3449", "4564", "4632", "5806"})
    dois += std::string(" 10.7717/peerj.") + d;
  auto r = s.refnet("fetch --parallel 8" + dois);
  CHECK(r.status == 0);
  CHECK(s.works() == 9);
  auto log = server.requests();
  REQUIRE(log.size() == 9);
  // In every interval of two seconds, as the server counts arrivals: at most 4.
  std::size_t worst = 0;
  for (std::size_t i = 0; i < log.size(); ++i) {
    std::size_t n = std::count_if(log.begin(), log.end(),
                                  [&](const LoggedRequest& q) { return q.t >= log[i].t && q.t < log[i].t + 2.0; });
    worst = std::max(worst, n);
  }
  CHECK(worst <= 4);
  CHECK(worst >= 2);  // it did run requests side by side
}

TEST_CASE("fetch caches answers in the library: a second run asks nobody, --refresh does", "[fetch]") {
  CrossrefServer server;
  Session s(server);
  REQUIRE(s.refnet("fetch 10.7717/peerj.616 10.5281/zenodo.8242099").status == 0);
  REQUIRE(server.requests().size() == 2);

  auto again = s.refnet("fetch 10.7717/peerj.616 10.5281/zenodo.8242099");
  CHECK(again.status == 0);
  CHECK(server.requests().size() == 2);  // 200 and 404 both cached
  CHECK(contains(again.out, "1 already present"));
  CHECK(contains(again.out, "(2 from the cache, 0 requests)"));
  CHECK(contains(again.err, "not in Crossref"));
  CHECK(s.works() == 1);

  auto json = s.refnet("fetch --json 10.7717/peerj.616 10.5281/zenodo.8242099");
  CHECK(json.status == 0);
  auto j = nlohmann::json::parse(json.out);
  CHECK(j["requests"] == 0);
  CHECK(j["cached"] == 2);
  CHECK(j["present"] == 1);
  CHECK(j["not_found"] == 1);
  CHECK(j["dois"][0]["doi"] == "10.7717/peerj.616");

  auto refresh = s.refnet("fetch --refresh 10.7717/peerj.616");
  CHECK(refresh.status == 0);
  CHECK(server.requests().size() == 3);
  CHECK(s.works() == 1);
}

TEST_CASE("fetch --offline uses the cache only", "[fetch]") {
  CrossrefServer server;
  Session s(server);
  SECTION("an empty cache: nothing can be done, nobody is asked") {
    // Cache only, as asked: a note, not a failure (task small39; before: exit 1).
    auto r = s.refnet("fetch --offline 10.7717/peerj.616");
    CHECK(r.status == 0);
    CHECK(contains(r.err, "refnet fetch: note: 10.7717/peerj.616: not in the cache (--offline)"));
    // The miss is no answer from the cache, and the summary says what to do.
    CHECK(contains(r.out, "1 not in the cache (--offline: run without it to ask Crossref) (0 from the cache, 0 requests)"));
    CHECK_FALSE(contains(r.err, "no contact address"));
    CHECK(server.requests().empty());
    CHECK(s.works() == 0);
  }
  SECTION("what was fetched before is there") {
    REQUIRE(s.refnet("fetch 10.7717/peerj.616").status == 0);
    auto r = s.refnet("fetch --offline 10.7717/peerj.616 10.7717/peerj.269");
    CHECK(r.status == 0);
    CHECK(contains(r.err, "10.7717/peerj.269: not in the cache (--offline)"));
    CHECK(contains(r.out, "(1 from the cache, 0 requests)"));
    CHECK(server.requests().size() == 1);
  }
}

TEST_CASE("fetch of a DOI the library has joins that work (merge by DOI)", "[fetch]") {
  CrossrefServer server;
  Session s(server);
  REQUIRE(s.import(fixture("fetch/library.bib")).status == 0);
  auto r = s.refnet("fetch 10.7717/peerj.616");
  CHECK(r.status == 0);
  CHECK(contains(r.out, "1 merged into works with the same DOI"));
  CHECK(s.works() == 22);
  auto w = s.work("10.7717/peerj.616");
  REQUIRE(w);
  CHECK(w->sources.size() == 2);
}

TEST_CASE("enrich attaches Crossref's record: references and abstract filled, the user's title kept", "[fetch]") {
  CrossrefServer server;
  Session s(server);
  REQUIRE(s.import(fixture("fetch/library.bib")).status == 0);
  auto before = s.work("10.7717/peerj.616");
  REQUIRE(before);
  CHECK(before->record.references.empty());

  auto r = s.refnet("enrich");
  INFO(r.err);
  CHECK(r.status == 0);  // the Zenodo DOI is not in Crossref: a note
  CHECK(contains(r.out, "22 works selected, 1 without a DOI; 20 enriched"));
  CHECK(contains(r.out, "1 not in Crossref"));
  CHECK(contains(r.err, "note: 10.5281/zenodo.8242099: not in Crossref (404)"));
  CHECK(server.requests().size() == 21);
  CHECK(s.works() == 22);

  auto w = s.work("10.7717/peerj.616");
  REQUIRE(w);
  CHECK(w->record.title == "Observation-level random effects for overdispersed counts (my notes)");
  CHECK_FALSE(w->record.references.empty());
  REQUIRE(w->sources.size() == 2);
  CHECK(w->sources[0].format == "bibtex");
  CHECK(w->sources[1].format == "crossref");

  auto clams = s.work("10.7717/peerj.10050");  // its DOI was in upper case in the .bib
  REQUIRE(clams);
  // 79 in Crossref's list, which gives 10.1093/beheco/arr220 twice.
  CHECK(clams->record.references.size() == 78);
  CHECK(clams->record.abstract == recorded("10.7717/peerj.10050").abstract);
  CHECK_FALSE(clams->record.abstract.empty());

  // ISSN, funders, ORCIDs: what the .bib entry lacked.
  auto conodonts = s.work("10.7717/peerj.12505");
  REQUIRE(conodonts);
  CHECK(conodonts->record.issn == std::vector<std::string>{"2167-8359"});
  CHECK(contains(std::string(conodonts->record.get_extra("funder")), "Deutsche Forschungsgemeinschaft"));
  REQUIRE(conodonts->record.authors.size() == 5);
  CHECK(conodonts->record.authors[1].family == "Shirley");
  CHECK(conodonts->record.authors[1].orcid == "0000-0002-8532-3890");

  SECTION("a second run makes no requests and changes nothing") {
    auto again = s.refnet("enrich");
    CHECK(again.status == 0);
    CHECK(contains(again.out, "0 enriched, 20 already had Crossref's record"));
    CHECK(server.requests().size() == 21);
  }
  SECTION("a selection") {
    auto one = s.refnet("enrich --refresh 10.7717/peerj.1114");
    CHECK(one.status == 0);
    CHECK(server.requests().size() == 22);
    CHECK(server.requests().back().doi == "10.7717/peerj.1114");
  }
}

TEST_CASE("enrich keeps every reference of Crossref's list, also those with only author, year and container", "[fetch]") {
  // peerj.616 lists 18 references; three (Bates 2014, R Core Team 2014,
  // Skaug 2014) have no DOI, no text and no title: the reference union of
  // the merge must not take them for one (it keyed them by title + year).
  CrossrefServer server;
  Session s(server);
  REQUIRE(s.import(fixture("fetch/library.bib")).status == 0);
  REQUIRE(s.refnet("enrich 10.7717/peerj.616").status == 0);
  auto w = s.work("10.7717/peerj.616");
  REQUIRE(w);
  CHECK(w->record.references.size() == 18);
  CHECK(w->record.references == recorded("10.7717/peerj.616").references);
}

TEST_CASE("enrich: failures are per DOI, the rest is enriched", "[fetch]") {
  CrossrefServer server({"--mode", "10.7717/peerj.616=500"});
  Session s(server);
  REQUIRE(s.import(fixture("fetch/library.bib")).status == 0);
  auto r = s.refnet("enrich --retries 1");
  CHECK(r.status == 3);
  CHECK(contains(r.err, "error: 10.7717/peerj.616: gave up after 2 tries: HTTP 500"));
  CHECK(contains(r.out, "19 enriched"));
  auto w = s.work("10.7717/peerj.616");
  REQUIRE(w);
  CHECK(w->sources.size() == 1);
  CHECK(w->record.references.empty());

  // The server recovers: a re-run asks only for what is missing.
  server.set_mode("10.7717/peerj.616", "ok");
  auto again = s.refnet("enrich");
  CHECK(again.status == 0);
  CHECK(contains(again.out, "1 enriched, 19 already had Crossref's record"));
  CHECK(server.requests_for("10.7717/peerj.616") == 3);
  CHECK(s.work("10.7717/peerj.616")->sources.size() == 2);
}

TEST_CASE("enrich --offline with an empty cache: nothing could be done, nothing asked", "[fetch]") {
  CrossrefServer server;
  Session s(server);
  REQUIRE(s.import(fixture("fetch/library.bib")).status == 0);
  auto r = s.refnet("enrich --offline");
  CHECK(r.status == 0);  // cache only, as asked: notes (task small39; before: exit 1)
  CHECK(contains(r.err, "not in the cache (--offline)"));
  CHECK_FALSE(contains(r.err, "error:"));
  CHECK(server.requests().empty());
}

TEST_CASE("enrich killed with SIGKILL mid-run keeps its committed batches, run again, it completes", "[fetch]") {
  // Every answer takes 0.2 s; one request at a time; a commit every 2 DOIs.
  CrossrefServer server({"--delay", "0.2"});
  Session s(server);
  REQUIRE(s.import(fixture("fetch/library.bib")).status == 0);

  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    execl(REFNET_BINARY, REFNET_BINARY, "enrich", "--library", s.library.c_str(), "--mailto", "t@example.org",
          "--parallel", "1", "--batch", "2", static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait until the server has seen 9 requests (by then 4 batches are
  // committed), then kill.  Bounded wait: a broken refnet fails, not hangs.
  for (int i = 0; i < 600 && server.requests().size() < 9; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  REQUIRE(WIFSIGNALED(status));
  auto first_run = server.requests();
  REQUIRE(first_run.size() >= 9);
  REQUIRE(first_run.size() < 21);

  // What was committed is whole: every enriched work has its Crossref source
  // and its cached answer; none is half there.
  std::set<std::string> committed;
  bool zenodo_cached = false;
  {
    Library lib(s.library, false);
    lib.each(Query{}, [&](const Work& w) {
      auto full = lib.get(w.id);
      bool cached = !w.record.doi.empty() && lib.cache_get(work_url(server.url(), w.record.doi)).has_value();
      if (full->sources.size() == 2) {
        CHECK(cached);
        committed.insert(w.record.doi);
      } else if (w.record.doi == "10.5281/zenodo.8242099") {
        zenodo_cached = cached;  // a 404, committed with its batch or not
      } else {
        CHECK_FALSE(cached);
      }
      return true;
    });
  }
  CHECK(committed.size() >= 8);

  auto r = s.refnet("enrich --parallel 3");
  CHECK(r.status == 0);
  auto all = server.requests();
  std::set<std::string> asked_again;
  for (std::size_t i = first_run.size(); i < all.size(); ++i) asked_again.insert(all[i].doi);
  for (const auto& doi : committed) CHECK(asked_again.count(doi) == 0);
  CHECK(asked_again.size() == 21 - committed.size() - (zenodo_cached ? 1 : 0));

  Library lib(s.library, false);
  std::size_t enriched = 0;
  lib.each(Query{}, [&](const Work& w) {
    enriched += lib.get(w.id)->sources.size() == 2;
    return true;
  });
  CHECK(enriched == 20);
}

TEST_CASE("fetch refuses an answer about another DOI than the one asked, and stores nothing", "[fetch]") {
  // The recorded answer for 10.9999/another-work is PeerJ 616's: a server
  // (or a proxy) answering with a different work.
  CrossrefServer server;
  Session s(server);
  auto r = s.refnet("fetch 10.9999/another-work");
  CHECK(r.status == 1);
  CHECK(contains(r.err, "10.9999/another-work: the answer is about 10.7717/peerj.616, not 10.9999/another-work: refused"));
  CHECK(s.works() == 0);
  CHECK_FALSE(s.work("10.7717/peerj.616"));
  CHECK(answer_mismatch(recorded("10.7717/peerj.616"), "10.7717/peerj.616").empty());
  CHECK_FALSE(answer_mismatch(recorded("10.7717/peerj.616"), "10.7717/peerj.269").empty());
}

TEST_CASE("--mailto and REFNET_MAILTO: CR/LF (header injection) and non-addresses are refused", "[fetch]") {
  CrossrefServer server;
  Session s(server);
  auto r = run_refnet("fetch --library '" + s.library + "' --mailto \"$(printf 'me@example.org\\r\\nX-Injected: 1')\" 10.7717/peerj.616");
  CHECK(r.status == 2);
  CHECK(contains(r.err, "--mailto"));
  CHECK(contains(r.err, "control character"));
  CHECK(server.requests().empty());
  r = run_refnet("fetch --library '" + s.library + "' --mailto 'nobody' 10.7717/peerj.616");
  CHECK(r.status == 2);
  CHECK(contains(r.err, "not an e-mail address"));
  {
    refnet::test::EnvVar bad("REFNET_MAILTO", "me@example.org\nX-Injected: 1");
    r = run_refnet("fetch --library '" + s.library + "' 10.7717/peerj.616");
    CHECK(r.status == 2);
    CHECK(contains(r.err, "REFNET_MAILTO"));
  }
  CHECK(server.requests().empty());
  CHECK_FALSE(mailto_problem("me@example.org"));
  CHECK(mailto_problem("me@example.org)\r\nX: y"));
  CHECK(mailto_problem("a b@example.org"));
}

TEST_CASE("a Retry-After longer than --max-wait fails the DOI at once; shorter waits are shown", "[fetch]") {
  CrossrefServer server({"--mode", "10.7717/peerj.616=429:1", "--retry-after", "3600"});
  Session s(server);
  auto r = s.refnet("fetch --max-wait 2 10.7717/peerj.616");
  CHECK(r.status == 1);
  CHECK(contains(r.err, "the server asks to wait 3600 s, more than --max-wait 2 s"));
  CHECK(server.requests_for("10.7717/peerj.616") == 1);
}

TEST_CASE("a rate-limit wait is said on the progress line", "[fetch]") {
  CrossrefServer server({"--mode", "10.7717/peerj.616=429:1", "--retry-after", "1"});
  Session s(server);
  auto r = s.refnet("fetch 10.7717/peerj.616");
  CHECK(r.status == 0);
  CHECK(contains(r.err, "refnet fetch: waiting 1 s: rate limit"));
}

// ---------------------------------------------------------------------------
// Matching references without a DOI: Crossref's search (query.bibliographic)
// and validation, against search answers recorded in fixtures/fetch/search/.

namespace {
const std::string kKassen =
    "Kassen, M., A promising phenomenon of open data: A case study of the Chicago open data project (2013) "
    "Government Information Quarterly, 30 (4), pp. 508-513";
const std::string kSmith = "Smith, J., Spin waves (2001) Springer, Berlin";
const std::string kNobody = "Nobody, X., Unfindable (1999) Nowhere Review, 1, pp. 1-2";
}  // namespace

TEST_CASE("search_url asks for the string as one query value and five rows", "[fetch]") {
  CHECK(search_url("https://api.crossref.org/", "Kassen, M. (2013) Gov Inf Q 30:508&x=1") ==
        "https://api.crossref.org/works?query.bibliographic=Kassen%2C%20M.%20%282013%29%20Gov%20Inf%20Q%2030%3A508%26x%3D1&rows=5");
  std::string error;
  CHECK_FALSE(parse_search_response(slurp(fixture("fetch/works/10.1371%2Fjournal.pone.0033693.json")), "u", error));
  CHECK(error == "not a Crossref work list");
  auto items = parse_search_response(slurp(fixture("fetch/search/kassen.json")), "u", error);
  REQUIRE(items);
  REQUIRE(items->size() == 4);
  CHECK((*items)[0].record.doi == "10.1016/j.giq.2013.05.012");
  CHECK((*items)[0].score == 118.2);
}

TEST_CASE("resolve: a correct match, an ambiguous one rejected, a string Crossref finds nothing for", "[fetch]") {
  CrossrefServer server;
  Session s(server);
  auto r = s.refnet("resolve '" + kKassen + "' '" + kSmith + "' '" + kNobody + "'");
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(contains(r.out, "matched\t10.1016/j.giq.2013.05.012\t" + kKassen +
                            "\tsupported by year, volume, issue, page, author, title\n"));
  CHECK(contains(r.out, "ambiguous\t-\t" + kSmith +
                            "\t10.1007/978-3-662-04462-2 and 10.1007/978-3-662-04462-2_1 are supported as well "
                            "(year, author, title)\n"));
  CHECK(contains(r.out, "unmatched\t-\t" + kNobody + "\tCrossref found nothing\n"));
  auto asked = server.requests();
  REQUIRE(asked.size() == 3);
  CHECK(asked[0].doi == "search:" + kKassen);

  SECTION("answers are cached: --offline asks nothing") {
    auto again = s.refnet("resolve --offline --json '" + kKassen + "'");
    CHECK(again.status == 0);
    auto j = nlohmann::json::parse(again.out);
    REQUIRE(j.size() == 1);
    CHECK(j[0]["outcome"] == "matched");
    CHECK(j[0]["doi"] == "10.1016/j.giq.2013.05.012");
    CHECK(j[0]["candidates"].size() == 2);  // 58.0 and 31.7 score less than half of 118.2
    CHECK(server.requests().size() == 3);
    auto missing = s.refnet("resolve --offline 'Never asked, A. (2000) Nothing'");
    CHECK(missing.status == 0);  // task small39; before: exit 1, "failed"
    CHECK(contains(missing.out, "uncached\t-\tNever asked, A. (2000) Nothing\tnot in the cache (--offline)\n"));
  }
}

TEST_CASE("resolve: a 429 is waited out; a search that times out fails and says so", "[fetch]") {
  CrossrefServer server({"--mode", "search=429:1", "--retry-after", "1"});
  Session s(server);
  auto r = s.refnet("resolve '" + kKassen + "'");
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(contains(r.out, "matched\t10.1016/j.giq.2013.05.012\t"));
  auto asked = server.requests();
  REQUIRE(asked.size() == 2);
  CHECK(asked[0].answer == "429");
  CHECK(asked[1].t - asked[0].t >= 0.9);  // Retry-After: 1

  server.set_mode("search", "slow");
  auto t = s.refnet("resolve --refresh --timeout 0.5 --retries 0 '" + kSmith + "'");
  CHECK(t.status == 1);
  CHECK(contains(t.out, "failed\t-\t" + kSmith + "\tgave up after 1 try: "));
  CHECK(contains(t.out, "Timeout"));
}

TEST_CASE("enrich --match-references: a validated DOI is set on the reference (undoable), the rest is said", "[fetch]") {
  CrossrefServer server;
  Session s(server);
  REQUIRE(s.import(fixture("fetch/search/citing.csv")).status == 0);
  auto citation = [&](const char* out) {
    return run_refnet("network citation --report --library '" + s.library + "' -o '" + (s.dir / out) + "'");
  };
  auto before = citation("before.csv");
  INFO(before.err);
  REQUIRE(before.status == 0);

  auto r = s.refnet("enrich --match-references");
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(contains(r.out, "2 works selected, 4 references without a DOI (4 distinct); 1 matched, 1 ambiguous, "
                        "2 unmatched; 1 references in 1 work given a DOI (0 from the cache, 4 requests)"));
  CHECK(contains(r.err, "note: ambiguous (10.1007/978-3-662-04462-2 and 10.1007/978-3-662-04462-2_1 are supported "
                        "as well (year, author, title)), left without a DOI: " + kSmith));
  CHECK(contains(r.err, "note: unmatched (Crossref found nothing), left without a DOI: " + kNobody));
  CHECK(contains(r.err, "note: unmatched (best candidate 10.1177/0020852317735595: no field agrees), left without a "
                        "DOI: Janenova, S., Public sector reform"));
  auto refs = [&] {
    auto w = s.work("10.1108/ijpsm-08-2018-0190");
    REQUIRE(w);
    return w->record.references;
  };
  auto got = refs();
  REQUIRE(got.size() == 4);
  CHECK(got[0].doi == "10.1016/j.giq.2013.05.012");
  CHECK(got[1].doi.empty());

  // The citation network now links the reference to the work by its DOI.
  auto after = citation("after.csv");
  CHECK(contains(before.out, "matched by DOI:           0\n"));
  CHECK(contains(after.out, "matched by DOI:           1\n"));

  // A second run asks again only for nothing: the other three are cached.
  auto again = s.refnet("enrich --match-references");
  CHECK(contains(again.out, "3 references without a DOI (3 distinct); 0 matched, 1 ambiguous, 2 unmatched; "
                            "0 references in 0 works given a DOI (3 from the cache, 0 requests)"));
  CHECK(server.requests().size() == 4);

  // One journal entry, which undo takes back.
  auto undo = run_refnet("undo --library '" + s.library + "'");
  INFO(undo.out + undo.err);
  CHECK(undo.status == 0);
  CHECK(refs()[0].doi.empty());
}

TEST_CASE("resolve FILE and resolve - read one reference a line, as parse does", "[fetch]") {
  // A new user's trial: `resolve refs.txt` searched Crossref for "refs.txt".
  CrossrefServer server;
  Session s(server);
  TempDir tmp;
  std::string file = tmp / "refs.txt";
  const std::string lines = kKassen + "\n\n  " + kNobody + "  \n";
  std::ofstream(file) << lines;
  auto r = s.refnet("resolve '" + file + "'");
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(contains(r.out, "matched\t10.1016/j.giq.2013.05.012\t" + kKassen));
  CHECK(contains(r.out, "unmatched\t-\t" + kNobody + "\tCrossref found nothing\n"));
  CHECK(contains(r.err, "2 reference strings from " + file));
  auto asked = server.requests();
  REQUIRE(asked.size() == 2);
  CHECK(asked[0].doi == "search:" + kKassen);
  auto piped = s.refnet("resolve --offline -", lines);
  CHECK(contains(piped.out, "matched\t10.1016/j.giq.2013.05.012\t" + kKassen));
  CHECK(contains(piped.err, "2 reference strings from standard input"));
  CHECK(server.requests().size() == 2);  // from the cache
}
