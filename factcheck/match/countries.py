"""Country and region names: places too coarse to tell two events apart ("Russland" holds both summits)."""

from __future__ import annotations

# Gazetteer features that name an area rather than a spot; used when a place value carries "feature".
COARSE_FEATURES: frozenset[str] = frozenset({
    "country", "continent", "region", "state", "province", "admin1", "admin2", "ocean", "sea", "peninsula",
})

# Canonical (English) names of countries and large regions, lower-cased, as place values carry them.
COUNTRY_NAMES: frozenset[str] = frozenset(name.lower() for name in """
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|
Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|
Colombia|Comoros|Congo|Democratic Republic of the Congo|Republic of the Congo|Costa Rica|Croatia|Cuba|Cyprus|
Czechia|Czech Republic|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|
Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|
Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|
Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|
Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|
Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|
Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|
North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|
Portugal|Qatar|Romania|Russia|Russian Federation|Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|
Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|South Sudan|
Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|
Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|
United Kingdom|United States|United States of America|USA|Uruguay|Uzbekistan|Vanuatu|Vatican City|Venezuela|
Vietnam|Yemen|Zambia|Zimbabwe|Europe|Asia|Africa|North America|South America|Oceania|Antarctica|Middle East|
European Union|Korea|Korean Peninsula|Siberia|Far East|Russian Far East|Crimea|Scotland|England|Wales|
Russland|Nordkorea|Südkorea|Deutschland|Vereinigte Staaten|China|Japan|Ukraine|Europa|Asien|Afrika|Fernost
""".replace("\n", "").split("|") if name.strip())
