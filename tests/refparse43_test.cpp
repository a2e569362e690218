// Reference parser, session 43 (issue 16).  The references are real: GROBID's labelled citations (KISTI's Chinese,
// Japanese and Korean sets, ../shared/refparse/grobid-citation, CC BY 4.0) and AnyStyle's (BSD-2-Clause).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"
#include "refparse_families.hpp"

using namespace refnet;
using refnet::test::families;

// KISTI's references in Chinese and Japanese, "Name, Title, Journal, Year." with no type mark: the model read the
// title and the journal into the authors (a person "舞蹈新媒体初探").  A name is a few characters; a segment of six
// or more after the names starts the title.  Two such names, "张毅, 孙洪坤", are two persons, not "Family, Given".
TEST_CASE("A CJK title after the names' comma is no person", "[refparse][refparse43]") {
  Record r = parse_reference("刘春, 舞蹈新媒体初探, 北京舞蹈学院学报, 2005.");
  CHECK(families(r) == std::vector<std::string>{"刘春"});
  CHECK(r.title == "舞蹈新媒体初探");
  CHECK(r.container_title == "北京舞蹈学院学报");
  CHECK(r.issued.year == 2005);
  r = parse_reference(
      "张毅, 孙洪坤, 城市大气污染防治法律体系建设, Journal of Guangdong Institute of Public Administration, Jun. 2014. "
      "Vol.26, No.3 62-66.");
  CHECK(families(r) == std::vector<std::string>{"张毅", "孙洪坤"});
  CHECK(r.title == "城市大气污染防治法律体系建设");
  r = parse_reference("木村雄四郞, 石戶谷勉氏の逝去を悼む, 植物硏究雜誌, vol,33, no,10(植物硏究雜誌社, 1958).");
  CHECK(families(r) == std::vector<std::string>{"木村雄四郞"});
  CHECK(r.title == "石戶谷勉氏の逝去を悼む");
  // After the names' period and a space, four characters are a title ("夏昌世. 莫伯治(1963)": three, a second name).
  r = parse_reference("靳士英. 五臟图考. 中华医史杂誌. 1994. 24(2).");
  CHECK(families(r) == std::vector<std::string>{"靳士英"});
  CHECK(r.title == "五臟图考");
  CHECK(r.container_title == "中华医史杂誌");
  // Kept: names alone before the title the model found (four names of three characters).
  r = parse_reference(
      "安玲, 張國泰, 楊建宇, 李惠民. 張子和補法學術思想概述. 內蒙古中醫藥. 2001. 5. "
      "https://doi.org/10.16040/j.cnki.cn15-1101.2001.05.020.");
  CHECK(r.title == "張子和補法學術思想概述");
  CHECK(r.container_title == "內蒙古中醫藥");
}

// AnyStyle's labelled references: APA's magazine, newspaper or blog post, "(2016, March 22). Title. The Atlantic.
// Retrieved from URL": a periodical the lexicon does not know was read into the title.  With the day's date before
// the title and only a link after it, a title's last sentence of a few capitalised words is the periodical.
TEST_CASE("A periodical after a dated post's title, before its link, is the container", "[refparse][refparse43]") {
  Record r = parse_reference(
      "Green, E. (2016, March 22). Black activism, unchurched. The Atlantic. Retrieved from "
      "http://www.theatlantic.com/politics/archive/2016/03/black-activism-baltimore-black-church/474822/");
  CHECK(r.title == "Black activism, unchurched");
  CHECK(r.container_title == "The Atlantic");
  // Kept: a report's last sentence with only a year before it.
  r = parse_reference(
      "CPJ. (2014). Journalists Killed since 1992. Annual Report. Retrieved from https://cpj.org/killed/cpj-database.xls");
  CHECK(r.container_title.empty());
}
