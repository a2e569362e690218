// Countries and institutions from affiliations as sources write them
// (Scopus "Authors with affiliations" and BibTeX `affiliation`, WoS `C1`
// and BibTeX `Affiliation`, PubMed `AD`), for the collaboration maps.
#include <algorithm>
#include <unordered_map>

#include "refnet/latex.hpp"
#include "refnet/network_maps.hpp"
#include "refnet/text.hpp"

namespace refnet {
namespace {

// Folded (fold_words) country names and the variants sources write, to one
// name each: ISO 3166-1 names, common and official names (from Debian's
// iso-codes, iso_3166-1.json), WoS's abbreviations ("Peoples R China", "U Arab
// Emirates", "Papua N Guinea") and the parts of the United Kingdom.
const std::unordered_map<std::string_view, std::string_view>& countries() {
  static const std::unordered_map<std::string_view, std::string_view> table = {
    {"afghanistan", "Afghanistan"},
    {"aland islands", "Åland Islands"},
    {"albania", "Albania"},
    {"algeria", "Algeria"},
    {"america", "United States"},
    {"american samoa", "American Samoa"},
    {"andorra", "Andorra"},
    {"angola", "Angola"},
    {"anguilla", "Anguilla"},
    {"antarctica", "Antarctica"},
    {"antigua and barbuda", "Antigua and Barbuda"},
    {"antigua barbu", "Antigua and Barbuda"},
    {"arab republic of egypt", "Egypt"},
    {"argentina", "Argentina"},
    {"argentine republic", "Argentina"},
    {"armenia", "Armenia"},
    {"aruba", "Aruba"},
    {"australia", "Australia"},
    {"austria", "Austria"},
    {"azerbaijan", "Azerbaijan"},
    {"bahamas", "Bahamas"},
    {"bahrain", "Bahrain"},
    {"bangladesh", "Bangladesh"},
    {"barbados", "Barbados"},
    {"belarus", "Belarus"},
    {"belgium", "Belgium"},
    {"belize", "Belize"},
    {"benin", "Benin"},
    {"bermuda", "Bermuda"},
    {"bhutan", "Bhutan"},
    {"bolivarian republic of venezuela", "Venezuela"},
    {"bolivia", "Bolivia"},
    {"bolivia plurinational state of", "Bolivia"},
    {"bonaire sint eustatius and saba", "Bonaire, Sint Eustatius and Saba"},
    {"bosnia and herzegovina", "Bosnia and Herzegovina"},
    {"bosnia herceg", "Bosnia and Herzegovina"},
    {"botswana", "Botswana"},
    {"bouvet island", "Bouvet Island"},
    {"brazil", "Brazil"},
    {"britain", "United Kingdom"},
    {"british indian ocean territory", "British Indian Ocean Territory"},
    {"british virgin islands", "Virgin Islands, British"},
    {"brunei", "Brunei"},
    {"brunei darussalam", "Brunei"},
    {"bulgaria", "Bulgaria"},
    {"burkina faso", "Burkina Faso"},
    {"burma", "Myanmar"},
    {"burundi", "Burundi"},
    {"byelarus", "Belarus"},
    {"cabo verde", "Cabo Verde"},
    {"cambodia", "Cambodia"},
    {"cameroon", "Cameroon"},
    {"canada", "Canada"},
    {"cape verde", "Cabo Verde"},
    {"cayman islands", "Cayman Islands"},
    {"cent afr republ", "Central African Republic"},
    {"central african republic", "Central African Republic"},
    {"chad", "Chad"},
    {"chile", "Chile"},
    {"china", "China"},
    {"christmas island", "Christmas Island"},
    {"cocos keeling islands", "Cocos (Keeling) Islands"},
    {"colombia", "Colombia"},
    {"commonwealth of dominica", "Dominica"},
    {"commonwealth of the bahamas", "Bahamas"},
    {"commonwealth of the northern mariana islands", "Northern Mariana Islands"},
    {"comoros", "Comoros"},
    {"congo", "Republic of the Congo"},
    {"congo the democratic republic of the", "Democratic Republic of the Congo"},
    {"cook islands", "Cook Islands"},
    {"costa rica", "Costa Rica"},
    {"cote d ivoire", "Côte d'Ivoire"},
    {"cote ivoire", "Côte d'Ivoire"},
    {"croatia", "Croatia"},
    {"cuba", "Cuba"},
    {"curacao", "Curaçao"},
    {"cyprus", "Cyprus"},
    {"czech republic", "Czech Republic"},
    {"czechia", "Czech Republic"},
    {"dem rep congo", "Democratic Republic of the Congo"},
    {"democratic people s republic of korea", "North Korea"},
    {"democratic republic of sao tome and principe", "Sao Tome and Principe"},
    {"democratic republic of the congo", "Democratic Republic of the Congo"},
    {"democratic republic of timor leste", "Timor-Leste"},
    {"democratic socialist republic of sri lanka", "Sri Lanka"},
    {"denmark", "Denmark"},
    {"djibouti", "Djibouti"},
    {"dominica", "Dominica"},
    {"dominican rep", "Dominican Republic"},
    {"dominican republic", "Dominican Republic"},
    {"east timor", "Timor-Leste"},
    {"eastern republic of uruguay", "Uruguay"},
    {"ecuador", "Ecuador"},
    {"egypt", "Egypt"},
    {"el salvador", "El Salvador"},
    {"england", "United Kingdom"},
    {"equat guinea", "Equatorial Guinea"},
    {"equatorial guinea", "Equatorial Guinea"},
    {"eritrea", "Eritrea"},
    {"estonia", "Estonia"},
    {"eswatini", "Eswatini"},
    {"ethiopia", "Ethiopia"},
    {"falkland islands malvinas", "Falkland Islands (Malvinas)"},
    {"faroe islands", "Faroe Islands"},
    {"federal democratic republic of ethiopia", "Ethiopia"},
    {"federal democratic republic of nepal", "Nepal"},
    {"federal republic of germany", "Germany"},
    {"federal republic of nigeria", "Nigeria"},
    {"federal republic of somalia", "Somalia"},
    {"federated states of micronesia", "Micronesia"},
    {"federative republic of brazil", "Brazil"},
    {"fiji", "Fiji"},
    {"finland", "Finland"},
    {"fr polynesia", "French Polynesia"},
    {"france", "France"},
    {"french guiana", "French Guiana"},
    {"french polynesia", "French Polynesia"},
    {"french republic", "France"},
    {"french southern territories", "French Southern Territories"},
    {"gabon", "Gabon"},
    {"gabonese republic", "Gabon"},
    {"gambia", "Gambia"},
    {"georgia", "Georgia"},
    {"germany", "Germany"},
    {"ghana", "Ghana"},
    {"gibraltar", "Gibraltar"},
    {"grand duchy of luxembourg", "Luxembourg"},
    {"great britain", "United Kingdom"},
    {"greece", "Greece"},
    {"greenland", "Greenland"},
    {"grenada", "Grenada"},
    {"guadeloupe", "Guadeloupe"},
    {"guam", "Guam"},
    {"guatemala", "Guatemala"},
    {"guernsey", "Guernsey"},
    {"guinea", "Guinea"},
    {"guinea bissau", "Guinea-Bissau"},
    {"guyana", "Guyana"},
    {"haiti", "Haiti"},
    {"hashemite kingdom of jordan", "Jordan"},
    {"heard island and mcdonald islands", "Heard Island and McDonald Islands"},
    {"hellenic republic", "Greece"},
    {"holland", "Netherlands"},
    {"holy see vatican city state", "Vatican City"},
    {"honduras", "Honduras"},
    {"hong kong", "Hong Kong"},
    {"hong kong special administrative region of china", "Hong Kong"},
    {"hungary", "Hungary"},
    {"iceland", "Iceland"},
    {"independent state of papua new guinea", "Papua New Guinea"},
    {"independent state of samoa", "Samoa"},
    {"india", "India"},
    {"indonesia", "Indonesia"},
    {"iran", "Iran"},
    {"iran islamic republic of", "Iran"},
    {"iraq", "Iraq"},
    {"ireland", "Ireland"},
    {"islamic republic of afghanistan", "Afghanistan"},
    {"islamic republic of iran", "Iran"},
    {"islamic republic of mauritania", "Mauritania"},
    {"islamic republic of pakistan", "Pakistan"},
    {"isle of man", "Isle of Man"},
    {"israel", "Israel"},
    {"italian republic", "Italy"},
    {"italy", "Italy"},
    {"ivory coast", "Côte d'Ivoire"},
    {"jamaica", "Jamaica"},
    {"japan", "Japan"},
    {"jersey", "Jersey"},
    {"jordan", "Jordan"},
    {"kazakhstan", "Kazakhstan"},
    {"kenya", "Kenya"},
    {"kingdom of bahrain", "Bahrain"},
    {"kingdom of belgium", "Belgium"},
    {"kingdom of bhutan", "Bhutan"},
    {"kingdom of cambodia", "Cambodia"},
    {"kingdom of denmark", "Denmark"},
    {"kingdom of eswatini", "Eswatini"},
    {"kingdom of lesotho", "Lesotho"},
    {"kingdom of morocco", "Morocco"},
    {"kingdom of norway", "Norway"},
    {"kingdom of saudi arabia", "Saudi Arabia"},
    {"kingdom of spain", "Spain"},
    {"kingdom of sweden", "Sweden"},
    {"kingdom of thailand", "Thailand"},
    {"kingdom of the netherlands", "Netherlands"},
    {"kingdom of tonga", "Tonga"},
    {"kiribati", "Kiribati"},
    {"korea", "South Korea"},
    {"korea democratic people s republic of", "North Korea"},
    {"korea republic", "South Korea"},
    {"korea republic of", "South Korea"},
    {"korea south", "South Korea"},
    {"kosovo", "Kosovo"},
    {"kuwait", "Kuwait"},
    {"kyrgyz republic", "Kyrgyzstan"},
    {"kyrgyzstan", "Kyrgyzstan"},
    {"lao people s democratic republic", "Laos"},
    {"laos", "Laos"},
    {"latvia", "Latvia"},
    {"lebanese republic", "Lebanon"},
    {"lebanon", "Lebanon"},
    {"lesotho", "Lesotho"},
    {"liberia", "Liberia"},
    {"libya", "Libya"},
    {"liechtenstein", "Liechtenstein"},
    {"lithuania", "Lithuania"},
    {"luxembourg", "Luxembourg"},
    {"macao", "Macao"},
    {"macao special administrative region of china", "Macao"},
    {"macedonia", "North Macedonia"},
    {"madagascar", "Madagascar"},
    {"malawi", "Malawi"},
    {"malaysia", "Malaysia"},
    {"maldives", "Maldives"},
    {"mali", "Mali"},
    {"malta", "Malta"},
    {"marshall island", "Marshall Islands"},
    {"marshall islands", "Marshall Islands"},
    {"martinique", "Martinique"},
    {"mauritania", "Mauritania"},
    {"mauritius", "Mauritius"},
    {"mayotte", "Mayotte"},
    {"mexico", "Mexico"},
    {"micronesia", "Micronesia"},
    {"micronesia federated states of", "Micronesia"},
    {"moldova", "Moldova"},
    {"moldova republic of", "Moldova"},
    {"monaco", "Monaco"},
    {"mongol peo rep", "Mongolia"},
    {"mongolia", "Mongolia"},
    {"montenegro", "Montenegro"},
    {"montserrat", "Montserrat"},
    {"morocco", "Morocco"},
    {"mozambique", "Mozambique"},
    {"myanmar", "Myanmar"},
    {"namibia", "Namibia"},
    {"nauru", "Nauru"},
    {"nepal", "Nepal"},
    {"neth antilles", "Netherlands Antilles"},
    {"netherlands", "Netherlands"},
    {"new caledonia", "New Caledonia"},
    {"new zealand", "New Zealand"},
    {"nicaragua", "Nicaragua"},
    {"niger", "Niger"},
    {"nigeria", "Nigeria"},
    {"niue", "Niue"},
    {"norfolk island", "Norfolk Island"},
    {"north ireland", "United Kingdom"},
    {"north korea", "North Korea"},
    {"north macedonia", "North Macedonia"},
    {"northern ireland", "United Kingdom"},
    {"northern mariana islands", "Northern Mariana Islands"},
    {"norway", "Norway"},
    {"oman", "Oman"},
    {"p r china", "China"},
    {"pakistan", "Pakistan"},
    {"palau", "Palau"},
    {"palestine", "Palestine"},
    {"palestine state of", "Palestine"},
    {"panama", "Panama"},
    {"papua n guinea", "Papua New Guinea"},
    {"papua new guinea", "Papua New Guinea"},
    {"paraguay", "Paraguay"},
    {"people s democratic republic of algeria", "Algeria"},
    {"people s republic of bangladesh", "Bangladesh"},
    {"people s republic of china", "China"},
    {"peoples r china", "China"},
    {"peoples republic of china", "China"},
    {"peru", "Peru"},
    {"philippines", "Philippines"},
    {"pitcairn", "Pitcairn"},
    {"plurinational state of bolivia", "Bolivia"},
    {"poland", "Poland"},
    {"portugal", "Portugal"},
    {"portuguese republic", "Portugal"},
    {"pr china", "China"},
    {"prc", "China"},
    {"principality of andorra", "Andorra"},
    {"principality of liechtenstein", "Liechtenstein"},
    {"principality of monaco", "Monaco"},
    {"puerto rico", "Puerto Rico"},
    {"qatar", "Qatar"},
    {"rep congo", "Republic of the Congo"},
    {"rep of korea", "South Korea"},
    {"republic of albania", "Albania"},
    {"republic of angola", "Angola"},
    {"republic of armenia", "Armenia"},
    {"republic of austria", "Austria"},
    {"republic of azerbaijan", "Azerbaijan"},
    {"republic of belarus", "Belarus"},
    {"republic of benin", "Benin"},
    {"republic of bosnia and herzegovina", "Bosnia and Herzegovina"},
    {"republic of botswana", "Botswana"},
    {"republic of bulgaria", "Bulgaria"},
    {"republic of burundi", "Burundi"},
    {"republic of cabo verde", "Cabo Verde"},
    {"republic of cameroon", "Cameroon"},
    {"republic of chad", "Chad"},
    {"republic of chile", "Chile"},
    {"republic of colombia", "Colombia"},
    {"republic of costa rica", "Costa Rica"},
    {"republic of cote d ivoire", "Côte d'Ivoire"},
    {"republic of croatia", "Croatia"},
    {"republic of cuba", "Cuba"},
    {"republic of cyprus", "Cyprus"},
    {"republic of djibouti", "Djibouti"},
    {"republic of ecuador", "Ecuador"},
    {"republic of el salvador", "El Salvador"},
    {"republic of equatorial guinea", "Equatorial Guinea"},
    {"republic of estonia", "Estonia"},
    {"republic of fiji", "Fiji"},
    {"republic of finland", "Finland"},
    {"republic of ghana", "Ghana"},
    {"republic of guatemala", "Guatemala"},
    {"republic of guinea", "Guinea"},
    {"republic of guinea bissau", "Guinea-Bissau"},
    {"republic of guyana", "Guyana"},
    {"republic of haiti", "Haiti"},
    {"republic of honduras", "Honduras"},
    {"republic of iceland", "Iceland"},
    {"republic of india", "India"},
    {"republic of indonesia", "Indonesia"},
    {"republic of iraq", "Iraq"},
    {"republic of kazakhstan", "Kazakhstan"},
    {"republic of kenya", "Kenya"},
    {"republic of kiribati", "Kiribati"},
    {"republic of korea", "South Korea"},
    {"republic of latvia", "Latvia"},
    {"republic of liberia", "Liberia"},
    {"republic of lithuania", "Lithuania"},
    {"republic of madagascar", "Madagascar"},
    {"republic of malawi", "Malawi"},
    {"republic of maldives", "Maldives"},
    {"republic of mali", "Mali"},
    {"republic of malta", "Malta"},
    {"republic of mauritius", "Mauritius"},
    {"republic of moldova", "Moldova"},
    {"republic of mozambique", "Mozambique"},
    {"republic of myanmar", "Myanmar"},
    {"republic of namibia", "Namibia"},
    {"republic of nauru", "Nauru"},
    {"republic of nicaragua", "Nicaragua"},
    {"republic of north macedonia", "North Macedonia"},
    {"republic of palau", "Palau"},
    {"republic of panama", "Panama"},
    {"republic of paraguay", "Paraguay"},
    {"republic of peru", "Peru"},
    {"republic of poland", "Poland"},
    {"republic of san marino", "San Marino"},
    {"republic of senegal", "Senegal"},
    {"republic of serbia", "Serbia"},
    {"republic of seychelles", "Seychelles"},
    {"republic of sierra leone", "Sierra Leone"},
    {"republic of singapore", "Singapore"},
    {"republic of slovenia", "Slovenia"},
    {"republic of south africa", "South Africa"},
    {"republic of south sudan", "South Sudan"},
    {"republic of suriname", "Suriname"},
    {"republic of tajikistan", "Tajikistan"},
    {"republic of the congo", "Republic of the Congo"},
    {"republic of the gambia", "Gambia"},
    {"republic of the marshall islands", "Marshall Islands"},
    {"republic of the niger", "Niger"},
    {"republic of the philippines", "Philippines"},
    {"republic of the sudan", "Sudan"},
    {"republic of trinidad and tobago", "Trinidad and Tobago"},
    {"republic of tunisia", "Tunisia"},
    {"republic of turkiye", "Turkey"},
    {"republic of uganda", "Uganda"},
    {"republic of uzbekistan", "Uzbekistan"},
    {"republic of vanuatu", "Vanuatu"},
    {"republic of yemen", "Yemen"},
    {"republic of zambia", "Zambia"},
    {"republic of zimbabwe", "Zimbabwe"},
    {"reunion", "Réunion"},
    {"romania", "Romania"},
    {"russia", "Russia"},
    {"russian federation", "Russia"},
    {"rwanda", "Rwanda"},
    {"rwandese republic", "Rwanda"},
    {"saint barthelemy", "Saint Barthélemy"},
    {"saint helena ascension and tristan da cunha", "Saint Helena, Ascension and Tristan da Cunha"},
    {"saint kitts and nevis", "Saint Kitts and Nevis"},
    {"saint lucia", "Saint Lucia"},
    {"saint martin french part", "Saint Martin (French part)"},
    {"saint pierre and miquelon", "Saint Pierre and Miquelon"},
    {"saint vincent and the grenadines", "Saint Vincent and the Grenadines"},
    {"samoa", "Samoa"},
    {"san marino", "San Marino"},
    {"sao tome and principe", "Sao Tome and Principe"},
    {"sao tome prin", "Sao Tome and Principe"},
    {"saudi arabia", "Saudi Arabia"},
    {"scotland", "United Kingdom"},
    {"senegal", "Senegal"},
    {"serbia", "Serbia"},
    {"seychelles", "Seychelles"},
    {"sierra leone", "Sierra Leone"},
    {"singapore", "Singapore"},
    {"sint maarten dutch part", "Sint Maarten (Dutch part)"},
    {"slovak republic", "Slovakia"},
    {"slovakia", "Slovakia"},
    {"slovenia", "Slovenia"},
    {"socialist republic of viet nam", "Vietnam"},
    {"solomon islands", "Solomon Islands"},
    {"somalia", "Somalia"},
    {"south africa", "South Africa"},
    {"south georgia and the south sandwich islands", "South Georgia and the South Sandwich Islands"},
    {"south korea", "South Korea"},
    {"south sudan", "South Sudan"},
    {"spain", "Spain"},
    {"sri lanka", "Sri Lanka"},
    {"st kitts nevi", "Saint Kitts and Nevis"},
    {"st lucia", "Saint Lucia"},
    {"st vincent", "Saint Vincent and the Grenadines"},
    {"state of israel", "Israel"},
    {"state of kuwait", "Kuwait"},
    {"state of qatar", "Qatar"},
    {"sudan", "Sudan"},
    {"sultanate of oman", "Oman"},
    {"suriname", "Suriname"},
    {"svalbard and jan mayen", "Svalbard and Jan Mayen"},
    {"swaziland", "Eswatini"},
    {"sweden", "Sweden"},
    {"swiss confederation", "Switzerland"},
    {"switzerland", "Switzerland"},
    {"syria", "Syria"},
    {"syrian arab republic", "Syria"},
    {"taiwan", "Taiwan"},
    {"taiwan province of china", "Taiwan"},
    {"taiwan roc", "Taiwan"},
    {"tajikistan", "Tajikistan"},
    {"tanzania", "Tanzania"},
    {"tanzania united republic of", "Tanzania"},
    {"thailand", "Thailand"},
    {"the netherlands", "Netherlands"},
    {"the state of eritrea", "Eritrea"},
    {"the state of palestine", "Palestine"},
    {"timor leste", "Timor-Leste"},
    {"togo", "Togo"},
    {"togolese republic", "Togo"},
    {"tokelau", "Tokelau"},
    {"tonga", "Tonga"},
    {"trinidad and tobago", "Trinidad and Tobago"},
    {"trinidad tobago", "Trinidad and Tobago"},
    {"tunisia", "Tunisia"},
    {"turkey", "Turkey"},
    {"turkiye", "Turkey"},
    {"turkmenistan", "Turkmenistan"},
    {"turks and caicos islands", "Turks and Caicos Islands"},
    {"tuvalu", "Tuvalu"},
    {"u arab emirates", "United Arab Emirates"},
    {"u k", "United Kingdom"},
    {"u s", "United States"},
    {"u s a", "United States"},
    {"uae", "United Arab Emirates"},
    {"uganda", "Uganda"},
    {"uk", "United Kingdom"},
    {"ukraine", "Ukraine"},
    {"union of the comoros", "Comoros"},
    {"united arab emirates", "United Arab Emirates"},
    {"united kingdom", "United Kingdom"},
    {"united kingdom of great britain and northern ireland", "United Kingdom"},
    {"united mexican states", "Mexico"},
    {"united republic of tanzania", "Tanzania"},
    {"united states", "United States"},
    {"united states minor outlying islands", "United States Minor Outlying Islands"},
    {"united states of america", "United States"},
    {"uruguay", "Uruguay"},
    {"usa", "United States"},
    {"uzbekistan", "Uzbekistan"},
    {"vanuatu", "Vanuatu"},
    {"vatican", "Vatican City"},
    {"vatican city", "Vatican City"},
    {"venezuela", "Venezuela"},
    {"venezuela bolivarian republic of", "Venezuela"},
    {"viet nam", "Vietnam"},
    {"vietnam", "Vietnam"},
    {"virgin islands british", "Virgin Islands, British"},
    {"virgin islands of the united states", "Virgin Islands, U.S."},
    {"virgin islands u s", "Virgin Islands, U.S."},
    {"wales", "United Kingdom"},
    {"wallis and futuna", "Wallis and Futuna"},
    {"western sahara", "Western Sahara"},
    {"yemen", "Yemen"},
    {"zambia", "Zambia"},
    {"zimbabwe", "Zimbabwe"},
  };
  return table;
}

// Words that make a comma part an institution, the strongest first: a
// university; then an institute, college, hospital, academy, laboratory,
// centre, agency or company.
const char* const kUniversityWords[] = {"univ", "universi", "hochschule", "polytechn", "politecn", "ecole"};
const char* const kInstitutionWords[] = {"inst", "college", "coll", "hosp", "academ", "acad", "lab", "ctr", "center",
                                         "centre", "council", "agency", "ministry", "corp", "inc", "ltd", "gmbh",
                                         "clinic", "foundation", "fdn", "museum", "observ", "cnrs", "inserm", "csic",
                                         "organization", "organisation"};

bool has_word_starting(const std::string& folded, const char* prefix) {
  std::string_view p(prefix);
  for (std::size_t at = folded.find(p); at != std::string::npos; at = folded.find(p, at + 1))
    if (at == 0 || folded[at - 1] == ' ') return true;
  return false;
}

// One affiliation without what is not an address: WoS's "[Names] " before
// it, an "Electronic address: ..." or e-mail after it, a final period.
std::string_view address_part(std::string_view a) {
  a = trim(a);
  if (!a.empty() && a.front() == '[')
    if (auto close = a.find(']'); close != std::string_view::npos) a = trim(a.substr(close + 1));
  for (std::string_view cut : {"Electronic address", "electronic address", "E-mail", "Email:", "email:"})
    if (auto at = a.find(cut); at != std::string_view::npos) a = trim(a.substr(0, at));
  if (auto at = a.find('@'); at != std::string_view::npos) {
    auto space = a.rfind(' ', at);
    a = trim(a.substr(0, space == std::string_view::npos ? 0 : space));
  }
  while (!a.empty() && (a.back() == '.' || a.back() == ';' || a.back() == ',')) a = trim(a.substr(0, a.size() - 1));
  return a;
}

std::vector<std::string_view> comma_parts(std::string_view a) {
  std::vector<std::string_view> parts;
  std::size_t from = 0;
  while (from <= a.size()) {
    std::size_t comma = a.find(',', from);
    std::string_view part = trim(a.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from));
    if (!part.empty()) parts.push_back(part);
    if (comma == std::string_view::npos) break;
    from = comma + 1;
  }
  return parts;
}

std::string country_in(std::string_view part) {
  std::string f = fold_words(part);
  const auto& table = countries();
  if (auto it = table.find(f); it != table.end()) return std::string(it->second);
  // The last one, two or three words: "MA 02115 USA", "Beijing 100084
  // Peoples R China"; not "New Mexico", "New South Wales", "New Jersey".
  std::vector<std::string_view> words = split_words(f);
  for (std::size_t k = std::min<std::size_t>(3, words.size()); k >= 1; --k) {
    std::size_t first = words.size() - k;
    if (first > 0 && words[first - 1] == "new") continue;
    std::string_view tail(words[first].data(), std::size_t(f.data() + f.size() - words[first].data()));
    if (auto it = table.find(tail); it != table.end()) return std::string(it->second);
  }
  return {};
}

}  // namespace

