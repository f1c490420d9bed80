<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AnimationTask</name>
    <message>
        <location filename="../plugin/task.py" line="198"/>
        <source>Exporting the animation {name}</source>
        <translation>Animatie {name} exporteren</translation>
    </message>
</context>
<context>
    <name>AnonymityGuardAlgorithm</name>
    <message>
        <location filename="../processing/anonymity_guard.py" line="29"/>
        <source>Anonymity guard</source>
        <translation>Anonimiteitsbewaking</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="32"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="38"/>
        <source>Applies the anonymity threshold k to any table of counts (one row per cell) and writes a copy with two fields more: suppressed (0 or 1) and suppression (primary, secondary, input, or empty). The count of a suppressed cell is NULL, never 0. The same rule guards every output of Footfall.

Primary suppression: a count above 0 and below k. A true 0 is published; a NULL count of the input stays suppressed (suppression “input”).

Groups: for every dimension field, the cells that share the values of all the other dimension fields (the cells a published total over that dimension adds up), and the grand total.

Secondary suppression: a published total minus its published cells gives the sum of its suppressed cells. In every group, that sum must cover at least two cells and be at least k (suppressed input cells count as 0, their value being unknown). Otherwise one more published non-zero cell of the group is suppressed: preferably one whose other groups already hold a suppressed cell, then the smallest. This is repeated until no group breaks the rule. A group with nothing left to suppress is reported in the log: its total must not be published.

Only totals over one dimension and the grand total are guarded, not totals over two dimensions at once.</source>
        <translation>Past de anonimiteitsdrempel k toe op eender welke tabel met aantallen (één rij per cel) en schrijft een kopie met twee velden meer: suppressed (0 of 1) en suppression (primary, secondary, input of leeg), de soort afscherming. Het aantal van een afgeschermde cel is NULL, nooit 0. Dezelfde regel bewaakt elke uitvoer van Footfall.

Primaire afscherming: een aantal boven 0 en onder k. Een echte 0 wordt gepubliceerd; een NULL-aantal van de invoer blijft afgeschermd (suppression “input”).

Groepen: voor elk dimensieveld de cellen die de waarden van alle andere dimensievelden delen (de cellen die een gepubliceerd totaal over die dimensie optelt), en het eindtotaal.

Secundaire afscherming: een gepubliceerd totaal min zijn gepubliceerde cellen geeft de som van zijn afgeschermde cellen. In elke groep moet die som minstens twee cellen omvatten en minstens k zijn (afgeschermde cellen van de invoer tellen als 0, want hun waarde is onbekend). Anders wordt nog een gepubliceerde cel van de groep die niet 0 is afgeschermd: bij voorkeur een waarvan de andere groepen al een afgeschermde cel bevatten, daarna de kleinste. Dit wordt herhaald tot geen enkele groep de regel nog breekt. Een groep waarin niets meer af te schermen is, wordt in het logboek vermeld: zijn totaal mag niet gepubliceerd worden.

Alleen totalen over één dimensie en het eindtotaal worden bewaakt, geen totalen over twee dimensies tegelijk.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="57"/>
        <source>Table of counts</source>
        <translation>Tabel met aantallen</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="58"/>
        <source>A table or vector layer with one row per cell; geometry, when present, is kept.</source>
        <translation>Een tabel of vectorlaag met één rij per cel; de geometrie blijft behouden als er een is.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="60"/>
        <source>Count field</source>
        <translation>Veld met aantallen</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="62"/>
        <source>The numeric field holding the counts; NULL means already suppressed.</source>
        <translation>Het numerieke veld met de aantallen; NULL betekent al afgeschermd.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="64"/>
        <source>Dimension fields</source>
        <translation>Dimensievelden</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="66"/>
        <source>The fields that identify a cell, for example zone_id, start and profile; totals over each of them are guarded. Without any, only the grand total is guarded.</source>
        <translation>De velden die een cel bepalen, bijvoorbeeld zone_id, start en profile; de totalen over elk ervan worden bewaakt. Zonder velden wordt alleen het eindtotaal bewaakt.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="69"/>
        <source>Anonymity threshold</source>
        <translation>Anonimiteitsdrempel</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="71"/>
        <source>The smallest count that may be published (30 for Proximus; use the dataset&apos;s threshold when it differs).</source>
        <translation>Het kleinste aantal dat gepubliceerd mag worden (30 bij Proximus; gebruik de drempel van de dataset als die verschilt).</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="73"/>
        <source>Guarded table</source>
        <translation>Bewaakte tabel</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="74"/>
        <source>A copy of the input with the suppressed counts set to NULL and the fields suppressed and suppression.</source>
        <translation>Een kopie van de invoer met de afgeschermde aantallen op NULL en de velden suppressed en suppression (de soort afscherming).</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="76"/>
        <source>Cells suppressed below the threshold</source>
        <translation>Cellen afgeschermd onder de drempel</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="77"/>
        <source>Cells suppressed to protect others</source>
        <translation>Cellen afgeschermd om andere te beschermen</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="78"/>
        <source>Cells already suppressed in the input</source>
        <translation>Cellen die in de invoer al afgeschermd waren</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="79"/>
        <source>Totals that must not be published</source>
        <translation>Totalen die niet gepubliceerd mogen worden</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="90"/>
        <source>The count field “{field}” is not in the table.</source>
        <translation>Het veld met aantallen “{field}” staat niet in de tabel.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="92"/>
        <source>The count field “{field}” is not numeric; choose a field of numbers.</source>
        <translation>Het veld met aantallen “{field}” is niet numeriek; kies een veld met getallen.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="98"/>
        <source>The dimension field “{field}” is not in the table.</source>
        <translation>Het dimensieveld “{field}” staat niet in de tabel.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="100"/>
        <source>The count field cannot also be a dimension field.</source>
        <translation>Het veld met aantallen kan niet ook een dimensieveld zijn.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="130"/>
        <source>The table already has a field “{field}”; rename it first.</source>
        <translation>De tabel heeft al een veld “{field}”; hernoem het eerst.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="163"/>
        <source>the grand total</source>
        <translation>het eindtotaal</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="166"/>
        <source>The total over {dimension} for {where} must not be published: it would reveal suppressed cells.</source>
        <translation>Het totaal over {dimension} voor {where} mag niet gepubliceerd worden: het zou afgeschermde cellen onthullen.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="166"/>
        <source>all cells</source>
        <translation>alle cellen</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="168"/>
        <source>Threshold {k}: {p} cells suppressed below it, {s} to protect them, {i} already suppressed in the input; {n} passes.</source>
        <translation>Drempel {k}: {p} cellen eronder afgeschermd, {s} om ze te beschermen, {i} al afgeschermd in de invoer; {n} rondes.</translation>
    </message>
</context>
<context>
    <name>CatchmentAlgorithm</name>
    <message>
        <location filename="../processing/catchment.py" line="68"/>
        <source>Venue catchment</source>
        <translation>Verzorgingsgebied van de locatie</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="71"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="77"/>
        <source>How far the event draws its visitors.

Origins (at the chosen level, with the anonymity rule of “Origin flows”: small origins are only ranked inside their “Other origins in …” group) are ranked by visitors, largest first. share = visitors / total; cum_share = the running sum of share. The X % catchment is the smallest set of top-ranked origins whose cumulative share reaches X %: an origin gets band X when the cumulative share of the origins ranked before it is still below X % (bands 50, 75, 90 by default). distance_km is the great-circle distance from the origin&apos;s representative point to the venue; per_1000_residents = visitors × 1000 / population where the gazetteer knows the population.

Bands as areas: with an area layer whose code field matches the origin codes, each band&apos;s areas are dissolved (“Other origins” groups have no area of their own and only count in the visitors). Without it, distance rings: the ring of band X has the radius within which X % of the visitors with a known distance live (a visitor-weighted quantile), drawn as a great-circle circle around the venue. Each band polygon carries the visitors of its own origins only (for rings: those living between the previous ring and this one).

Distance decay: the share of visitors per distance bin (0, 5, 10, 25, 50, 100, 250, 500, 1000, 2500 km and beyond), with the visitor-weighted median and 90th percentile of the travel distance.

visitors are sums of the export&apos;s known origin counts (for daily exports: visitor-days per zone, not unique people); distances are to where visitors most probably live, not the trip they made that day.</source>
        <translation>Hoe ver het evenement zijn bezoekers aantrekt.

Herkomsten (op het gekozen niveau, met de anonimiteitsregel van “Herkomststromen”: kleine herkomsten worden alleen binnen hun groep “Overige herkomsten in …” gerangschikt) worden gerangschikt naar aantal bezoekers, de grootste eerst. share = bezoekers / totaal; cum_share = de lopende som van share. Het verzorgingsgebied van X % is de kleinste verzameling van de hoogst gerangschikte herkomsten waarvan het cumulatieve aandeel X % bereikt: een herkomst krijgt band X als het cumulatieve aandeel van de herkomsten vóór haar nog onder X % ligt (standaard banden 50, 75, 90). distance_km is de grootcirkelafstand van het representatieve punt van de herkomst tot de locatie; per_1000_residents = bezoekers × 1000 / bevolking waar de plaatsnamenlijst de bevolking kent.

Banden als gebieden: met een gebiedslaag waarvan het codeveld overeenkomt met de herkomstcodes, worden de gebieden van elke band samengevoegd (groepen “Overige herkomsten” hebben geen eigen gebied en tellen alleen mee in de bezoekers). Zonder: afstandsringen: de ring van band X heeft de straal waarbinnen X % van de bezoekers met een bekende afstand woont (een naar bezoekers gewogen kwantiel), getekend als grootcirkel rond de locatie. Elke bandpolygoon draagt alleen de bezoekers van zijn eigen herkomsten (voor ringen: wie tussen de vorige ring en deze woont).

Afstandsverval: het aandeel van de bezoekers per afstandsklasse (0, 5, 10, 25, 50, 100, 250, 500, 1000, 2500 km en verder), met de naar bezoekers gewogen mediaan en het 90e percentiel van de reisafstand.

visitors zijn sommen van de bekende herkomstaantallen van de export (voor dagelijkse exports: bezoekersdagen per zone, geen unieke personen); afstanden worden gemeten tot de waarschijnlijke woonplaats van de bezoekers, niet langs de reis die ze die dag maakten.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="101"/>
        <source>A GeoPackage written by “Import footfall export”, or an operator&apos;s export with origins.</source>
        <translation>Een GeoPackage geschreven door “Export met bezoekersaantallen importeren”, of een export van een operator met herkomst.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="103"/>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="104"/>
        <source>Where distances are measured to. Without it: the visitor-weighted centre of the zones.</source>
        <translation>Waar de afstanden naartoe gemeten worden. Zonder: het naar bezoekers gewogen middelpunt van de zones.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="106"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="107"/>
        <source>Roll origins up to this level before ranking them.</source>
        <translation>Herkomsten op dit niveau samenvoegen voor ze gerangschikt worden.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="112"/>
        <source>Catchment bands (%)</source>
        <translation>Banden van het verzorgingsgebied (%)</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="114"/>
        <source>Cumulative shares of the visitors, in percent, separated by commas.</source>
        <translation>Cumulatieve aandelen van de bezoekers, in procent, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="116"/>
        <source>Origin areas (for dissolved bands)</source>
        <translation>Herkomstgebieden (voor samengevoegde banden)</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="118"/>
        <source>Polygons of the origin places at the chosen level; without them the bands are distance rings.</source>
        <translation>Polygonen van de herkomstplaatsen op het gekozen niveau; zonder worden de banden afstandsringen.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="120"/>
        <source>Area code field</source>
        <translation>Veld met de gebiedscode</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="121"/>
        <source>The field holding the code (postcode, NIS or INSEE code, département, ISO country code).</source>
        <translation>Het veld met de code (postcode, NIS- of INSEE-code, departement, ISO-landcode).</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="123"/>
        <source>Catchment by origin</source>
        <translation>Verzorgingsgebied per herkomst</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="124"/>
        <source>One point per ranked origin with its share, cumulative share, band and distance.</source>
        <translation>Eén punt per gerangschikte herkomst met zijn aandeel, cumulatief aandeel, band en afstand.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="126"/>
        <source>Catchment bands</source>
        <translation>Banden van het verzorgingsgebied</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="128"/>
        <source>One polygon per band: dissolved origin areas, or a distance ring.</source>
        <translation>Eén polygoon per band: samengevoegde herkomstgebieden of een afstandsring.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="130"/>
        <source>Distance decay</source>
        <translation>Afstandsverval</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="132"/>
        <source>Share of visitors per distance bin.</source>
        <translation>Aandeel van de bezoekers per afstandsklasse.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="134"/>
        <source>Visitors of the placed origins</source>
        <translation>Bezoekers van de gelokaliseerde herkomsten</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="135"/>
        <source>Median travel distance (km)</source>
        <translation>Mediane reisafstand (km)</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="136"/>
        <source>90th percentile of the travel distance (km)</source>
        <translation>90e percentiel van de reisafstand (km)</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="148"/>
        <source>Neither zone geometry nor a venue is known: give a zone layer or a venue point.</source>
        <translation>Er is geen zonegeometrie en geen locatie bekend: geef een zonelaag of een locatiepunt.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="161"/>
        <source>Catchment bands must be percentages between 0 and 100, such as “50, 75, 90”; got “{text}”.</source>
        <translation>De banden van het verzorgingsgebied moeten percentages tussen 0 en 100 zijn, zoals “50, 75, 90”; gekregen: “{text}”.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="166"/>
        <source>The export has no origins.</source>
        <translation>Deze export bevat geen herkomstgegevens.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="196"/>
        <source>Catchment</source>
        <translation>Verzorgingsgebied</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="220"/>
        <source>{n} origins ranked; {total} visitors; median travel distance {median} km, 90th percentile {p90} km.</source>
        <translation>{n} herkomsten gerangschikt; {total} bezoekers; mediane reisafstand {median} km, 90e percentiel {p90} km.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="223"/>
        <source>{band} % catchment: {n} origins, {visitors} visitors; ring radius {radius} km.</source>
        <translation>Verzorgingsgebied {band} %: {n} herkomsten, {visitors} bezoekers; straal van de ring {radius} km.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="227"/>
        <source>{visitors} visitors of merged origins have no distance (the last “Other origins” group).</source>
        <translation>{visitors} bezoekers van samengevoegde herkomsten hebben geen afstand (de laatste groep “Overige herkomsten”).</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="230"/>
        <source>{n} origins are not in the gazetteers and are not ranked; see “Origin flows” for the list.</source>
        <translation>{n} herkomsten staan niet in de plaatsnamenlijsten en worden niet gerangschikt; zie “Herkomststromen” voor de lijst.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="242"/>
        <source>Choose the field of the area layer that holds the codes.</source>
        <translation>Kies het veld van de gebiedslaag dat de codes bevat.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="251"/>
        <source>{n} areas joined to a ranked origin.</source>
        <translation>{n} gebieden gekoppeld aan een gerangschikte herkomst.</translation>
    </message>
</context>
<context>
    <name>Dependencies</name>
    <message>
        <location filename="../core/deps.py" line="30"/>
        <source>reading footfall exports (the plugin&apos;s engine)</source>
        <translation>het lezen van exports met bezoekersaantallen (de motor van de plug-in)</translation>
    </message>
    <message>
        <location filename="../core/deps.py" line="31"/>
        <source>GIF and MP4 export of animations</source>
        <translation>GIF- en MP4-export van animaties</translation>
    </message>
    <message>
        <location filename="../core/deps.py" line="32"/>
        <source>MP4 export of animations</source>
        <translation>MP4-export van animaties</translation>
    </message>
    <message>
        <location filename="../core/deps.py" line="33"/>
        <source>reading large CSV exports about twice as fast</source>
        <translation>het ongeveer twee keer sneller lezen van grote CSV-exports</translation>
    </message>
    <message>
        <location filename="../core/deps.py" line="83"/>
        <source>“{package}” for {what}</source>
        <translation>“{package}” voor {what}</translation>
    </message>
    <message>
        <location filename="../core/deps.py" line="85"/>
        <source>Missing Python packages: {names}. Install them in QGIS&apos;s Python, for example with: {command}, then restart QGIS.</source>
        <translation>Ontbrekende Python-pakketten: {names}. Installeer ze in de Python van QGIS, bijvoorbeeld met: {command}, en start QGIS daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>EconomicImpactAlgorithm</name>
    <message>
        <location filename="../processing/economic_impact.py" line="54"/>
        <source>Economic impact</source>
        <translation>Economische impact</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="57"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="63"/>
        <source>Estimates the economic impact of the visitors: direct impact = Σ over profiles and origin groups of V × additionality × (1 − displacement) × (daily_spend + nights × spend_per_night), and total impact = direct × multiplier.

V is the number of daily unique visitors added up over the days (visitor-days), never the sum of 15-minute presence counts, which include the same person many times. Daily data: the day&apos;s counts summed over the zones (a person seen in two zones is counted twice), or the largest zone as a lower bound. Sub-daily data: for each day, the peak over the slots of the people present at once in all zones (a lower bound). The rule used is written into the outputs. Suppressed cells are not read as 0: each counts as a third of the anonymity threshold (between a sixth and a half in the interval).

Origin groups: abroad (a country other than the home country), local (the local codes), rest of country, unknown; all when the export has no origins.

Margins: a 90 % interval from a seeded Monte Carlo (20,000 draws): every input is drawn from a triangular distribution between its low and high values, peaking at its central value — the counts (± the precision), each spend, night, additionality and displacement value, and the multiplier. The log says which inputs make most of the width; the summary also keeps the extremes (every input at its low, or its high, end together).

The presets&apos; figures come from published sources (each value names its source, year and confidence); figures that were not found are marked as assumptions and should be replaced.

Anonymity: rows with fewer visitors than the threshold are merged into an “other” group of their profile, then into one “other” row; the totals include every row.</source>
        <translation>Schat de economische impact van de bezoekers: directe impact = Σ over profielen en herkomstgroepen van V × additionaliteit × (1 − verdringing) × (daily_spend + nights × spend_per_night), en totale impact = directe impact × multiplicator.

V is het aantal unieke dagbezoekers opgeteld over de dagen (bezoekersdagen), nooit de som van aanwezigheidsaantallen per kwartier, die dezelfde persoon vele keren bevatten. Dagelijkse gegevens: de aantallen van de dag opgeteld over de zones (wie in twee zones gezien wordt, telt twee keer), of de grootste zone als ondergrens. Gegevens per tijdvak korter dan een dag: per dag de piek over de tijdvakken van de mensen die tegelijk in alle zones aanwezig zijn (een ondergrens). De gebruikte regel wordt in de uitvoer geschreven. Afgeschermde cellen worden niet als 0 gelezen: elke cel telt als een derde van de anonimiteitsdrempel (tussen een zesde en de helft in het interval).

Herkomstgroepen: buitenland (een ander land dan het thuisland), lokaal (de lokale codes), rest van het land, onbekend; alle wanneer de export geen herkomst heeft.

Marges: een 90 %-interval uit een Monte-Carlosimulatie met vaste seed (20.000 trekkingen): elke invoer wordt getrokken uit een driehoeksverdeling tussen zijn lage en hoge waarde, met de top bij de centrale waarde — de aantallen (± de precisie), elke waarde voor bestedingen, overnachtingen, additionaliteit en verdringing, en de multiplicator. Het logboek zegt welke invoer het meest tot de breedte bijdraagt; de samenvatting bewaart ook de uitersten (alle invoer tegelijk op zijn lage, of zijn hoge, waarde).

De cijfers van de voorinstellingen komen uit gepubliceerde bronnen (elke waarde noemt haar bron, jaar en betrouwbaarheid); wat niet gevonden werd, staat als aanname aangeduid en moet vervangen worden.

Anonimiteit: rijen met minder bezoekers dan de drempel worden samengevoegd in een groep “andere” van hun profiel, daarna in één rij “andere”; de totalen bevatten elke rij.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="86"/>
        <source>A GeoPackage written by “Import footfall export”, or an operator&apos;s export. Leave empty when the visitors are given as a table.</source>
        <translation>Een GeoPackage geschreven door “Export met bezoekersaantallen importeren”, of een export van een operator. Leeg laten als de bezoekers als tabel gegeven worden.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="88"/>
        <source>Used for local times and to cut the data into local days.</source>
        <translation>Dient voor de lokale tijden en om de gegevens in lokale dagen op te delen.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="89"/>
        <source>Visitors table (instead of an export)</source>
        <translation>Bezoekerstabel (in plaats van een export)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="91"/>
        <source>A table with the fields profile, origin_group (optional) and visitors, for example official figures typed by hand. Used instead of the export.</source>
        <translation>Een tabel met de velden profile, origin_group (optioneel) en visitors, bijvoorbeeld officiële cijfers die met de hand zijn ingetikt. Wordt gebruikt in plaats van de export.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="94"/>
        <source>Counting rule for daily data</source>
        <translation>Telregel voor dagelijkse gegevens</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="94"/>
        <source>Sum over the zones (a person in two zones is included twice)</source>
        <translation>Som over de zones (wie in twee zones is, wordt twee keer meegeteld)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="94"/>
        <source>Largest zone (a lower bound)</source>
        <translation>Grootste zone (een ondergrens)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="97"/>
        <source>How daily counts become daily unique visitors. Sub-daily data always uses the peak of simultaneous presence.</source>
        <translation>Hoe dagelijkse aantallen worden omgezet in unieke bezoekers per dag. Gegevens per tijdvak binnen de dag gebruiken altijd de piek van de gelijktijdige aanwezigheid.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="100"/>
        <source>Spend preset</source>
        <translation>Uitgavenvoorinstelling</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="100"/>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="100"/>
        <source>Lyon</source>
        <translation>Lyon</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="100"/>
        <source>None (spend table only)</source>
        <translation>Geen (alleen uitgaventabel)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="103"/>
        <source>Bundled spend, additionality, displacement and multiplier values with their sources (see the methods documentation); figures marked as assumptions must be replaced.</source>
        <translation>Meegeleverde waarden voor uitgaven, additionaliteit, verdringing en multiplicator met hun bronnen (zie de methodedocumentatie); cijfers die als aanname gemarkeerd zijn, moeten vervangen worden.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="106"/>
        <source>Spend table</source>
        <translation>Uitgaventabel</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="107"/>
        <source>A table (layer or CSV) with one row per profile: profile, additionality, daily_spend, nights, spend_per_night, displacement, each optionally with _low and _high columns, and optionally origin_group. Its rows replace the preset&apos;s rows of the same profiles.</source>
        <translation>Een tabel (laag of CSV) met één rij per profiel: profile, additionality, daily_spend, nights, spend_per_night, displacement, elk eventueel met kolommen _low en _high, en eventueel origin_group. Haar rijen vervangen de rijen van de voorinstelling voor dezelfde profielen.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="111"/>
        <source>Multiplier</source>
        <translation>Multiplicator</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="113"/>
        <source>Total impact = direct impact × multiplier. Empty: the preset&apos;s.</source>
        <translation>Totale impact = directe impact × multiplicator. Leeg: die van de voorinstelling.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="115"/>
        <source>Multiplier, low bound</source>
        <translation>Multiplicator, ondergrens</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="119"/>
        <source>Multiplier, high bound</source>
        <translation>Multiplicator, bovengrens</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="121"/>
        <source>Empty: the preset&apos;s, or the multiplier itself when one is given.</source>
        <translation>Leeg: die van de voorinstelling, of de multiplicator zelf als die gegeven is.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="123"/>
        <source>Relative margin of the counts</source>
        <translation>Relatieve marge van de aantallen</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="125"/>
        <source>For example 0.1 for ±10 %. Empty: the dataset&apos;s (±10 % unless it says otherwise).</source>
        <translation>Bijvoorbeeld 0,1 voor ±10 %. Leeg: die van de dataset (±10 % tenzij die iets anders vermeldt).</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="127"/>
        <source>Local origin codes</source>
        <translation>Lokale herkomstcodes</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="128"/>
        <source>Comma-separated origin codes of the area itself (postcodes, municipality or département codes); a trailing * matches a prefix. Empty: the preset&apos;s.</source>
        <translation>Herkomstcodes van het gebied zelf, gescheiden door komma&apos;s (postcodes, gemeente- of departementscodes); een * achteraan staat voor een voorvoegsel. Leeg: die van de voorinstelling.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="132"/>
        <source>Economic impact table</source>
        <translation>Tabel van de economische impact</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="133"/>
        <source>One row per profile and origin group, with low, central and high direct and total impact.</source>
        <translation>Eén rij per profiel en herkomstgroep, met lage, centrale en hoge directe en totale impact.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="135"/>
        <source>Summary for the report (JSON)</source>
        <translation>Samenvatting voor het rapport (JSON)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="135"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="137"/>
        <source>Inputs, preset, sources, counting rule, margins and totals, for the report.</source>
        <translation>Invoer, voorinstelling, bronnen, telregel, marges en totalen, voor het rapport.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="139"/>
        <source>Direct impact (central)</source>
        <translation>Directe impact (centrale waarde)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="140"/>
        <source>Direct impact, 5th percentile</source>
        <translation>Directe impact, 5e percentiel</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="141"/>
        <source>Direct impact, 95th percentile</source>
        <translation>Directe impact, 95e percentiel</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="142"/>
        <source>Total impact (central)</source>
        <translation>Totale impact (centrale waarde)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="143"/>
        <source>Total impact, 5th percentile</source>
        <translation>Totale impact, 5e percentiel</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="144"/>
        <source>Total impact, 95th percentile</source>
        <translation>Totale impact, 95e percentiel</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="145"/>
        <source>Counting rule</source>
        <translation>Telregel</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="158"/>
        <source>user&apos;s spend table {name}</source>
        <translation>uitgaventabel van de gebruiker {name}</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="162"/>
        <source>Choose a spend preset or give a spend table.</source>
        <translation>Kies een uitgavenvoorinstelling of geef een uitgaventabel.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="176"/>
        <source>given by the user</source>
        <translation>door de gebruiker opgegeven</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="190"/>
        <source>Give a footfall export or a visitors table.</source>
        <translation>Geef een export met bezoekersaantallen of een bezoekerstabel.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="215"/>
        <source>Width of the interval: {input} makes {share} % of it.</source>
        <translation>Breedte van het interval: {input} maakt er {share} % van uit.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="230"/>
        <source>The impact table could not be written: {error}</source>
        <translation>De impacttabel kon niet geschreven worden: {error}</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="239"/>
        <source>{n} rows below the anonymity threshold were merged into “other”.</source>
        <translation>{n} rijen onder de anonimiteitsdrempel zijn samengevoegd in “other”.</translation>
    </message>