std::string country_name(std::string_view name) {
  const auto& table = countries();
  auto it = table.find(fold_words(name));
  return it == table.end() ? std::string() : std::string(it->second);
}

std::string affiliation_country(std::string_view affiliation) {
  std::vector<std::string_view> parts = comma_parts(address_part(affiliation));
  // The country ends an address; PubMed sometimes ends with a postcode part.
  for (std::size_t k = 0; k < parts.size() && k < 2; ++k)
    if (std::string c = country_in(parts[parts.size() - 1 - k]); !c.empty()) return c;
  return {};
}

std::string affiliation_institution(std::string_view affiliation) {
  std::vector<std::string_view> parts = comma_parts(address_part(affiliation));
  auto first_with = [&](const auto& words) -> std::string {
    for (std::string_view part : parts) {
      std::string f = fold_words(part);
      for (const char* w : words)
        if (has_word_starting(f, w)) return collapse_space(part);
    }
    return {};
  };
  std::string u = first_with(kUniversityWords);
  return u.empty() ? first_with(kInstitutionWords) : u;
}

std::string undo_transliteration(std::string_view word) {
  auto consonant = [](char c) { return is_alpha(c) && std::string_view("aeiouy").find(c) == std::string_view::npos; };
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    out.push_back(word[i]);
    bool vowel = word[i] == 'o' || word[i] == 'a' || word[i] == 'u';
    if (vowel && i + 2 < word.size() && word[i + 1] == 'e' && consonant(word[i + 2]) && (i == 0 || consonant(word[i - 1])))
      ++i;
  }
  return out;
}