</context>
<context>
    <name>EventReport</name>
    <message>
        <location filename="../cartography/report.py" line="40"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="40"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="40"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="45"/>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="45"/>
        <source>Day visitors</source>
        <translation>Dagbezoekers</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="46"/>
        <source>Overnight visitors</source>
        <translation>Verblijfsbezoekers</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="46"/>
        <source>Commuters</source>
        <translation>Pendelaars</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="46"/>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="47"/>
        <location filename="../cartography/report_sections.py" line="100"/>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="47"/>
        <source>All profiles</source>
        <translation>Alle profielen</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="84"/>
        <source>withheld</source>
        <translation>afgeschermd</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="92"/>
        <source>{amount} million EUR</source>
        <translation>{amount} miljoen euro</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="170"/>
        <source>{measure} (at least)</source>
        <translation>{measure} (minstens)</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="194"/>
        <source>visitors (sums of daily counts per zone)</source>
        <translation>bezoekers (sommen van de dagelijkse aantallen per zone)</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="232"/>
        <source>Footfall · heat of the people present, radius 500 m</source>
        <translation>Footfall · heatmap van de aanwezigen, straal 500 m</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="249"/>
        <source>Origin flows</source>
        <translation>Herkomststromen</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="275"/>
        <source>{share} % within {km} km</source>
        <translation>{share} % binnen {km} km</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="304"/>
        <source>Dashed circles: distance within which 50, 75 and 90 % of the visitors live.</source>
        <translation>Gestippelde cirkels: afstand waarbinnen 50, 75 en 90 % van de bezoekers woont.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="307"/>
        <source>Circles beyond 600 km ({bands} %) are left out of the map; see the catchment table.</source>
        <translation>Cirkels verder dan 600 km ({bands} %) staan niet op de kaart; zie de tabel van het verzorgingsgebied.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="334"/>
        <source>Post-event report</source>
        <translation>Evaluatierapport van het evenement</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="335"/>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="336"/>
        <source>Visitors per day and profile</source>
        <translation>Bezoekers per dag en profiel</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="337"/>
        <source>Share by profile</source>
        <translation>Aandeel per profiel</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="338"/>
        <source>People present per time slot, by profile, residents included (sums of the published cells of all zones).</source>
        <translation>Aanwezige personen per tijdvak, per profiel, inwoners inbegrepen (sommen van de gepubliceerde cellen van alle zones).</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="339"/>
        <source>Where the crowd was at the peak</source>
        <translation>Waar het op het piekmoment het drukst was</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="340"/>
        <source>Where visitors came from</source>
        <translation>Waar de bezoekers vandaan kwamen</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="341"/>
        <source>Origins</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="342"/>
        <source>Largest origins in detail</source>
        <translation>Grootste herkomsten in detail</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="343"/>
        <source>Origins with fewer than {k} visitors are only counted in “Other origins in …” groups. In brackets: the range of ± the precision of the counts ({p} %).</source>
        <translation>Herkomsten met minder dan {k} bezoekers worden alleen geteld in groepen “Andere herkomsten in …”. Tussen haakjes: het bereik van ± de precisie van de aantallen ({p} %).</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="344"/>
        <source>Catchment</source>
        <translation>Verzorgingsgebied</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="345"/>
        <source>The X % catchment is the smallest set of the largest origins that together send X % of the visitors.</source>
        <translation>Het verzorgingsgebied van X % is de kleinste verzameling van de grootste herkomsten die samen X % van de bezoekers leveren.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="346"/>
        <source>Economic impact</source>
        <translation>Economische impact</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="347"/>
        <source>Residents, commuters and local day visitors bring no new money (additionality 0, as eventIMPACTS leaves out residents&apos; spending). The other values come from published figures or are labelled assumptions: see the table of assumptions in the appendix, and replace the assumptions with the organiser’s own survey.</source>
        <translation>Inwoners, pendelaars en lokale dagbezoekers brengen geen nieuw geld (additionaliteit 0, zoals eventIMPACTS de bestedingen van inwoners weglaat). De andere waarden komen uit gepubliceerde cijfers of staan als aanname aangeduid: zie de tabel met aannames in de bijlage, en vervang de aannames door de eigen enquête van de organisator.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="348"/>
        <source>Appendix: how these figures were made</source>
        <translation>Bijlage: hoe deze cijfers tot stand kwamen</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="349"/>
        <source>What these figures cannot tell</source>
        <translation>Wat deze cijfers niet vertellen</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="350"/>
        <source>Made with Footfall on {date}. Place names: GeoNames, Statbel, INSEE.</source>
        <translation>Gemaakt met Footfall op {date}. Plaatsnamen: GeoNames, Statbel, INSEE.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="352"/>
        <source>Residents are not visitors: people whose phone usually spends the night in the area. They stay in this table and out of every visitors figure of the report.</source>
        <translation>Inwoners zijn geen bezoekers: mensen van wie de telefoon gewoonlijk in het gebied overnacht. Ze staan in deze tabel en in geen enkel bezoekerscijfer van het rapport.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="353"/>
        <source>What makes the interval wide</source>
        <translation>Wat het interval breed maakt</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="354"/>
        <source>Each input varied alone, the others at their central values: the total impact it gives and its share of the width.</source>
        <translation>Elke invoer alleen gevarieerd, de andere op hun centrale waarde: de totale impact die ze geeft en haar aandeel in de breedte.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="355"/>
        <source>Assumptions behind the economic impact</source>
        <translation>Aannames achter de economische impact</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="356"/>
        <source>Kind: published (a figure for the place), derived (calculated from published figures), proxy (a figure of another place, year or population), assumption (nothing published was found), definition or method; then the ids of the published figures (docs/methods.md, “Sources of the preset figures”), their year and confidence (H, M, L).</source>
        <translation>Soort: gepubliceerd (een cijfer voor de plaats), afgeleid (berekend uit gepubliceerde cijfers), benadering (een cijfer van een andere plaats, een ander jaar of een andere populatie), aanname (niets gepubliceerd gevonden), definitie of methode; daarna de id&apos;s van de gepubliceerde cijfers (docs/methods.md, “Sources of the preset figures”), hun jaar en betrouwbaarheid (H, M, L).</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="357"/>
        <source>Published figure to compare with</source>
        <translation>Gepubliceerd cijfer ter vergelijking</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="365"/>
        <source>Figure</source>
        <translation>Kerncijfer</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="380"/>
        <location filename="../cartography/report_sections.py" line="59"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="386"/>
        <location filename="../cartography/report_sections.py" line="100"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="406"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="414"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="414"/>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="421"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="421"/>
        <source>Radius of the ring</source>
        <translation>Straal van de ring</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="429"/>
        <source>Origin group</source>
        <translation>Herkomstgroep</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="429"/>
        <source>Visitor-days</source>
        <translation>Bezoekersdagen</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="429"/>
        <source>Suppressed cells</source>
        <translation>Afgeschermde cellen</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="429"/>
        <source>Direct (M EUR)</source>
        <translation>Direct (mln EUR)</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="429"/>
        <source>90 % interval (M EUR)</source>
        <translation>90 %-interval (mln EUR)</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="439"/>
        <source>Range</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="439"/>
        <source>Total impact, this input alone (M EUR)</source>
        <translation>Totale impact, enkel deze invoer (mln EUR)</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="439"/>
        <source>Share of the width</source>
        <translation>Aandeel in de breedte</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="446"/>
        <source>Source file</source>
        <translation>Bronbestand</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="446"/>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (begin)</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="446"/>
        <source>Slot (minutes)</source>
        <translation>Tijdvak (minuten)</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="448"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="449"/>
        <source>not stated in the export</source>
        <translation>niet vermeld in de export</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="449"/>
        <source>Extrapolation by the operator</source>
        <translation>Extrapolatie door de operator</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="450"/>
        <source>Anonymity threshold</source>
        <translation>Anonimiteitsdrempel</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="450"/>
        <source>{k} people: smaller counts are never shown</source>
        <translation>{k} personen: kleinere aantallen worden nooit getoond</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="451"/>
        <source>Suppressed cells in the export</source>
        <translation>Afgeschermde cellen in de export</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="452"/>
        <source>Margin of the counts</source>
        <translation>Marge van de aantallen</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="453"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="454"/>
        <source>What the figures measure</source>
        <translation>Wat de cijfers meten</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="455"/>
        <source>Counting rule</source>
        <translation>Telregel</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="457"/>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="457"/>
        <source>Lyon</source>
        <translation>Lyon</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="458"/>
        <source>Spend preset</source>
        <translation>Uitgavenvoorinstelling</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="459"/>
        <source>Suppressed cells in the impact</source>
        <translation>Afgeschermde cellen in de impact</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="460"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="460"/>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="463"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="463"/>
        <source>Input</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="463"/>
        <source>Central</source>
        <translation>Centraal</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="463"/>
        <source>Low–high</source>
        <translation>Laag–hoog</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="463"/>
        <source>Kind · sources · year · confidence</source>
        <translation>Soort · bronnen · jaar · betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="468"/>
        <source>They come from the phones of one operator&apos;s customers, extrapolated by the operator to the population: they are not people counted at a gate.</source>
        <translation>Ze komen van de telefoons van de klanten van één operator en zijn door die operator geëxtrapoleerd naar de hele bevolking: het zijn geen mensen die aan een ingang geteld zijn.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="468"/>
        <source>A visitor-day is one person on one day in the study area; a person who came on two days is included twice, and unique visitors over the whole period are not known.</source>
        <translation>Een bezoekersdag is één persoon die op één dag in het studiegebied is; wie op twee dagen kwam, telt twee keer mee, en het aantal unieke bezoekers over de hele periode is niet bekend.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="468"/>
        <source>Origins are the most probable place of residence, not where the trip started.</source>
        <translation>De herkomst is de meest waarschijnlijke woonplaats, niet de plaats waar de reis begon.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="468"/>
        <source>Cells below the anonymity threshold are suppressed: small origins and quiet hours are under-counted.</source>
        <translation>Cellen onder de anonimiteitsdrempel zijn afgeschermd: kleine herkomsten en rustige uren worden onderschat.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="468"/>
        <source>The economic impact multiplies these estimates by spend figures of other places, years or populations and by assumptions: read its interval, the inputs that make it wide, and the table of assumptions.</source>
        <translation>De economische impact vermenigvuldigt deze schattingen met bestedingscijfers van andere plaatsen, jaren of populaties en met aannames: lees het interval, de invoer die het breed maakt en de tabel met aannames.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="493"/>
        <source>from {first} to {last}</source>
        <translation>van {first} tot {last}</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="500"/>
        <source>Written on {date}</source>
        <translation>Opgesteld op {date}</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="511"/>
        <source>Synthetic demo data – not a measurement. These figures come from Footfall&apos;s built-in demo generator and describe no real event.</source>
        <translation>Synthetische demogegevens – geen meting. Deze cijfers komen uit de ingebouwde demogenerator van Footfall en beschrijven geen echt evenement.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="514"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="663"/>
        <source>the operator</source>
        <translation>de operator</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="664"/>
        <source>Source: {operator}</source>
        <translation>Bron: {operator}</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="714"/>
        <source>written on {date}</source>
        <translation>opgesteld op {date}</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="715"/>
        <source>synthetic demo data</source>
        <translation>synthetische demogegevens</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="717"/>
        <source>{page} / {pages}</source>
        <translation>{page} / {pages}</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="800"/>
        <source>study area: all zones of the export</source>
        <translation>studiegebied: alle zones van de export</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="30"/>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="42"/>
        <source>{value} ({low}–{high})</source>
        <translation>{value} ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="48"/>
        <source>{central} (90 % interval {low}–{high} million EUR)</source>
        <translation>{central} (90 %-interval {low}–{high} miljoen euro)</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="56"/>
        <source>Visitors over the period (visitor-days, residents apart)</source>
        <translation>Bezoekers over de periode (bezoekersdagen, zonder inwoners)</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="59"/>
        <source>Busiest day</source>
        <translation>Drukste dag</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="62"/>
        <source>{time} ({zone}): at least {n} people present at once, residents included</source>
        <translation>{time} ({zone}): minstens {n} personen tegelijk aanwezig, inwoners inbegrepen</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="66"/>
        <source>Peak time slot</source>
        <translation>Piektijdvak</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="66"/>
        <source>{time} ({zone}): at least {n} {measure}</source>
        <translation>{time} ({zone}): minstens {n} {measure}</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="70"/>
        <source>Visitors from abroad</source>
        <translation>Bezoekers uit het buitenland</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="70"/>
        <source>{share} of the visitors with a known origin</source>
        <translation>{share} van de bezoekers met een bekende herkomst</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="73"/>
        <source>Median travel distance</source>
        <translation>Mediane reisafstand</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="73"/>
        <source>{median} km (90 % within {p90} km)</source>
        <translation>{median} km (90 % binnen {p90} km)</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="76"/>
        <source>Economic impact, direct</source>
        <translation>Economische impact, direct</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="77"/>
        <source>Economic impact, total (with the multiplier)</source>
        <translation>Economische impact, totaal (met de multiplicator)</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="80"/>
        <source>Published figure</source>
        <translation>Gepubliceerd cijfer</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="81"/>
        <source>Dwell time</source>
        <translation>Verblijfsduur</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="81"/>
        <source>not in this export</source>
        <translation>niet in deze export</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="88"/>
        <source>This export holds no visitors, only {measures}: its figures are of that measure, never converted to visitors.</source>
        <translation>Deze export bevat geen bezoekers, alleen {measures}: de cijfers gaan over die maat en worden nooit in bezoekers omgerekend.</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="90"/>
        <source>Visitors are visitor-days: one person on one day in one zone, added up (the counting rule is in the appendix). Counts are estimates of the operator with a margin of ±{p} % (the ranges in brackets); suppressed cells (below {k} people) are not in these counts, so they are lower bounds.</source>
        <translation>Bezoekers zijn bezoekersdagen: één persoon op één dag in één zone, opgeteld (de telregel staat in de bijlage). De aantallen zijn schattingen van de operator met een marge van ±{p} % (de bereiken tussen haakjes); afgeschermde cellen (minder dan {k} personen) zitten niet in deze aantallen, dus het zijn ondergrenzen.</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="107"/>
        <source>Whole period</source>
        <translation>Hele periode</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="129"/>
        <source>Direct impact {d}; with the multiplier ({m}), total impact {t}.</source>
        <translation>Directe impact {d}; met de multiplicator ({m}) totale impact {t}.</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="133"/>
        <source>{cells} suppressed cells lie behind these visitors; they are counted at {value} people each (between {low} and {high} in the interval), {n} visitor-days ({nlo}–{nhi}).</source>
        <translation>Achter deze bezoekers liggen {cells} afgeschermde cellen; ze tellen elk als {value} personen (tussen {low} en {high} in het interval), samen {n} bezoekersdagen ({nlo}–{nhi}).</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="141"/>
        <source>Nights measured by the operator: {n} ({lo}–{hi}); brought by the event: {a} ({alo}–{ahi}).</source>
        <translation>Overnachtingen gemeten door de operator: {n} ({lo}–{hi}); door het evenement gebracht: {a} ({alo}–{ahi}).</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="145"/>
        <source>Paid nights of the overnight visitors (visitor-days × nights per visitor-day of the preset): {n} ({lo}–{hi}); brought by the event (× additionality): {a} ({alo}–{ahi}).</source>
        <translation>Betaalde overnachtingen van de verblijfsbezoekers (bezoekersdagen × overnachtingen per bezoekersdag van de voorinstelling): {n} ({lo}–{hi}); door het evenement gebracht (× additionaliteit): {a} ({alo}–{ahi}).</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="160"/>
        <source>±{p} %</source>
        <translation>±{p} %</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="177"/>
        <source>our direct impact</source>
        <translation>onze directe impact</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="177"/>
        <source>our total impact</source>
        <translation>onze totale impact</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="177"/>
        <source>our paid nights</source>
        <translation>onze betaalde overnachtingen</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="178"/>
        <source>our nights brought by the event</source>
        <translation>onze overnachtingen door het evenement</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="178"/>
        <source>our visitors</source>
        <translation>onze bezoekers</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="180"/>
        <source>inside our 90 % interval</source>
        <translation>binnen ons 90 %-interval</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="182"/>
        <source>below our 90 % interval</source>
        <translation>onder ons 90 %-interval</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="184"/>
        <source>above our 90 % interval</source>
        <translation>boven ons 90 %-interval</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="186"/>
        <source>{value} ({source}); {what}: {ours} ({range}): the published figure lies {verdict}.</source>
        <translation>{value} ({source}); {what}: {ours} ({range}): het gepubliceerde cijfer ligt {verdict}.</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="186"/>
        <source>source not given</source>
        <translation>bron niet opgegeven</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="215"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="237"/>
        <source>{profile} ({group})</source>
        <translation>{profile} ({group})</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="244"/>
        <source>With every input at its low or at its high end together, the direct impact would lie between {dlo} and {dhi} million EUR, the total impact between {tlo} and {thi} million EUR.</source>
        <translation>Met alle invoer tegelijk op zijn lage of op zijn hoge waarde zou de directe impact tussen {dlo} en {dhi} miljoen euro liggen, de totale impact tussen {tlo} en {thi} miljoen euro.</translation>
    </message>
</context>
<context>
    <name>EventReportAlgorithm</name>
    <message>
        <location filename="../processing/event_report.py" line="40"/>
        <source>Post-event report (PDF)</source>
        <translation>Evaluatierapport (pdf)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="48"/>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="54"/>
        <source>Writes a post-event report as a PDF in English, Dutch or French: key figures (visitors — residents apart, in their own table — per day and profile by the stated counting rule, each count with its margin, the busiest day, the peak time slot with the people present at once, the share from abroad, the median travel distance, the economic impact with its 90 % interval and, when given, a published figure beside ours), a chart of the people present over time by profile, a heat map at the peak, a map of the largest origin flows with the catchment rings, the largest origins, the catchment bands, the economic impact by profile and origin group with the inputs that make its interval wide, and an appendix on how the figures were made (source files and their SHA-256, operator, anonymity threshold, margins, counting rule, the assumptions behind the impact with their sources, what the figures cannot tell).

Every number comes from the same code as the algorithms (origin flows, catchment, economic impact) and no count below the anonymity threshold is printed.</source>
        <translation>Schrijft een evaluatierapport als PDF in het Engels, Nederlands of Frans: kerncijfers (bezoekers — zonder de inwoners, die een eigen tabel hebben — per dag en profiel volgens de vermelde telregel, elk aantal met zijn marge, de drukste dag, het piektijdvak met de mensen die tegelijk aanwezig zijn, het aandeel uit het buitenland, de mediane reisafstand, de economische impact met zijn 90 %-interval en, als het opgegeven is, een gepubliceerd cijfer naast het onze), een grafiek van de aanwezige mensen in de tijd per profiel, een heatmap op het piekmoment, een kaart van de grootste herkomststromen met de ringen van het verzorgingsgebied, de grootste herkomsten, de banden van het verzorgingsgebied, de economische impact per profiel en herkomstgroep met de invoer die het interval breed maakt, en een bijlage over hoe de cijfers tot stand kwamen (bronbestanden en hun SHA-256, operator, anonimiteitsdrempel, marges, telregel, de aannames achter de impact met hun bronnen, wat de cijfers niet kunnen zeggen).

Elk getal komt uit dezelfde code als de algoritmen (herkomststromen, verzorgingsgebied, economische impact) en geen aantal onder de anonimiteitsdrempel wordt gedrukt.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="69"/>
        <source>A GeoPackage written by “Import footfall export”, or an operator&apos;s export (presence).</source>
        <translation>Een GeoPackage geschreven door “Export met bezoekersaantallen importeren”, of een export van een operator (aanwezigheid).</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="70"/>
        <source>Second export (origins)</source>
        <translation>Tweede export (herkomst)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="71"/>
        <source>The operator&apos;s origin file of the same event, when it comes separately.</source>
        <translation>Het herkomstbestand van de operator voor hetzelfde evenement, als het apart geleverd wordt.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="74"/>
        <source>Start of the event period; the whole export when empty.</source>
        <translation>Begin van de periode van het evenement; leeg: de hele export.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="74"/>
        <source>End of the event period; the whole export when empty.</source>
        <translation>Einde van de periode van het evenement; leeg: de hele export.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="75"/>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="76"/>
        <source>Where distances and flows are measured to. Without it: the visitor-weighted centre of the zones.</source>
        <translation>Waar afstanden en stromen naartoe gemeten worden. Zonder: het naar bezoekers gewogen middelpunt van de zones.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="78"/>
        <source>Name of the venue or area</source>
        <translation>Naam van de locatie of het gebied</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="79"/>
        <source>Printed under the title.</source>
        <translation>Wordt onder de titel gedrukt.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="81"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="82"/>
        <source>The report&apos;s title, for example the event&apos;s name.</source>
        <translation>De titel van het rapport, bijvoorbeeld de naam van het evenement.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="84"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="85"/>
        <source>Who writes the report (a city department, an agency), printed on the cover.</source>
        <translation>Wie het rapport schrijft (een stadsdienst, een agentschap), gedrukt op de voorpagina.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="89"/>
        <source>Language of the report</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="89"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="89"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="89"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="91"/>
        <source>The report is written in this language whatever the interface&apos;s language is.</source>
        <translation>Het rapport wordt in deze taal geschreven, welke taal de interface ook heeft.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="93"/>
        <source>Spend preset for the economic impact</source>
        <translation>Uitgavenvoorinstelling voor de economische impact</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="93"/>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="93"/>
        <source>Lyon</source>
        <translation>Lyon</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="93"/>
        <source>None (no impact section)</source>
        <translation>Geen (zonder hoofdstuk over de economische impact)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="96"/>
        <source>The spend, additionality and multiplier values of “Economic impact”.</source>
        <translation>De waarden voor uitgaven, additionaliteit en multiplicator van “Economische impact”.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="98"/>
        <source>Published figure to compare with</source>
        <translation>Gepubliceerd cijfer ter vergelijking</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="98"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="98"/>
        <source>Direct impact (EUR)</source>
        <translation>Directe impact (EUR)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="98"/>
        <source>Total impact (EUR)</source>
        <translation>Totale impact (EUR)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="98"/>
        <source>Paid nights</source>
        <translation>Betaalde overnachtingen</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="98"/>
        <source>Nights brought by the event</source>
        <translation>Overnachtingen door het evenement</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="98"/>
        <source>Visitors (visitor-days)</source>
        <translation>Bezoekers (bezoekersdagen)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="102"/>
        <source>A figure published about the same event (for example the tourism office&apos;s spend or the hotels&apos; nights). The report prints it beside our estimate and says whether it lies inside our 90 % interval.</source>
        <translation>Een cijfer dat over hetzelfde evenement gepubliceerd werd (bijvoorbeeld de bestedingen volgens het toerismebureau of de overnachtingen van de hotels). Het rapport zet het naast onze schatting en zegt of het binnen ons 90 %-interval ligt.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="106"/>
        <source>Published value</source>
        <translation>Gepubliceerde waarde</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="108"/>
        <source>In EUR for an impact, in nights or visitor-days otherwise.</source>
        <translation>In EUR voor een impact, anders in overnachtingen of bezoekersdagen.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="110"/>
        <source>Source of the published value</source>
        <translation>Bron van de gepubliceerde waarde</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="111"/>
        <source>Who published it, and when; printed beside it.</source>
        <translation>Wie het publiceerde, en wanneer; wordt ernaast gedrukt.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="113"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="113"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="114"/>
        <source>The PDF file to write.</source>
        <translation>Het pdf-bestand dat wordt aangemaakt.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="116"/>
        <source>Visitors over the period (visitor-days, residents apart)</source>
        <translation>Bezoekers over de periode (bezoekersdagen, zonder inwoners)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="117"/>
        <source>Direct impact (central)</source>
        <translation>Directe impact (centraal)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="118"/>
        <source>Direct impact, 5th percentile</source>
        <translation>Directe impact, 5e percentiel</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="119"/>
        <source>Direct impact, 95th percentile</source>
        <translation>Directe impact, 95e percentiel</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="120"/>
        <source>People present at the peak (at least)</source>
        <translation>Aanwezige personen op het piekmoment (minstens)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="134"/>
        <source>A venue needs zone geometry to be placed on the maps: give a zone layer.</source>
        <translation>Om de locatie op de kaarten te plaatsen is de geometrie van de zones nodig: geef een zonelaag op.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="148"/>
        <source>Give the published value to compare with.</source>
        <translation>Geef de gepubliceerde waarde om mee te vergelijken.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="153"/>
        <source>An impact or nights figure needs a spend preset to compare with.</source>
        <translation>Een impact- of overnachtingscijfer heeft een uitgavenvoorinstelling nodig om mee te vergelijken.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="164"/>
        <source>The period holds no data: the report is nearly empty.</source>
        <translation>De periode bevat geen gegevens: het rapport is bijna leeg.</translation>
    </message>