namespace {

// Words Web of Science abbreviates in addresses (its help's "Address
// Abbreviations" list, the words of the libraries' affiliations), folded and
// with a transliteration undone, and the abbreviation; other languages' word
// for university, institute, national beside the English one.
const std::unordered_map<std::string_view, std::string_view>& address_abbreviations() {
  static const std::unordered_map<std::string_view, std::string_view> table = {
      {"university", "univ"}, {"universidad", "univ"}, {"universidade", "univ"}, {"universita", "univ"},
      {"universitat", "univ"}, {"universite", "univ"}, {"universiteit", "univ"}, {"universiti", "univ"},
      {"universitas", "univ"}, {"universitet", "univ"}, {"universitatea", "univ"}, {"uniwersytet", "univ"},
      {"institute", "inst"}, {"institut", "inst"}, {"instituto", "inst"}, {"istituto", "inst"},
      {"institution", "inst"}, {"national", "natl"}, {"nacional", "natl"}, {"nationale", "natl"},
      {"nazionale", "natl"}, {"nationaal", "natl"}, {"nacl", "natl"}, {"college", "coll"}, {"center", "ctr"}, {"centre", "ctr"},
      {"centro", "ctr"}, {"laboratory", "lab"}, {"laboratoire", "lab"}, {"laboratorio", "lab"},
      {"laboratories", "labs"}, {"department", "dept"}, {"academy", "acad"}, {"academia", "acad"},
      {"science", "sci"}, {"sciences", "sci"}, {"scientific", "sci"}, {"technology", "technol"},
      {"technological", "technol"}, {"technologies", "technol"}, {"agricultural", "agr"}, {"agriculture", "agr"},
      {"research", "res"}, {"federal", "fed"}, {"international", "int"}, {"medical", "med"}, {"medicine", "med"},
      {"hospital", "hosp"}, {"school", "sch"}, {"engineering", "engn"}, {"environmental", "environm"},
      {"environment", "environm"}, {"biology", "biol"}, {"biological", "biol"}, {"chemistry", "chem"},
      {"chemical", "chem"}, {"physics", "phys"}, {"ecology", "ecol"}, {"ecological", "ecol"}, {"economics", "econ"},
      {"economic", "econ"}, {"education", "educ"}, {"natural", "nat"}, {"tropical", "trop"}, {"applied", "appl"}, {"advanced", "adv"}, {"health", "hlth"}, {"mathematics", "math"},
      {"geography", "geog"}, {"geology", "geol"}, {"geological", "geol"}, {"biotechnology", "biotechnol"},
      {"microbiology", "microbiol"}, {"molecular", "mol"}, {"zoology", "zool"}, {"zoological", "zool"},
      {"botany", "bot"}, {"botanical", "bot"}, {"veterinary", "vet"}, {"ministry", "minist"},
      {"organization", "org"}, {"organisation", "org"}, {"foundation", "fdn"}, {"association", "assoc"},
      {"society", "soc"}, {"service", "serv"}, {"station", "stn"}, {"experimental", "expt"},
      {"development", "dev"}, {"conservation", "conservat"}, {"polytechnic", "polytech"}, {"graduate", "grad"},
      {"faculty", "fac"}, {"division", "div"}, {"systems", "syst"}, {"pharmaceutical", "pharmaceut"},
      {"evolution", "evolut"}, {"oceanography", "oceanog"},
      {"observatory", "observ"}, {"california", "calif"}, {"pennsylvania", "penn"}, {"north", "n"},
      {"south", "s"}, {"east", "e"}, {"west", "w"}, {"saint", "st"}, {"mount", "mt"}, {"mountain", "mt"},
      {"information", "informat"}, {"computer", "comp"}, {"statistics", "stat"}, {"public", "publ"},
};
  return table;
}

bool address_stop_word(std::string_view w) {
  for (std::string_view s : {"of", "the", "and", "for", "de", "do", "da", "dos", "das", "di", "del", "della", "degli",
                             "des", "du", "la", "le", "les", "der", "und", "y", "et", "at", "in"})
    if (w == s) return true;
  return false;
}

}  // namespace