</context>
<context>
    <name>ExportAnimationAlgorithm</name>
    <message>
        <location filename="../processing/export_animation.py" line="44"/>
        <source>Export heat animation (GIF, MP4, PNG frames)</source>
        <translation>Heatmapanimatie exporteren (GIF, MP4, PNG-beelden)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="47"/>
        <source>Maps</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="53"/>
        <source>Renders every band of a heat cube (from “Heat cube”) in a time window as a frame: the bundled context layers (countries, provinces, départements, place names; or an online basemap you choose), optional basemap layers from the project, the heat on one colour scale for the whole animation (the maximum over all frames, or a quantile of them), a title, a subtitle, the slot&apos;s local date and time in your language with its time zone, a legend with units, a source line, the credits of every layer drawn, a scale bar and a north arrow. Writes a GIF or an MP4 (by the file&apos;s extension), a folder of PNG frames and/or a PNG still. A GIF stays under the size budget by one palette for all frames and, when needed, by keeping every second or third slot (the animation keeps its speed). Files are written whole or not at all; nothing is downloaded unless you choose an online basemap.</source>
        <translation>Tekent elke band van een heatmapkubus (uit “Heatmapkubus”) binnen een tijdvenster als beeld: de meegeleverde contextlagen (landen, provincies, departementen, plaatsnamen; of een online achtergrondkaart naar keuze), eventuele achtergrondlagen uit het project, de heatmap op één kleurschaal voor de hele animatie (het maximum over alle beelden, of een kwantiel ervan), een titel, een ondertitel, de lokale datum en het uur van het tijdvak in uw taal met de tijdzone, een legende met eenheden, een bronregel, de vermelding van elke getekende laag, een schaalstok en een noordpijl. Schrijft een GIF of MP4 (volgens de extensie), een map met PNG-beelden en/of een stilstaand PNG-beeld. Een GIF blijft onder de maximale grootte door één palet voor alle beelden en, waar nodig, door slechts elk tweede of derde tijdvak te houden (de animatie behoudt haar snelheid). Bestanden worden volledig of helemaal niet geschreven; er wordt niets gedownload, tenzij u een online achtergrondkaart kiest.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="66"/>
        <source>Heat cube</source>
        <translation>Heatmapkubus</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="67"/>
        <source>The multi-band GeoTIFF written by “Heat cube”.</source>
        <translation>De GeoTIFF met meerdere banden, geschreven door “Heatmapkubus”.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="69"/>
        <source>Animation (GIF or MP4)</source>
        <translation>Animatie (GIF of MP4)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="69"/>
        <source>GIF animation (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF-animatie (*.gif);;MP4-video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="71"/>
        <source>The animation file; its extension (.gif or .mp4) chooses the format.</source>
        <translation>Het animatiebestand; de extensie (.gif of .mp4) bepaalt het formaat.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="73"/>
        <source>Folder of PNG frames</source>
        <translation>Map met PNG-beelden</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="75"/>
        <source>A new or empty folder that receives frame_0001.png, frame_0002.png, …</source>
        <translation>Een nieuwe of lege map, waarin frame_0001.png, frame_0002.png, … komen</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="77"/>
        <source>PNG still</source>
        <translation>Stilstaand PNG-beeld</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="77"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="79"/>
        <source>A PNG of one slot (STILL_TIME, default the busiest slot of the window), with caption, legend and credits.</source>
        <translation>Een PNG van één tijdvak (STILL_TIME, standaard het drukste tijdvak van het venster), met bijschrift, legende en vermeldingen.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="82"/>
        <source>Size</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="82"/>
        <source>Width and height below</source>
        <translation>Breedte en hoogte hieronder</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="82"/>
        <source>Square 1080 × 1080 (social media)</source>
        <translation>Vierkant 1080 × 1080 (sociale media)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="82"/>
        <source>Landscape 1920 × 1080 (video, web)</source>
        <translation>Liggend 1920 × 1080 (video, web)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="82"/>
        <source>Portrait 1080 × 1920 (stories, phones)</source>
        <translation>Staand 1080 × 1920 (stories, telefoons)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="86"/>
        <source>A size preset; the first choice uses the width and height below.</source>
        <translation>Een vast formaat; de eerste keuze gebruikt de breedte en hoogte hieronder.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="88"/>
        <source>Frame width (pixels)</source>
        <translation>Beeldbreedte (pixels)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="89"/>
        <source>Width of every frame.</source>
        <translation>Breedte van elk beeld.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="91"/>
        <source>Frame height (pixels)</source>
        <translation>Beeldhoogte (pixels)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="92"/>
        <source>Height of every frame.</source>
        <translation>Hoogte van elk beeld.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="94"/>
        <source>Frames per second</source>
        <translation>Beelden per seconde</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="95"/>
        <source>Playing speed: time slots shown per second.</source>
        <translation>Afspeelsnelheid: aantal tijdvakken per seconde.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="97"/>
        <source>Time zone of the caption</source>
        <translation>Tijdzone van het tijdlabel</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="98"/>
        <source>The caption shows local date and time in this zone, with its abbreviation (CEST, CET).</source>
        <translation>Het tijdlabel toont de lokale datum en tijd in deze tijdzone, met de afkorting ervan (CEST, CET).</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="100"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="101"/>
        <source>A title above the time caption.</source>
        <translation>Een titel boven het tijdlabel.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="103"/>
        <source>Attribution</source>
        <translation>Bronvermelding</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="103"/>
        <source>Footfall · anonymised operator aggregates</source>
        <translation>Footfall · geanonimiseerde aggregaten van de operator</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="105"/>
        <source>Text in the lower left corner: the data source and the basemap&apos;s credits.</source>
        <translation>Tekst in de linkerbenedenhoek: de gegevensbron en de bronvermelding van de achtergrondkaart.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="107"/>
        <source>Subtitle</source>
        <translation>Ondertitel</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="108"/>
        <source>A second line under the title: what the map shows.</source>
        <translation>Een tweede regel onder de titel: wat de kaart toont.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="110"/>
        <source>Source line</source>
        <translation>Bronregel</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="111"/>
        <source>Printed in the lower left corner above the credits, for example the operator and the date of the data.</source>
        <translation>Linksonder boven de vermeldingen gedrukt, bijvoorbeeld de operator en de datum van de gegevens.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="113"/>
        <source>Start of the time window</source>
        <translation>Begin van het tijdvenster</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="114"/>
        <source>Only slots starting at or after this time are shown (default: the first slot).</source>
        <translation>Alleen tijdvakken die op of na dit tijdstip beginnen, worden getoond (standaard: het eerste tijdvak).</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="116"/>
        <source>End of the time window</source>
        <translation>Einde van het tijdvenster</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="117"/>
        <source>Only slots starting before this time are shown (default: up to the last slot).</source>
        <translation>Alleen tijdvakken die vóór dit tijdstip beginnen, worden getoond (standaard: tot het laatste tijdvak).</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="119"/>
        <source>Time of the still</source>
        <translation>Tijdstip van het stilstaand beeld</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="120"/>
        <source>The still shows the slot under way at this time (default: the busiest slot of the window).</source>
        <translation>Het stilstaand beeld toont het tijdvak dat op dit tijdstip loopt (standaard: het drukste tijdvak van het venster).</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="122"/>
        <source>Draw the bundled context layers</source>
        <translation>De meegeleverde contextlagen tekenen</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="123"/>
        <source>Countries, Belgian provinces and regions, French départements (Natural Earth) and place names (GeoNames), offline.</source>
        <translation>Landen, Belgische provincies en gewesten, Franse departementen (Natural Earth) en plaatsnamen (GeoNames), offline.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="125"/>
        <source>Online basemap</source>
        <translation>Online achtergrondkaart</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="126"/>
        <source>Empty: none (offline). “osm”: OpenStreetMap, its credit added. Or an XYZ URL with {x}, {y} and {z}. When the tiles cannot be loaded, the bundled layers are drawn and the log says so.</source>
        <translation>Leeg: geen (offline). “osm”: OpenStreetMap, met zijn vermelding. Of een XYZ-URL met {x}, {y} en {z}. Als de tegels niet geladen kunnen worden, worden de meegeleverde lagen getekend en meldt het logboek dat.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="128"/>
        <source>Credit of the online basemap</source>
        <translation>Vermelding van de online achtergrondkaart</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="129"/>
        <source>The credit of your own XYZ source (OpenStreetMap&apos;s is added automatically).</source>
        <translation>De vermelding van uw eigen XYZ-bron (die van OpenStreetMap wordt automatisch toegevoegd).</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="131"/>
        <source>GIF size budget (MB, 0 = none)</source>
        <translation>Maximale grootte van de GIF (MB, 0 = geen)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="133"/>
        <source>A GIF larger than this keeps only every second, third… slot, each shown longer, so that the animation keeps its speed.</source>
        <translation>Een grotere GIF houdt alleen elk tweede, derde… tijdvak, elk langer getoond, zodat de animatie haar snelheid behoudt.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="135"/>
        <source>Basemap layers</source>
        <translation>Achtergrondlagen</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="136"/>
        <source>Layers of the project drawn under the heat, rendered once.</source>
        <translation>Lagen van het project die onder de heatmap worden getekend, één keer gerenderd.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="138"/>
        <source>Colour scale maximum (quantile of all frames)</source>
        <translation>Maximum van de kleurschaal (kwantiel van alle beelden)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="140"/>
        <source>0.999 (the default, as the report, the demo and the plugin) lets the top 0.1 % of pixels saturate; 1 uses the maximum over all frames. The same scale holds for every frame.</source>
        <translation>0,999 (de standaard, zoals het rapport, de demo en de plug-in) laat de hoogste 0,1 % van de pixels verzadigen; 1 gebruikt het maximum over alle beelden. Dezelfde schaal geldt voor elk beeld.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="142"/>
        <source>Frames</source>
        <translation>Beelden</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="143"/>
        <source>Slots per GIF frame</source>
        <translation>Tijdvakken per GIF-beeld</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="149"/>
        <source>No heat cube given.</source>
        <translation>Geen heatmapkubus opgegeven.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="153"/>
        <source>{name} is not a heat cube written by Footfall: {error}</source>
        <translation>{name} is geen heatmapkubus die door Footfall is geschreven: {error}</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="159"/>
        <source>Choose an animation file, a folder of frames, a still, or several.</source>
        <translation>Kies een animatiebestand, een map met beelden, een stilstaand beeld, of meerdere.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="161"/>
        <source>The animation must be a .gif or .mp4 file.</source>
        <translation>De animatie moet een .gif- of .mp4-bestand zijn.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="211"/>
        <source>No time slot starts in the chosen window.</source>
        <translation>Geen enkel tijdvak begint in het gekozen venster.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="217"/>
        <source>The GIF keeps one slot in {n} to stay under the size budget.</source>
        <translation>De GIF houdt één tijdvak op {n} om onder de maximale grootte te blijven.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../plugin/export_dialog.py" line="80"/>
        <source>Export the heat animation</source>
        <translation>De heatmapanimatie exporteren</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="89"/>
        <source>First line of the caption, in bold</source>
        <translation>Eerste regel van het bijschrift, vetgedrukt</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="90"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="92"/>
        <source>Second line of the caption: what the map shows</source>
        <translation>Tweede regel van het bijschrift: wat de kaart toont</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="93"/>
        <source>Subtitle</source>
        <translation>Ondertitel</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="95"/>
        <source>Printed in the lower left corner, above the map credits</source>
        <translation>Linksonder gedrukt, boven de vermeldingen van de kaart</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="96"/>
        <source>Source line</source>
        <translation>Bronregel</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="115"/>
        <source>Size (pixels)</source>
        <translation>Formaat (pixels)</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="124"/>
        <source>{n} time slots per second</source>
        <translation>{n} tijdvakken per seconde</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="127"/>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="145"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="147"/>
        <source>Time window (local time)</source>
        <translation>Tijdvenster (lokale tijd)</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="157"/>
        <source>Credit of the tiles, for example © the provider</source>
        <translation>Vermelding van de tegels, bijvoorbeeld © de leverancier</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="158"/>
        <source>Basemap</source>
        <translation>Achtergrondkaart</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="159"/>
        <source>Tile URL</source>
        <translation>URL van de tegels</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="160"/>
        <source>Tile credit</source>
        <translation>Vermelding van de tegels</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="164"/>
        <source>GIF animation</source>
        <translation>GIF-animatie</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="166"/>
        <source>MP4 video</source>
        <translation>MP4-video</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="167"/>
        <source>PNG still of the slot shown</source>
        <translation>Stilstaand PNG-beeld van het getoonde tijdvak</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="172"/>
        <source>Write</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="173"/>
        <source>GIFs are kept under {mb} MB for newsrooms and social networks: one palette for all frames and, when that is not enough, only every second or third time slot (the animation keeps its speed). The MP4 video keeps every slot.</source>
        <translation>GIF&apos;s blijven onder {mb} MB voor redacties en sociale netwerken: één palet voor alle beelden en, als dat niet volstaat, alleen elk tweede of derde tijdvak (de animatie behoudt haar snelheid). De MP4-video behoudt elk tijdvak.</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="182"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="187"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="189"/>
        <source>File name without extension: .gif, .mp4 and .png are added</source>
        <translation>Bestandsnaam zonder extensie: .gif, .mp4 en .png worden toegevoegd</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="190"/>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="193"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="226"/>
        <source>Folder of the exported files</source>
        <translation>Map van de geëxporteerde bestanden</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="240"/>
        <source>Tick at least one of GIF, MP4 or PNG still.</source>
        <translation>Vink minstens één aan: GIF, MP4 of stilstaand PNG-beeld.</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="242"/>
        <source>Give a file name.</source>
        <translation>Geef een bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="244"/>
        <source>The folder {path} does not exist.</source>
        <translation>De map {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="246"/>
        <source>The time window ends before it starts.</source>
        <translation>Het tijdvenster eindigt vóór het begin.</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="248"/>
        <source>The tile URL needs {x}, {y} and {z}.</source>
        <translation>De URL van de tegels heeft {x}, {y} en {z} nodig.</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="274"/>
        <source>Tour de France 2019 — Grand Départ, Brussels</source>
        <translation>Tour de France 2019 — Grand Départ, Brussel</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="275"/>
        <source>Fête des Lumières 2018 — Lyon</source>
        <translation>Fête des Lumières 2018 — Lyon</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="277"/>
        <source>Heat of the people present ({unit})</source>
        <translation>Heatmap van de aanwezigen ({unit})</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="281"/>
        <source>the operator</source>
        <translation>de operator</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="282"/>
        <source>Source: {operator}, anonymised aggregates (groups of at least {k} people)</source>
        <translation>Bron: {operator}, geanonimiseerde aggregaten (groepen van minstens {k} mensen)</translation>
    </message>
</context>
<context>
    <name>ExportWebPageAlgorithm</name>
    <message>
        <location filename="../processing/export_web_page.py" line="37"/>
        <source>Export web page (interactive HTML)</source>
        <translation>Webpagina exporteren (interactieve HTML)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="40"/>
        <source>Maps</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="46"/>
        <source>Writes one HTML file for an article: the zones or the heat of every time slot on the plugin&apos;s fixed colour scale with its legend, a time slider with play/pause and the local date and time, visitor-profile filters, the origin flows of the day with the flow map&apos;s classes and labels, a title, a subtitle and a source line with the parameters, in English, Dutch or French.

The file opens in any current browser without a network: the map library (Leaflet, BSD licence) and the data are inside it. Only the optional OpenStreetMap basemap is loaded from the internet, by the reader&apos;s browser, when the reader switches it on. Put it in an article by uploading the file, or in an iframe; it fits a phone&apos;s width and works with the keyboard.

Only published figures go into the page: the zone counts per slot and profile with the anonymity threshold applied (suppressed, never zero) and the origin flows with small origins merged, as in every other output; no raw table. When the data would make the page larger than the size limit, every n-th slot is kept, and the page says so.</source>
        <translation>Schrijft één HTML-bestand voor een artikel: de zones of de heatmap van elk tijdvak op de vaste kleurschaal van de plug-in met legende, een tijdschuif met afspelen/pauzeren en de lokale datum en tijd, filters op bezoekersprofiel, de herkomststromen van de dag met de klassen en labels van de stromenkaart, een titel, een ondertitel en een bronregel met de parameters, in het Engels, Nederlands of Frans.

Het bestand opent in elke recente browser zonder netwerk: de kaartbibliotheek (Leaflet, BSD-licentie) en de gegevens zitten erin. Alleen de optionele OpenStreetMap-achtergrondkaart wordt van het internet geladen, door de browser van de lezer, als de lezer ze aanzet. Zet de pagina in een artikel door het bestand te uploaden, of in een iframe; ze past op de breedte van een telefoon en werkt met het toetsenbord.

Alleen gepubliceerde cijfers komen in de pagina: de aantallen per zone, tijdvak en profiel na toepassing van de anonimiteitsdrempel (afgeschermd, nooit nul) en de herkomststromen met kleine herkomsten samengevoegd, zoals in elke andere uitvoer; geen ruwe tabel. Als de pagina door de gegevens groter zou worden dan de groottelimiet, wordt alleen elk n-de tijdvak behouden, en de pagina vermeldt dat.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="61"/>
        <source>A GeoPackage written by “Import footfall export”, or an operator&apos;s export (presence).</source>
        <translation>Een GeoPackage geschreven door “Export met bezoekersaantallen importeren”, of een export van een operator (aanwezigheid).</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="62"/>
        <source>Second export (origins)</source>
        <translation>Tweede export (herkomst)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="63"/>
        <source>The operator&apos;s origin file of the same event, when it comes separately.</source>
        <translation>Het herkomstbestand van de operator voor hetzelfde evenement, als het apart geleverd wordt.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="68"/>
        <source>Language of the page</source>
        <translation>Taal van de pagina</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="68"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="68"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="68"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="70"/>
        <source>Every text, number and date of the page is in this language, whatever the interface&apos;s language is.</source>
        <translation>Elke tekst, elk getal en elke datum van de pagina staat in deze taal, welke taal de interface ook heeft.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="72"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="73"/>
        <source>The page&apos;s title, for example the event&apos;s name.</source>
        <translation>De titel van de pagina, bv. de naam van het evenement.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="75"/>
        <source>Subtitle</source>
        <translation>Ondertitel</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="76"/>
        <source>A line under the title.</source>
        <translation>Een regel onder de titel.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="78"/>
        <source>Credit line</source>
        <translation>Vermelding</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="79"/>
        <source>Added to the source line, for example the newsroom&apos;s credit.</source>
        <translation>Toegevoegd aan de bronregel, bv. de vermelding van de redactie.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="81"/>
        <source>Map shown first</source>
        <translation>Eerst getoonde kaart</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="81"/>
        <source>People per zone</source>
        <translation>Personen per zone</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="81"/>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="83"/>
        <source>The reader can switch between both.</source>
        <translation>De lezer kan tussen beide wisselen.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="85"/>
        <source>Heatmap radius (m)</source>
        <translation>Straal van de heatmap (m)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="87"/>
        <source>Kernel radius: how far one zone&apos;s people are spread.</source>
        <translation>Kernelstraal: hoe ver de personen van een zone worden uitgespreid.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="89"/>
        <source>Heatmap pixel size (m)</source>
        <translation>Pixelgrootte van de heatmap (m)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="91"/>
        <source>Size of one pixel of the heatmap, computed by the reader&apos;s browser.</source>
        <translation>Grootte van één pixel van de heatmap, berekend door de browser van de lezer.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="93"/>
        <source>Colour scale maximum (quantile of all frames)</source>
        <translation>Maximum van de kleurschaal (kwantiel van alle beelden)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="95"/>
        <source>1 uses the maximum over all frames; 0.99 lets the top 1 % of pixels saturate. The same scale holds for every slot and profile.</source>
        <translation>1 gebruikt het maximum over alle beelden; bij 0,99 verzadigt de bovenste 1 % van de pixels. Dezelfde schaal geldt voor elk tijdvak en elk profiel.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="97"/>
        <source>Origin flows</source>
        <translation>Herkomststromen</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="98"/>
        <source>Lines from where visitors live to the study area, for the day the slider is in (when the export has origins).</source>
        <translation>Lijnen van de woonplaats van de bezoekers naar het studiegebied, voor de dag waarop de tijdschuif staat (als de export herkomstgegevens bevat).</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="100"/>
        <source>Largest lines per day</source>
        <translation>Grootste stromen per dag</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="102"/>
        <source>How many of the largest origins the page draws for each day and level.</source>
        <translation>Hoeveel van de grootste herkomsten de pagina per dag en niveau tekent.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="104"/>
        <source>OpenStreetMap basemap</source>
        <translation>OpenStreetMap-achtergrondkaart</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="104"/>
        <source>None (the page never goes online)</source>
        <translation>Geen (de pagina maakt nooit verbinding met het internet)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="104"/>
        <source>Offered, off until the reader switches it on</source>
        <translation>Aangeboden, uit tot de lezer ze aanzet</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="104"/>
        <source>On when the reader is online</source>
        <translation>Aan als de lezer online is</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="108"/>
        <source>Map tiles from openstreetmap.org, loaded by the reader&apos;s browser, with their attribution. Without them the page shows the data alone.</source>
        <translation>Kaarttegels van openstreetmap.org, geladen door de browser van de lezer, met hun bronvermelding. Zonder tegels toont de pagina alleen de gegevens.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="110"/>
        <source>Size limit (MB)</source>
        <translation>Groottelimiet (MB)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="112"/>
        <source>When the data would make the page larger, every n-th time slot is kept (the page says which).</source>
        <translation>Als de pagina door de gegevens groter zou worden, wordt alleen elk n-de tijdvak behouden (de pagina vermeldt welke).</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="114"/>
        <source>Web page</source>
        <translation>Webpagina</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="114"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="115"/>
        <source>The HTML file to write.</source>
        <translation>Het HTML-bestand dat wordt aangemaakt.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="117"/>
        <source>Size of the page (bytes)</source>
        <translation>Grootte van de pagina (bytes)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="118"/>
        <source>Time slots in the page</source>
        <translation>Tijdvakken in de pagina</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="119"/>
        <source>Thinning of the time slots</source>
        <translation>Uitdunning van de tijdvakken</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="127"/>
        <source>The web page must be an .html file.</source>
        <translation>De webpagina moet een .html-bestand zijn.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="134"/>
        <source>The web page needs zone geometry: give a zone layer.</source>
        <translation>Voor de webpagina is de geometrie van de zones nodig: geef een zonelaag op.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="158"/>
        <source>one time slot in {step} kept ({kept} of {total})</source>
        <translation>één tijdvak op {step} behouden ({kept} van {total})</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="160"/>
        <source>To stay under the size limit, {note}.</source>
        <translation>Om onder de groottelimiet te blijven: {note}.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="162"/>
        <source>Web page written: {path} ({mb} MB, {n} time slots).</source>
        <translation>Webpagina opgeslagen: {path} ({mb} MB, {n} tijdvakken).</translation>
    </message>
</context>
<context>
    <name>ExtrapolateAlgorithm</name>
    <message>
        <location filename="../processing/extrapolate.py" line="46"/>
        <source>Extrapolate to population</source>
        <translation>Extrapoleren naar de bevolking</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="49"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="55"/>
        <source>Turns counts of one operator&apos;s own customers into an estimate of all people:
estimate = customers / (market_share × penetration), so factor = 1 / (market_share × penetration).

market_share is the operator&apos;s share of the people in the area (from a field per row, else one value). penetration is the share of people who carry a phone; with an age-band table (age_band, pop_share, penetration) it is Σ pop_share × penetration over the bands, the shares adding up to 1.

estimate_low and estimate_high are estimate × (1 − margin) and estimate × (1 + margin).

Counts that are suppressed (NULL) stay NULL, and counts below the anonymity threshold are suppressed in the output too: neither the count nor its estimate is written. Do not use this on counts the operator has already extrapolated to the population.</source>
        <translation>Zet aantallen klanten van één operator om in een schatting van het totale aantal mensen:
estimate = customers / (market_share × penetration), dus factor = 1 / (market_share × penetration).

market_share is het aandeel van de operator in de mensen van het gebied (uit een veld per rij, anders één waarde). penetration is het aandeel mensen dat een telefoon bij zich heeft; met een tabel van leeftijdsklassen (age_band, pop_share, penetration) is het Σ pop_share × penetration over de klassen, waarbij de aandelen optellen tot 1.

estimate_low en estimate_high zijn estimate × (1 − marge) en estimate × (1 + marge).

Afgeschermde aantallen (NULL) blijven NULL, en aantallen onder de anonimiteitsdrempel worden ook in de uitvoer afgeschermd: noch het aantal noch de schatting wordt geschreven. Niet gebruiken op aantallen die de operator al naar de bevolking heeft geëxtrapoleerd.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="68"/>
        <source>Customer counts</source>
        <translation>Klantenaantallen</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="69"/>
        <source>A layer or table with a count field, for example the zone_slots layer of a Footfall GeoPackage.</source>
        <translation>Een laag of tabel met een veld met aantallen, bijvoorbeeld de laag zone_slots van een Footfall-GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="71"/>
        <source>Count field</source>
        <translation>Veld met aantallen</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="73"/>
        <source>The operator&apos;s own-customer counts.</source>
        <translation>De aantallen eigen klanten van de operator.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="75"/>
        <source>Market share</source>
        <translation>Marktaandeel</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="77"/>
        <source>The operator&apos;s share of the people in the area, between 0 (excluded) and 1; used when no market share field is chosen.</source>
        <translation>Het aandeel van de operator in de mensen van het gebied, tussen 0 (uitgesloten) en 1; gebruikt als er geen veld met marktaandeel gekozen is.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="80"/>
        <source>Market share field</source>
        <translation>Veld met marktaandeel</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="82"/>
        <source>A field with the operator&apos;s market share per row (for example per zone).</source>
        <translation>Een veld met het marktaandeel van de operator per rij (bijvoorbeeld per zone).</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="84"/>
        <source>Age-band table</source>
        <translation>Tabel met leeftijdsklassen</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="85"/>
        <source>A table or CSV with the fields age_band, pop_share (share of the residents in the band) and penetration (share of the band carrying a phone).</source>
        <translation>Een tabel of CSV met de velden age_band, pop_share (aandeel van de inwoners in de klasse) en penetration (aandeel van de klasse met een telefoon).</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="88"/>
        <source>Device penetration</source>
        <translation>Toestelpenetratie</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="90"/>
        <source>Share of the people who carry a phone, used when no age-band table is given.</source>
        <translation>Aandeel van de mensen dat een telefoon bij zich heeft, gebruikt als er geen tabel met leeftijdsklassen is.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="92"/>
        <source>Relative margin of the estimate</source>
        <translation>Relatieve marge van de schatting</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="94"/>
        <source>For example 0.1 for ±10 %: gives estimate_low and estimate_high.</source>
        <translation>Bijvoorbeeld 0,1 voor ±10 %: geeft estimate_low en estimate_high.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="96"/>
        <source>Anonymity threshold</source>
        <translation>Anonimiteitsdrempel</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="98"/>
        <source>Counts below it are suppressed in the output, with their estimate.</source>
        <translation>Aantallen eronder worden in de uitvoer afgeschermd, samen met hun schatting.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="100"/>
        <source>Population estimate</source>
        <translation>Schatting van de bevolking</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="101"/>
        <source>The input with the fields estimate, estimate_low, estimate_high, market_share, penetration and factor.</source>
        <translation>De invoer met de velden estimate, estimate_low, estimate_high, market_share, penetration en factor.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="103"/>
        <source>Device penetration used</source>
        <translation>Gebruikte toestelpenetratie</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="104"/>
        <source>Rows suppressed</source>
        <translation>Afgeschermde rijen</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="114"/>
        <source>The count field “{field}” is not in the input.</source>
        <translation>Het veld met aantallen “{field}” zit niet in de invoer.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="124"/>
        <source>Device penetration from {n} age bands: {value}</source>
        <translation>Toestelpenetratie uit {n} leeftijdsklassen: {value}</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="175"/>
        <source>The output could not be written: {error}</source>
        <translation>De uitvoer kon niet geschreven worden: {error}</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="178"/>
        <source>{n} rows are suppressed (NULL or below the anonymity threshold of {k}).</source>
        <translation>{n} rijen zijn afgeschermd (NULL of onder de anonimiteitsdrempel van {k}).</translation>
    </message>
</context>
<context>
    <name>Extrapolation</name>
    <message>
        <location filename="../core/extrapolate.py" line="49"/>
        <source>age band “{band}”: pop_share and penetration must be numbers between 0 and 1.</source>
        <translation>leeftijdsklasse “{band}”: pop_share en penetration moeten getallen tussen 0 en 1 zijn.</translation>
    </message>
    <message>
        <location filename="../core/extrapolate.py" line="53"/>
        <source>the age-band table is empty.</source>
        <translation>de tabel met leeftijdsklassen is leeg.</translation>
    </message>
    <message>
        <location filename="../core/extrapolate.py" line="66"/>
        <source>the population shares of the age bands add up to {total}, not 1 (± 0.01).</source>
        <translation>de bevolkingsaandelen van de leeftijdsklassen tellen op tot {total}, niet tot 1 (± 0,01).</translation>
    </message>
    <message>
        <location filename="../core/extrapolate.py" line="70"/>
        <source>the weighted device penetration is 0: nobody would carry a phone.</source>
        <translation>de gewogen toestelpenetratie is 0: niemand zou een telefoon bij zich hebben.</translation>
    </message>
    <message>
        <location filename="../core/extrapolate.py" line="77"/>
        <source>market share {value}{where} must lie in (0, 1]: 0.4 means 40 % of the people are the operator&apos;s customers.</source>
        <translation>marktaandeel {value}{where} moet in (0, 1] liggen: 0,4 betekent dat 40 % van de mensen klant is bij de operator.</translation>
    </message>
    <message>
        <location filename="../core/extrapolate.py" line="85"/>
        <source>device penetration {value} must lie in (0, 1].</source>
        <translation>toestelpenetratie {value} moet in (0, 1] liggen.</translation>
    </message>
    <message>
        <location filename="../core/extrapolate.py" line="121"/>
        <source> (row {row})</source>
        <translation> (rij {row})</translation>
    </message>
</context>
<context>
    <name>FilterTask</name>
    <message>
        <location filename="../plugin/task.py" line="241"/>
        <source>Filtering the map</source>
        <translation>De kaart filteren</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="257"/>
        <source>The map could not be filtered:
{trace}</source>
        <translation>De kaart kon niet gefilterd worden:
{trace}</translation>
    </message>
</context>
<context>
    <name>FlowTask</name>
    <message>
        <location filename="../plugin/task.py" line="264"/>
        <source>Computing the origin flows</source>
        <translation>Herkomststromen berekenen</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="281"/>
        <source>The origin flows could not be computed:
{trace}</source>
        <translation>De herkomststromen konden niet berekend worden:
{trace}</translation>
    </message>
</context>
<context>
    <name>FootfallAlgorithm</name>
    <message>
        <location filename="../cartography/geometry.py" line="65"/>
        <source>The zone layer has no field “{field}”; choose the field that holds the zone ids.</source>
        <translation>De zonelaag heeft geen veld “{field}”; kies het veld met de zone-id&apos;s.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="33"/>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="71"/>
        <source>Cancelled by the user; nothing was written.</source>
        <translation>Geannuleerd door de gebruiker; er is niets weggeschreven.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="77"/>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="78"/>
        <source>Day visitors</source>
        <translation>Dagbezoekers</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="79"/>
        <source>Overnight visitors</source>
        <translation>Verblijfsbezoekers</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="80"/>
        <source>Commuters</source>
        <translation>Pendelaars</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="81"/>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="82"/>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="89"/>
        <source>Footfall GeoPackage or export</source>
        <translation>Footfall-GeoPackage of export van een operator</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="91"/>
        <source>A GeoPackage written by “Import footfall export”, or an operator&apos;s export.</source>
        <translation>Een GeoPackage geschreven door “Export met bezoekersaantallen importeren”, of de export van een operator.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="99"/>
        <source>Zone layer</source>
        <translation>Zonelaag</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="101"/>
        <source>Polygons of the zones, when the input does not carry them.</source>
        <translation>Polygonen van de zones, als de invoer ze niet bevat.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="103"/>
        <source>Zone id field</source>
        <translation>Veld met zone-id</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="105"/>
        <source>The field of the zone layer that holds the zone ids.</source>
        <translation>Het veld van de zonelaag dat de zone-id&apos;s bevat.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="107"/>
        <source>Time zone of the export</source>
        <translation>Tijdzone van de export</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="108"/>
        <source>Only used for an export with local times.</source>
        <translation>Alleen gebruikt voor een export met lokale tijden.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="123"/>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="125"/>
        <source>Only these visitor profiles; all when none is chosen.</source>
        <translation>Alleen deze bezoekersprofielen; alle als er geen gekozen is.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="132"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="133"/>
        <source>Only slots that start at or after this time.</source>
        <translation>Alleen tijdvakken die op of na dit tijdstip beginnen.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="135"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="136"/>
        <source>Only slots that end at or before this time.</source>
        <translation>Alleen tijdvakken die op of vóór dit tijdstip eindigen.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="180"/>
        <source>Measure</source>
        <translation>Maat</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="180"/>
        <source>The first the export holds</source>
        <translation>De eerste die de export bevat</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="184"/>
        <source>Which measure to use when the export holds several (visitors per day and nights, trips…); two are never added together.</source>
        <translation>Welke maat te gebruiken als de export er meerdere bevat (bezoekers per dag en overnachtingen, verplaatsingen…); twee maten worden nooit opgeteld.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="201"/>
        <source>The export holds no “{measure}”; it holds: {have}.</source>
        <translation>De export bevat geen “{measure}”; hij bevat: {have}.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="222"/>
        <source>What the figures measure: {measure}.</source>
        <translation>Wat de cijfers meten: {measure}.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="228"/>
        <source>{title} ({measure})</source>
        <translation>{title} ({measure})</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="239"/>
        <source>This export needs: {layer}.</source>
        <translation>Deze export heeft nodig: {layer}.</translation>
    </message>
</context>
<context>
    <name>FootfallContext</name>
    <message>
        <location filename="../cartography/context.py" line="46"/>
        <source>Bundled context (offline): countries, provinces, départements, place names</source>
        <translation>Meegeleverde context (offline): landen, provincies, departementen, plaatsnamen</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="47"/>
        <source>OpenStreetMap (online; tiles are downloaded)</source>
        <translation>OpenStreetMap (online; de tegels worden gedownload)</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="48"/>
        <source>Your own XYZ tile source (online)</source>
        <translation>Uw eigen XYZ-tegelbron (online)</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="89"/>
        <source>Countries (Natural Earth)</source>
        <translation>Landen (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="99"/>
        <source>Provinces, regions, départements (Natural Earth)</source>
        <translation>Provincies, gewesten, departementen (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="115"/>
        <source>Provinces, départements</source>
        <translation>Provincies, departementen</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="116"/>
        <source>Belgian regions</source>
        <translation>Belgische gewesten</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="126"/>
        <source>Place names (GeoNames)</source>
        <translation>Plaatsnamen (GeoNames)</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="182"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-bijdragers</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="182"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="184"/>
        <source>Online basemap</source>
        <translation>Online achtergrondkaart</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="218"/>
        <source>The online basemap could not be loaded (no internet connection?); the bundled context layers are drawn instead.</source>
        <translation>De online achtergrondkaart kon niet worden geladen (geen internetverbinding?); in plaats daarvan worden de meegeleverde contextlagen getekend.</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="279"/>
        <source>{n} km</source>
        <translation>{n} km</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="280"/>
        <source>{n} m</source>
        <translation>{n} m</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="374"/>
        <source>Context (Natural Earth, GeoNames)</source>
        <translation>Context (Natural Earth, GeoNames)</translation>
    </message>
</context>
<context>
    <name>FootfallDock</name>
    <message>
        <location filename="../plugin/dock.py" line="28"/>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="29"/>
        <source>Day visitors</source>
        <translation>Dagbezoekers</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="30"/>
        <source>Overnight visitors</source>
        <translation>Verblijfsbezoekers</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="31"/>
        <source>Commuters</source>
        <translation>Pendelaars</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="32"/>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="33"/>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="43"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="43"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="44"/>
        <source>département</source>
        <translation>departement</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="45"/>
        <source>{code} ({kind})</source>
        <translation>{code} ({kind})</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="90"/>
        <source>Footfall</source>
        <translation>Footfall</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="98"/>
        <source>No footfall export open. Use Plugins ▸ Footfall ▸ Open footfall export…</source>
        <translation>Geen export met bezoekersaantallen geopend. Gebruik Plug-ins ▸ Footfall ▸ Export met bezoekersaantallen openen…</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="114"/>
        <source>Play or pause the animation of the time slots</source>
        <translation>De animatie van de tijdvakken afspelen of pauzeren</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="117"/>
        <source>Time slot</source>
        <translation>Tijdvak</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="121"/>
        <source>{n}/s</source>
        <translation>{n}/s</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="123"/>
        <source>Playing speed: time slots shown per second</source>
        <translation>Afspeelsnelheid: tijdvakken per seconde</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="128"/>
        <source>All profiles</source>
        <translation>Alle profielen</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="129"/>
        <source>Show only these visitor profiles</source>
        <translation>Alleen deze bezoekersprofielen tonen</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="130"/>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="132"/>
        <source>All origins</source>
        <translation>Alle herkomsten</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="133"/>
        <source>Show only visitors from these places</source>
        <translation>Alleen bezoekers uit deze plaatsen tonen</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="134"/>
        <source>Origins</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="136"/>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="139"/>
        <source>A smooth surface of people per km² for every slot, on one colour scale for the whole animation</source>
        <translation>Een vloeiende kaart van het aantal personen per km² in elk tijdvak, met één kleurschaal voor de hele animatie</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="147"/>
        <source>Kernel radius: how far one zone&apos;s people are spread</source>
        <translation>Kernelstraal: hoe ver de personen van een zone worden uitgespreid</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="148"/>
        <source>Radius</source>
        <translation>Straal</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="153"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="154"/>
        <source>Size of one pixel of the heatmap</source>
        <translation>Grootte van één pixel van de heatmap</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="155"/>
        <source>Pixel size</source>
        <translation>Pixelgrootte</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="157"/>
        <source>Zone centroids</source>
        <translation>In het zwaartepunt</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="158"/>
        <source>Spread over each zone</source>
        <translation>Over de zone gespreid</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="159"/>
        <source>Spreading over the zone keeps a large zone from looking like a hot spot</source>
        <translation>Door de personen over de zone te spreiden, lijkt een grote zone geen brandpunt</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="160"/>
        <source>Zones as</source>
        <translation>Personen plaatsen</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="163"/>
        <source>99.9th percentile of all slots (as the report)</source>
        <translation>99,9e percentiel van alle tijdvakken (zoals het rapport)</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="164"/>
        <source>Maximum of all slots</source>
        <translation>Maximum van alle tijdvakken</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="165"/>
        <source>The top of the colour scale, the same for every slot</source>
        <translation>De bovengrens van de kleurschaal, dezelfde voor elk tijdvak</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="166"/>
        <source>Colour scale</source>
        <translation>Kleurschaal</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="167"/>
        <source>Export animation…</source>
        <translation>Animatie exporteren…</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="168"/>
        <source>Write the heatmap of every slot as a GIF or MP4 with caption and legend</source>
        <translation>De heatmap van elk tijdvak exporteren als GIF of MP4, met tijdlabel en legende</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="179"/>
        <source>Origin flows</source>
        <translation>Herkomststromen</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="182"/>
        <source>Lines from where visitors live to the study area, width by visitors</source>
        <translation>Lijnen van de woonplaats van de bezoekers naar het studiegebied, breedte volgens het aantal bezoekers</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="188"/>
        <source>Roll origins up to this level; small origins are merged for anonymity</source>
        <translation>Herkomsten op dit niveau samenvoegen; kleine herkomsten worden samengevoegd om de anonimiteit te beschermen</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="189"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="193"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="194"/>
        <source>Show only the largest lines (0: all)</source>
        <translation>Alleen de grootste stromen tonen (0: alle)</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="195"/>
        <source>Largest lines</source>
        <translation>Grootste stromen</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="196"/>
        <source>Follow the time slider</source>
        <translation>De tijdschuif volgen</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="197"/>
        <source>One set of lines per slot of the origin data (often a day)</source>
        <translation>Eén reeks lijnen per tijdvak van de herkomstgegevens (vaak een dag)</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="204"/>
        <source>Export web page…</source>
        <translation>Webpagina exporteren…</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="205"/>
        <source>Write one interactive HTML page for an article: the map of every slot with the time slider, the profile filters and the origin flows; it works offline</source>
        <translation>Eén interactieve HTML-pagina voor een artikel maken: de kaart van elk tijdvak met de tijdschuif, de profielfilters en de herkomststromen; ze werkt offline</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="273"/>
        <source>{name} — {operator}</source>
        <translation>{name} — {operator}</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="373"/>
        <source>{time} ({zone})</source>
        <translation>{time} ({zone})</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="382"/>
        <source>Total in this time slot: at least {total} ({measure}; {n} cells suppressed)</source>
        <translation>Totaal in dit tijdvak: minstens {total} ({measure}; {n} cellen afgeschermd)</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="385"/>
        <source>Total in this time slot: {total} ({measure})</source>
        <translation>Totaal in dit tijdvak: {total} ({measure})</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="403"/>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="403"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
</context>
<context>
    <name>FootfallFlows</name>
    <message>
        <location filename="../cartography/flow_layer.py" line="40"/>
        <source>As given (postcode, municipality, country)</source>
        <translation>Zoals in de export (postcode, gemeente, land)</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="40"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="40"/>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="41"/>
        <source>Region</source>
        <translation>Gewest</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="41"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="41"/>
        <source>Follows the map scale (municipality, province, country)</source>
        <translation>Volgens de kaartschaal (gemeente, provincie, land)</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="43"/>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="43"/>
        <source>Département</source>
        <translation>Departement</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="44"/>
        <source>Région</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="44"/>
        <source>Follows the map scale (commune, département, country)</source>
        <translation>Volgens de kaartschaal (gemeente, departement, land)</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="45"/>
        <source>As given (postcode, commune, département, country)</source>
        <translation>Zoals in de export (postcode, gemeente, departement, land)</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="45"/>
        <source>Municipality / commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="46"/>
        <source>Province / département</source>
        <translation>Provincie / departement</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="46"/>
        <source>Region / région</source>
        <translation>Gewest / regio</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="47"/>
        <source>Follows the map scale (municipality, province or département, country)</source>
        <translation>Volgens de kaartschaal (gemeente, provincie of departement, land)</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="60"/>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="60"/>
        <source>Provinces</source>
        <translation>Provincies</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="60"/>
        <source>Regions</source>
        <translation>Gewesten</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="62"/>
        <source>Communes</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="62"/>
        <source>Départements</source>
        <translation>Departementen</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="62"/>
        <source>Régions</source>
        <translation>Regio&apos;s</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="64"/>
        <source>Municipalities / communes</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="64"/>
        <source>Provinces / départements</source>
        <translation>Provincies / departementen</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="64"/>
        <source>Regions / régions</source>
        <translation>Gewesten / regio&apos;s</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="65"/>
        <source>Origins as given</source>
        <translation>Herkomst zoals in de export</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="65"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="82"/>
        <source>Other origins</source>
        <translation>Overige herkomsten</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="83"/>
        <source>Other origins in {place}</source>
        <translation>Overige herkomsten in {place}</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="89"/>
        <source>Visitors by origin: the {n} largest lines of {total} visitors (±{p} %)</source>
        <translation>Bezoekers naar herkomst: de {n} grootste stromen, van {total} bezoekers in totaal (±{p} %)</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="92"/>
        <source>Visitors by origin: the {n} largest lines of {total} visitors</source>
        <translation>Bezoekers naar herkomst: de {n} grootste stromen, van {total} bezoekers in totaal</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="94"/>
        <source>Sums of daily counts per zone; origins below {k} merged with their neighbours.</source>
        <translation>Sommen van de dagelijkse aantallen per zone; herkomsten onder {k} zijn samengevoegd met hun buren.</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="263"/>
        <source>{n} or more</source>
        <translation>{n} of meer</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="520"/>
        <source>≥: at least this many (some daily cells were below the anonymity threshold and are not counted).</source>
        <translation>≥: minstens zoveel (sommige dagcellen lagen onder de anonimiteitsdrempel en zijn niet meegeteld).</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="576"/>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="633"/>
        <source>visitors</source>
        <translation>bezoekers</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="634"/>
        <source>Lines: {measure}, summed over the zones and slots shown</source>
        <translation>Lijnen: {measure}, opgeteld over de getoonde zones en tijdvakken</translation>
    </message>
</context>
<context>
    <name>FootfallHeatLayer</name>
    <message>
        <location filename="../cartography/heat_layer.py" line="49"/>
        <source>≥ {value}</source>
        <translation>≥ {value}</translation>
    </message>
</context>
<context>
    <name>FootfallLayers</name>
    <message>
        <location filename="../cartography/layers.py" line="33"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="33"/>
        <source>Start (UTC)</source>
        <translation>Begin (UTC)</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="33"/>
        <source>End (UTC)</source>
        <translation>Einde (UTC)</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="34"/>
        <source>Start (local time)</source>
        <translation>Begin (lokale tijd)</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="34"/>
        <source>End (local time)</source>
        <translation>Einde (lokale tijd)</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="35"/>
        <source>Start (local clock, for the Temporal Controller)</source>
        <translation>Begin (lokale kloktijd, voor Tijdbeheer)</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="36"/>
        <source>End (local clock, for the Temporal Controller)</source>
        <translation>Einde (lokale kloktijd, voor Tijdbeheer)</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="37"/>
        <source>People present</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="37"/>
        <source>Suppressed parts</source>
        <translation>Afgeschermde delen</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="37"/>
        <source>Parts</source>
        <translation>Delen</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="115"/>
        <source>Suppressed (fewer than {k} people)</source>
        <translation>Afgeschermd (minder dan {k} personen)</translation>
    </message>
</context>
<context>
    <name>FootfallPlugin</name>
    <message>
        <location filename="../plugin/plugin.py" line="84"/>
        <source>Footfall</source>
        <translation>Footfall</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="89"/>
        <source>Open footfall export…</source>
        <translation>Export met bezoekersaantallen openen…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="89"/>
        <source>Read an operator&apos;s footfall export and show it on the map</source>
        <translation>De export met bezoekersaantallen van een operator inlezen en op de kaart tonen</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="91"/>
        <source>Footfall panel</source>
        <translation>Footfall-paneel</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="91"/>
        <source>Show or hide the Footfall panel</source>
        <translation>Het Footfall-paneel tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="95"/>
        <source>Open the Brussels demo (Tour de France 2019)</source>
        <translation>Demo van Brussel openen (Tour de France 2019)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="95"/>
        <source>Generated demo data: the Grand Départ in Brussels, 6–7 July 2019</source>
        <translation>Gegenereerde demogegevens: de Grand Départ in Brussel, 6–7 juli 2019</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="98"/>
        <source>Open the Lyon demo (Fête des Lumières 2018)</source>
        <translation>Demo van Lyon openen (Fête des Lumières 2018)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="98"/>
        <source>Generated demo data: the Fête des Lumières in Lyon, 6–9 December 2018</source>
        <translation>Gegenereerde demogegevens: de Fête des Lumières in Lyon, 6–9 december 2018</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="101"/>
        <source>Post-event report…</source>
        <translation>Evaluatierapport…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="101"/>
        <source>Write a PDF report of the open export in English, Dutch or French</source>
        <translation>Een pdf-rapport van de geopende export maken, in het Engels, Nederlands of Frans</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="104"/>
        <source>Export web page…</source>
        <translation>Webpagina exporteren…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="104"/>
        <source>Write one interactive HTML page of the open export for an article, in English, Dutch or French</source>
        <translation>Eén interactieve HTML-pagina van de geopende export voor een artikel maken, in het Engels, Nederlands of Frans</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="107"/>
        <source>Add context layers to the project…</source>
        <translation>Contextlagen aan het project toevoegen…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="107"/>
        <source>Countries, provinces, départements and place names, bundled and offline; optionally QGIS&apos;s OpenStreetMap layer</source>
        <translation>Landen, provincies, departementen en plaatsnamen, meegeleverd en offline; desgewenst de OpenStreetMap-laag van QGIS</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="112"/>
        <source>Import a footfall export into a GeoPackage…</source>
        <translation>Een export met bezoekersaantallen in een GeoPackage importeren…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="112"/>
        <source>Run the footfall:import_export algorithm</source>
        <translation>Het algoritme footfall:import_export uitvoeren</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="135"/>
        <source>Context layers</source>
        <translation>Contextlagen</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="135"/>
        <source>Add countries, Belgian provinces and regions, French départements (Natural Earth) and place names (GeoNames) to the project? They are bundled with the plugin and work offline. QGIS&apos;s OpenStreetMap layer shows streets and rivers but downloads its tiles from the internet.</source>
        <translation>Landen, Belgische provincies en gewesten, Franse departementen (Natural Earth) en plaatsnamen (GeoNames) aan het project toevoegen? Ze worden met de plug-in meegeleverd en werken offline. De OpenStreetMap-laag van QGIS toont straten en rivieren, maar downloadt haar tegels van het internet.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="140"/>
        <source>Bundled layers</source>
        <translation>Meegeleverde lagen</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="141"/>
        <source>Bundled layers and OpenStreetMap</source>
        <translation>Meegeleverde lagen en OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="172"/>
        <source>Post-event report</source>
        <translation>Evaluatierapport van het evenement</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="172"/>
        <source>Language of the report</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="177"/>
        <source>Save the report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="177"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="211"/>
        <source>The report could not be written: {error}</source>
        <translation>Het rapport kon niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="217"/>
        <source>Report written: {path}</source>
        <translation>Rapport opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="227"/>
        <source>Open a footfall export first.</source>
        <translation>Open eerst een export met bezoekersaantallen.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="230"/>
        <source>Export web page</source>
        <translation>Webpagina exporteren</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="230"/>
        <source>Language of the page</source>
        <translation>Taal van de pagina</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="236"/>
        <source>Save the web page</source>
        <translation>Webpagina opslaan</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="236"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="264"/>
        <source>The web page could not be written</source>
        <translation>De webpagina kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="266"/>
        <source>Web page written to {path}</source>
        <translation>Webpagina opgeslagen in {path}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="452"/>
        <source>Opening cancelled; nothing was added.</source>
        <translation>Openen geannuleerd; er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="457"/>
        <source>Map columns…</source>
        <translation>Kolommen toewijzen…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="476"/>
        <source>Could not open the export</source>
        <translation>De export kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="490"/>
        <source>Footfall — {name}</source>
        <translation>Footfall — {name}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="493"/>
        <source>People per zone and slot</source>
        <translation>Personen per zone en tijdvak</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="495"/>
        <source>The map layer could not be read from {path}</source>
        <translation>De kaartlaag kon niet worden gelezen uit {path}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="515"/>
        <source>No zone geometry is known for {name}: choose a zone layer to see it on the map.</source>
        <translation>Voor {name} is geen zonegeometrie bekend: kies een zonelaag om de gegevens op de kaart te zien.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="520"/>
        <source>Zone ids without geometry, not on the map: {n} (largest counts: {ids}).</source>
        <translation>Zone-id&apos;s zonder geometrie, niet op de kaart: {n} (grootste aantallen: {ids}).</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="529"/>
        <source>{name}: {rows} rows, {supp} suppressed cells.</source>
        <translation>{name}: {rows} rijen, {supp} afgeschermde cellen.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="615"/>
        <source>This export has no origins.</source>
        <translation>Deze export bevat geen herkomstgegevens.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="618"/>
        <source>Origin flows need zone geometry to know where the lines end.</source>
        <translation>Voor herkomststromen is de geometrie van de zones nodig: daar eindigen de lijnen.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="653"/>
        <source>Origin flows</source>
        <translation>Herkomststromen</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="657"/>
        <source>Visitors by origin: sums of the known counts per zone and slot, not unique people. Origins below {k} are merged into “Other origins in …”. Shown: {shown} of {total}.</source>
        <translation>Bezoekers naar herkomst: sommen van de bekende aantallen per zone en tijdvak, geen unieke personen. Herkomsten onder {k} worden samengevoegd tot “Overige herkomsten in …”. Getoond: {shown} van {total}.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="657"/>
        <source>The detail follows the map scale: municipalities closer than 1:1,000,000, provinces and départements to 1:5,000,000, countries beyond; each level adds up to the total.</source>
        <translation>De detailgraad volgt de kaartschaal: gemeenten dichterbij dan 1:1.000.000, provincies en departementen tot 1:5.000.000, landen daarbuiten; elk niveau telt op tot het totaal.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="670"/>
        <source>Origins not in the gazetteers, not drawn: {n} ({codes}).</source>
        <translation>Herkomsten die niet in de plaatsnamenlijsten staan, niet getekend: {n} ({codes}).</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="687"/>
        <source>A heatmap needs zone geometry.</source>
        <translation>Een heatmap heeft de geometrie van de zones nodig.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="754"/>
        <source>Heatmap (people per km²)</source>
        <translation>Heatmap (personen per km²)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="754"/>
        <source>People per km²</source>
        <translation>Personen per km²</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="757"/>
        <source>Heatmap ({measure} per km²)</source>
        <translation>Heatmap ({measure} per km²)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="757"/>
        <source>{measure} per km²</source>
        <translation>{measure} per km²</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="761"/>
        <source>People per km² by kernel density (radius {radius} m, pixels of {pixel} m), one colour scale for every slot up to {top}. Suppressed zone-slot cells left out: {n}; partly suppressed (the heat around them is a lower bound): {partial}. Counts ±{p} %.</source>
        <translation>Personen per km² volgens kerndichtheid (straal {radius} m, pixels van {pixel} m), één kleurschaal voor elk tijdvak tot {top}. Weggelaten afgeschermde zone-tijdvakcellen: {n}; deels afgeschermd (de heatmap errond is een ondergrens): {partial}. Aantallen ±{p} %.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="761"/>
        <source>{measure} per km² by kernel density (radius {radius} m, pixels of {pixel} m), one colour scale for every slot up to {top}. Suppressed zone-slot cells left out: {n}; partly suppressed (the heat around them is a lower bound): {partial}. Counts ±{p} %.</source>
        <translation>{measure} per km² volgens kerndichtheid (straal {radius} m, pixels van {pixel} m), één kleurschaal voor elk tijdvak tot {top}. Weggelaten afgeschermde zone-tijdvakcellen: {n}; deels afgeschermd (de heatmap errond is een ondergrens): {partial}. Aantallen ±{p} %.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="781"/>
        <source>Suppressed zone-slot cells left out of the heatmap: {n}.</source>
        <translation>Afgeschermde cellen (zone en tijdvak) niet in de heatmap: {n}.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="814"/>
        <source>Footfall · {operator}</source>
        <translation>Footfall · {operator}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="814"/>
        <source>operator data</source>
        <translation>gegevens van de operator</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="876"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export geannuleerd; er is niets weggeschreven.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="878"/>
        <source>The animation could not be written</source>
        <translation>De animatie kon niet worden weggeschreven</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="880"/>
        <source>Written: {paths}</source>
        <translation>Opgeslagen: {paths}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="1067"/>
        <source>{name} has changed since the project was saved: the panel shows the export as it is now.</source>
        <translation>{name} is gewijzigd sinds het project werd opgeslagen: het paneel toont de export zoals hij nu is.</translation>
    </message>
</context>
<context>
    <name>FootfallProvider</name>
    <message>
        <location filename="../processing/provider.py" line="32"/>
        <source>Footfall</source>
        <translation>Footfall</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="35"/>
        <source>Footfall: mobile-network footfall exports</source>
        <translation>Footfall: bezoekersaantallen uit mobiele netwerken</translation>
    </message>
</context>
<context>
    <name>FootfallStill</name>
    <message>
        <location filename="../cartography/still.py" line="25"/>
        <source>People present per zone at the busiest time slot</source>
        <translation>Aanwezige mensen per zone in het drukste tijdvak</translation>
    </message>
    <message>
        <location filename="../cartography/still.py" line="82"/>
        <source>{time} ({zone})</source>
        <translation>{time} ({zone})</translation>
    </message>
    <message>
        <location filename="../cartography/still.py" line="114"/>
        <source>People present per zone</source>
        <translation>Aanwezige mensen per zone</translation>
    </message>
</context>
<context>
    <name>FootfallViewer</name>
    <message>
        <location filename="../viewer/app.py" line="80"/>
        <source>Brussels demo (Tour de France 2019)</source>
        <translation>Demo Brussel (Tour de France 2019)</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="82"/>
        <source>Lyon demo (Fête des Lumières 2018)</source>
        <translation>Demo Lyon (Fête des Lumières 2018)</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="125"/>
        <source>{time} ({zone})</source>
        <translation>{time} ({zone})</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="150"/>
        <source>Exporting the still {name}</source>
        <translation>Het beeld {name} wordt geëxporteerd</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="161"/>
        <source>The image could not be written to {path}</source>
        <translation>Het beeld kon niet worden opgeslagen in {path}</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="191"/>
        <source>Explore crowds from mobile-network footfall exports: play the day on a map, filter visitor profiles and origins, and export a GIF, a video or a still. Counts below the anonymity threshold are never shown.</source>
        <translation>Verken drukte uit exports met bezoekersaantallen van mobiele netwerken: speel de dag af op een kaart, filter bezoekersprofielen en herkomsten, en exporteer een GIF, een video of een stilstaand beeld. Aantallen onder de anonimiteitsdrempel worden nooit getoond.</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="197"/>
        <source>Open an export…</source>
        <translation>Een export openen…</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="207"/>
        <source>Recent files</source>
        <translation>Recente bestanden</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="209"/>
        <source>Double-click to open again</source>
        <translation>Dubbelklik om opnieuw te openen</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="230"/>
        <source>Nothing opened yet</source>
        <translation>Nog niets geopend</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="241"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="251"/>
        <source>Peak</source>
        <translation>Piek</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="254"/>
        <source>Top origins</source>
        <translation>Belangrijkste herkomsten</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="312"/>
        <source>Open an export or a demo from the start page.</source>
        <translation>Open een export of een demo via de startpagina.</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="335"/>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="342"/>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="346"/>
        <source>Start page</source>
        <translation>Startpagina</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="347"/>
        <source>Open another export or a demo</source>
        <translation>Een andere export of een demo openen</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="350"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="351"/>
        <source>Open a footfall export</source>
        <translation>Een export met bezoekersaantallen openen</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="354"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="355"/>
        <source>Export the heatmap as a GIF, an MP4 video or a PNG still, with legend and caption</source>
        <translation>De heatmap exporteren als GIF, MP4-video of PNG-beeld, met legende en tijdlabel</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="359"/>
        <source>Web page…</source>
        <translation>Webpagina…</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="360"/>
        <source>Write one interactive HTML page for an article, in the viewer&apos;s language: the map of every slot with the time slider, the profile filters and the origin flows</source>
        <translation>Eén interactieve HTML-pagina voor een artikel maken, in de taal van de viewer: de kaart van elk tijdvak met de tijdschuif, de profielfilters en de herkomststromen</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="365"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="366"/>
        <source>Write a post-event report (PDF) in English, Dutch or French</source>
        <translation>Een evaluatierapport (pdf) maken in het Engels, Nederlands of Frans</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="371"/>
        <source>OpenStreetMap basemap</source>
        <translation>OpenStreetMap-achtergrondkaart</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="373"/>
        <source>Show OpenStreetMap under the data; the map tiles are downloaded from the internet</source>
        <translation>OpenStreetMap onder de gegevens tonen; de kaarttegels worden van het internet gedownload</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="379"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="384"/>
        <source>Language of the interface, the numbers and the dates</source>
        <translation>Taal van de interface, de getallen en de datums</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="393"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="394"/>
        <source>Stop the running work; nothing half-done is kept</source>
        <translation>Het lopende werk stoppen; er blijft niets half afgewerkt achter</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="459"/>
        <source>Footfall viewer — {name}</source>
        <translation>Footfall-viewer — {name}</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="557"/>
        <source> (+{n} more)</source>
        <translation> (+{n} andere)</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="587"/>
        <source>Now: {slot}</source>
        <translation>Nu: {slot}</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="591"/>
        <source>At least {total} people</source>
        <translation>Minstens {total} personen</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="593"/>
        <source>{total} people</source>
        <translation>{total} personen</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="594"/>
        <source>± {pct} %: the operator&apos;s stated precision of its estimates</source>
        <translation>± {pct} %: de door de operator opgegeven precisie van zijn schattingen</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="597"/>
        <source>{n} zone cells below {k} people are suppressed and not counted</source>
        <translation>{n} zonecellen onder {k} personen zijn afgeschermd en niet meegeteld</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="613"/>
        <source>{slot}: {total} people</source>
        <translation>{slot}: {total} personen</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="627"/>
        <source>This export has no origins.</source>
        <translation>Deze export bevat geen herkomstgegevens.</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="640"/>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="658"/>
        <source>{rank}. {name}: {visitors}</source>
        <translation>{rank}. {name}: {visitors}</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="661"/>
        <source>Visitors summed over zones and slots (not unique people), of {total} with a known origin; origins below {k} are merged.</source>
        <translation>Bezoekers opgeteld over zones en tijdvakken (geen unieke personen), van {total} met een bekende herkomst; herkomsten onder {k} zijn samengevoegd.</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="672"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-bijdragers</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="690"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="690"/>
        <source>The map tiles could not be downloaded (no internet connection?): the bundled context layers stay shown.</source>
        <translation>De kaarttegels konden niet gedownload worden (geen internetverbinding?): de meegeleverde contextlagen blijven zichtbaar.</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="719"/>
        <source>Web page</source>
        <translation>Webpagina</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="719"/>
        <source>Interactive web page for an article (*.html)</source>
        <translation>Interactieve webpagina voor een artikel (*.html)</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="738"/>
        <source>Computing the heatmap first; the export follows.</source>
        <translation>Eerst wordt de heatmap berekend; daarna volgt de export.</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="757"/>
        <source>The image could not be written</source>
        <translation>Het beeld kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="759"/>
        <source>Footfall</source>
        <translation>Footfall</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="759"/>
        <source>Still written to {path}</source>
        <translation>Beeld opgeslagen in {path}</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="799"/>
        <source>Zone polygons (*.gpkg *.geojson *.json *.shp);;All files (*)</source>
        <translation>Zonepolygonen (*.gpkg *.geojson *.json *.shp);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="800"/>
        <source>A file of zone polygons with the zone ids of the export; leave empty when the export has geometry or uses grid-cell ids</source>
        <translation>Een bestand met zonepolygonen met de zone-id&apos;s van de export; leeg laten als de export geometrie heeft of rastercel-id&apos;s gebruikt</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="805"/>
        <source>Zone file</source>
        <translation>Zonebestand</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="871"/>
        <source>Footfall viewer</source>
        <translation>Footfall-viewer</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../core/formats/__init__.py" line="191"/>
        <source>missing column(s): {columns}</source>
        <translation>ontbrekende kolom(men): {columns}</translation>
    </message>
    <message>
        <location filename="../core/formats/__init__.py" line="194"/>
        <source>column(s) it does not have: {columns}</source>
        <translation>kolom(men) die het formaat niet heeft: {columns}</translation>
    </message>
    <message>
        <location filename="../core/formats/__init__.py" line="197"/>
        <source>the file name does not say which family it is (expected a name like {pattern})</source>
        <translation>de bestandsnaam zegt niet tot welke familie het bestand behoort (verwacht een naam zoals {pattern})</translation>
    </message>
    <message>
        <location filename="../core/formats/__init__.py" line="199"/>
        <source>The file looks like {format}, but: {differences}.</source>
        <translation>Het bestand lijkt op {format}, maar: {differences}.</translation>
    </message>
    <message>
        <location filename="../core/formats/crt_occitanie.py" line="13"/>
        <source>CRT Occitanie (Orange Flux Vision)</source>
        <translation>CRT Occitanie (Orange Flux Vision)</translation>
    </message>
    <message>
        <location filename="../core/formats/crt_occitanie.py" line="19"/>
        <source>nights by département (wide)</source>
        <translation>overnachtingen per departement (breed)</translation>
    </message>
    <message>
        <location filename="../core/formats/crt_occitanie.py" line="26"/>
        <source>nights by origin and département</source>
        <translation>overnachtingen per herkomst en departement</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="16"/>
        <source>Orange Flux Vision</source>
        <translation>Orange Flux Vision</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="58"/>
        <source>Diurne (visitors per day)</source>
        <translation>Diurne (bezoekers per dag)</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="58"/>
        <source>Nuitée (nights)</source>
        <translation>Nuitée (overnachtingen)</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="62"/>
        <source>the layer of your Flux Vision observation zones (defined in your contract with Orange), with the zone name in a field</source>
        <translation>de laag van uw Flux Vision-observatiezones (vastgelegd in uw contract met Orange), met de zonenaam in een veld</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="95"/>
        <source>Nuitée by département</source>
        <translation>Nuitée per departement</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="95"/>
        <source>Diurne by département</source>
        <translation>Diurne per departement</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="100"/>
        <source>Nuitée by country</source>
        <translation>Nuitée per land</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="100"/>
        <source>Diurne by country</source>
        <translation>Diurne per land</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="103"/>
        <source>Nuitée by age</source>
        <translation>Nuitée per leeftijd</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="103"/>
        <source>Diurne by age</source>
        <translation>Diurne per leeftijd</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="106"/>
        <source>Nuitée by Geolife segment</source>
        <translation>Nuitée per Geolife-segment</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="106"/>
        <source>Diurne by Geolife segment</source>
        <translation>Diurne per Geolife-segment</translation>
    </message>
    <message>
        <location filename="../core/formats/ine.py" line="12"/>
        <source>INE (Spain) tourism from mobile phones</source>
        <translation>INE (Spanje), toerisme gemeten met mobiele telefoons</translation>
    </message>
    <message>
        <location filename="../core/formats/ine.py" line="22"/>
        <source>a layer of Spanish municipalities with INE&apos;s municipality code in a field</source>
        <translation>een laag van Spaanse gemeenten met de gemeentecode van het INE in een veld</translation>
    </message>
    <message>
        <location filename="../core/formats/ine.py" line="25"/>
        <source>domestic tourists by municipality, per month</source>
        <translation>binnenlandse toeristen per gemeente, per maand</translation>
    </message>
    <message>
        <location filename="../core/formats/ine.py" line="31"/>
        <source>inbound tourists by country, per month</source>
        <translation>buitenlandse toeristen per land, per maand</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="17"/>
        <source>MITMA (Spain) open mobility data</source>
        <translation>MITMA (Spanje), open mobiliteitsgegevens</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="21"/>
        <source>MITMA&apos;s zoning layer, published with the data (zonificacion_distritos, _municipios or _GAU), with the zone id in a field</source>
        <translation>de zoneringslaag van het MITMA, gepubliceerd met de gegevens (zonificacion_distritos, _municipios of _GAU), met de zone-id in een veld</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="25"/>
        <source>Viajes v2 (trips by origin, destination and hour)</source>
        <translation>Viajes v2 (verplaatsingen per herkomst, bestemming en uur)</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="35"/>
        <source>maestra1 v1 (trips by origin, destination and hour)</source>
        <translation>maestra1 v1 (verplaatsingen per herkomst, bestemming en uur)</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="44"/>
        <source>maestra1 v1 by municipality (trips)</source>
        <translation>maestra1 v1 per gemeente (verplaatsingen)</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="50"/>
        <source>maestra2 v1 (people by number of trips)</source>
        <translation>maestra2 v1 (personen per aantal verplaatsingen)</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="56"/>
        <source>Personas v2 (people by overnight zone)</source>
        <translation>Personas v2 (personen per overnachtingszone)</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="63"/>
        <source>Pernoctaciones v2 (nights by residence zone)</source>
        <translation>Pernoctaciones v2 (overnachtingen per woonzone)</translation>
    </message>
    <message>
        <location filename="../core/formats/proximus.py" line="13"/>
        <source>a layer of Belgian postcodes (bpost or NGI) with the postcode in a field; no such layer is bundled</source>
        <translation>een laag van Belgische postcodes (bpost of NGI) met de postcode in een veld; zo’n laag wordt niet meegeleverd</translation>
    </message>
    <message>
        <location filename="../core/formats/proximus.py" line="16"/>
        <source>Proximus</source>
        <translation>Proximus</translation>
    </message>
    <message>
        <location filename="../core/formats/proximus.py" line="16"/>
        <source>daily visitors by home postcode</source>
        <translation>dagelijkse bezoekers per postcode van de woonplaats</translation>
    </message>
</context>
<context>
    <name>FrameRenderer</name>
    <message>
        <location filename="../cartography/render.py" line="32"/>
        <source>people per km²</source>
        <translation>personen per km²</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="32"/>
        <source>people × kernel weight per pixel</source>
        <translation>personen × kernelgewicht per pixel</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="33"/>
        <source>scaled density (QGIS)</source>
        <translation>geschaalde dichtheid (QGIS)</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="44"/>
        <source>Square 1080 × 1080 (social media)</source>
        <translation>Vierkant 1080 × 1080 (sociale media)</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="44"/>
        <source>Landscape 1920 × 1080 (video, web)</source>
        <translation>Liggend 1920 × 1080 (video, web)</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="45"/>
        <source>Portrait 1080 × 1920 (stories, phones)</source>
        <translation>Staand 1080 × 1920 (stories, telefoons)</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="45"/>
        <source>Custom size</source>
        <translation>Eigen formaat</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="50"/>
        <source>Heat of the people present, radius {r} m</source>
        <translation>Warmte van de aanwezige mensen, straal {r} m</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="55"/>
        <source>Source: {operator}, anonymised aggregates</source>
        <translation>Bron: {operator}, geanonimiseerde aggregaten</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="55"/>
        <source>the operator</source>
        <translation>de operator</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="60"/>
        <source>Synthetic demo data – not a measurement</source>
        <translation>Synthetische demogegevens – geen meting</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="165"/>
        <source>{time} ({zone})</source>
        <translation>{time} ({zone})</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="203"/>
        <source>The image could not be written to {path}</source>
        <translation>Het beeld kon niet worden opgeslagen in {path}</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="210"/>
        <source>Heat of the people present</source>
        <translation>Heatmap van de aanwezigen</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="262"/>
        <source>±{p} %; a lower bound near {n} zones</source>
        <translation>±{p} %; ondergrens bij {n} zones</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="263"/>
        <source>±{p} %</source>
        <translation>±{p} %</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="295"/>
        <source>≥ {value}</source>
        <translation>≥ {value}</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="444"/>
        <source>No time slot starts in the chosen window.</source>
        <translation>Geen enkel tijdvak begint in het gekozen venster.</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="457"/>
        <source>The animation must be a .gif or .mp4 file.</source>
        <translation>De animatie moet een .gif- of .mp4-bestand zijn.</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="467"/>
        <source>The frames folder {path} already holds files; choose an empty or new folder.</source>
        <translation>De map voor de beelden {path} bevat al bestanden; kies een lege of nieuwe map.</translation>
    </message>
</context>
<context>
    <name>HeatCubeAlgorithm</name>
    <message>
        <location filename="../processing/heat_cube.py" line="35"/>
        <source>Heat cube (heatmap per time slot)</source>
        <translation>Heatmapkubus (heatmap per tijdvak)</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="38"/>
        <source>Maps</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="44"/>
        <source>Computes a heat surface of people for every time slot of a footfall dataset and writes a multi-band GeoTIFF: one band per slot, each band&apos;s description its slot start in ISO 8601 UTC.

Kernels, radius, pixel size and grid are those of QGIS&apos;s Heatmap (Kernel Density Estimation): the extent is the zones&apos; extent grown by the radius, and each zone adds count × K(d) to the pixels within the radius, with K quartic (1 − (d/r)²)², triangular 1 − (1 − decay)·d/r, uniform 1, triweight (1 − (d/r)²)³ or Epanechnikov 1 − (d/r)². With zones taken as their centroids a band equals QGIS&apos;s algorithm run on the same weighted points.

Output values: raw or scaled (as QGIS), or people per km², where each zone&apos;s kernel is normalised to integrate to one so that the band times the pixel area sums to the slot&apos;s count. Zone mode “spread over area” spreads each zone&apos;s count evenly over its area before smoothing, so that a large zone does not look like a hot spot.

Suppressed cells contribute nothing; their number is reported. All frames are computed together as one sparse product, not one run per frame.</source>
        <translation>Berekent voor elk tijdvak van een dataset met bezoekersaantallen een heatmap van personen en schrijft een GeoTIFF met meerdere banden: één band per tijdvak, met als beschrijving van elke band het begin van het tijdvak in ISO 8601 UTC.

Kernels, straal, pixelgrootte en raster zijn die van het QGIS-algoritme Heatmap (Schatting dichtheid kernel KDE): de omvang is die van de zones, vergroot met de straal, en elke zone telt aantal × K(d) op bij de pixels binnen de straal, met K vierdegraads (quartic) (1 − (d/r)²)², driehoekig 1 − (1 − decay)·d/r, uniform 1, triweight (1 − (d/r)²)³ of Epanechnikov 1 − (d/r)². Met de zones als hun zwaartepunt is een band gelijk aan het resultaat van het algoritme van QGIS op dezelfde gewogen punten.

Uitvoerwaarden: ruw of geschaald (zoals QGIS), of personen per km², waarbij de kernel van elke zone genormaliseerd is tot een integraal van één, zodat de band maal de pixeloppervlakte optelt tot het aantal van het tijdvak. De zonemodus “Over de oppervlakte spreiden” verdeelt het aantal van elke zone gelijkmatig over haar oppervlakte vóór het afvlakken, zodat een grote zone er niet uitziet als een hotspot.

Afgeschermde cellen tellen niet mee; hun aantal wordt gemeld. Alle beelden worden samen berekend als één product van ijle matrices, niet één berekening per beeld.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="64"/>
        <source>Origins</source>
        <translation>Herkomsten</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="65"/>
        <source>Only these origins: codes separated by commas (IT, FR, 1000, 69) or origin types (country); all when empty.</source>
        <translation>Alleen deze herkomsten: codes gescheiden door komma&apos;s (IT, FR, 1000, 69) of soorten herkomst (country); alle als het veld leeg is.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="67"/>
        <source>Kernel shape</source>
        <translation>Kernelvorm</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="67"/>
        <source>Quartic</source>
        <translation>Vierdegraads</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="67"/>
        <source>Triangular</source>
        <translation>Driehoekig</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="67"/>
        <source>Uniform</source>
        <translation>Uniform</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="67"/>
        <source>Triweight</source>
        <translation>Triweight</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="67"/>
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="70"/>
        <source>As in QGIS&apos;s Heatmap (Kernel Density Estimation), with the same numbering.</source>
        <translation>Zoals in het QGIS-algoritme Heatmap (Schatting dichtheid kernel KDE), met dezelfde nummering.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="72"/>
        <source>Radius</source>
        <translation>Straal</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="74"/>
        <source>Search radius in map units of the zones&apos; projected CRS (metres).</source>
        <translation>Zoekstraal in kaarteenheden van het geprojecteerde CRS van de zones (meter).</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="76"/>
        <source>Pixel size</source>
        <translation>Pixelgrootte</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="78"/>
        <source>Pixel size in map units (metres).</source>
        <translation>Pixelgrootte in kaarteenheden (meter).</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="80"/>
        <source>Output values</source>
        <translation>Uitvoerwaarden</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="80"/>
        <source>Raw (as QGIS)</source>
        <translation>Ruw (zoals QGIS)</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="80"/>
        <source>Scaled (as QGIS)</source>
        <translation>Geschaald (zoals QGIS)</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="80"/>
        <source>People per km²</source>
        <translation>Personen per km²</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="83"/>
        <source>Raw and scaled are QGIS&apos;s values; people per km² conserves the count of every slot.</source>
        <translation>Ruw en geschaald zijn de waarden van QGIS; personen per km² behoudt het aantal van elk tijdvak.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="85"/>
        <source>Zones as</source>
        <translation>Zonemodus</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="85"/>
        <source>Centroids</source>
        <translation>Zwaartepunten</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="85"/>
        <source>Spread over area</source>
        <translation>Over de oppervlakte spreiden</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="87"/>
        <source>0: each zone&apos;s count at its centroid (as QGIS&apos;s algorithm on points); 1: spread evenly over the zone before smoothing.</source>
        <translation>0: het aantal van elke zone in haar zwaartepunt (zoals het algoritme van QGIS op punten); 1: gelijkmatig over de zone verdeeld vóór het afvlakken.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="90"/>
        <source>The multi-band GeoTIFF to write.</source>
        <translation>De GeoTIFF met meerdere banden die wordt geschreven.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="92"/>
        <source>Bands (time slots)</source>
        <translation>Banden (tijdvakken)</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="93"/>
        <source>Suppressed zone-slot cells</source>
        <translation>Afgeschermde cellen (zone × tijdvak)</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="94"/>
        <source>Maximum over all frames</source>
        <translation>Maximum over alle beelden</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="95"/>
        <source>Top of the colour scale (99.9th percentile of the pixels of all frames)</source>
        <translation>Top van de kleurschaal (99,9e percentiel van de pixels van alle beelden)</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="96"/>
        <source>Zone-slot cells known only in part (the heat there is a lower bound)</source>
        <translation>Zone-tijdvakcellen die maar deels bekend zijn (de heatmap is daar een ondergrens)</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="103"/>
        <source>No zone geometry is known: give a zone layer.</source>
        <translation>Er is geen zonegeometrie bekend: geef een zonelaag op.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="107"/>
        <source>The zones have no usable coordinate reference system.</source>
        <translation>De zones hebben geen bruikbaar coördinatenreferentiesysteem.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="121"/>
        <source>The radius and the pixel size must be greater than zero.</source>
        <translation>De straal en de pixelgrootte moeten groter zijn dan nul.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="129"/>
        <source>No time slot is left after the filters.</source>
        <translation>Na de filters blijft er geen tijdvak over.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="131"/>
        <source>The grid would have {n} pixels per band; choose a larger pixel size.</source>
        <translation>Het raster zou {n} pixels per band hebben; kies een grotere pixelgrootte.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="132"/>
        <source>{bands} bands of {cols} × {rows} pixels; {n} suppressed zone-slot cells contribute nothing.</source>
        <translation>{bands} banden van {cols} × {rows} pixels; {n} afgeschermde cellen (zone × tijdvak) dragen niets bij.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="135"/>
        <source>{n} of {total} zone-slot totals are only partly known (some of their profiles or origins are suppressed): the heat around them is a lower bound. Each band says how many zones it has (PARTIAL_ZONES).</source>
        <translation>{n} van de {total} zone-tijdvaktotalen zijn maar deels bekend (sommige profielen of herkomsten zijn afgeschermd): de heatmap errond is een ondergrens. Elke band zegt hoeveel zulke zones ze heeft (PARTIAL_ZONES).</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="142"/>
        <source>Heat cube</source>
        <translation>Heatmapkubus</translation>
    </message>
</context>
<context>
    <name>HeatTask</name>
    <message>
        <location filename="../plugin/task.py" line="161"/>
        <source>Computing the heatmap</source>
        <translation>Heatmap berekenen</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="188"/>
        <source>The heatmap could not be computed:
{trace}</source>
        <translation>De heatmap kon niet worden berekend:
{trace}</translation>
    </message>
</context>
<context>
    <name>HuffAlgorithm</name>
    <message>
        <location filename="../processing/huff.py" line="74"/>
        <source>Huff model for competing venues</source>
        <translation>Huff-model voor concurrerende locaties</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="77"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="83"/>
        <source>The probability that a visitor from origin i chooses venue j among competing venues (Huff, 1963):
P(i→j) = (A_j / d_ij^λ) / Σ_k (A_k / d_ik^λ)
with A the attractiveness of a venue (a field, above 0), d the great-circle distance in km from the origin to the venue and λ the distance decay (2 by default). Distances below 0.1 km are counted as 0.1 km, so that an origin at a venue does not give it the whole origin. Polygons are represented by a point on their surface.

expected_visitors = population × P, where the origins have a population field. These are model outputs, not counts.

Calibration: with a table of observed visitors per origin and venue, the observed shares S_ij = V_ij / Σ_k V_ik give the log-odds log(S_ij / S_ir) = log(A_j / A_r) − λ log(d_ij / d_ir) against a reference venue r of the same origin, and λ is fitted by least squares on the pairs with S above 0 on both sides (each origin&apos;s reference is eliminated by centring its values, so the fit does not depend on the choice of r). The fit is reported: λ and its standard error, R² of the log-odds, RMSE of the predicted shares and the number of log-odds used. Without calibration, the same figures describe how well the given λ fits.

A pair missing from the observed table counts as 0 visitors; an empty or suppressed count (text such as “s” or “n.d.”) leaves its origin out of the fit.

Anonymity: observed_share is written only where the anonymity guard publishes the observed count: at least 30 (the anonymity threshold), and with secondary suppression so that a hidden share can never be recovered as 1 minus the shares shown for the same origin; otherwise it is left empty. Observed counts themselves are never written.</source>
        <translation>De kans dat een bezoeker uit herkomst i locatie j kiest tussen concurrerende locaties (Huff, 1963):
P(i→j) = (A_j / d_ij^λ) / Σ_k (A_k / d_ik^λ)
met A de aantrekkelijkheid van een locatie (een veld, groter dan 0), d de afstand over de grootcirkel in km van de herkomst tot de locatie en λ het afstandsverval (standaard 2). Afstanden onder 0,1 km tellen als 0,1 km, zodat een herkomst die op een locatie ligt niet al haar bezoekers aan die locatie geeft. Polygonen worden voorgesteld door een punt op hun oppervlak.

expected_visitors = bevolking × P, als de herkomstlaag een bevolkingsveld heeft. Dit zijn modeluitkomsten, geen aantallen.

Kalibratie: met een tabel van waargenomen bezoekers per herkomst en locatie geven de waargenomen aandelen S_ij = V_ij / Σ_k V_ik de log-odds log(S_ij / S_ir) = log(A_j / A_r) − λ log(d_ij / d_ir) tegenover een referentielocatie r van dezelfde herkomst, en λ wordt met de kleinste kwadraten geschat op de paren met S groter dan 0 aan beide kanten (de referentie van elke herkomst valt weg door haar waarden te centreren, zodat de schatting niet afhangt van de keuze van r). De schatting wordt gerapporteerd: λ en zijn standaardfout, R² van de log-odds, RMSE van de voorspelde aandelen en het aantal gebruikte log-odds. Zonder kalibratie beschrijven dezelfde cijfers hoe goed de gegeven λ past.

Een paar dat in de tabel van waargenomen bezoekers ontbreekt, telt als 0 bezoekers; een leeg of afgeschermd aantal (tekst zoals “s” of “n.d.”) haalt zijn herkomst uit de schatting.

Anonimiteit: observed_share wordt alleen geschreven waar de anonimiteitsbewaking het waargenomen aantal publiceert: minstens 30 (de anonimiteitsdrempel), en met secundaire afscherming zodat een verborgen aandeel nooit te achterhalen is als 1 min de getoonde aandelen van dezelfde herkomst; anders blijft het leeg. De waargenomen aantallen zelf worden nooit geschreven.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="108"/>
        <source>Origins</source>
        <translation>Herkomstgebieden</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="109"/>
        <source>Points or polygons where visitors come from (for example postcode areas); polygons are represented by a point on their surface.</source>
        <translation>Punten of polygonen van de plaatsen waar de bezoekers vandaan komen (bv. postcodegebieden); polygonen worden voorgesteld door een punt op hun oppervlak.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="112"/>
        <source>Origin id field</source>
        <translation>Veld met de herkomst-id</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="114"/>
        <source>The field that identifies each origin (also used to match the observed table).</source>
        <translation>Het veld dat elke herkomst identificeert (ook gebruikt om de tabel van waargenomen bezoekers te koppelen).</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="116"/>
        <source>Population field</source>
        <translation>Bevolkingsveld</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="119"/>
        <source>Population of each origin; when given, expected_visitors = population × P.</source>
        <translation>Bevolking van elke herkomst; indien gegeven, expected_visitors = bevolking × P.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="121"/>
        <source>Venues</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="122"/>
        <source>The competing venues (at least two), points or polygons.</source>
        <translation>De concurrerende locaties (minstens twee), punten of polygonen.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="124"/>
        <source>Venue id field</source>
        <translation>Veld met de locatie-id</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="126"/>
        <source>The field that identifies each venue (also used to match the observed table).</source>
        <translation>Het veld dat elke locatie identificeert (ook gebruikt om de tabel van waargenomen bezoekers te koppelen).</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="128"/>
        <source>Attractiveness field</source>
        <translation>Veld met de aantrekkelijkheid</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="131"/>
        <source>Attractiveness A of each venue, above 0 (for example floor area or capacity).</source>
        <translation>Aantrekkelijkheid A van elke locatie, groter dan 0 (bv. vloeroppervlakte of capaciteit).</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="133"/>
        <source>Distance decay λ</source>
        <translation>Afstandsverval λ</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="135"/>
        <source>Exponent of the distance: 0 ignores distance, larger values make far venues less likely. Replaced by the fitted value when calibrating.</source>
        <translation>Exponent van de afstand: 0 negeert de afstand, grotere waarden maken verre locaties minder waarschijnlijk. Bij kalibratie vervangen door de geschatte waarde.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="138"/>
        <source>Observed visitors</source>
        <translation>Waargenomen bezoekers</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="140"/>
        <source>Optional table with observed visitors per origin and venue, to fit or check λ.</source>
        <translation>Optionele tabel met waargenomen bezoekers per herkomst en locatie, om λ te schatten of te controleren.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="142"/>
        <source>Observed origin id field</source>
        <translation>Veld met de herkomst-id (waargenomen)</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="142"/>
        <source>The field of the observed table holding the origin id.</source>
        <translation>Het veld van de tabel van waargenomen bezoekers met de herkomst-id.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="142"/>
        <source>Observed venue id field</source>
        <translation>Veld met de locatie-id (waargenomen)</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="142"/>
        <source>The field of the observed table holding the venue id.</source>
        <translation>Het veld van de tabel van waargenomen bezoekers met de locatie-id.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="142"/>
        <source>Observed visitors field</source>
        <translation>Veld met de waargenomen bezoekers</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="142"/>
        <source>The field of the observed table holding the visitors; text that is not a number (such as “s” or “n.d.”) counts as an empty, suppressed count.</source>
        <translation>Het veld van de tabel van waargenomen bezoekers met de bezoekers; tekst die geen getal is (zoals “s” of “n.d.”) geldt als een leeg, afgeschermd aantal.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="153"/>
        <source>Calibrate λ to the observed visitors</source>
        <translation>λ kalibreren op de waargenomen bezoekers</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="155"/>
        <source>Fit λ by least squares on the log-odds of the observed shares and use it.</source>
        <translation>λ schatten met de kleinste kwadraten op de log-odds van de waargenomen aandelen en gebruiken.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="157"/>
        <source>Also fit the attractiveness of each venue</source>
        <translation>Ook de aantrekkelijkheid van elke locatie schatten</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="159"/>
        <source>Calibrate the attractiveness of every venue together with λ (up to a common factor, kept at the geometric mean of the given values). Needs observed visitors.</source>
        <translation>De aantrekkelijkheid van elke locatie samen met λ kalibreren (op een gemeenschappelijke factor na, gelijk gehouden aan het meetkundig gemiddelde van de gegeven waarden). Vereist waargenomen bezoekers.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="163"/>
        <source>Huff probabilities</source>
        <translation>Huff-kansen</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="165"/>
        <source>One point per origin and venue, at the origin: distance, probability, expected visitors and observed share.</source>
        <translation>Eén punt per herkomst en locatie, op de herkomst: afstand, kans, verwachte bezoekers en waargenomen aandeel.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="168"/>
        <source>λ used</source>
        <translation>Gebruikte λ</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="169"/>
        <source>Standard error of the fitted λ</source>
        <translation>Standaardfout van de geschatte λ</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="170"/>
        <source>R² of the log-odds</source>
        <translation>R² van de log-odds</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="171"/>
        <source>RMSE of the predicted shares</source>
        <translation>RMSE van de voorspelde aandelen</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="172"/>
        <source>Observed log-odds used</source>
        <translation>Gebruikte waargenomen log-odds</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="187"/>
        <source>An origin has an empty id.</source>
        <translation>Een herkomst heeft een lege id.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="188"/>
        <source>A venue has an empty id.</source>
        <translation>Een locatie heeft een lege id.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="193"/>
        <source>Origin “{id}” has no geometry.</source>
        <translation>Herkomst “{id}” heeft geen geometrie.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="194"/>
        <source>Venue “{id}” has no geometry.</source>
        <translation>Locatie “{id}” heeft geen geometrie.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="211"/>
        <source>Choose the origin id, venue id and visitors fields of the observed table.</source>
        <translation>Kies de velden met de herkomst-id, de locatie-id en de bezoekers in de tabel van waargenomen bezoekers.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="226"/>
        <source>The observed visitors from origin “{origin}” at venue “{venue}” are negative.</source>
        <translation>De waargenomen bezoekers uit herkomst “{origin}” op locatie “{venue}” zijn negatief.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="231"/>
        <source>{n} rows of the observed table name an origin or a venue that is not in the layers; they are ignored.</source>
        <translation>{n} rijen van de tabel van waargenomen bezoekers noemen een herkomst of locatie die niet in de lagen staat; ze worden genegeerd.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="235"/>
        <source>{n} origins have an empty (suppressed) observed count; they are left out of the fit and get no observed share.</source>
        <translation>{n} herkomsten hebben een leeg (afgeschermd) waargenomen aantal; ze blijven buiten de schatting en krijgen geen waargenomen aandeel.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="253"/>
        <source>Calibration needs observed visitors: choose the observed table and its fields, or untick the calibration.</source>
        <translation>Kalibratie vereist waargenomen bezoekers: kies de tabel van waargenomen bezoekers en haar velden, of vink de kalibratie uit.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="265"/>
        <source>The origin layer has no features.</source>
        <translation>De herkomstlaag heeft geen objecten.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="267"/>
        <source>The Huff model needs at least two venues; the venue layer has {n}.</source>
        <translation>Het Huff-model heeft minstens twee locaties nodig; de locatielaag heeft er {n}.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="272"/>
        <source>Two venues have the id “{id}”; venue ids must be unique.</source>
        <translation>Twee locaties hebben de id “{id}”; locatie-id&apos;s moeten uniek zijn.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="277"/>
        <source>Two origins have the id “{id}”; origin ids must be unique to match the observed table.</source>
        <translation>Twee herkomsten hebben de id “{id}”; herkomst-id&apos;s moeten uniek zijn om de tabel van waargenomen bezoekers te koppelen.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="283"/>
        <source>Venue “{id}” has no attractiveness; every venue needs a number above 0.</source>
        <translation>Locatie “{id}” heeft geen aantrekkelijkheid; elke locatie heeft een getal groter dan 0 nodig.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="286"/>
        <source>Venue “{id}” has an attractiveness of {value}; it must be above 0.</source>
        <translation>Locatie “{id}” heeft een aantrekkelijkheid van {value}; die moet groter zijn dan 0.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="295"/>
        <source>Origin “{id}” has a negative population.</source>
        <translation>Herkomst “{id}” heeft een negatieve bevolking.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="325"/>
        <source>Expected visitors have no margin: λ was given, not fitted to observed visitors (expected_low and expected_high stay empty).</source>
        <translation>Verwachte bezoekers hebben geen marge: λ werd opgegeven, niet aangepast aan waargenomen bezoekers (expected_low en expected_high blijven leeg).</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="371"/>
        <source>λ fitted to the observed shares: {lam} (standard error {se}), from {n} log-odds.</source>
        <translation>λ geschat op de waargenomen aandelen: {lam} (standaardfout {se}), uit {n} log-odds.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="374"/>
        <source>λ as given: {lam}; checked against {n} observed log-odds.</source>
        <translation>λ zoals gegeven: {lam}; gecontroleerd aan {n} waargenomen log-odds.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="376"/>
        <source>R² of the log-odds: {r2}; RMSE of the predicted shares: {rmse}.</source>
        <translation>R² van de log-odds: {r2}; RMSE van de voorspelde aandelen: {rmse}.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="380"/>
        <source>Venue “{id}”: attractiveness fitted {fitted}, given {given}.</source>
        <translation>Locatie “{id}”: geschatte aantrekkelijkheid {fitted}, gegeven {given}.</translation>
    </message>
</context>
<context>
    <name>HuffError</name>
    <message>
        <location filename="../core/huff.py" line="66"/>
        <source>The distance matrix does not have one column per venue.</source>
        <translation>De afstandsmatrix heeft niet één kolom per locatie.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="68"/>
        <source>The Huff model needs at least two venues.</source>
        <translation>Het Huff-model heeft minstens twee locaties nodig.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="70"/>
        <source>Every attractiveness must be a number above 0.</source>
        <translation>Elke aantrekkelijkheid moet een getal groter dan 0 zijn.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="72"/>
        <source>Every distance must be a number of at least 0.</source>
        <translation>Elke afstand moet een getal van minstens 0 zijn.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="74"/>
        <source>The distance decay λ must be 0 or more.</source>
        <translation>Het afstandsverval λ moet 0 of meer zijn.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="114"/>
        <source>Observed visitors cannot be negative.</source>
        <translation>Waargenomen bezoekers kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="139"/>
        <source>The observed shares do not have one value per origin and venue.</source>
        <translation>De waargenomen aandelen hebben niet één waarde per herkomst en locatie.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="145"/>
        <source>The observed visitors give no origin with two venues visited: nothing to fit.</source>
        <translation>De waargenomen bezoekers geven geen enkele herkomst met twee bezochte locaties: er valt niets te schatten.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="158"/>
        <source>The observed origins are equally far from the venues they visit: the distance decay cannot be fitted.</source>
        <translation>De waargenomen herkomsten liggen even ver van de locaties die ze bezoeken: het afstandsverval kan niet geschat worden.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="175"/>
        <source>Too few observed pairs to fit the attractiveness of every venue together with the distance decay.</source>
        <translation>Te weinig waargenomen paren om de aantrekkelijkheid van elke locatie samen met het afstandsverval te schatten.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="188"/>
        <source>The fitted distance decay λ is {lam:.3g}, below 0: in the observed visitors, farther venues draw more, and the Huff model does not apply.</source>
        <translation>Het geschatte afstandsverval λ is {lam:.3g}, kleiner dan 0: bij de waargenomen bezoekers trekken verdere locaties meer aan, en het Huff-model is niet van toepassing.</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <location filename="../core/impact.py" line="68"/>
        <source>Daily data: each day&apos;s unique visitors are summed over the zones and the days are added up (visitor-days); a person seen in two zones on one day is counted twice, so this may overstate the visitors.</source>
        <translation>Dagelijkse gegevens: de unieke bezoekers van elke dag worden over de zones opgeteld en de dagen worden samengeteld (bezoekersdagen); wie op één dag in twee zones gezien wordt, telt twee keer mee, waardoor het aantal bezoekers overschat kan worden.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="72"/>
        <source>Daily data: each day&apos;s largest zone count is taken (a lower bound of the unique visitors of the day) and the days are added up (visitor-days).</source>
        <translation>Dagelijkse gegevens: van elke dag wordt het grootste aantal van één zone genomen (een ondergrens van de unieke bezoekers van die dag) en de dagen worden samengeteld (bezoekersdagen).</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="75"/>
        <source>Sub-daily data: for each day, the peak over the time slots of the people present at once in all zones together (a lower bound of the day&apos;s unique visitors, never the sum of the slots); the days are added up (visitor-days).</source>
        <translation>Gegevens per tijdvak binnen de dag: voor elke dag de piek over de tijdvakken van het aantal mensen dat tegelijk in alle zones samen aanwezig is (een ondergrens van de unieke bezoekers van die dag, nooit de som van de tijdvakken); de dagen worden samengeteld (bezoekersdagen).</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="79"/>
        <source>Mixed data: for the profiles with sub-daily slots, each day&apos;s peak over the slots of the people present at once in all zones together (a lower bound); for the profiles with daily slots (often the origin rows), each day&apos;s counts summed over the zones (a person seen in two zones is counted twice); the days are added up (visitor-days).</source>
        <translation>Gemengde gegevens: voor de profielen met tijdvakken korter dan een dag, per dag de piek over de tijdvakken van de mensen die tegelijk in alle zones samen aanwezig zijn (een ondergrens); voor de profielen met dagelijkse tijdvakken (vaak de herkomstrijen), per dag de aantallen opgeteld over de zones (wie in twee zones gezien wordt, telt twee keer); de dagen worden opgeteld (bezoekersdagen).</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="85"/>
        <source>Visitors given as a table by the user (taken as they are).</source>
        <translation>Bezoekers door de gebruiker als tabel opgegeven (ongewijzigd overgenomen).</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="91"/>
        <source>90 % interval: the 5th and 95th percentiles of {draws} Monte Carlo draws (seed {seed}). Each input is drawn from a triangular distribution between its low and high values, peaking at its central value: the visitors (± the precision of the counts, one draw for all rows, because the operator&apos;s extrapolation errs the same way everywhere), each spend, night, additionality and displacement value, and the multiplier.</source>
        <translation>90 %-interval: het 5e en 95e percentiel van {draws} Monte-Carlotrekkingen (seed {seed}). Elke invoer wordt getrokken uit een driehoeksverdeling tussen zijn lage en hoge waarde, met de top bij de centrale waarde: de bezoekers (± de precisie van de aantallen, één trekking voor alle rijen, omdat de extrapolatie van de operator overal dezelfde kant op fout is), elke waarde voor bestedingen, overnachtingen, additionaliteit en verdringing, en de multiplicator.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="101"/>
        <source>Extremes (all low / all high together): low takes the visitors minus the precision margin and every spend, night and additionality value at its low bound with displacement at its high bound; high the opposite. Every input erring the same way at once is very unlikely: read them as limits, not as the interval.</source>
        <translation>Uitersten (alles laag / alles hoog samen): laag neemt de bezoekers min de precisiemarge en elke waarde voor bestedingen, overnachtingen en additionaliteit op haar ondergrens, met de verdringing op haar bovengrens; hoog het omgekeerde. Dat alle invoer tegelijk dezelfde kant op fout is, is zeer onwaarschijnlijk: lees ze als grenzen, niet als het interval.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="109"/>
        <source>assumption — a suppressed cell holds fewer than the threshold; small counts are more often near 0 than near the threshold</source>
        <translation>aanname — een afgeschermde cel bevat minder dan de drempel; kleine aantallen liggen vaker dicht bij 0 dan bij de drempel</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="116"/>
        <source>Suppressed cells (fewer than {k} each) are not read as 0: each is counted at {mid} (a third of the threshold, as small counts are more often near 0), between {lo} and {hi} in the interval (one draw for all cells), and between 0 and {k} in the extremes.</source>
        <translation>Afgeschermde cellen (elk minder dan {k}) worden niet als 0 gelezen: elke cel telt als {mid} (een derde van de drempel, omdat kleine aantallen vaker dicht bij 0 liggen), tussen {lo} en {hi} in het interval (één trekking voor alle cellen) en tussen 0 en {k} in de uitersten.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="129"/>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="129"/>
        <source>Day visitors</source>
        <translation>Dagbezoekers</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="130"/>
        <source>Overnight visitors</source>
        <translation>Verblijfsbezoekers</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="131"/>
        <source>Commuters</source>
        <translation>Pendelaars</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="131"/>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="132"/>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="132"/>
        <source>All profiles</source>
        <translation>Alle profielen</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="138"/>
        <source>local</source>
        <translation>lokaal</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="138"/>
        <source>rest of the country</source>
        <translation>rest van het land</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="139"/>
        <source>abroad</source>
        <translation>buitenland</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="139"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="140"/>
        <source>other (merged)</source>
        <translation>andere (samengevoegd)</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="140"/>
        <source>all origins</source>
        <translation>alle herkomsten</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="141"/>
        <source>every origin</source>
        <translation>elke herkomst</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="146"/>
        <source>additionality</source>
        <translation>additionaliteit</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="147"/>
        <source>spend per day (EUR)</source>
        <translation>bestedingen per dag (EUR)</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="148"/>
        <source>paid nights per visitor-day</source>
        <translation>betaalde overnachtingen per bezoekersdag</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="149"/>
        <source>spend per night (EUR)</source>
        <translation>bestedingen per overnachting (EUR)</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="150"/>
        <source>displacement</source>
        <translation>verdringing</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="151"/>
        <source>visitors (± precision of the counts)</source>
        <translation>bezoekers (± precisie van de aantallen)</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="152"/>
        <source>value of a suppressed cell</source>
        <translation>waarde van een afgeschermde cel</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="158"/>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="158"/>
        <source>derived</source>
        <translation>afgeleid</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="159"/>
        <source>proxy</source>
        <translation>benadering</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="159"/>
        <source>assumption</source>
        <translation>aanname</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="160"/>
        <source>definition</source>
        <translation>definitie</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="160"/>
        <source>method</source>
        <translation>methode</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="161"/>
        <source>given by the user</source>
        <translation>opgegeven door de gebruiker</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="168"/>
        <source>{profile} ({group})</source>
        <translation>{profile} ({group})</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="170"/>
        <source>{who}: {input}</source>
        <translation>{who}: {input}</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="268"/>
        <source>{where}: “{name}” is not a number.</source>
        <translation>{where}: “{name}” is geen getal.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="270"/>
        <source>{where}: “{name}” must have low ≤ central ≤ high, not {low} / {central} / {high}.</source>
        <translation>{where}: “{name}” moet laag ≤ centraal ≤ hoog hebben, niet {low} / {central} / {high}.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="274"/>
        <source>{where}: “{name}” is a share and must lie between 0 and 1.</source>
        <translation>{where}: “{name}” is een aandeel en moet tussen 0 en 1 liggen.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="276"/>
        <source>{where}: “{name}” must not be negative.</source>
        <translation>{where}: “{name}” mag niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="291"/>
        <source>unknown kind of source “{kind}”.</source>
        <translation>onbekend soort bron “{kind}”.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="306"/>
        <source>unknown spend preset “{name}”; the bundled ones are {names}.</source>
        <translation>onbekende uitgavenvoorinstelling “{name}”; de meegeleverde zijn {names}.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="333"/>
        <source>spend table, row {row}: the profile is empty.</source>
        <translation>uitgaventabel, rij {row}: het profiel is leeg.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="334"/>
        <source>spend row “{profile}”</source>
        <translation>uitgavenrij “{profile}”</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="339"/>
        <source>{where}: the value “{name}” is missing.</source>
        <translation>{where}: de waarde “{name}” ontbreekt.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="352"/>
        <source>user&apos;s spend table {name}</source>
        <translation>uitgaventabel van de gebruiker {name}</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="442"/>
        <source>the visitors of the impact are people present or visitors per day; “{measure}” cannot be added to them (nights are spent by visitors, they are not more visitors).</source>
        <translation>de impact wordt berekend op aanwezigen of bezoekers per dag; “{measure}” kan daar niet bij opgeteld worden (overnachtingen worden door bezoekers doorgebracht, het zijn geen extra bezoekers).</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="457"/>
        <source>the export holds no visitors (people present or visitors per day), only {measures}: the economic impact needs visitors, and trips or nights are not visitors.</source>
        <translation>de export bevat geen bezoekers (aanwezigen of bezoekers per dag), alleen {measures}: de economische impact heeft bezoekers nodig, en verplaatsingen of overnachtingen zijn geen bezoekers.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="488"/>
        <source>the export has {minutes}-minute slots: daily rules need daily data; the peak of simultaneous presence is used for sub-daily data.</source>
        <translation>de export heeft tijdvakken van {minutes} minuten: de dagregels vereisen dagelijkse gegevens; voor gegevens per tijdvak binnen de dag wordt de piek van de gelijktijdige aanwezigheid gebruikt.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="508"/>
        <source>unknown counting rule “{rule}”.</source>
        <translation>onbekende telregel “{rule}”.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="556"/>
        <source>visitors table, row {row}: expected a profile and a number of visitors that is not negative.</source>
        <translation>bezoekerstabel, rij {row}: een profiel en een niet-negatief aantal bezoekers verwacht.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="716"/>
        <source>the precision must lie between 0 and 1 (0.1 means ±10 %).</source>
        <translation>de precisie moet tussen 0 en 1 liggen (0,1 betekent ±10 %).</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="717"/>
        <source>multiplier</source>
        <translation>multiplicator</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="723"/>
        <source>the spend table has no row for the profile(s) {profiles} found in the visitors; add them to the spend table (additionality 0 to leave them out).</source>
        <translation>de uitgaventabel heeft geen rij voor het profiel of de profielen {profiles} die in de bezoekers voorkomen; voeg ze toe aan de uitgaventabel (additionaliteit 0 om ze weg te laten).</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="859"/>
        <source>fewer visitors in total than the anonymity threshold ({k}); no impact can be published.</source>
        <translation>in totaal minder bezoekers dan de anonimiteitsdrempel ({k}); er kan geen impact gepubliceerd worden.</translation>
    </message>
</context>
<context>
    <name>ImportExportAlgorithm</name>
    <message>
        <location filename="../processing/import_export.py" line="34"/>
        <source>QGIS has no PostgreSQL provider; install the package qgis-providers.</source>
        <translation>QGIS heeft geen PostgreSQL-provider; installeer het pakket qgis-providers.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="47"/>
        <source>There is no saved PostgreSQL connection named “{name}”; add it in the Browser panel, or give a connection string such as dbname=footfall host=localhost.</source>
        <translation>Er is geen opgeslagen PostgreSQL-verbinding met de naam “{name}”; voeg ze toe in het paneel Browser, of geef een verbindingsreeks zoals dbname=footfall host=localhost.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="71"/>
        <source>Import footfall export</source>
        <translation>Export met bezoekersaantallen importeren</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="74"/>
        <source>Reads an operator&apos;s footfall export (CSV in any usual encoding and delimiter, XLSX, Parquet, GeoPackage or GeoJSON; long or wide layout; French, Dutch or English headers) and writes a GeoPackage with the long table &lt;b&gt;footfall&lt;/b&gt; (zone_id, start, end in UTC, profile, origin_type, origin_code, count, suppressed), the &lt;b&gt;zones&lt;/b&gt; layer and the temporal layer &lt;b&gt;zone_slots&lt;/b&gt; (total per zone and time slot) when zone geometry is known, and the dataset metadata (source file and SHA-256, time zone, slot length, anonymity threshold).

Suppressed cells (&amp;lt;30, s, *, n.d., NA, empty) stay suppressed, never zero; counts below the anonymity threshold are suppressed too. Local times are converted with the time zone, daylight-saving changes included. The source file is never modified, and the output is written whole or not at all.</source>
        <translation>Leest de export met bezoekersaantallen van een operator (CSV in elke gangbare codering en met elk gangbaar scheidingsteken, XLSX, Parquet, GeoPackage of GeoJSON; lange of brede opmaak; Franse, Nederlandse of Engelse kolomkoppen) en schrijft een GeoPackage met de lange tabel &lt;b&gt;footfall&lt;/b&gt; (zone_id, start, end in UTC, profile, origin_type, origin_code, count, suppressed), de laag &lt;b&gt;zones&lt;/b&gt; en de temporele laag &lt;b&gt;zone_slots&lt;/b&gt; (totaal per zone en tijdvak) als de zonegeometrie bekend is, en de metadata van de dataset (bronbestand en SHA-256, tijdzone, lengte van de tijdvakken, anonimiteitsdrempel).

Afgeschermde cellen (&amp;lt;30, s, *, n.d., NA, leeg) blijven afgeschermd en worden nooit nul; aantallen onder de anonimiteitsdrempel worden ook afgeschermd. Lokale tijden worden omgerekend met de tijdzone, de overgangen van en naar zomertijd inbegrepen. Het bronbestand wordt nooit gewijzigd en de uitvoer wordt volledig of helemaal niet geschreven.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="84"/>
        <source>Instead of a file, a table of a PostgreSQL database may be read (a connection saved in QGIS, a schema and a table, with the same columns as a file), and the zones from a PostGIS table of the same schema.</source>
        <translation>In plaats van een bestand kan een tabel van een PostgreSQL-databank gelezen worden (een in QGIS opgeslagen verbinding, een schema en een tabel, met dezelfde kolommen als een bestand), en de zones uit een PostGIS-tabel van hetzelfde schema.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="91"/>
        <source>Footfall export file (or a folder or a PostgreSQL table below)</source>
        <translation>Exportbestand met bezoekersaantallen (of een map of een PostgreSQL-tabel hieronder)</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="93"/>
        <source>The file delivered by the operator (also a .csv.gz / .txt.gz, or a ZIP of a delivery whose files are read as one dataset).</source>
        <translation>Het bestand dat de operator leverde (ook een .csv.gz / .txt.gz, of een ZIP van een levering waarvan de bestanden als één dataset gelezen worden).</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="95"/>
        <source>Folder of export files</source>
        <translation>Map met exportbestanden</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="97"/>
        <source>A folder whose export files are read as one dataset (MITMA&apos;s daily files, a Flux Vision delivery), instead of a single file.</source>
        <translation>Een map waarvan de exportbestanden als één dataset gelezen worden (de dagbestanden van MITMA, een levering van Flux Vision), in plaats van één bestand.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="99"/>
        <source>Zone layer</source>
        <translation>Zonelaag</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="101"/>
        <source>Polygons of the zones, joined by id. Without it, geometry comes from the file itself or from the built-in grids.</source>
        <translation>Polygonen van de zones, gekoppeld op id. Zonder deze laag komt de geometrie uit het bestand zelf of uit de ingebouwde rasters.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="103"/>
        <source>Zone id field</source>
        <translation>Veld met zone-id</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="105"/>
        <source>The field of the zone layer that holds the zone ids of the export.</source>
        <translation>Het veld van de zonelaag dat de zone-id&apos;s van de export bevat.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="107"/>
        <source>Column mapping (JSON)</source>
        <translation>Kolomtoewijzing (JSON)</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="108"/>
        <source>For files whose columns are not recognised: which column holds the zone, date, time, profile, origin and count.</source>
        <translation>Voor bestanden waarvan de kolommen niet worden herkend: welke kolom de zone, de datum, de tijd, het profiel, de herkomst en het aantal bevat.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="110"/>
        <source>Time zone of the export</source>
        <translation>Tijdzone van de export</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="111"/>
        <source>Local times of the file are in this zone, e.g. Europe/Brussels or Europe/Paris; times with an offset keep it.</source>
        <translation>De lokale tijden in het bestand staan in deze tijdzone, bv. Europe/Brussels of Europe/Paris; tijden met een verschuiving ten opzichte van UTC behouden die.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="113"/>
        <source>Anonymity threshold</source>
        <translation>Anonimiteitsdrempel</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="115"/>
        <source>Counts below this number are suppressed (30 unless the dataset says otherwise).</source>
        <translation>Aantallen onder dit getal worden afgeschermd (30, tenzij de dataset iets anders vermeldt).</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="117"/>
        <source>PostgreSQL connection</source>
        <translation>PostgreSQL-verbinding</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="118"/>
        <source>A PostgreSQL connection saved in QGIS, or a connection string, to read the footfall table from; leave the export file empty then.</source>
        <translation>Een in QGIS opgeslagen PostgreSQL-verbinding, of een verbindingsreeks, om de footfall-tabel uit te lezen; laat het exportbestand dan leeg.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="120"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="122"/>
        <source>The schema of the footfall table and of the zones table.</source>
        <translation>Het schema van de footfall-tabel en van de zonetabel.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="124"/>
        <source>Footfall table</source>
        <translation>Footfall-tabel</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="126"/>
        <source>The table holding the counts, with columns named as in a file (zone_id, start, end, profile, origin_type, origin_code, count, suppressed, or the operator&apos;s own).</source>
        <translation>De tabel met de aantallen, met kolommen genoemd zoals in een bestand (zone_id, start, end, profile, origin_type, origin_code, count, suppressed, of die van de operator).</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="128"/>
        <source>Zones table (PostGIS)</source>
        <translation>Zonetabel (PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="130"/>
        <source>A PostGIS table of the zone polygons with a zone_id column; the zone layer above takes precedence.</source>
        <translation>Een PostGIS-tabel met de polygonen van de zones en een kolom zone_id; de zonelaag hierboven heeft voorrang.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="132"/>
        <source>Footfall GeoPackage</source>
        <translation>GeoPackage met bezoekersaantallen</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="132"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="133"/>
        <source>The GeoPackage to write.</source>
        <translation>Het GeoPackage dat wordt geschreven.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="135"/>
        <source>Rows imported</source>
        <translation>Geïmporteerde rijen</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="136"/>
        <source>Suppressed cells</source>
        <translation>Afgeschermde cellen</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="137"/>
        <source>Zone ids without geometry</source>
        <translation>Zone-id&apos;s zonder geometrie</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="147"/>
        <source>Choose the footfall export file, a folder of export files, or a PostgreSQL table.</source>
        <translation>Kies het exportbestand met bezoekersaantallen, een map met exportbestanden of een PostgreSQL-tabel.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="153"/>
        <source>Give either an export file or a folder of export files, not both.</source>
        <translation>Geef een exportbestand of een map met exportbestanden, niet allebei.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="165"/>
        <source>Give either a footfall export file or a PostgreSQL table, not both.</source>
        <translation>Geef een exportbestand met bezoekersaantallen of een PostgreSQL-tabel, niet allebei.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="172"/>
        <source>A PostgreSQL table was given without a PostgreSQL connection.</source>
        <translation>Er is een PostgreSQL-tabel opgegeven zonder PostgreSQL-verbinding.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="193"/>
        <source>Zone ids without geometry: {n}; those with the largest counts: {ids}</source>
        <translation>Zone-id&apos;s zonder geometrie: {n}; die met de grootste aantallen: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="196"/>
        <source>No zone geometry is known: the GeoPackage holds the table only.</source>
        <translation>Er is geen zonegeometrie bekend: het GeoPackage bevat alleen de tabel.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="198"/>
        <source>{rows} rows imported, {supp} suppressed, written to {path}</source>
        <translation>{rows} rijen geïmporteerd, waarvan {supp} afgeschermd, weggeschreven naar {path}</translation>
    </message>
</context>
<context>
    <name>ImportTask</name>
    <message>
        <location filename="../plugin/task.py" line="72"/>
        <source>Opening footfall export {name}</source>
        <translation>Export met bezoekersaantallen {name} openen</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="105"/>
        <source>Unexpected error while opening the export:
{trace}</source>
        <translation>Onverwachte fout bij het openen van de export:
{trace}</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="23"/>
        <source>(ignore)</source>
        <translation>(negeren)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="24"/>
        <source>Zone id</source>
        <translation>Zone-id</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="25"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="26"/>
        <source>Time of day</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="27"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="28"/>
        <source>End of slot</source>
        <translation>Einde van het tijdvak</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="29"/>
        <source>Visitor profile</source>
        <translation>Bezoekersprofiel</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="30"/>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="31"/>
        <source>Origin type</source>
        <translation>Soort herkomst</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="32"/>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="33"/>
        <source>Breakdown (age, sex, distance…: kept, filterable)</source>
        <translation>Uitsplitsing (leeftijd, geslacht, afstand…: bewaard, filterbaar)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="34"/>
        <source>A number that is not a count (never summed)</source>
        <translation>Een getal dat geen aantal is (nooit opgeteld)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="35"/>
        <source>Count of one profile (wide)</source>
        <translation>Aantal van één profiel (breed)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="36"/>
        <source>Count of one hour (wide)</source>
        <translation>Aantal van één uur (breed)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="37"/>
        <source>Count of one origin (wide)</source>
        <translation>Aantal van één herkomst (breed)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="46"/>
        <source>Map the columns of the export</source>
        <translation>Kolommen van de export toewijzen</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="56"/>
        <source>Say what each column holds. Encoding {encoding}, delimiter “{delimiter}”.</source>
        <translation>Geef aan wat elke kolom bevat. Codering {encoding}, scheidingsteken “{delimiter}”.</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="56"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="63"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="88"/>
        <source>Detect</source>
        <translation>Automatisch herkennen</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="89"/>
        <source>Comma (1 234,5)</source>
        <translation>Komma (1 234,5)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="90"/>
        <source>Point (1,234.5)</source>
        <translation>Punt (1,234.5)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="91"/>
        <source>Decimal separator</source>
        <translation>Decimaalteken</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="93"/>
        <source>Detect (day first), or e.g. %d/%m/%Y</source>
        <translation>Automatisch herkennen (dag eerst), of bv. %d/%m/%Y</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="94"/>
        <source>Date format</source>
        <translation>Datumnotatie</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="100"/>
        <source>What the count column counts; never added to another measure</source>
        <translation>Wat de kolom met aantallen telt; nooit bij een andere maat opgeteld</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="101"/>
        <source>The counts are</source>
        <translation>De aantallen zijn</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="111"/>
        <source>Save mapping…</source>
        <translation>Toewijzing opslaan…</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="112"/>
        <source>Save these choices as a JSON mapping file for the Processing algorithm and later imports</source>
        <translation>Deze keuzes opslaan als JSON-toewijzingsbestand voor het Processing-algoritme en latere imports</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="117"/>
        <source>Open with this mapping</source>
        <translation>Openen met deze toewijzing</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="144"/>
        <source>Column mapping (*.json)</source>
        <translation>Kolomtoewijzing (*.json)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="151"/>
        <source>Save mapping</source>
        <translation>Toewijzing opslaan</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="151"/>
        <source>The mapping could not be saved: {error}</source>
        <translation>De toewijzing kon niet worden opgeslagen: {error}</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../core/measures.py" line="46"/>
        <source>visitors per day</source>
        <translation>bezoekers per dag</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="48"/>
        <source>visitors per week</source>
        <translation>bezoekers per week</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="50"/>
        <source>visitors per month</source>
        <translation>bezoekers per maand</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="51"/>
        <source>people present</source>
        <translation>aanwezigen</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="53"/>
        <source>nights</source>
        <translation>overnachtingen</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="55"/>
        <source>trips per hour</source>
        <translation>verplaatsingen per uur</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="55"/>
        <source>trips</source>
        <translation>verplaatsingen</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="57"/>
        <source>people by overnight zone</source>
        <translation>personen per overnachtingszone</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="59"/>
        <source>tourists per month</source>
        <translation>toeristen per maand</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="59"/>
        <source>tourists</source>
        <translation>toeristen</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="61"/>
        <source>operator customers (not extrapolated)</source>
        <translation>klanten van de operator (niet geëxtrapoleerd)</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="63"/>
        <source>dwell time (seconds)</source>
        <translation>verblijfsduur (seconden)</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="96"/>
        <source>Recognised: {formats}</source>
        <translation>Herkend: {formats}</translation>
    </message>
</context>
<context>
    <name>MissingDependencyPlugin</name>
    <message>
        <location filename="../plugin/missing.py" line="22"/>
        <source>Footfall cannot start</source>
        <translation>Footfall kan niet starten</translation>
    </message>
</context>
<context>
    <name>OpenExportDialog</name>
    <message>
        <location filename="../plugin/open_dialog.py" line="23"/>
        <source>Open footfall export</source>
        <translation>Export met bezoekersaantallen openen</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="27"/>
        <source>Choose one or more files delivered by the operator (for example presence and origins). CSV, TXT, XLSX, Parquet, GeoPackage and GeoJSON are read; columns are recognised in English, Dutch and French.</source>
        <translation>Kies een of meer bestanden die de operator heeft geleverd (bijvoorbeeld aanwezigheid en herkomst). CSV, TXT, XLSX, Parquet, GeoPackage en GeoJSON worden gelezen; kolommen worden herkend in het Engels, het Nederlands en het Frans.</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="35"/>
        <source>Footfall exports (*.csv *.txt *.tsv *.xlsx *.parquet *.gpkg *.geojson *.json);;All files (*)</source>
        <translation>Exports met bezoekersaantallen (*.csv *.txt *.tsv *.xlsx *.parquet *.gpkg *.geojson *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="38"/>
        <source>Export files</source>
        <translation>Exportbestanden</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="51"/>
        <source>Time zone of the local times in the file: the likely ones first, then every zone (type to search). Daylight-saving changes are handled.</source>
        <translation>Tijdzone van de lokale tijden in het bestand: eerst de waarschijnlijke, dan alle zones (typ om te zoeken). Zomer- en wintertijd worden verwerkt.</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="53"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="62"/>
        <source>Polygons of the zones. Leave empty when the file has geometry or uses grid-cell ids.</source>
        <translation>Polygonen van de zones. Leeg laten als het bestand zelf geometrie bevat of id&apos;s van rastercellen gebruikt.</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="63"/>
        <source>Zone layer</source>
        <translation>Zonelaag</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="67"/>
        <source>Zone id field</source>
        <translation>Veld met zone-id</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="69"/>
        <source>Column mapping (*.json)</source>
        <translation>Kolomtoewijzing (*.json)</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="70"/>
        <source>Only for files whose columns are not recognised (see the README).</source>
        <translation>Alleen voor bestanden waarvan de kolommen niet worden herkend (zie de README).</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="71"/>
        <source>Column mapping (optional)</source>
        <translation>Kolomtoewijzing (optioneel)</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="75"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="127"/>
        <source>“{zone}” is not a time zone; choose one in the list (for example Europe/Brussels).</source>
        <translation>“{zone}” is geen tijdzone; kies er een uit de lijst (bijvoorbeeld Europe/Brussels).</translation>
    </message>
</context>
<context>
    <name>OriginFlowsAlgorithm</name>
    <message>
        <location filename="../processing/origin_flows.py" line="96"/>
        <source>Maps</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="102"/>
        <source>Draws where visitors came from: one gently curved line from each origin (postcode, municipality, commune, département or country, placed with the bundled gazetteers) to the venue or to each zone, with fields origin_type, origin_code, origin_name (in the interface&apos;s language), visitors, share, distance_km (great circle), population and per_1000_residents where the gazetteer knows the population.

visitors is the sum of the export&apos;s known origin counts over the chosen zones, profiles and slots (for daily exports: visitor-days per zone, not unique people); at_least = 1 when some of its parts were suppressed.

Level: origins are rolled up postcode → municipality → province → region → country (Belgium) or commune → département → région → country (France). “Follows the map scale” writes the municipality, province and country levels together (field level: 1, 2, 4) and styles the layer so that each level is drawn only in its scale range: municipalities closer than 1:1,000,000, provinces and départements to 1:5,000,000, countries beyond; each level adds up to the total.

Anonymity: a flow is shown alone only if every one of its cells (profile × slot, over the whole export) is 0 or at least the dataset&apos;s threshold; the others are merged into “Other origins in …” (the place one level up) at the next level up, with the smallest whole sibling added when the merged group is still too small. The lines always add up to the total of the placed origins; origins the gazetteers do not know are listed in the log with their visitors.

Minimum visitors and top N only hide lines; share is always against the total.</source>
        <translation>Tekent waar de bezoekers vandaan kwamen: een licht gebogen lijn van elke herkomst (postcode, gemeente, departement of land, gelokaliseerd met de meegeleverde plaatsnamenlijsten) naar de locatie of naar elke zone, met de velden origin_type, origin_code, origin_name (in de taal van de interface), visitors, share, distance_km (over de grootcirkel), population en per_1000_residents waar de plaatsnamenlijst de bevolking kent.

visitors is de som van de bekende herkomstaantallen van de export over de gekozen zones, profielen en tijdvakken (bij dagelijkse exports: bezoekersdagen per zone, geen unieke personen); at_least = 1 als sommige delen afgeschermd waren.

Niveau: herkomsten worden samengevoegd van postcode → gemeente → provincie → gewest → land (België) of gemeente → departement → regio → land (Frankrijk). “Volgens de kaartschaal” schrijft de niveaus gemeente, provincie (of departement) en land samen weg (veld level: 1, 2, 4) en geeft de laag een stijl waarin elk niveau alleen binnen zijn schaalbereik getekend wordt: gemeenten dichterbij dan 1:1.000.000, provincies en departementen tot 1:5.000.000, landen daarbuiten; elk niveau telt op tot het totaal.

Anonimiteit: een stroom wordt alleen apart getoond als elk van zijn cellen (profiel × tijdvak, over de hele export) 0 is of minstens de anonimiteitsdrempel van de dataset; de andere worden samengevoegd tot “Overige herkomsten in …” (het gebied één niveau hoger) op het volgende niveau, met de kleinste volledige buur erbij als de groep nog te klein is. De lijnen (stromen) tellen altijd op tot het totaal van de gelokaliseerde herkomsten; herkomsten die niet in de plaatsnamenlijsten staan, worden met hun bezoekers in het logboek vermeld.

Minimum aantal bezoekers en “Grootste N stromen” verbergen alleen lijnen; het aandeel wordt altijd op het totaal berekend.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="124"/>
        <source>A GeoPackage written by “Import footfall export”, or an operator&apos;s export with origins.</source>
        <translation>Een GeoPackage geschreven door “Export met bezoekersaantallen importeren”, of een export van een operator met herkomst.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="126"/>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="127"/>
        <source>Where the lines end. Without it: the visitor-weighted centre of the zones (of the venue area when one is given).</source>
        <translation>Waar de lijnen eindigen. Zonder: het naar bezoekers gewogen middelpunt van de zones (van het locatiegebied als dat gegeven is).</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="129"/>
        <source>Venue area</source>
        <translation>Locatiegebied</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="130"/>
        <source>Only the zones whose centre lies in these polygons are used.</source>
        <translation>Alleen de zones waarvan het middelpunt in deze polygonen ligt, worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="132"/>
        <source>Lines end at</source>
        <translation>Lijnen eindigen bij</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="132"/>
        <source>The venue</source>
        <translation>De locatie</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="132"/>
        <source>Each zone&apos;s centre</source>
        <translation>Het middelpunt van elke zone</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="134"/>
        <source>One set of lines to the venue, or one set per zone.</source>
        <translation>Eén reeks lijnen naar de locatie, of één reeks per zone.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="136"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="137"/>
        <source>Roll origins up to this level before drawing.</source>
        <translation>Herkomsten op dit niveau samenvoegen vóór het tekenen.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="139"/>
        <source>Minimum visitors</source>
        <translation>Minimum aantal bezoekers</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="140"/>
        <source>Hide lines with fewer visitors.</source>
        <translation>Lijnen met minder bezoekers verbergen.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="142"/>
        <source>Top N</source>
        <translation>Grootste N stromen</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="143"/>
        <source>Keep only the N largest lines per destination (0: all).</source>
        <translation>Alleen de N grootste stromen per bestemming behouden (0: alle).</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="148"/>
        <source>One line per time slot (for the Temporal Controller)</source>
        <translation>Eén lijn per tijdvak (voor Tijdbeheer)</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="149"/>
        <source>Adds start and end fields so that the flows play with the Temporal Controller.</source>
        <translation>Voegt de velden start en end toe, zodat de stromen in Tijdbeheer kunnen worden afgespeeld.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="152"/>
        <source>The line layer to write.</source>
        <translation>De lijnlaag die wordt aangemaakt.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="154"/>
        <source>Visitors of the placed origins</source>
        <translation>Bezoekers van de gelokaliseerde herkomsten</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="155"/>
        <source>Visitors of origins the gazetteers do not know</source>
        <translation>Bezoekers van herkomsten die niet in de plaatsnamenlijsten staan</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="156"/>
        <source>Origins merged for anonymity</source>
        <translation>Om de anonimiteit samengevoegde herkomsten</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="157"/>
        <source>What the figures measure (a measure of the data model)</source>
        <translation>Wat de cijfers meten (een maat van het datamodel)</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="181"/>
        <source>Neither zone geometry nor a venue is known: give a zone layer or a venue point.</source>
        <translation>Er is geen zonegeometrie en geen locatie bekend: geef een zonelaag of een locatiepunt.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="187"/>
        <source>No zone lies in the venue area.</source>
        <translation>Geen enkele zone ligt in het locatiegebied.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="190"/>
        <source>Lines to each zone need zone geometry: give a zone layer.</source>
        <translation>Voor lijnen naar elke zone is de geometrie van de zones nodig: geef een zonelaag op.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="221"/>
        <source>{n} lines; {shown} of {total} visitors shown; {merged} origins merged for anonymity (threshold {k}).</source>
        <translation>{n} lijnen; {shown} van {total} bezoekers getoond; {merged} herkomsten samengevoegd om de anonimiteit te beschermen (anonimiteitsdrempel {k}).</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="229"/>
        <source>{n} origins are not places the map can show, and are not drawn: {items}</source>
        <translation>{n} herkomsten zijn geen plaatsen die de kaart kan tonen en worden niet getekend: {items}</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="232"/>
        <source>{n} origins are zones of the export&apos;s own zoning (such as MITMA districts), which have no geometry here: give their zone layer (Zone layer, Zone id field) to draw them.</source>
        <translation>{n} herkomsten zijn zones van de eigen zonering van de export (zoals MITMA-districten) zonder geometrie hier: geef hun zonelaag (Zonelaag, Veld met zone-id) om ze te tekenen.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="235"/>
        <source>Some visitors are not shown: even all together they are below the anonymity threshold.</source>
        <translation>Sommige bezoekers worden niet getoond: zelfs samen blijven ze onder de anonimiteitsdrempel.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="252"/>
        <source>Origin flows</source>
        <translation>Herkomststromen</translation>
    </message>
</context>
<context>
    <name>OriginSummaryAlgorithm</name>
    <message>
        <location filename="../processing/origin_summary.py" line="49"/>
        <source>Origin summary and choropleth</source>
        <translation>Herkomstoverzicht en choropleet</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="52"/>
        <source>Maps</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="58"/>
        <source>Visitors per origin place at the chosen level, as points at the gazetteer&apos;s representative point (WGS 84): visitors, share of the total, population where the gazetteer knows it, and per_1000_residents = visitors × 1000 / population.

With an area layer (for example municipalities or départements with their code in a field), the same figures are joined to its polygons by code for a choropleth; areas without visitors get 0.

The anonymity rule is the one of “Origin flows”: origins below the threshold are merged into “Other origins in …” (the place one level up), and the rows add up to the total of the placed origins.</source>
        <translation>Bezoekers per herkomstplaats op het gekozen niveau, als punten op het representatieve punt uit de plaatsnamenlijst (WGS 84): bezoekers, aandeel in het totaal, bevolking waar de plaatsnamenlijst die kent, en per_1000_residents = bezoekers × 1000 / bevolking.

Met een gebiedslaag (bijvoorbeeld gemeenten of departementen met hun code in een veld) worden dezelfde cijfers op code aan de polygonen gekoppeld voor een choropleet; gebieden zonder bezoekers krijgen 0.

De anonimiteitsregel is die van “Herkomststromen”: herkomsten onder de anonimiteitsdrempel worden samengevoegd tot “Overige herkomsten in …” (het gebied één niveau hoger), en de rijen tellen op tot het totaal van de gelokaliseerde herkomsten.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="69"/>
        <source>A GeoPackage written by “Import footfall export”, or an operator&apos;s export with origins.</source>
        <translation>Een GeoPackage geschreven door “Export met bezoekersaantallen importeren”, of een export van een operator met herkomst.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="71"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="72"/>
        <source>Roll origins up to this level.</source>
        <translation>Herkomsten op dit niveau samenvoegen.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="76"/>
        <source>Origin areas (for a choropleth)</source>
        <translation>Herkomstgebieden (voor een choropleet)</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="78"/>
        <source>Polygons of the origin places at the chosen level.</source>
        <translation>Polygonen van de herkomstplaatsen op het gekozen niveau.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="80"/>
        <source>Area code field</source>
        <translation>Veld met de gebiedscode</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="81"/>
        <source>The field holding the code (postcode, NIS or INSEE code, département, ISO country code).</source>
        <translation>Het veld met de code (postcode, NIS- of INSEE-code, departement, ISO-landcode).</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="84"/>
        <source>Points with the figures per origin place.</source>
        <translation>Punten met de cijfers per herkomstplaats.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="88"/>
        <source>The area layer with the figures joined.</source>
        <translation>De gebiedslaag met de gekoppelde cijfers.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="90"/>
        <source>Visitors of the placed origins</source>
        <translation>Bezoekers van de gelokaliseerde herkomsten</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="125"/>
        <source>Origin summary</source>
        <translation>Herkomstoverzicht</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="132"/>
        <source>Choose the field of the area layer that holds the codes.</source>
        <translation>Kies het veld van de gebiedslaag dat de codes bevat.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="154"/>
        <source>{n} areas joined to an origin.</source>
        <translation>{n} gebieden aan een herkomst gekoppeld.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="155"/>
        <source>Origin choropleth</source>
        <translation>Herkomstchoropleet</translation>
    </message>
</context>
<context>
    <name>Origins</name>
    <message>
        <location filename="../core/origins.py" line="72"/>
        <source>local (Flux Vision provenance)</source>
        <translation>lokaal (herkomst volgens Flux Vision)</translation>
    </message>
    <message>
        <location filename="../core/origins.py" line="73"/>
        <source>rest of the country (Flux Vision provenance)</source>
        <translation>rest van het land (herkomst volgens Flux Vision)</translation>
    </message>
    <message>
        <location filename="../core/origins.py" line="74"/>
        <source>abroad (Flux Vision provenance)</source>
        <translation>buitenland (herkomst volgens Flux Vision)</translation>
    </message>
    <message>
        <location filename="../core/origins.py" line="76"/>
        <source>outside the study area</source>
        <translation>buiten het studiegebied</translation>
    </message>
    <message>
        <location filename="../core/origins.py" line="77"/>
        <source>foreign SIM cards</source>
        <translation>buitenlandse simkaarten</translation>
    </message>
    <message>
        <location filename="../core/origins.py" line="78"/>
        <source>other countries</source>
        <translation>andere landen</translation>
    </message>
    <message>
        <location filename="../core/origins.py" line="79"/>
        <source>abroad</source>
        <translation>buitenland</translation>
    </message>
    <message>
        <location filename="../core/origins.py" line="80"/>
        <source>not disclosed</source>
        <translation>niet bekendgemaakt</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../core/privacy.py" line="97"/>
        <source>Dimension {d} has {m} values for {n} cells.</source>
        <translation>Dimensie {d} heeft {m} waarden voor {n} cellen.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="143"/>
        <source>The anonymity threshold must be at least 1, not {k}.</source>
        <translation>De anonimiteitsdrempel moet minstens 1 zijn, niet {k}.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="146"/>
        <source>The table holds negative counts ({n} cells, the lowest {v}); counts of people cannot be below zero.</source>
        <translation>De tabel bevat negatieve aantallen ({n} cellen, het laagste {v}); aantallen personen kunnen niet onder nul liggen.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="149"/>
        <source>The table holds infinite counts.</source>
        <translation>De tabel bevat oneindige aantallen.</translation>
    </message>
</context>
<context>
    <name>ReadError</name>
    <message>
        <location filename="../core/errors.py" line="24"/>
        <source>row {row}</source>
        <translation>rij {row}</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="26"/>
        <source>column “{column}”</source>
        <translation>kolom “{column}”</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="29"/>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="34"/>
        <source>Assign the columns in a mapping file (JSON, see the README).</source>
        <translation>Wijs de kolommen toe in een toewijzingsbestand (JSON, zie de README).</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="41"/>
        <source>Use “Map columns…” to say which column holds what.</source>
        <translation>Gebruik “Kolommen toewijzen…” om aan te geven welke kolom wat bevat.</translation>
    </message>
    <message>
        <location filename="../core/gpkg.py" line="177"/>
        <source>the GeoPackage cannot be written: {error}</source>
        <translation>het GeoPackage kan niet worden geschreven: {error}</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="50"/>
        <source>reading from PostgreSQL needs the Python package psycopg2 (Debian package python3-psycopg2).</source>
        <translation>lezen uit PostgreSQL vraagt het Python-pakket psycopg2 (Debian-pakket python3-psycopg2).</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="54"/>
        <source>cannot connect to the PostgreSQL database: {error}</source>
        <translation>kan geen verbinding maken met de PostgreSQL-databank: {error}</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="132"/>
        <source>the database cannot be queried: {error}</source>
        <translation>de databank kan niet bevraagd worden: {error}</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="138"/>
        <source>the table has only geometry columns; it holds no counts.</source>
        <translation>de tabel heeft alleen geometriekolommen; ze bevat geen aantallen.</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="169"/>
        <source>the table does not exist in the database, or it has no columns.</source>
        <translation>de tabel bestaat niet in de databank, of ze heeft geen kolommen.</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="172"/>
        <source>the zones table has no PostGIS geometry column.</source>
        <translation>de zonetabel heeft geen PostGIS-geometriekolom.</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="177"/>
        <source>the zones table has no column “{field}”; expected the column that holds the zone ids, such as zone_id.</source>
        <translation>de zonetabel heeft geen kolom “{field}”; verwacht wordt de kolom met de zone-id&apos;s, zoals zone_id.</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="184"/>
        <source>the table cannot be read: {error}</source>
        <translation>de tabel kan niet gelezen worden: {error}</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="265"/>
        <source>the table cannot be written to the database: {error}</source>
        <translation>de tabel kan niet naar de databank geschreven worden: {error}</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="73"/>
        <source>the mapping file cannot be read: {error}</source>
        <translation>het toewijzingsbestand kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="75"/>
        <source>the mapping file is not valid JSON: {error}</source>
        <translation>het toewijzingsbestand is geen geldige JSON: {error}</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="77"/>
        <source>the mapping file must hold a JSON object.</source>
        <translation>het toewijzingsbestand moet een JSON-object bevatten.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="134"/>
        <source>unknown time zone “{tz}”; expected a name such as Europe/Brussels or Europe/Paris.</source>
        <translation>onbekende tijdzone “{tz}”; verwacht werd een naam zoals Europe/Brussels of Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="191"/>
        <source>the folder holds no export (CSV, TXT, gzip, XLSX or Parquet file).</source>
        <translation>de map bevat geen export (CSV-, TXT-, gzip-, XLSX- of Parquet-bestand).</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="197"/>
        <source>this is not a ZIP archive: the file is damaged or cut short, or it is another kind of file with a .zip name.</source>
        <translation>dit is geen ZIP-archief: het bestand is beschadigd of onvolledig, of het is een ander soort bestand met een naam op .zip.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="200"/>
        <source>this is not a readable ZIP archive: {error}</source>
        <translation>dit is geen leesbaar ZIP-archief: {error}</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="208"/>
        <source>the ZIP archive holds no export (CSV, TXT, gzip, XLSX or Parquet file).</source>
        <translation>het ZIP-archief bevat geen export (CSV-, TXT-, gzip-, XLSX- of Parquet-bestand).</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="256"/>
        <source>Zones joined to the bundled boundaries of French départements (Natural Earth, simplified; good for maps, not for areas): {n} of {m}.</source>
        <translation>Zones gekoppeld aan de meegeleverde grenzen van de Franse departementen (Natural Earth, vereenvoudigd; goed voor kaarten, niet voor oppervlakten): {n} van {m}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="256"/>
        <source>Without a polygon: {zones}.</source>
        <translation>Zonder polygoon: {zones}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="342"/>
        <source>the file does not exist or is not a file.</source>
        <translation>het bestand bestaat niet of is geen bestand.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="355"/>
        <source>a ZIP archive is read through the list of files to open (the archive itself, not one of its members).</source>
        <translation>een ZIP-archief wordt gelezen via de lijst van te openen bestanden (het archief zelf, niet een bestand erin).</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="377"/>
        <source>unknown encoding “{encoding}”; expected for example utf-8, cp1252, latin-1 or utf-16.</source>
        <translation>onbekende codering “{encoding}”; verwacht werd bijvoorbeeld utf-8, cp1252, latin-1 of utf-16.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="429"/>
        <source>the column name appears twice in the header; expected unique column names.</source>
        <translation>de kolomnaam komt twee keer voor in de kopregel; elke kolomnaam moet uniek zijn.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="526"/>
        <source>a quote opens a field and is never closed; the file may be cut short, or a quote inside a field is not doubled.</source>
        <translation>een aanhalingsteken opent een veld en wordt nooit gesloten; het bestand is misschien afgebroken, of een aanhalingsteken binnen een veld is niet verdubbeld.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="528"/>
        <source>this row does not have as many fields as the header ({n}); check the delimiter and quotes.</source>
        <translation>deze rij heeft niet evenveel velden als de kopregel ({n}); controleer het scheidingsteken en de aanhalingstekens.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="530"/>
        <source>the text is not valid in the detected encoding ({encoding}); give the encoding in a mapping file.</source>
        <translation>de tekst is niet geldig in de herkende codering ({encoding}); geef de codering op in een toewijzingsbestand.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="532"/>
        <source>the file cannot be read as delimited text: {error}</source>
        <translation>het bestand kan niet worden gelezen als tekst met scheidingstekens: {error}</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="539"/>
        <source>reading XLSX needs the Python package openpyxl.</source>
        <translation>voor het lezen van XLSX is het Python-pakket openpyxl nodig.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="572"/>
        <source>{n} sheets with the same columns read as one table: {sheets}.</source>
        <translation>{n} werkbladen met dezelfde kolommen als één tabel gelezen: {sheets}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="575"/>
        <source>Sheets left out (other columns): {sheets}.</source>
        <translation>Werkbladen weggelaten (andere kolommen): {sheets}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="584"/>
        <source>this is not a readable Parquet file: {error}</source>
        <translation>dit is geen leesbaar Parquet-bestand: {error}</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="611"/>
        <source>this is not a readable vector file: {error}</source>
        <translation>dit is geen leesbaar vectorbestand: {error}</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="613"/>
        <source>the file holds no layer.</source>
        <translation>het bestand bevat geen laag.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="680"/>
        <source>Times read in {tz}, the time zone of {product}.</source>
        <translation>Tijden gelezen in {tz}, de tijdzone van {product}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="700"/>
        <source>the date of this export is only in its file name, and the name “{name}” holds none; rename the file as the operator delivered it, or give the date in a mapping file.</source>
        <translation>de datum van deze export staat alleen in de bestandsnaam, en de naam “{name}” bevat er geen; geef het bestand de naam die de operator leverde, of geef de datum op in een toewijzingsbestand.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="701"/>
        <source>(date from the file name)</source>
        <translation>(datum uit de bestandsnaam)</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="714"/>
        <source>unknown role “{role}” in the mapping file; expected one of {roles}.</source>
        <translation>onbekende rol “{role}” in het toewijzingsbestand; mogelijke waarden: {roles}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="753"/>
        <source>the mapping names column “{name}”, which the file does not have; its columns are: {columns}.</source>
        <translation>de toewijzing noemt de kolom “{name}”, die niet in het bestand voorkomt; de kolommen van het bestand zijn: {columns}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="777"/>
        <source>Columns found: {columns}. Check that the file is complete.</source>
        <translation>Gevonden kolommen: {columns}. Controleer of het bestand volledig is.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="780"/>
        <source>no count column found. Expected a column named like Volume, aantal or count, or one column per profile, hour or origin; columns found: {columns}.</source>
        <translation>geen kolom met aantallen gevonden. Verwacht werd een kolom met een naam zoals Volume, aantal of count, of één kolom per profiel, uur of herkomst; gevonden kolommen: {columns}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="782"/>
        <source>no zone column found. Expected a column named like Zone, gebied or zone_id; columns found: {columns}.</source>
        <translation>geen zonekolom gevonden. Verwacht werd een kolom met een naam zoals Zone, gebied of zone_id; gevonden kolommen: {columns}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="786"/>
        <source>no time column found. Expected a column named like Date, datum or timestamp; columns found: {columns}.</source>
        <translation>geen tijdkolom gevonden. Verwacht werd een kolom met een naam zoals Date, datum of timestamp; gevonden kolommen: {columns}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="849"/>
        <source>the file has a header but no data rows.</source>
        <translation>het bestand heeft een kopregel maar geen gegevensrijen.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="861"/>
        <source>the zone is empty; every row needs a zone id.</source>
        <translation>de zone is leeg; elke rij heeft een zone-id nodig.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="886"/>
        <source>“{value}” is not a count; expected a number such as 1234 or 1 234,5, or a suppression marker such as &lt;30.</source>
        <translation>“{value}” is geen aantal; verwacht werd een getal zoals 1234 of 1 234,5, of een afschermingsteken zoals &lt;30.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="886"/>
        <source>the count {value} is negative; counts of people cannot be below zero.</source>
        <translation>het aantal {value} is negatief; een aantal personen kan niet onder nul liggen.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="886"/>
        <source>the count {value} is implausibly large (above one billion people in one zone and slot); check the column and the decimal separator.</source>
        <translation>het aantal {value} is onwaarschijnlijk groot (meer dan een miljard mensen in één zone en tijdvak); controleer de kolom en het decimaalteken.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="916"/>
        <source>this file repeats cells of a file already loaded in the same dataset.</source>
        <translation>dit bestand herhaalt cellen van een bestand dat al in dezelfde dataset is geladen.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="918"/>
        <source>Cells suppressed because they were below the anonymity threshold of {k}: {n}.</source>
        <translation>Cellen afgeschermd omdat ze onder de anonimiteitsdrempel van {k} lagen: {n}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="974"/>
        <source>unknown measure “{measure}” in the mapping; expected one of {measures}.</source>
        <translation>onbekende meetgrootheid “{measure}” in de toewijzing; verwacht werd een van {measures}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1019"/>
        <source>The total column “{column}” differs from the sum of the other columns in {n} rows (first: row {row}, {total} against {sum}); it is not read as a count.</source>
        <translation>De totaalkolom “{column}” wijkt in {n} rijen af van de som van de andere kolommen (eerste: rij {row}, {total} tegenover {sum}); ze wordt niet als aantal gelezen.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1022"/>
        <source>The total column “{column}” equals the sum of the other columns; it is not read as a count.</source>
        <translation>De totaalkolom “{column}” is gelijk aan de som van de andere kolommen; ze wordt niet als aantal gelezen.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1127"/>
        <source>rows {first} and {second} give the same zone, time, profile and origin with different counts; expected one value per cell.</source>
        <translation>de rijen {first} en {second} geven dezelfde zone, tijd, hetzelfde profiel en dezelfde herkomst met verschillende aantallen; verwacht werd één waarde per cel.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1129"/>
        <source>Duplicate rows with identical values, read once: {n}.</source>
        <translation>Dubbele rijen met dezelfde waarden, één keer gelezen: {n}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1257"/>
        <source>the date is empty; every row needs a date.</source>
        <translation>de datum is leeg; elke rij heeft een datum nodig.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1278"/>
        <source>the local time {value} does not exist in {tz} (the clocks moved forward); if the file is in UTC or in fixed winter time, choose that time zone.</source>
        <translation>de lokale tijd {value} bestaat niet in {tz} (de klok werd vooruitgezet); als het bestand in UTC of in vaste wintertijd staat, kies dan die tijdzone.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1317"/>
        <source>unknown period “{period}” in the mapping; expected day, week or month.</source>
        <translation>onbekende periode “{period}” in de toewijzing; verwacht werd day, week of month.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1327"/>
        <source>a single time slot: its length is taken as {n} minutes.</source>
        <translation>één enkel tijdvak: de lengte ervan wordt op {n} minuten gesteld.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1331"/>
        <source>some rows have a time and others only a date; rows without a time start at midnight.</source>
        <translation>sommige rijen hebben een tijd en andere alleen een datum; rijen zonder tijd beginnen om middernacht.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1365"/>
        <source>Every date is the first of a month, a month apart: the rows are read as monthly periods, not days (give period in a mapping file to change it).</source>
        <translation>Elke datum is de eerste van een maand, met telkens een maand ertussen: de rijen worden als maanden gelezen, niet als dagen (geef period op in een toewijzingsbestand om dat te wijzigen).</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1368"/>
        <source>The dates are a week apart: each row is read as one day; if each row covers a week, give period week in a mapping file.</source>
        <translation>De datums liggen telkens een week uit elkaar: elke rij wordt als één dag gelezen; als elke rij een week beslaat, geef dan period week op in een toewijzingsbestand.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1384"/>
        <source>“{value}” is not a date or time in a known format; expected for example 06/07/2019, 2019-07-06, 14:15 or 2019-07-06T14:15:00+02:00, or give date_format in a mapping file.</source>
        <translation>“{value}” is geen datum of tijd in een bekende notatie; verwacht werd bijvoorbeeld 06/07/2019, 2019-07-06, 14:15 of 2019-07-06T14:15:00+02:00, of geef date_format op in een toewijzingsbestand.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1386"/>
        <source>the date {value} is outside the years {first} to {last}; check the year and the date format.</source>
        <translation>de datum {value} ligt buiten de jaren {first} tot {last}; controleer het jaar en de datumnotatie.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1398"/>
        <source>the end of the slot is not after its start.</source>
        <translation>het einde van het tijdvak ligt niet na het begin.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1410"/>
        <source>the profile is empty; expected a visitor category such as Touristes, dagbezoekers or residents.</source>
        <translation>het profiel is leeg; verwacht werd een bezoekerscategorie zoals Touristes, dagbezoekers of residents.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1418"/>
        <source>unknown visitor category “{value}”; expected residents, day visitors, overnight visitors, commuters, transit, visitors or total (in English, Dutch or French), or map it with profile_values in a mapping file.</source>
        <translation>onbekende bezoekerscategorie “{value}”; verwacht werd inwoners, dagbezoekers, verblijfsbezoekers, pendelaars, transit, bezoekers of totaal (in het Engels, Nederlands of Frans), of wijs ze toe met profile_values in een toewijzingsbestand.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1442"/>
        <source>Origins not recognised, kept as unknown: {n} ({values}).</source>
        <translation>Niet herkende herkomsten, bewaard als onbekend: {n} ({values}).</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1480"/>
        <source>this is not an XLSX workbook: the file is damaged or cut short, or it is another kind of file with an .xlsx name.</source>
        <translation>dit is geen XLSX-werkmap: het bestand is beschadigd of onvolledig, of het is een ander soort bestand met een naam op .xlsx.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1482"/>
        <source>this is not a readable XLSX workbook: {error}</source>
        <translation>dit is geen leesbare XLSX-werkmap: {error}</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="45"/>
        <source>the compressed file cannot be read: {error}</source>
        <translation>het gecomprimeerde bestand kan niet gelezen worden: {error}</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="52"/>
        <source>the file is empty.</source>
        <translation>het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="65"/>
        <source>this is not a text file (it holds binary data); expected a CSV, XLSX, Parquet, GeoPackage or GeoJSON export.</source>
        <translation>dit is geen tekstbestand (het bevat binaire gegevens); verwacht werd een export in CSV, XLSX, Parquet, GeoPackage of GeoJSON.</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="91"/>
        <source>the file mixes UTF-8 and another encoding (byte 0x{byte:02X} is not UTF-8); save the whole file again in one encoding, UTF-8, or give the encoding in a mapping file.</source>
        <translation>het bestand mengt UTF-8 met een andere codering (byte 0x{byte:02X} is geen UTF-8); sla het hele bestand opnieuw op in één codering, UTF-8, of geef de codering op in een toewijzingsbestand.</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="106"/>
        <source>the file ends in the middle of a character: it was cut short; copy or export it again.</source>
        <translation>het bestand eindigt midden in een teken: het is afgebroken; kopieer of exporteer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="111"/>
        <source>byte 0x{byte:02X} is not valid in the {encoding} encoding; save the file as UTF-8 or give the encoding in a mapping file.</source>
        <translation>byte 0x{byte:02X} is niet geldig in de codering {encoding}; sla het bestand op als UTF-8 of geef de codering op in een toewijzingsbestand.</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="176"/>
        <source>the line is longer than {mb} MB; this is not a delimited text export, or its line ends were lost.</source>
        <translation>de regel is langer dan {mb} MB; dit is geen export als tekst met scheidingstekens, of de regeleinden zijn verloren gegaan.</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="214"/>
        <source>no column separator found; expected “;”, “,”, tab or “|” between columns.</source>
        <translation>geen kolomscheidingsteken gevonden; verwacht werd “;”, “,”, tab of “|” tussen de kolommen.</translation>
    </message>
</context>
<context>
    <name>ReopenTask</name>
    <message>
        <location filename="../plugin/task.py" line="120"/>
        <source>Reconnecting the Footfall panel to {name}</source>
        <translation>Het Footfall-paneel opnieuw verbinden met {name}</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="134"/>
        <source>The export {path} is no longer where the project found it. The map layer is kept as it was saved; to use the panel, open the export again.</source>
        <translation>De export {path} staat niet meer waar het project hem vond. De kaartlaag blijft zoals ze werd opgeslagen; open de export opnieuw om het paneel te gebruiken.</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="148"/>
        <source>The panel could not reconnect to the export:
{trace}</source>
        <translation>Het paneel kon niet opnieuw met de export verbinden:
{trace}</translation>
    </message>
</context>
<context>
    <name>ReportTask</name>
    <message>
        <location filename="../plugin/task.py" line="289"/>
        <source>Computing the post-event report</source>
        <translation>Het evaluatierapport wordt berekend</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="300"/>
        <source>The report could not be computed:
{trace}</source>
        <translation>Het rapport kon niet berekend worden:
{trace}</translation>
    </message>
</context>
<context>
    <name>Typography</name>
    <message>
        <location filename="../core/i18n.py" line="35"/>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
</context>
<context>
    <name>Uplift</name>
    <message>
        <location filename="../core/uplift.py" line="104"/>
        <source>“{day}” is not a date; write days as 2019-07-06, separated by commas.</source>
        <translation>“{day}” is geen datum; schrijf dagen als 2019-07-06, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <location filename="../core/uplift.py" line="112"/>
        <source>No event day was given.</source>
        <translation>Er is geen evenementdag opgegeven.</translation>
    </message>
    <message>
        <location filename="../core/uplift.py" line="117"/>
        <source>{day} is both an event day and a reference day.</source>
        <translation>{day} is zowel een evenementdag als een referentiedag.</translation>
    </message>
    <message>
        <location filename="../core/uplift.py" line="121"/>
        <source>Give reference days, or at least one previous weekday.</source>
        <translation>Geef referentiedagen op, of minstens één voorgaande gelijke weekdag.</translation>
    </message>
    <message>
        <location filename="../core/uplift.py" line="144"/>
        <source>The export holds no data on the event day {day} (time zone {tz}).</source>
        <translation>De export bevat geen gegevens op de evenementdag {day} (tijdzone {tz}).</translation>
    </message>
    <message>
        <location filename="../core/uplift.py" line="149"/>
        <source>The export holds no data on any reference day ({days}).</source>
        <translation>De export bevat geen gegevens op de referentiedagen ({days}).</translation>
    </message>
</context>
<context>
    <name>UpliftAlgorithm</name>
    <message>
        <location filename="../processing/uplift.py" line="73"/>
        <source>Event uplift against a baseline</source>
        <translation>Toename tijdens een evenement tegenover een referentieniveau</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="76"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="82"/>
        <source>Compares the event days with reference days, per zone and time slot. Slots are matched by local time of day, so that a slot after a daylight-saving change meets the same clock time on the reference days.

event = the zone&apos;s count in the slot; baseline = the median of the counts of the reference days at the same zone and local time; uplift = event − baseline; relative_change = uplift ÷ baseline (NULL when the baseline is 0). references = reference days with a cell there. Reference days are the days given, or the N previous same weekdays before the first event day (for each event day, the days of its own weekday). A reference day without any data is left out and named in the log.

Profiles are summed as elsewhere: the rows of profile “all” when the export has them, otherwise the sum of the other profiles.

Suppressed cells: a suppressed (or partly suppressed) event cell stays suppressed (suppressed = 1, event, uplift and relative_change NULL). A suppressed reference cell lies somewhere below the threshold; baseline_partial = 1 then, and the baseline is given only when the median is the same whatever the suppressed values are, otherwise NULL. No event count or baseline above 0 and below the anonymity threshold is shown.

The totals (event, baseline, uplift) are sums over the zones and slots where both the event and the baseline are published, so that total uplift = total event − total baseline; they are visitor-slots, not people.</source>
        <translation>Vergelijkt de evenementdagen met referentiedagen, per zone en tijdvak. Tijdvakken worden gekoppeld op lokale kloktijd, zodat een tijdvak na een overgang naar zomer- of wintertijd overeenkomt met hetzelfde kloktijdstip op de referentiedagen.

event = het aantal van de zone in het tijdvak; baseline = de mediaan van de aantallen van de referentiedagen in dezelfde zone en op hetzelfde lokale uur; uplift (de toename) = event − baseline; relative_change = uplift ÷ baseline (NULL als de baseline 0 is). references = referentiedagen met een cel op die plaats. Referentiedagen zijn de opgegeven dagen, of de N voorgaande gelijke weekdagen vóór de eerste evenementdag (voor elke evenementdag de dagen van zijn eigen weekdag). Een referentiedag zonder gegevens wordt weggelaten en in het logboek genoemd.

Profielen worden opgeteld zoals elders: de rijen van profiel “all” als de export ze heeft, anders de som van de andere profielen.

Afgeschermde cellen: een afgeschermde (of deels afgeschermde) evenementcel blijft afgeschermd (suppressed = 1, event, uplift en relative_change NULL). Een afgeschermde referentiecel ligt ergens onder de drempel; baseline_partial is dan 1, en de baseline wordt alleen gegeven als de mediaan dezelfde is wat de afgeschermde waarden ook zijn, anders NULL. Geen enkel aantal of baseline boven 0 en onder de anonimiteitsdrempel wordt getoond.

De totalen (event, baseline, uplift) zijn sommen over de zones en tijdvakken waar zowel event als baseline gepubliceerd zijn, zodat de totale toename = totaal event − totale baseline; het zijn bezoekers-tijdvakken, geen personen.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="105"/>
        <source>Only used for an export with local times; days and times of day are local to it.</source>
        <translation>Alleen gebruikt voor een export met lokale tijden; dagen en uren zijn lokaal in deze tijdzone.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="106"/>
        <source>Event days</source>
        <translation>Evenementdagen</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="107"/>
        <source>The days of the event, separated by commas, for example 2019-07-06,2019-07-07.</source>
        <translation>De dagen van het evenement, gescheiden door komma&apos;s, bijvoorbeeld 2019-07-06,2019-07-07.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="109"/>
        <source>Reference days</source>
        <translation>Referentiedagen</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="110"/>
        <source>Ordinary days to compare with, separated by commas; when empty, the previous same weekdays are used.</source>
        <translation>Gewone dagen om mee te vergelijken, gescheiden door komma&apos;s; leeg: de voorgaande gelijke weekdagen.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="112"/>
        <source>Previous same weekdays</source>
        <translation>Voorgaande gelijke weekdagen</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="114"/>
        <source>When no reference day is given: how many of the same weekdays before the first event day make the baseline.</source>
        <translation>Als er geen referentiedag is opgegeven: hoeveel gelijke weekdagen vóór de eerste evenementdag het referentieniveau vormen.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="119"/>
        <source>One row per zone and event slot: zone polygons when the zone geometry is known, else a table.</source>
        <translation>Eén rij per zone en tijdvak van het evenement: zonepolygonen als de geometrie van de zones bekend is, anders een tabel.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="121"/>
        <source>Total event count (published cells with a baseline)</source>
        <translation>Totaal aantal tijdens het evenement (gepubliceerde cellen met een referentieniveau)</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="122"/>
        <source>Total baseline (same cells)</source>
        <translation>Totaal referentieniveau (dezelfde cellen)</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="123"/>
        <source>Total uplift (same cells)</source>
        <translation>Totale toename (dezelfde cellen)</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="130"/>
        <source>Give at least one event day, for example 2019-07-06.</source>
        <translation>Geef minstens één evenementdag op, bijvoorbeeld 2019-07-06.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="146"/>
        <source>Event day {event}: reference days {days}.</source>
        <translation>Evenementdag {event}: referentiedagen {days}.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="149"/>
        <source>No data on the reference days {days}; the baseline uses the others.</source>
        <translation>Geen gegevens op de referentiedagen {days}; het referentieniveau wordt op de andere berekend.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="187"/>
        <source>{n} zones have no geometry; their rows have none.</source>
        <translation>{n} zones hebben geen geometrie; hun rijen ook niet.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="188"/>
        <source>Totals over the {n} zone-slot cells where event and baseline are both published: event {event}, baseline {baseline}, uplift {uplift}.</source>
        <translation>Totalen over de {n} cellen (zone × tijdvak) waar event en baseline allebei gepubliceerd zijn: evenement {event}, referentieniveau {baseline}, toename {uplift}.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="193"/>
        <source>Uplift</source>
        <translation>Toename</translation>
    </message>
</context>
<context>
    <name>WebPage</name>
    <message>
        <location filename="../cartography/web.py" line="62"/>
        <source>{time} ({zone})</source>
        <translation>{time} ({zone})</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="76"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="204"/>
        <source>The web page needs zone geometry: give a zone layer.</source>
        <translation>Voor de webpagina is de geometrie van de zones nodig: geef een zonelaag op.</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="229"/>
        <source>≥ {value}</source>
        <translation>≥ {value}</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="233"/>
        <source>Synthetic demo data – not a measurement</source>
        <translation>Synthetische demogegevens – geen meting</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="239"/>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="239"/>
        <source>Day visitors</source>
        <translation>Dagbezoekers</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="240"/>
        <source>Overnight visitors</source>
        <translation>Verblijfsbezoekers</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="241"/>
        <source>Commuters</source>
        <translation>Pendelaars</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="241"/>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="242"/>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="612"/>
        <source>Footfall</source>
        <translation>Footfall</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="613"/>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="614"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="615"/>
        <source>Play or pause the animation of the time slots</source>
        <translation>De animatie van de tijdvakken afspelen of pauzeren</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="616"/>
        <source>Time slot</source>
        <translation>Tijdvak</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="617"/>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="618"/>
        <source>{n}/s</source>
        <translation>{n}/s</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="619"/>
        <source>Busiest slot</source>
        <translation>Drukste tijdvak</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="620"/>
        <source>Go to the slot with the most people for the chosen profiles</source>
        <translation>Naar het tijdvak met de meeste personen voor de gekozen profielen gaan</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="621"/>
        <source>Visitor profiles</source>
        <translation>Bezoekersprofielen</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="622"/>
        <source>None ticked: all profiles.</source>
        <translation>Niets aangevinkt: alle profielen.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="623"/>
        <source>All profiles</source>
        <translation>Alle profielen</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="624"/>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="625"/>
        <source>People per zone</source>
        <translation>Personen per zone</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="626"/>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="627"/>
        <source>Origin flows of the day</source>
        <translation>Herkomststromen van de dag</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="628"/>
        <source>OpenStreetMap basemap (online)</source>
        <translation>OpenStreetMap-achtergrondkaart (online)</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="629"/>
        <source>The OpenStreetMap basemap could not be loaded (no internet connection?); the map works without it.</source>
        <translation>De OpenStreetMap-achtergrondkaart kon niet geladen worden (geen internetverbinding?); de kaart werkt ook zonder.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="630"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-bijdragers</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="631"/>
        <source>{total} people in this slot</source>
        <translation>{total} personen in dit tijdvak</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="632"/>
        <source>At least {total} people in this slot ({n} cells suppressed)</source>
        <translation>Minstens {total} personen in dit tijdvak ({n} cellen afgeschermd)</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="633"/>
        <source>No figure for this slot: every cell is suppressed (fewer than {k} people)</source>
        <translation>Geen cijfer voor dit tijdvak: elke cel is afgeschermd (minder dan {k} personen)</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="634"/>
        <source>People per zone and slot</source>
        <translation>Personen per zone en tijdvak</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="635"/>
        <source>People per km²</source>
        <translation>Personen per km²</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="636"/>
        <source>Suppressed (fewer than {k} people)</source>
        <translation>Afgeschermd (minder dan {k} personen)</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="638"/>
        <source>{zone}: {value} people</source>
        <translation>{zone}: {value} personen</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="639"/>
        <source>{zone}: suppressed (fewer than {k} people)</source>
        <translation>{zone}: afgeschermd (minder dan {k} personen)</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="640"/>
        <source>{zone}: no data</source>
        <translation>{zone}: geen gegevens</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="641"/>
        <source>Visitors by origin, {day}</source>
        <translation>Bezoekers naar herkomst, {day}</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="642"/>
        <source>{n} or more</source>
        <translation>{n} of meer</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="643"/>
        <source>Sums of daily counts per zone (not unique people); origins below {k} merged with their neighbours; “≥”: parts below {k} not counted.</source>
        <translation>Sommen van dagelijkse aantallen per zone (geen unieke personen); herkomsten onder {k} samengevoegd met hun buren; “≥”: delen onder {k} niet meegeteld.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="644"/>
        <source>No origin data for this day.</source>
        <translation>Geen herkomstgegevens voor deze dag.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="645"/>
        <source>Other origins</source>
        <translation>Overige herkomsten</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="646"/>
        <source>Other origins in {place}</source>
        <translation>Overige herkomsten in {place}</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="647"/>
        <source>Municipalities / communes</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="648"/>
        <source>Provinces / départements</source>
        <translation>Provincies / departementen</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="649"/>
        <source>Regions / régions</source>
        <translation>Gewesten / regio&apos;s</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="650"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="651"/>
        <source>Detail of the origins follows the zoom: {level}.</source>
        <translation>De detailgraad van de herkomsten volgt het zoomniveau: {level}.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="652"/>
        <source>Keyboard: the arrow keys, Page Up/Down, Home and End move the time slider; Space or Enter on Play starts and pauses.</source>
        <translation>Toetsenbord: de pijltjestoetsen, Page Up/Down, Home en End verschuiven de tijdschuif; Spatie of Enter op Afspelen start en pauzeert.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="653"/>
        <source>This interactive map needs JavaScript. The image shows the busiest slot.</source>
        <translation>Deze interactieve kaart heeft JavaScript nodig. De afbeelding toont het drukste tijdvak.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="654"/>
        <source>Map of the busiest slot</source>
        <translation>Kaart van het drukste tijdvak</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="655"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="656"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="657"/>
        <source>Map of the people present, zone by zone, for the time slot shown</source>
        <translation>Kaart van de aanwezige personen, zone per zone, voor het getoonde tijdvak</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="668"/>
        <source>operator data</source>
        <translation>gegevens van de operator</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="669"/>
        <source>Source: {operator}, {files}.</source>
        <translation>Bron: {operator}, {files}.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="672"/>
        <source>Counts extrapolated by the operator to all people, stated precision ± {pct} %; cells below the anonymity threshold of {k} people are suppressed, never shown as zero, and totals then say “at least”.</source>
        <translation>Aantallen door de operator geëxtrapoleerd naar de hele bevolking, opgegeven precisie ± {pct} %; cellen onder de anonimiteitsdrempel van {k} personen zijn afgeschermd, nooit als nul getoond, en totalen krijgen dan “minstens” ervoor.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="674"/>
        <source>the maximum of all slots</source>
        <translation>het maximum van alle tijdvakken</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="675"/>
        <source>percentile {q} of all slots</source>
        <translation>percentiel {q} van alle tijdvakken</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="676"/>
        <source>Heatmap: kernel density of the zone counts (quartic kernel, radius {radius} m, pixels of {pixel} m), one colour scale for every slot and profile, up to {vmax} people per km² ({scale}).</source>
        <translation>Heatmap: kerneldichtheid van de aantallen per zone (vierdegraadse kernel, straal {radius} m, pixels van {pixel} m), één kleurschaal voor elk tijdvak en profiel, tot {vmax} personen per km² ({scale}).</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="679"/>
        <source>Origin flows: visitors by most probable residence, summed over the zones for each day; origins below {k} are merged into “Other origins in …”.</source>
        <translation>Herkomststromen: bezoekers naar meest waarschijnlijke woonplaats, per dag opgeteld over de zones; herkomsten onder {k} zijn samengevoegd tot “Overige herkomsten in …”.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="681"/>
        <source>To keep the page small, one time slot in {step} is shown ({kept} of {total}).</source>
        <translation>Om de pagina klein te houden, wordt één tijdvak op {step} getoond ({kept} van {total}).</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="683"/>
        <source>Made with Footfall on {date}.</source>
        <translation>Gemaakt met Footfall op {date}.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="699"/>
        <source>People present in each {minutes}-minute slot</source>
        <translation>Aanwezige personen per tijdvak van {minutes} minuten</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="700"/>
        <source>People present in each time slot</source>
        <translation>Aanwezige personen per tijdvak</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="702"/>
        <source>Measure: {measure}</source>
        <translation>Meetgrootheid: {measure}</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="717"/>
        <source>Total in this time slot: {total} ({measure})</source>
        <translation>Totaal in dit tijdvak: {total} ({measure})</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="718"/>
        <source>Total in this time slot: at least {total} ({measure}; {n} cells suppressed)</source>
        <translation>Totaal in dit tijdvak: minstens {total} ({measure}; {n} cellen afgeschermd)</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="719"/>
        <source>No figure for this time slot: every cell is suppressed (below {k})</source>
        <translation>Geen cijfer voor dit tijdvak: elke cel is afgeschermd (onder {k})</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="720"/>
        <source>{measure} per zone and time slot</source>
        <translation>{measure} per zone en tijdvak</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="721"/>
        <source>{measure} per km²</source>
        <translation>{measure} per km²</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="722"/>
        <source>Per zone</source>
        <translation>Per zone</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="723"/>
        <source>{zone}: {value}</source>
        <translation>{zone}: {value}</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="724"/>
        <source>Suppressed (below {k})</source>
        <translation>Afgeschermd (onder {k})</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="725"/>
        <source>{zone}: suppressed (below {k})</source>
        <translation>{zone}: afgeschermd (onder {k})</translation>
    </message>
</context>
<context>
    <name>WebPageTask</name>
    <message>
        <location filename="../plugin/task.py" line="307"/>
        <source>Writing the web page {name}</source>
        <translation>Webpagina {name} maken</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="323"/>
        <source>The web page could not be written:
{trace}</source>
        <translation>De webpagina kon niet worden gemaakt:
{trace}</translation>
    </message>
</context>
</TS>