std::string institution_key(std::string_view name) {
  const std::string folded = fold_words(name);
  const auto& abbreviations = address_abbreviations();
  std::string key;
  for (std::string_view w : split_words(folded)) {
    if (address_stop_word(w)) continue;
    std::string word = undo_transliteration(w);
    if (auto it = abbreviations.find(word); it != abbreviations.end()) word = std::string(it->second);
    if (!key.empty()) key.push_back(' ');
    key += word;
  }
  return key;
}

std::vector<std::string> record_affiliations(const Record& r) {
  std::vector<std::string> out;
  for (const auto& a : r.authors)
    for (const auto& aff : a.affiliations) out.push_back(aff);
  if (!out.empty()) return out;
  // BibTeX: Scopus's `affiliation` ("A; B"), WoS's `Affiliation` (one line
  // an author, the corresponding author's first, repeated).
  for (const char* field : {"affiliation", "affiliations", "Affiliation", "C1", "AD"}) {
    std::string_view v = trim(r.get_extra(field));
    if (v.empty()) continue;
    bool bibtex = r.provenance.format == "bibtex";
    if (bibtex && v.size() >= 2 && v.front() == '{' && v.back() == '}') v = v.substr(1, v.size() - 2);
    bool lines = v.find('\n') != std::string_view::npos;
    for (auto& a : split_list(v, lines ? "\n" : ";")) {
      // BibTeX keeps the field raw: "{Name, Univ X, Dept R \& D, ...}".
      if (bibtex) a = latex_to_unicode(a);
      if (a.find("(Corresponding Author)") == std::string::npos || !lines) out.push_back(std::move(a));
    }
    if (!out.empty()) break;
  }
  return out;
}

}  // namespace refnet

namespace refnet {

std::vector<CountryCollaboration> country_collaboration(const std::vector<NetworkDoc>& docs) {
  std::vector<CountryCollaboration> rows;
  std::unordered_map<std::string, std::size_t> at;
  for (const auto& d : docs) {
    if (d.countries.empty()) continue;
    const std::string& first = d.countries.front();
    bool multi = std::any_of(d.countries.begin(), d.countries.end(), [&](const std::string& c) { return c != first; });
    auto [it, fresh] = at.emplace(first, rows.size());
    if (fresh) rows.push_back({first, 0, 0, 0});
    auto& row = rows[it->second];
    ++row.works;
    ++(multi ? row.multi : row.single);
  }
  std::stable_sort(rows.begin(), rows.end(), [](const CountryCollaboration& a, const CountryCollaboration& b) {
    return a.works != b.works ? a.works > b.works : a.country < b.country;
  });
  return rows;
}

}  // namespace refnet
