<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AnimationTask</name>
    <message>
        <location filename="../plugin/task.py" line="198"/>
        <source>Exporting the animation {name}</source>
        <translation>Export de l&apos;animation {name}</translation>
    </message>
</context>
<context>
    <name>AnonymityGuardAlgorithm</name>
    <message>
        <location filename="../processing/anonymity_guard.py" line="29"/>
        <source>Anonymity guard</source>
        <translation>Protection de l&apos;anonymat</translation>
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
        <translation>Applique le seuil d&apos;anonymat k à toute table d&apos;effectifs (une ligne par cellule) et en écrit une copie avec deux champs de plus : suppressed (0 ou 1) et suppression (primary, secondary, input ou vide), le type de secret statistique. L&apos;effectif d&apos;une cellule masquée est NULL, jamais 0. La même règle protège toutes les sorties de Footfall.

Secret statistique primaire : un effectif supérieur à 0 et inférieur à k. Un vrai 0 est publié ; un effectif NULL en entrée reste masqué (suppression « input »).

Groupes : pour chaque champ de dimension, les cellules qui partagent les valeurs de tous les autres champs de dimension (les cellules qu&apos;additionne un total publié sur cette dimension), et le total général.

Secret statistique secondaire : un total publié moins ses cellules publiées donne la somme de ses cellules masquées. Dans chaque groupe, cette somme doit couvrir au moins deux cellules et valoir au moins k (les cellules masquées en entrée comptent pour 0, leur valeur étant inconnue). Sinon, une cellule publiée non nulle supplémentaire du groupe est masquée : de préférence une dont les autres groupes contiennent déjà une cellule masquée, puis la plus petite. On répète jusqu&apos;à ce qu&apos;aucun groupe n&apos;enfreigne la règle. Un groupe où il ne reste rien à masquer est signalé dans le journal : son total ne doit pas être publié.

Seuls les totaux sur une dimension et le total général sont protégés, pas les totaux sur deux dimensions à la fois.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="57"/>
        <source>Table of counts</source>
        <translation>Table d&apos;effectifs</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="58"/>
        <source>A table or vector layer with one row per cell; geometry, when present, is kept.</source>
        <translation>Une table ou une couche vectorielle avec une ligne par cellule ; la géométrie, s&apos;il y en a une, est conservée.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="60"/>
        <source>Count field</source>
        <translation>Champ des effectifs</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="62"/>
        <source>The numeric field holding the counts; NULL means already suppressed.</source>
        <translation>Le champ numérique qui contient les effectifs ; NULL signifie déjà masqué.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="64"/>
        <source>Dimension fields</source>
        <translation>Champs de dimension</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="66"/>
        <source>The fields that identify a cell, for example zone_id, start and profile; totals over each of them are guarded. Without any, only the grand total is guarded.</source>
        <translation>Les champs qui identifient une cellule, par exemple zone_id, start et profile ; les totaux sur chacun d&apos;eux sont protégés. Sans aucun champ, seul le total général est protégé.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="69"/>
        <source>Anonymity threshold</source>
        <translation>Seuil d&apos;anonymat</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="71"/>
        <source>The smallest count that may be published (30 for Proximus; use the dataset&apos;s threshold when it differs).</source>
        <translation>Le plus petit effectif qui peut être publié (30 chez Proximus ; prenez le seuil du jeu de données s&apos;il diffère).</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="73"/>
        <source>Guarded table</source>
        <translation>Table protégée</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="74"/>
        <source>A copy of the input with the suppressed counts set to NULL and the fields suppressed and suppression.</source>
        <translation>Une copie de l&apos;entrée avec les effectifs masqués mis à NULL et les champs suppressed et suppression (le type de secret statistique).</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="76"/>
        <source>Cells suppressed below the threshold</source>
        <translation>Cellules masquées sous le seuil</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="77"/>
        <source>Cells suppressed to protect others</source>
        <translation>Cellules masquées pour en protéger d&apos;autres</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="78"/>
        <source>Cells already suppressed in the input</source>
        <translation>Cellules déjà masquées en entrée</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="79"/>
        <source>Totals that must not be published</source>
        <translation>Totaux qui ne doivent pas être publiés</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="90"/>
        <source>The count field “{field}” is not in the table.</source>
        <translation>Le champ des effectifs « {field} » n&apos;est pas dans la table.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="92"/>
        <source>The count field “{field}” is not numeric; choose a field of numbers.</source>
        <translation>Le champ des effectifs « {field} » n&apos;est pas numérique ; choisissez un champ de nombres.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="98"/>
        <source>The dimension field “{field}” is not in the table.</source>
        <translation>Le champ de dimension « {field} » n&apos;est pas dans la table.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="100"/>
        <source>The count field cannot also be a dimension field.</source>
        <translation>Le champ des effectifs ne peut pas être aussi un champ de dimension.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="130"/>
        <source>The table already has a field “{field}”; rename it first.</source>
        <translation>La table a déjà un champ « {field} » ; renommez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="163"/>
        <source>the grand total</source>
        <translation>le total général</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="166"/>
        <source>The total over {dimension} for {where} must not be published: it would reveal suppressed cells.</source>
        <translation>Le total sur {dimension} pour {where} ne doit pas être publié : il révélerait des cellules masquées.</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="166"/>
        <source>all cells</source>
        <translation>toutes les cellules</translation>
    </message>
    <message>
        <location filename="../processing/anonymity_guard.py" line="168"/>
        <source>Threshold {k}: {p} cells suppressed below it, {s} to protect them, {i} already suppressed in the input; {n} passes.</source>
        <translation>Seuil {k} : {p} cellules masquées en dessous, {s} pour les protéger, {i} déjà masquées en entrée ; {n} passages.</translation>
    </message>
</context>
<context>
    <name>CatchmentAlgorithm</name>
    <message>
        <location filename="../processing/catchment.py" line="68"/>
        <source>Venue catchment</source>
        <translation>Zone de chalandise du site</translation>
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
        <translation>Jusqu&apos;où l&apos;événement attire ses visiteurs.

Les provenances (au niveau choisi, avec la règle d&apos;anonymat de « Flux de provenance » : les petites provenances ne sont classées qu&apos;au sein de leur groupe « Autres provenances (…) ») sont classées par nombre de visiteurs, de la plus importante à la plus petite. share = visiteurs / total ; cum_share = la somme cumulée de share. La zone de chalandise à X % est le plus petit ensemble de provenances les mieux classées dont la part cumulée atteint X % : une provenance reçoit la tranche X quand la part cumulée des provenances classées avant elle est encore inférieure à X % (tranches 50, 75, 90 par défaut). distance_km est la distance orthodromique du point représentatif de la provenance au site ; per_1000_residents = visiteurs × 1000 / population quand le répertoire géographique connaît la population.

Tranches en zones : avec une couche de zones dont le champ de code correspond aux codes de provenance, les zones de chaque tranche sont fusionnées (les groupes « Autres provenances » n&apos;ont pas de zone propre et ne comptent que dans les visiteurs). Sans elle, des anneaux de distance : l&apos;anneau de la tranche X a le rayon dans lequel habitent X % des visiteurs de distance connue (un quantile pondéré par les visiteurs), dessiné comme un cercle orthodromique autour du site. Chaque polygone de tranche ne porte que les visiteurs de ses propres provenances (pour les anneaux : ceux qui habitent entre l&apos;anneau précédent et celui-ci).

Décroissance avec la distance : la part des visiteurs par classe de distance (0, 5, 10, 25, 50, 100, 250, 500, 1000, 2500 km et au-delà), avec la médiane et le 90e centile de la distance de déplacement pondérés par les visiteurs.

visitors sont des sommes des effectifs de provenance connus de l&apos;export (pour un export journalier : visiteurs-jours par zone, et non des personnes distinctes) ; les distances sont mesurées jusqu&apos;au lieu de résidence le plus probable, et non selon le trajet effectué ce jour-là.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="101"/>
        <source>A GeoPackage written by “Import footfall export”, or an operator&apos;s export with origins.</source>
        <translation>Un GeoPackage écrit par « Importer un export de fréquentation », ou un export d&apos;opérateur avec provenances.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="103"/>
        <source>Venue</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="104"/>
        <source>Where distances are measured to. Without it: the visitor-weighted centre of the zones.</source>
        <translation>Point vers lequel les distances sont mesurées. Sans lui : le centre des zones pondéré par les visiteurs.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="106"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="107"/>
        <source>Roll origins up to this level before ranking them.</source>
        <translation>Agréger les provenances à ce niveau avant de les classer.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="112"/>
        <source>Catchment bands (%)</source>
        <translation>Tranches de la zone de chalandise (%)</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="114"/>
        <source>Cumulative shares of the visitors, in percent, separated by commas.</source>
        <translation>Parts cumulées des visiteurs, en pourcentage, séparées par des virgules.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="116"/>
        <source>Origin areas (for dissolved bands)</source>
        <translation>Zones de provenance (pour des tranches fusionnées)</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="118"/>
        <source>Polygons of the origin places at the chosen level; without them the bands are distance rings.</source>
        <translation>Polygones des lieux de provenance au niveau choisi ; sans eux, les tranches sont des anneaux de distance.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="120"/>
        <source>Area code field</source>
        <translation>Champ du code de zone</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="121"/>
        <source>The field holding the code (postcode, NIS or INSEE code, département, ISO country code).</source>
        <translation>Le champ qui porte le code (code postal, code NIS ou INSEE, département, code pays ISO).</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="123"/>
        <source>Catchment by origin</source>
        <translation>Zone de chalandise par provenance</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="124"/>
        <source>One point per ranked origin with its share, cumulative share, band and distance.</source>
        <translation>Un point par provenance classée avec sa part, sa part cumulée, sa tranche et sa distance.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="126"/>
        <source>Catchment bands</source>
        <translation>Tranches de la zone de chalandise</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="128"/>
        <source>One polygon per band: dissolved origin areas, or a distance ring.</source>
        <translation>Un polygone par tranche : zones de provenance fusionnées, ou un anneau de distance.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="130"/>
        <source>Distance decay</source>
        <translation>Décroissance avec la distance</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="132"/>
        <source>Share of visitors per distance bin.</source>
        <translation>Part des visiteurs par classe de distance.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="134"/>
        <source>Visitors of the placed origins</source>
        <translation>Visiteurs des provenances localisées</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="135"/>
        <source>Median travel distance (km)</source>
        <translation>Distance de déplacement médiane (km)</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="136"/>
        <source>90th percentile of the travel distance (km)</source>
        <translation>90e centile de la distance de déplacement (km)</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="148"/>
        <source>Neither zone geometry nor a venue is known: give a zone layer or a venue point.</source>
        <translation>Ni la géométrie des zones ni le site ne sont connus : indiquez une couche de zones ou l&apos;emplacement du site.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="161"/>
        <source>Catchment bands must be percentages between 0 and 100, such as “50, 75, 90”; got “{text}”.</source>
        <translation>Les tranches de la zone de chalandise doivent être des pourcentages entre 0 et 100, comme « 50, 75, 90 » ; reçu : « {text} ».</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="166"/>
        <source>The export has no origins.</source>
        <translation>Cet export n&apos;indique pas la provenance des visiteurs.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="196"/>
        <source>Catchment</source>
        <translation>Zone de chalandise</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="220"/>
        <source>{n} origins ranked; {total} visitors; median travel distance {median} km, 90th percentile {p90} km.</source>
        <translation>{n} provenances classées ; {total} visiteurs ; distance médiane {median} km, 90e centile {p90} km.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="223"/>
        <source>{band} % catchment: {n} origins, {visitors} visitors; ring radius {radius} km.</source>
        <translation>Zone de chalandise à {band} % : {n} provenances, {visitors} visiteurs ; rayon de l&apos;anneau {radius} km.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="227"/>
        <source>{visitors} visitors of merged origins have no distance (the last “Other origins” group).</source>
        <translation>{visitors} visiteurs de provenances regroupées n&apos;ont pas de distance (le dernier groupe « Autres provenances »).</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="230"/>
        <source>{n} origins are not in the gazetteers and are not ranked; see “Origin flows” for the list.</source>
        <translation>{n} provenances ne figurent pas dans les répertoires géographiques et ne sont pas classées ; voir « Flux de provenance » pour la liste.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="242"/>
        <source>Choose the field of the area layer that holds the codes.</source>
        <translation>Choisissez le champ de la couche de zones qui porte les codes.</translation>
    </message>
    <message>
        <location filename="../processing/catchment.py" line="251"/>
        <source>{n} areas joined to a ranked origin.</source>
        <translation>{n} zones jointes à une provenance classée.</translation>
    </message>
</context>
<context>
    <name>Dependencies</name>
    <message>
        <location filename="../core/deps.py" line="30"/>
        <source>reading footfall exports (the plugin&apos;s engine)</source>
        <translation>la lecture des exports de fréquentation (le moteur de l&apos;extension)</translation>
    </message>
    <message>
        <location filename="../core/deps.py" line="31"/>
        <source>GIF and MP4 export of animations</source>
        <translation>l&apos;export des animations en GIF et MP4</translation>
    </message>
    <message>
        <location filename="../core/deps.py" line="32"/>
        <source>MP4 export of animations</source>
        <translation>l&apos;export des animations en MP4</translation>
    </message>
    <message>
        <location filename="../core/deps.py" line="33"/>
        <source>reading large CSV exports about twice as fast</source>
        <translation>une lecture environ deux fois plus rapide des gros exports CSV</translation>
    </message>
    <message>
        <location filename="../core/deps.py" line="83"/>
        <source>“{package}” for {what}</source>
        <translation>« {package} » pour {what}</translation>
    </message>
    <message>
        <location filename="../core/deps.py" line="85"/>
        <source>Missing Python packages: {names}. Install them in QGIS&apos;s Python, for example with: {command}, then restart QGIS.</source>
        <translation>Paquets Python manquants : {names}. Installez-les dans le Python de QGIS, par exemple avec : {command}, puis redémarrez QGIS.</translation>
    </message>
</context>
<context>
    <name>EconomicImpactAlgorithm</name>
    <message>
        <location filename="../processing/economic_impact.py" line="54"/>
        <source>Economic impact</source>
        <translation>Retombées économiques</translation>
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
        <translation>Estime les retombées économiques des visiteurs : retombées directes = Σ sur les profils et groupes de provenance de V × additionnalité × (1 − déplacement) × (daily_spend + nights × spend_per_night), et retombées totales = directes × multiplicateur.

V est le nombre de visiteurs uniques par jour additionné sur les jours (visiteurs-jours), jamais la somme des effectifs de présence par quart d&apos;heure, qui comptent la même personne de nombreuses fois. Données journalières : les effectifs du jour additionnés sur les zones (une personne vue dans deux zones est comptée deux fois), ou la plus grande zone comme borne basse. Données infra-journalières : pour chaque jour, le pic sur les créneaux des personnes présentes en même temps dans toutes les zones (une borne basse). La règle utilisée est écrite dans les résultats. Les cellules masquées ne sont pas lues comme 0 : chacune compte pour un tiers du seuil d&apos;anonymat (entre un sixième et la moitié dans l&apos;intervalle).

Groupes de provenance : étranger (un pays autre que le pays d&apos;origine), local (les codes locaux), reste du pays, inconnue ; toutes quand l&apos;export n&apos;a pas de provenance.

Marges : un intervalle à 90 % issu d&apos;un Monte-Carlo à graine fixe (20 000 tirages) : chaque donnée est tirée d&apos;une loi triangulaire entre sa valeur basse et sa valeur haute, avec son mode à la valeur centrale — les effectifs (± la précision), chaque valeur de dépenses, de nuitées, d&apos;additionnalité et de déplacement, et le multiplicateur. Le journal indique quelles données font l&apos;essentiel de la largeur ; le résumé garde aussi les extrêmes (toutes les données ensemble à leur valeur basse, ou haute).

Les chiffres des préréglages viennent de sources publiées (chaque valeur nomme sa source, son année et sa fiabilité) ; ce qui n&apos;a pas été trouvé est marqué comme hypothèse et doit être remplacé.

Anonymat : les lignes de moins de visiteurs que le seuil sont regroupées dans un groupe « autres » de leur profil, puis dans une seule ligne « autres » ; les totaux comprennent toutes les lignes.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="86"/>
        <source>A GeoPackage written by “Import footfall export”, or an operator&apos;s export. Leave empty when the visitors are given as a table.</source>
        <translation>Un GeoPackage écrit par « Importer un export de fréquentation », ou l&apos;export d&apos;un opérateur. Laisser vide quand les visiteurs sont donnés sous forme de tableau.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="88"/>
        <source>Used for local times and to cut the data into local days.</source>
        <translation>Sert à afficher les heures locales et à découper les données en jours locaux.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="89"/>
        <source>Visitors table (instead of an export)</source>
        <translation>Tableau des visiteurs (au lieu d&apos;un export)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="91"/>
        <source>A table with the fields profile, origin_group (optional) and visitors, for example official figures typed by hand. Used instead of the export.</source>
        <translation>Un tableau avec les champs profile, origin_group (facultatif) et visitors, par exemple des chiffres officiels saisis à la main. Utilisé au lieu de l&apos;export.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="94"/>
        <source>Counting rule for daily data</source>
        <translation>Règle de comptage pour les données journalières</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="94"/>
        <source>Sum over the zones (a person in two zones is included twice)</source>
        <translation>Somme sur les zones (une personne présente dans deux zones est comptée deux fois)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="94"/>
        <source>Largest zone (a lower bound)</source>
        <translation>Zone la plus fréquentée (borne inférieure)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="97"/>
        <source>How daily counts become daily unique visitors. Sub-daily data always uses the peak of simultaneous presence.</source>
        <translation>Comment les effectifs journaliers sont convertis en visiteurs uniques par jour. Les données infra-journalières utilisent toujours le pic de présence simultanée.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="100"/>
        <source>Spend preset</source>
        <translation>Préréglage des dépenses</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="100"/>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="100"/>
        <source>Lyon</source>
        <translation>Lyon</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="100"/>
        <source>None (spend table only)</source>
        <translation>Aucun (tableau de dépenses seulement)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="103"/>
        <source>Bundled spend, additionality, displacement and multiplier values with their sources (see the methods documentation); figures marked as assumptions must be replaced.</source>
        <translation>Valeurs fournies de dépenses, d&apos;additionnalité, de déplacement et de multiplicateur avec leurs sources (voir la documentation des méthodes) ; les chiffres marqués comme hypothèses doivent être remplacés.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="106"/>
        <source>Spend table</source>
        <translation>Tableau de dépenses</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="107"/>
        <source>A table (layer or CSV) with one row per profile: profile, additionality, daily_spend, nights, spend_per_night, displacement, each optionally with _low and _high columns, and optionally origin_group. Its rows replace the preset&apos;s rows of the same profiles.</source>
        <translation>Un tableau (couche ou CSV) avec une ligne par profil : profile, additionality, daily_spend, nights, spend_per_night, displacement, chacun éventuellement avec des colonnes _low et _high, et éventuellement origin_group. Ses lignes remplacent celles du préréglage pour les mêmes profils.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="111"/>
        <source>Multiplier</source>
        <translation>Multiplicateur</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="113"/>
        <source>Total impact = direct impact × multiplier. Empty: the preset&apos;s.</source>
        <translation>Retombées totales = retombées directes × multiplicateur. Vide : celui du préréglage.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="115"/>
        <source>Multiplier, low bound</source>
        <translation>Multiplicateur, borne basse</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="119"/>
        <source>Multiplier, high bound</source>
        <translation>Multiplicateur, borne haute</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="121"/>
        <source>Empty: the preset&apos;s, or the multiplier itself when one is given.</source>
        <translation>Vide : celle du préréglage, ou le multiplicateur lui-même s&apos;il est donné.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="123"/>
        <source>Relative margin of the counts</source>
        <translation>Marge relative des effectifs</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="125"/>
        <source>For example 0.1 for ±10 %. Empty: the dataset&apos;s (±10 % unless it says otherwise).</source>
        <translation>Par exemple 0,1 pour ±10 %. Vide : celle du jeu de données (±10 % sauf indication contraire).</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="127"/>
        <source>Local origin codes</source>
        <translation>Codes de provenance locaux</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="128"/>
        <source>Comma-separated origin codes of the area itself (postcodes, municipality or département codes); a trailing * matches a prefix. Empty: the preset&apos;s.</source>
        <translation>Codes de provenance de la zone elle-même, séparés par des virgules (codes postaux, codes de commune ou de département) ; un * final désigne un préfixe. Vide : ceux du préréglage.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="132"/>
        <source>Economic impact table</source>
        <translation>Tableau des retombées économiques</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="133"/>
        <source>One row per profile and origin group, with low, central and high direct and total impact.</source>
        <translation>Une ligne par profil et groupe de provenance, avec les retombées directes et totales basses, centrales et hautes.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="135"/>
        <source>Summary for the report (JSON)</source>
        <translation>Résumé pour le rapport (JSON)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="135"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="137"/>
        <source>Inputs, preset, sources, counting rule, margins and totals, for the report.</source>
        <translation>Entrées, préréglage, sources, règle de comptage, marges et totaux, pour le rapport.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="139"/>
        <source>Direct impact (central)</source>
        <translation>Retombées directes (valeur centrale)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="140"/>
        <source>Direct impact, 5th percentile</source>
        <translation>Retombées directes, 5e centile</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="141"/>
        <source>Direct impact, 95th percentile</source>
        <translation>Retombées directes, 95e centile</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="142"/>
        <source>Total impact (central)</source>
        <translation>Retombées totales (valeur centrale)</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="143"/>
        <source>Total impact, 5th percentile</source>
        <translation>Retombées totales, 5e centile</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="144"/>
        <source>Total impact, 95th percentile</source>
        <translation>Retombées totales, 95e centile</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="145"/>
        <source>Counting rule</source>
        <translation>Règle de comptage</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="158"/>
        <source>user&apos;s spend table {name}</source>
        <translation>tableau de dépenses de l&apos;utilisateur {name}</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="162"/>
        <source>Choose a spend preset or give a spend table.</source>
        <translation>Choisissez un préréglage de dépenses ou donnez un tableau de dépenses.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="176"/>
        <source>given by the user</source>
        <translation>donné par l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="190"/>
        <source>Give a footfall export or a visitors table.</source>
        <translation>Donnez un export de fréquentation ou un tableau des visiteurs.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="215"/>
        <source>Width of the interval: {input} makes {share} % of it.</source>
        <translation>Largeur de l&apos;intervalle : {input} en fait {share} %.</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="230"/>
        <source>The impact table could not be written: {error}</source>
        <translation>Le tableau des retombées n&apos;a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <location filename="../processing/economic_impact.py" line="239"/>
        <source>{n} rows below the anonymity threshold were merged into “other”.</source>
        <translation>{n} lignes sous le seuil d&apos;anonymat ont été fusionnées dans « other ».</translation>
    </message>
</context>
<context>
    <name>EventReport</name>
    <message>
        <location filename="../cartography/report.py" line="40"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="40"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="40"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="45"/>
        <source>Residents</source>
        <translation>Résidents</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="45"/>
        <source>Day visitors</source>
        <translation>Excursionnistes</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="46"/>
        <source>Overnight visitors</source>
        <translation>Touristes</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="46"/>
        <source>Commuters</source>
        <translation>Navetteurs</translation>
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
        <translation>Visiteurs</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="47"/>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="84"/>
        <source>withheld</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="92"/>
        <source>{amount} million EUR</source>
        <translation>{amount} millions d&apos;euros</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="170"/>
        <source>{measure} (at least)</source>
        <translation>{measure} (au moins)</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="194"/>
        <source>visitors (sums of daily counts per zone)</source>
        <translation>visiteurs (sommes des effectifs journaliers par zone)</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="232"/>
        <source>Footfall · heat of the people present, radius 500 m</source>
        <translation>Footfall · carte de chaleur des personnes présentes, rayon 500 m</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="249"/>
        <source>Origin flows</source>
        <translation>Flux de provenance</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="275"/>
        <source>{share} % within {km} km</source>
        <translation>{share} % à moins de {km} km</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="304"/>
        <source>Dashed circles: distance within which 50, 75 and 90 % of the visitors live.</source>
        <translation>Cercles en tirets : distance en deçà de laquelle habitent 50, 75 et 90 % des visiteurs.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="307"/>
        <source>Circles beyond 600 km ({bands} %) are left out of the map; see the catchment table.</source>
        <translation>Les cercles au-delà de 600 km ({bands} %) ne figurent pas sur la carte ; voir le tableau de la zone de chalandise.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="334"/>
        <source>Post-event report</source>
        <translation>Rapport post-événement</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="335"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="336"/>
        <source>Visitors per day and profile</source>
        <translation>Visiteurs par jour et par profil</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="337"/>
        <source>Share by profile</source>
        <translation>Part par profil</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="338"/>
        <source>People present per time slot, by profile, residents included (sums of the published cells of all zones).</source>
        <translation>Personnes présentes par créneau, par profil, résidents compris (sommes des cellules publiées de toutes les zones).</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="339"/>
        <source>Where the crowd was at the peak</source>
        <translation>Où se trouvait la foule au moment du pic</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="340"/>
        <source>Where visitors came from</source>
        <translation>D&apos;où venaient les visiteurs</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="341"/>
        <source>Origins</source>
        <translation>Provenances</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="342"/>
        <source>Largest origins in detail</source>
        <translation>Principales provenances en détail</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="343"/>
        <source>Origins with fewer than {k} visitors are only counted in “Other origins in …” groups. In brackets: the range of ± the precision of the counts ({p} %).</source>
        <translation>Les provenances de moins de {k} visiteurs ne sont comptées que dans les groupes « Autres provenances en … ». Entre parenthèses : la fourchette de ± la précision des effectifs ({p} %).</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="344"/>
        <source>Catchment</source>
        <translation>Zone de chalandise</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="345"/>
        <source>The X % catchment is the smallest set of the largest origins that together send X % of the visitors.</source>
        <translation>La zone de chalandise à X % est le plus petit ensemble des principales provenances qui, ensemble, fournissent X % des visiteurs.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="346"/>
        <source>Economic impact</source>
        <translation>Retombées économiques</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="347"/>
        <source>Residents, commuters and local day visitors bring no new money (additionality 0, as eventIMPACTS leaves out residents&apos; spending). The other values come from published figures or are labelled assumptions: see the table of assumptions in the appendix, and replace the assumptions with the organiser’s own survey.</source>
        <translation>Les résidents, les navetteurs et les excursionnistes locaux n&apos;apportent pas d&apos;argent nouveau (additionnalité 0, comme eventIMPACTS écarte les dépenses des résidents). Les autres valeurs viennent de chiffres publiés ou sont marquées comme hypothèses : voir le tableau des hypothèses en annexe, et remplacer les hypothèses par l&apos;enquête de l&apos;organisateur.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="348"/>
        <source>Appendix: how these figures were made</source>
        <translation>Annexe : comment ces chiffres ont été établis</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="349"/>
        <source>What these figures cannot tell</source>
        <translation>Ce que ces chiffres ne disent pas</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="350"/>
        <source>Made with Footfall on {date}. Place names: GeoNames, Statbel, INSEE.</source>
        <translation>Réalisé avec Footfall le {date}. Noms de lieux : GeoNames, Statbel, INSEE.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="352"/>
        <source>Residents are not visitors: people whose phone usually spends the night in the area. They stay in this table and out of every visitors figure of the report.</source>
        <translation>Les résidents ne sont pas des visiteurs : personnes dont le téléphone passe habituellement la nuit dans la zone. Ils restent dans ce tableau et hors de tous les chiffres de visiteurs du rapport.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="353"/>
        <source>What makes the interval wide</source>
        <translation>Ce qui élargit l&apos;intervalle</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="354"/>
        <source>Each input varied alone, the others at their central values: the total impact it gives and its share of the width.</source>
        <translation>Chaque donnée variée seule, les autres à leur valeur centrale : les retombées totales qu&apos;elle donne et sa part de la largeur.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="355"/>
        <source>Assumptions behind the economic impact</source>
        <translation>Hypothèses derrière les retombées économiques</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="356"/>
        <source>Kind: published (a figure for the place), derived (calculated from published figures), proxy (a figure of another place, year or population), assumption (nothing published was found), definition or method; then the ids of the published figures (docs/methods.md, “Sources of the preset figures”), their year and confidence (H, M, L).</source>
        <translation>Type : publié (un chiffre pour le lieu), dérivé (calculé à partir de chiffres publiés), approximation (un chiffre d&apos;un autre lieu, d&apos;une autre année ou d&apos;une autre population), hypothèse (rien de publié n&apos;a été trouvé), définition ou méthode ; puis les identifiants des chiffres publiés (docs/methods.md, « Sources of the preset figures »), leur année et leur fiabilité (H, M, L).</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="357"/>
        <source>Published figure to compare with</source>
        <translation>Chiffre publié à comparer</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="365"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="380"/>
        <location filename="../cartography/report_sections.py" line="59"/>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="386"/>
        <location filename="../cartography/report_sections.py" line="100"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="406"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="414"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="414"/>
        <source>Origin</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="421"/>
        <source>Band</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="421"/>
        <source>Radius of the ring</source>
        <translation>Rayon de l&apos;anneau</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="429"/>
        <source>Origin group</source>
        <translation>Groupe de provenance</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="429"/>
        <source>Visitor-days</source>
        <translation>Visiteurs-jours</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="429"/>
        <source>Suppressed cells</source>
        <translation>Cellules masquées</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="429"/>
        <source>Direct (M EUR)</source>
        <translation>Directes (M EUR)</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="429"/>
        <source>90 % interval (M EUR)</source>
        <translation>Intervalle à 90 % (M EUR)</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="439"/>
        <source>Range</source>
        <translation>Fourchette</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="439"/>
        <source>Total impact, this input alone (M EUR)</source>
        <translation>Retombées totales, cette donnée seule (M EUR)</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="439"/>
        <source>Share of the width</source>
        <translation>Part de la largeur</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="446"/>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="446"/>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (début)</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="446"/>
        <source>Slot (minutes)</source>
        <translation>Créneau (minutes)</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="448"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="449"/>
        <source>not stated in the export</source>
        <translation>non indiqué dans l&apos;export</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="449"/>
        <source>Extrapolation by the operator</source>
        <translation>Extrapolation par l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="450"/>
        <source>Anonymity threshold</source>
        <translation>Seuil d&apos;anonymat</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="450"/>
        <source>{k} people: smaller counts are never shown</source>
        <translation>{k} personnes : les effectifs plus petits ne sont jamais affichés</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="451"/>
        <source>Suppressed cells in the export</source>
        <translation>Cellules masquées dans l&apos;export</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="452"/>
        <source>Margin of the counts</source>
        <translation>Marge des effectifs</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="453"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="454"/>
        <source>What the figures measure</source>
        <translation>Ce que mesurent les chiffres</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="455"/>
        <source>Counting rule</source>
        <translation>Règle de comptage</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="457"/>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="457"/>
        <source>Lyon</source>
        <translation>Lyon</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="458"/>
        <source>Spend preset</source>
        <translation>Préréglage des dépenses</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="459"/>
        <source>Suppressed cells in the impact</source>
        <translation>Cellules masquées dans les retombées</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="460"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="460"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="463"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="463"/>
        <source>Input</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="463"/>
        <source>Central</source>
        <translation>Centrale</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="463"/>
        <source>Low–high</source>
        <translation>Basse–haute</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="463"/>
        <source>Kind · sources · year · confidence</source>
        <translation>Type · sources · année · fiabilité</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="468"/>
        <source>They come from the phones of one operator&apos;s customers, extrapolated by the operator to the population: they are not people counted at a gate.</source>
        <translation>Ils proviennent des téléphones des clients d&apos;un seul opérateur, extrapolés par celui-ci à l&apos;ensemble de la population : il ne s&apos;agit pas de personnes comptées à une entrée.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="468"/>
        <source>A visitor-day is one person on one day in the study area; a person who came on two days is included twice, and unique visitors over the whole period are not known.</source>
        <translation>Un visiteur-jour correspond à une personne présente un jour donné dans la zone d&apos;étude ; une personne venue deux jours est comptée deux fois, et le nombre de visiteurs uniques sur toute la période n&apos;est pas connu.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="468"/>
        <source>Origins are the most probable place of residence, not where the trip started.</source>
        <translation>La provenance est le lieu de résidence le plus probable, pas le point de départ du trajet.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="468"/>
        <source>Cells below the anonymity threshold are suppressed: small origins and quiet hours are under-counted.</source>
        <translation>Les cellules sous le seuil d&apos;anonymat sont masquées : les petites provenances et les heures creuses sont sous-estimées.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="468"/>
        <source>The economic impact multiplies these estimates by spend figures of other places, years or populations and by assumptions: read its interval, the inputs that make it wide, and the table of assumptions.</source>
        <translation>Les retombées économiques multiplient ces estimations par des chiffres de dépenses d&apos;autres lieux, années ou populations et par des hypothèses : lire leur intervalle, les données qui l&apos;élargissent et le tableau des hypothèses.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="493"/>
        <source>from {first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="500"/>
        <source>Written on {date}</source>
        <translation>Rédigé le {date}</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="511"/>
        <source>Synthetic demo data – not a measurement. These figures come from Footfall&apos;s built-in demo generator and describe no real event.</source>
        <translation>Données de démonstration synthétiques – pas une mesure réelle. Ces chiffres proviennent du générateur de démonstration intégré de Footfall et ne décrivent aucun événement réel.</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="514"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="663"/>
        <source>the operator</source>
        <translation>l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="664"/>
        <source>Source: {operator}</source>
        <translation>Source : {operator}</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="714"/>
        <source>written on {date}</source>
        <translation>rédigé le {date}</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="715"/>
        <source>synthetic demo data</source>
        <translation>données de démonstration synthétiques</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="717"/>
        <source>{page} / {pages}</source>
        <translation>{page} / {pages}</translation>
    </message>
    <message>
        <location filename="../cartography/report.py" line="800"/>
        <source>study area: all zones of the export</source>
        <translation>zone d&apos;étude : toutes les zones de l&apos;export</translation>
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
        <translation>{central} (intervalle à 90 % : {low}–{high} millions d&apos;euros)</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="56"/>
        <source>Visitors over the period (visitor-days, residents apart)</source>
        <translation>Visiteurs sur la période (visiteurs-jours, hors résidents)</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="59"/>
        <source>Busiest day</source>
        <translation>Journée la plus fréquentée</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="62"/>
        <source>{time} ({zone}): at least {n} people present at once, residents included</source>
        <translation>{time} ({zone}) : au moins {n} personnes présentes en même temps, résidents compris</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="66"/>
        <source>Peak time slot</source>
        <translation>Créneau de pointe</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="66"/>
        <source>{time} ({zone}): at least {n} {measure}</source>
        <translation>{time} ({zone}) : au moins {n} {measure}</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="70"/>
        <source>Visitors from abroad</source>
        <translation>Visiteurs venus de l&apos;étranger</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="70"/>
        <source>{share} of the visitors with a known origin</source>
        <translation>{share} des visiteurs de provenance connue</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="73"/>
        <source>Median travel distance</source>
        <translation>Distance de déplacement médiane</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="73"/>
        <source>{median} km (90 % within {p90} km)</source>
        <translation>{median} km (90 % à moins de {p90} km)</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="76"/>
        <source>Economic impact, direct</source>
        <translation>Retombées économiques directes</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="77"/>
        <source>Economic impact, total (with the multiplier)</source>
        <translation>Retombées économiques totales (avec le multiplicateur)</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="80"/>
        <source>Published figure</source>
        <translation>Chiffre publié</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="81"/>
        <source>Dwell time</source>
        <translation>Durée de présence</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="81"/>
        <source>not in this export</source>
        <translation>non disponible dans cet export</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="88"/>
        <source>This export holds no visitors, only {measures}: its figures are of that measure, never converted to visitors.</source>
        <translation>Cet export ne contient pas de visiteurs, seulement des {measures} : ses chiffres portent sur cette mesure et ne sont jamais convertis en visiteurs.</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="90"/>
        <source>Visitors are visitor-days: one person on one day in one zone, added up (the counting rule is in the appendix). Counts are estimates of the operator with a margin of ±{p} % (the ranges in brackets); suppressed cells (below {k} people) are not in these counts, so they are lower bounds.</source>
        <translation>Les visiteurs sont des visiteurs-jours : une personne un jour dans une zone, additionnés (la règle de comptage est en annexe). Les effectifs sont des estimations de l&apos;opérateur avec une marge de ±{p} % (les fourchettes entre parenthèses) ; les cellules masquées (moins de {k} personnes) ne sont pas dans ces effectifs, ce sont donc des bornes basses.</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="107"/>
        <source>Whole period</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="129"/>
        <source>Direct impact {d}; with the multiplier ({m}), total impact {t}.</source>
        <translation>Retombées directes {d} ; avec le multiplicateur ({m}), retombées totales {t}.</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="133"/>
        <source>{cells} suppressed cells lie behind these visitors; they are counted at {value} people each (between {low} and {high} in the interval), {n} visitor-days ({nlo}–{nhi}).</source>
        <translation>Derrière ces visiteurs se trouvent {cells} cellules masquées ; chacune compte pour {value} personnes (entre {low} et {high} dans l&apos;intervalle), soit {n} visiteurs-jours ({nlo}–{nhi}).</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="141"/>
        <source>Nights measured by the operator: {n} ({lo}–{hi}); brought by the event: {a} ({alo}–{ahi}).</source>
        <translation>Nuitées mesurées par l&apos;opérateur : {n} ({lo}–{hi}) ; apportées par l&apos;événement : {a} ({alo}–{ahi}).</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="145"/>
        <source>Paid nights of the overnight visitors (visitor-days × nights per visitor-day of the preset): {n} ({lo}–{hi}); brought by the event (× additionality): {a} ({alo}–{ahi}).</source>
        <translation>Nuitées payantes des touristes (visiteurs-jours × nuitées par visiteur-jour du préréglage) : {n} ({lo}–{hi}) ; apportées par l&apos;événement (× additionnalité) : {a} ({alo}–{ahi}).</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="160"/>
        <source>±{p} %</source>
        <translation>±{p} %</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="177"/>
        <source>our direct impact</source>
        <translation>nos retombées directes</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="177"/>
        <source>our total impact</source>
        <translation>nos retombées totales</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="177"/>
        <source>our paid nights</source>
        <translation>nos nuitées payantes</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="178"/>
        <source>our nights brought by the event</source>
        <translation>nos nuitées apportées par l&apos;événement</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="178"/>
        <source>our visitors</source>
        <translation>nos visiteurs</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="180"/>
        <source>inside our 90 % interval</source>
        <translation>dans notre intervalle à 90 %</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="182"/>
        <source>below our 90 % interval</source>
        <translation>sous notre intervalle à 90 %</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="184"/>
        <source>above our 90 % interval</source>
        <translation>au-dessus de notre intervalle à 90 %</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="186"/>
        <source>{value} ({source}); {what}: {ours} ({range}): the published figure lies {verdict}.</source>
        <translation>{value} ({source}) ; {what} : {ours} ({range}) : le chiffre publié se trouve {verdict}.</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="186"/>
        <source>source not given</source>
        <translation>source non indiquée</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="215"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="237"/>
        <source>{profile} ({group})</source>
        <translation>{profile} ({group})</translation>
    </message>
    <message>
        <location filename="../cartography/report_sections.py" line="244"/>
        <source>With every input at its low or at its high end together, the direct impact would lie between {dlo} and {dhi} million EUR, the total impact between {tlo} and {thi} million EUR.</source>
        <translation>Avec toutes les données ensemble à leur valeur basse ou haute, les retombées directes seraient comprises entre {dlo} et {dhi} millions d&apos;euros, les retombées totales entre {tlo} et {thi} millions d&apos;euros.</translation>
    </message>
</context>
<context>
    <name>EventReportAlgorithm</name>
    <message>
        <location filename="../processing/event_report.py" line="40"/>
        <source>Post-event report (PDF)</source>
        <translation>Rapport post-événement (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="48"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="54"/>
        <source>Writes a post-event report as a PDF in English, Dutch or French: key figures (visitors — residents apart, in their own table — per day and profile by the stated counting rule, each count with its margin, the busiest day, the peak time slot with the people present at once, the share from abroad, the median travel distance, the economic impact with its 90 % interval and, when given, a published figure beside ours), a chart of the people present over time by profile, a heat map at the peak, a map of the largest origin flows with the catchment rings, the largest origins, the catchment bands, the economic impact by profile and origin group with the inputs that make its interval wide, and an appendix on how the figures were made (source files and their SHA-256, operator, anonymity threshold, margins, counting rule, the assumptions behind the impact with their sources, what the figures cannot tell).

Every number comes from the same code as the algorithms (origin flows, catchment, economic impact) and no count below the anonymity threshold is printed.</source>
        <translation>Écrit un rapport post-événement en PDF en anglais, néerlandais ou français : chiffres clés (visiteurs — hors résidents, qui ont leur propre tableau — par jour et par profil selon la règle de comptage indiquée, chaque effectif avec sa marge, le jour le plus fréquenté, le créneau de pointe avec les personnes présentes en même temps, la part de l&apos;étranger, la distance de déplacement médiane, les retombées économiques avec leur intervalle à 90 % et, s&apos;il est donné, un chiffre publié à côté du nôtre), un graphique des personnes présentes dans le temps par profil, une carte de chaleur au pic, une carte des principaux flux de provenance avec les anneaux de la zone de chalandise, les principales provenances, les tranches de la zone de chalandise, les retombées économiques par profil et groupe de provenance avec les données qui élargissent leur intervalle, et une annexe sur la façon dont les chiffres ont été produits (fichiers sources et leur SHA-256, opérateur, seuil d&apos;anonymat, marges, règle de comptage, les hypothèses derrière les retombées avec leurs sources, ce que les chiffres ne peuvent pas dire).

Chaque nombre vient du même code que les algorithmes (flux de provenance, zone de chalandise, retombées économiques) et aucun effectif sous le seuil d&apos;anonymat n&apos;est imprimé.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="69"/>
        <source>A GeoPackage written by “Import footfall export”, or an operator&apos;s export (presence).</source>
        <translation>Un GeoPackage écrit par « Importer un export de fréquentation », ou un export d&apos;opérateur (présence).</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="70"/>
        <source>Second export (origins)</source>
        <translation>Second export (provenances)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="71"/>
        <source>The operator&apos;s origin file of the same event, when it comes separately.</source>
        <translation>Le fichier de provenances de l&apos;opérateur pour le même événement, quand il est livré à part.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="74"/>
        <source>Start of the event period; the whole export when empty.</source>
        <translation>Début de la période de l&apos;événement ; vide : l&apos;export entier.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="74"/>
        <source>End of the event period; the whole export when empty.</source>
        <translation>Fin de la période de l&apos;événement ; vide : l&apos;export entier.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="75"/>
        <source>Venue</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="76"/>
        <source>Where distances and flows are measured to. Without it: the visitor-weighted centre of the zones.</source>
        <translation>Point vers lequel distances et flux sont mesurés. Sans lui : le centre des zones pondéré par les visiteurs.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="78"/>
        <source>Name of the venue or area</source>
        <translation>Nom du site ou de la zone</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="79"/>
        <source>Printed under the title.</source>
        <translation>Imprimé sous le titre.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="81"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="82"/>
        <source>The report&apos;s title, for example the event&apos;s name.</source>
        <translation>Le titre du rapport, par exemple le nom de l&apos;événement.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="84"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="85"/>
        <source>Who writes the report (a city department, an agency), printed on the cover.</source>
        <translation>Qui rédige le rapport (un service municipal, une agence), imprimé sur la couverture.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="89"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="89"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="89"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="89"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="91"/>
        <source>The report is written in this language whatever the interface&apos;s language is.</source>
        <translation>Le rapport est rédigé dans cette langue, quelle que soit la langue de l&apos;interface.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="93"/>
        <source>Spend preset for the economic impact</source>
        <translation>Préréglage des dépenses pour les retombées économiques</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="93"/>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="93"/>
        <source>Lyon</source>
        <translation>Lyon</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="93"/>
        <source>None (no impact section)</source>
        <translation>Aucun (sans section sur les retombées économiques)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="96"/>
        <source>The spend, additionality and multiplier values of “Economic impact”.</source>
        <translation>Les valeurs de dépense, d&apos;additionnalité et de multiplicateur de « Retombées économiques ».</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="98"/>
        <source>Published figure to compare with</source>
        <translation>Chiffre publié à comparer</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="98"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="98"/>
        <source>Direct impact (EUR)</source>
        <translation>Retombées directes (EUR)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="98"/>
        <source>Total impact (EUR)</source>
        <translation>Retombées totales (EUR)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="98"/>
        <source>Paid nights</source>
        <translation>Nuitées payantes</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="98"/>
        <source>Nights brought by the event</source>
        <translation>Nuitées apportées par l&apos;événement</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="98"/>
        <source>Visitors (visitor-days)</source>
        <translation>Visiteurs (visiteurs-jours)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="102"/>
        <source>A figure published about the same event (for example the tourism office&apos;s spend or the hotels&apos; nights). The report prints it beside our estimate and says whether it lies inside our 90 % interval.</source>
        <translation>Un chiffre publié sur le même événement (par exemple les dépenses selon l&apos;office du tourisme ou les nuitées des hôtels). Le rapport l&apos;imprime à côté de notre estimation et dit s&apos;il se trouve dans notre intervalle à 90 %.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="106"/>
        <source>Published value</source>
        <translation>Valeur publiée</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="108"/>
        <source>In EUR for an impact, in nights or visitor-days otherwise.</source>
        <translation>En EUR pour des retombées, sinon en nuitées ou en visiteurs-jours.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="110"/>
        <source>Source of the published value</source>
        <translation>Source de la valeur publiée</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="111"/>
        <source>Who published it, and when; printed beside it.</source>
        <translation>Qui l&apos;a publiée, et quand ; imprimé à côté.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="113"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="113"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="114"/>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à créer.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="116"/>
        <source>Visitors over the period (visitor-days, residents apart)</source>
        <translation>Visiteurs sur la période (visiteurs-jours, hors résidents)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="117"/>
        <source>Direct impact (central)</source>
        <translation>Retombées directes (centrales)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="118"/>
        <source>Direct impact, 5th percentile</source>
        <translation>Retombées directes, 5e centile</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="119"/>
        <source>Direct impact, 95th percentile</source>
        <translation>Retombées directes, 95e centile</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="120"/>
        <source>People present at the peak (at least)</source>
        <translation>Personnes présentes au moment du pic (au moins)</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="134"/>
        <source>A venue needs zone geometry to be placed on the maps: give a zone layer.</source>
        <translation>Un site a besoin de la géométrie des zones pour figurer sur les cartes : indiquez une couche de zones.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="148"/>
        <source>Give the published value to compare with.</source>
        <translation>Indiquez la valeur publiée à comparer.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="153"/>
        <source>An impact or nights figure needs a spend preset to compare with.</source>
        <translation>Un chiffre de retombées ou de nuitées demande un préréglage des dépenses pour être comparé.</translation>
    </message>
    <message>
        <location filename="../processing/event_report.py" line="164"/>
        <source>The period holds no data: the report is nearly empty.</source>
        <translation>La période ne contient aucune donnée : le rapport est presque vide.</translation>
    </message>
</context>
<context>
    <name>ExportAnimationAlgorithm</name>
    <message>
        <location filename="../processing/export_animation.py" line="44"/>
        <source>Export heat animation (GIF, MP4, PNG frames)</source>
        <translation>Exporter l&apos;animation de la carte de chaleur (GIF, MP4, images PNG)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="47"/>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="53"/>
        <source>Renders every band of a heat cube (from “Heat cube”) in a time window as a frame: the bundled context layers (countries, provinces, départements, place names; or an online basemap you choose), optional basemap layers from the project, the heat on one colour scale for the whole animation (the maximum over all frames, or a quantile of them), a title, a subtitle, the slot&apos;s local date and time in your language with its time zone, a legend with units, a source line, the credits of every layer drawn, a scale bar and a north arrow. Writes a GIF or an MP4 (by the file&apos;s extension), a folder of PNG frames and/or a PNG still. A GIF stays under the size budget by one palette for all frames and, when needed, by keeping every second or third slot (the animation keeps its speed). Files are written whole or not at all; nothing is downloaded unless you choose an online basemap.</source>
        <translation>Dessine chaque bande d&apos;un cube de chaleur (issu de « Cube de chaleur ») comprise dans une fenêtre de temps sous forme d&apos;image : les couches de contexte fournies (pays, provinces, départements, noms de lieux ; ou un fond de carte en ligne de votre choix), d&apos;éventuelles couches de fond du projet, la carte de chaleur sur une même échelle de couleurs pour toute l&apos;animation (le maximum de toutes les images, ou un quantile), un titre, un sous-titre, la date et l&apos;heure locales du créneau dans votre langue avec son fuseau horaire, une légende avec unités, une ligne de source, les crédits de chaque couche dessinée, une barre d&apos;échelle et une flèche du nord. Écrit un GIF ou un MP4 (selon l&apos;extension), un dossier d&apos;images PNG et/ou une image fixe PNG. Un GIF reste sous la taille maximale grâce à une seule palette pour toutes les images et, si nécessaire, en ne conservant qu&apos;un créneau sur deux ou sur trois (l&apos;animation conserve sa vitesse). Les fichiers sont écrits en entier ou pas du tout ; rien n&apos;est téléchargé, sauf si vous choisissez un fond de carte en ligne.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="66"/>
        <source>Heat cube</source>
        <translation>Cube de chaleur</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="67"/>
        <source>The multi-band GeoTIFF written by “Heat cube”.</source>
        <translation>Le GeoTIFF multibande écrit par « Cube de chaleur ».</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="69"/>
        <source>Animation (GIF or MP4)</source>
        <translation>Animation (GIF ou MP4)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="69"/>
        <source>GIF animation (*.gif);;MP4 video (*.mp4)</source>
        <translation>Animation GIF (*.gif);;Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="71"/>
        <source>The animation file; its extension (.gif or .mp4) chooses the format.</source>
        <translation>Le fichier d&apos;animation ; son extension (.gif ou .mp4) détermine le format.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="73"/>
        <source>Folder of PNG frames</source>
        <translation>Dossier d&apos;images PNG</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="75"/>
        <source>A new or empty folder that receives frame_0001.png, frame_0002.png, …</source>
        <translation>Un dossier nouveau ou vide, où seront écrits frame_0001.png, frame_0002.png, …</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="77"/>
        <source>PNG still</source>
        <translation>Image fixe PNG</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="77"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="79"/>
        <source>A PNG of one slot (STILL_TIME, default the busiest slot of the window), with caption, legend and credits.</source>
        <translation>Un PNG d&apos;un créneau (STILL_TIME, par défaut le créneau le plus fréquenté de la fenêtre), avec titre, légende et crédits.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="82"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="82"/>
        <source>Width and height below</source>
        <translation>Largeur et hauteur ci-dessous</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="82"/>
        <source>Square 1080 × 1080 (social media)</source>
        <translation>Carré 1080 × 1080 (réseaux sociaux)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="82"/>
        <source>Landscape 1920 × 1080 (video, web)</source>
        <translation>Paysage 1920 × 1080 (vidéo, web)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="82"/>
        <source>Portrait 1080 × 1920 (stories, phones)</source>
        <translation>Portrait 1080 × 1920 (stories, téléphones)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="86"/>
        <source>A size preset; the first choice uses the width and height below.</source>
        <translation>Une taille prédéfinie ; le premier choix utilise la largeur et la hauteur ci-dessous.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="88"/>
        <source>Frame width (pixels)</source>
        <translation>Largeur des images (pixels)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="89"/>
        <source>Width of every frame.</source>
        <translation>Largeur de chaque image.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="91"/>
        <source>Frame height (pixels)</source>
        <translation>Hauteur des images (pixels)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="92"/>
        <source>Height of every frame.</source>
        <translation>Hauteur de chaque image.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="94"/>
        <source>Frames per second</source>
        <translation>Images par seconde</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="95"/>
        <source>Playing speed: time slots shown per second.</source>
        <translation>Vitesse de lecture : créneaux affichés par seconde.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="97"/>
        <source>Time zone of the caption</source>
        <translation>Fuseau horaire de l&apos;horodatage</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="98"/>
        <source>The caption shows local date and time in this zone, with its abbreviation (CEST, CET).</source>
        <translation>L&apos;horodatage indique la date et l&apos;heure locales dans ce fuseau horaire, avec son abréviation (CEST, CET).</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="100"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="101"/>
        <source>A title above the time caption.</source>
        <translation>Un titre au-dessus de l&apos;horodatage.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="103"/>
        <source>Attribution</source>
        <translation>Mention des sources</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="103"/>
        <source>Footfall · anonymised operator aggregates</source>
        <translation>Footfall · agrégats anonymisés de l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="105"/>
        <source>Text in the lower left corner: the data source and the basemap&apos;s credits.</source>
        <translation>Texte dans le coin inférieur gauche : la source des données et les crédits du fond de carte.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="107"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="108"/>
        <source>A second line under the title: what the map shows.</source>
        <translation>Une deuxième ligne sous le titre : ce que montre la carte.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="110"/>
        <source>Source line</source>
        <translation>Ligne de source</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="111"/>
        <source>Printed in the lower left corner above the credits, for example the operator and the date of the data.</source>
        <translation>Imprimée en bas à gauche au-dessus des crédits, par exemple l&apos;opérateur et la date des données.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="113"/>
        <source>Start of the time window</source>
        <translation>Début de la fenêtre de temps</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="114"/>
        <source>Only slots starting at or after this time are shown (default: the first slot).</source>
        <translation>Seuls les créneaux commençant à cette heure ou après sont affichés (par défaut : le premier créneau).</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="116"/>
        <source>End of the time window</source>
        <translation>Fin de la fenêtre de temps</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="117"/>
        <source>Only slots starting before this time are shown (default: up to the last slot).</source>
        <translation>Seuls les créneaux commençant avant cette heure sont affichés (par défaut : jusqu&apos;au dernier créneau).</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="119"/>
        <source>Time of the still</source>
        <translation>Heure de l&apos;image fixe</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="120"/>
        <source>The still shows the slot under way at this time (default: the busiest slot of the window).</source>
        <translation>L&apos;image fixe montre le créneau en cours à cette heure (par défaut : le créneau le plus fréquenté de la fenêtre).</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="122"/>
        <source>Draw the bundled context layers</source>
        <translation>Dessiner les couches de contexte fournies</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="123"/>
        <source>Countries, Belgian provinces and regions, French départements (Natural Earth) and place names (GeoNames), offline.</source>
        <translation>Pays, provinces et régions belges, départements français (Natural Earth) et noms de lieux (GeoNames), hors ligne.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="125"/>
        <source>Online basemap</source>
        <translation>Fond de carte en ligne</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="126"/>
        <source>Empty: none (offline). “osm”: OpenStreetMap, its credit added. Or an XYZ URL with {x}, {y} and {z}. When the tiles cannot be loaded, the bundled layers are drawn and the log says so.</source>
        <translation>Vide : aucun (hors ligne). « osm » : OpenStreetMap, son crédit ajouté. Ou une URL XYZ avec {x}, {y} et {z}. Si les tuiles ne peuvent pas être chargées, les couches fournies sont dessinées et le journal le signale.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="128"/>
        <source>Credit of the online basemap</source>
        <translation>Crédit du fond de carte en ligne</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="129"/>
        <source>The credit of your own XYZ source (OpenStreetMap&apos;s is added automatically).</source>
        <translation>Le crédit de votre propre source XYZ (celui d&apos;OpenStreetMap est ajouté automatiquement).</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="131"/>
        <source>GIF size budget (MB, 0 = none)</source>
        <translation>Taille maximale du GIF (Mo, 0 = aucune)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="133"/>
        <source>A GIF larger than this keeps only every second, third… slot, each shown longer, so that the animation keeps its speed.</source>
        <translation>Un GIF plus grand ne conserve qu&apos;un créneau sur deux, sur trois…, chacun montré plus longtemps, pour que l&apos;animation conserve sa vitesse.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="135"/>
        <source>Basemap layers</source>
        <translation>Couches de fond de carte</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="136"/>
        <source>Layers of the project drawn under the heat, rendered once.</source>
        <translation>Couches du projet dessinées sous la carte de chaleur, rendues une seule fois.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="138"/>
        <source>Colour scale maximum (quantile of all frames)</source>
        <translation>Maximum de l&apos;échelle de couleurs (quantile de toutes les images)</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="140"/>
        <source>0.999 (the default, as the report, the demo and the plugin) lets the top 0.1 % of pixels saturate; 1 uses the maximum over all frames. The same scale holds for every frame.</source>
        <translation>0,999 (la valeur par défaut, comme le rapport, la démo et l&apos;extension) laisse saturer les 0,1 % de pixels les plus élevés ; 1 prend le maximum sur toutes les images. La même échelle vaut pour chaque image.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="142"/>
        <source>Frames</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="143"/>
        <source>Slots per GIF frame</source>
        <translation>Créneaux par image du GIF</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="149"/>
        <source>No heat cube given.</source>
        <translation>Aucun cube de chaleur indiqué.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="153"/>
        <source>{name} is not a heat cube written by Footfall: {error}</source>
        <translation>{name} n&apos;est pas un cube de chaleur écrit par Footfall : {error}</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="159"/>
        <source>Choose an animation file, a folder of frames, a still, or several.</source>
        <translation>Choisissez un fichier d&apos;animation, un dossier d&apos;images, une image fixe, ou plusieurs.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="161"/>
        <source>The animation must be a .gif or .mp4 file.</source>
        <translation>L&apos;animation doit être un fichier .gif ou .mp4.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="211"/>
        <source>No time slot starts in the chosen window.</source>
        <translation>Aucun créneau ne commence dans la fenêtre choisie.</translation>
    </message>
    <message>
        <location filename="../processing/export_animation.py" line="217"/>
        <source>The GIF keeps one slot in {n} to stay under the size budget.</source>
        <translation>Le GIF ne conserve qu&apos;un créneau sur {n} pour rester sous la taille maximale.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../plugin/export_dialog.py" line="80"/>
        <source>Export the heat animation</source>
        <translation>Exporter l&apos;animation de la carte de chaleur</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="89"/>
        <source>First line of the caption, in bold</source>
        <translation>Première ligne du bandeau de titre, en gras</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="90"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="92"/>
        <source>Second line of the caption: what the map shows</source>
        <translation>Deuxième ligne du bandeau de titre : ce que montre la carte</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="93"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="95"/>
        <source>Printed in the lower left corner, above the map credits</source>
        <translation>Imprimée en bas à gauche, au-dessus des crédits de la carte</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="96"/>
        <source>Source line</source>
        <translation>Ligne de source</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="115"/>
        <source>Size (pixels)</source>
        <translation>Taille (pixels)</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="124"/>
        <source>{n} time slots per second</source>
        <translation>{n} créneaux par seconde</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="127"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="145"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="147"/>
        <source>Time window (local time)</source>
        <translation>Fenêtre de temps (heure locale)</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="157"/>
        <source>Credit of the tiles, for example © the provider</source>
        <translation>Crédit des tuiles, par exemple © le fournisseur</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="158"/>
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="159"/>
        <source>Tile URL</source>
        <translation>URL des tuiles</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="160"/>
        <source>Tile credit</source>
        <translation>Crédit des tuiles</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="164"/>
        <source>GIF animation</source>
        <translation>Animation GIF</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="166"/>
        <source>MP4 video</source>
        <translation>Vidéo MP4</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="167"/>
        <source>PNG still of the slot shown</source>
        <translation>Image fixe PNG du créneau affiché</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="172"/>
        <source>Write</source>
        <translation>Enregistrer en</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="173"/>
        <source>GIFs are kept under {mb} MB for newsrooms and social networks: one palette for all frames and, when that is not enough, only every second or third time slot (the animation keeps its speed). The MP4 video keeps every slot.</source>
        <translation>Les GIF restent sous {mb} Mo pour les rédactions et les réseaux sociaux : une seule palette pour toutes les images et, si cela ne suffit pas, un créneau sur deux ou sur trois seulement (l&apos;animation conserve sa vitesse). La vidéo MP4 conserve tous les créneaux.</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="182"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="187"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="189"/>
        <source>File name without extension: .gif, .mp4 and .png are added</source>
        <translation>Nom de fichier sans extension : .gif, .mp4 et .png sont ajoutés</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="190"/>
        <source>File name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="193"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="226"/>
        <source>Folder of the exported files</source>
        <translation>Dossier des fichiers exportés</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="240"/>
        <source>Tick at least one of GIF, MP4 or PNG still.</source>
        <translation>Cochez au moins un choix parmi GIF, MP4 ou image fixe PNG.</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="242"/>
        <source>Give a file name.</source>
        <translation>Indiquez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="244"/>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="246"/>
        <source>The time window ends before it starts.</source>
        <translation>La fenêtre de temps se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="248"/>
        <source>The tile URL needs {x}, {y} and {z}.</source>
        <translation>L&apos;URL des tuiles doit contenir {x}, {y} et {z}.</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="274"/>
        <source>Tour de France 2019 — Grand Départ, Brussels</source>
        <translation>Tour de France 2019 — Grand Départ, Bruxelles</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="275"/>
        <source>Fête des Lumières 2018 — Lyon</source>
        <translation>Fête des Lumières 2018 — Lyon</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="277"/>
        <source>Heat of the people present ({unit})</source>
        <translation>Carte de chaleur des personnes présentes ({unit})</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="281"/>
        <source>the operator</source>
        <translation>l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../plugin/export_dialog.py" line="282"/>
        <source>Source: {operator}, anonymised aggregates (groups of at least {k} people)</source>
        <translation>Source : {operator}, agrégats anonymisés (groupes d&apos;au moins {k} personnes)</translation>
    </message>
</context>
<context>
    <name>ExportWebPageAlgorithm</name>
    <message>
        <location filename="../processing/export_web_page.py" line="37"/>
        <source>Export web page (interactive HTML)</source>
        <translation>Exporter une page web (HTML interactif)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="40"/>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="46"/>
        <source>Writes one HTML file for an article: the zones or the heat of every time slot on the plugin&apos;s fixed colour scale with its legend, a time slider with play/pause and the local date and time, visitor-profile filters, the origin flows of the day with the flow map&apos;s classes and labels, a title, a subtitle and a source line with the parameters, in English, Dutch or French.

The file opens in any current browser without a network: the map library (Leaflet, BSD licence) and the data are inside it. Only the optional OpenStreetMap basemap is loaded from the internet, by the reader&apos;s browser, when the reader switches it on. Put it in an article by uploading the file, or in an iframe; it fits a phone&apos;s width and works with the keyboard.

Only published figures go into the page: the zone counts per slot and profile with the anonymity threshold applied (suppressed, never zero) and the origin flows with small origins merged, as in every other output; no raw table. When the data would make the page larger than the size limit, every n-th slot is kept, and the page says so.</source>
        <translation>Écrit un seul fichier HTML pour un article : les zones ou la carte de chaleur de chaque créneau sur l&apos;échelle de couleurs fixe de l&apos;extension avec sa légende, un curseur temporel avec lecture/pause et la date et l&apos;heure locales, des filtres par profil de visiteurs, les flux de provenance du jour avec les classes et les étiquettes de la carte des flux, un titre, un sous-titre et une ligne de source avec les paramètres, en anglais, néerlandais ou français.

Le fichier s&apos;ouvre dans tout navigateur récent sans réseau : la bibliothèque cartographique (Leaflet, licence BSD) et les données y sont incluses. Seul le fond de carte OpenStreetMap facultatif est chargé depuis Internet, par le navigateur du lecteur, quand le lecteur l&apos;active. Insérez la page dans un article en téléversant le fichier, ou dans une iframe ; elle s&apos;adapte à la largeur d&apos;un téléphone et fonctionne au clavier.

Seuls des chiffres publiés figurent dans la page : les effectifs par zone, créneau et profil après application du seuil d&apos;anonymat (masqués, jamais zéro) et les flux de provenance avec les petites provenances regroupées, comme dans toute autre sortie ; aucune table brute. Si les données rendaient la page plus lourde que la limite de taille, seul un créneau sur n est conservé, et la page l&apos;indique.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="61"/>
        <source>A GeoPackage written by “Import footfall export”, or an operator&apos;s export (presence).</source>
        <translation>Un GeoPackage écrit par « Importer un export de fréquentation », ou un export d&apos;opérateur (présence).</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="62"/>
        <source>Second export (origins)</source>
        <translation>Second export (provenances)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="63"/>
        <source>The operator&apos;s origin file of the same event, when it comes separately.</source>
        <translation>Le fichier de provenances de l&apos;opérateur pour le même événement, quand il est livré à part.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="68"/>
        <source>Language of the page</source>
        <translation>Langue de la page</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="68"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="68"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="68"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="70"/>
        <source>Every text, number and date of the page is in this language, whatever the interface&apos;s language is.</source>
        <translation>Chaque texte, nombre et date de la page est dans cette langue, quelle que soit la langue de l&apos;interface.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="72"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="73"/>
        <source>The page&apos;s title, for example the event&apos;s name.</source>
        <translation>Le titre de la page, par ex. le nom de l&apos;événement.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="75"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="76"/>
        <source>A line under the title.</source>
        <translation>Une ligne sous le titre.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="78"/>
        <source>Credit line</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="79"/>
        <source>Added to the source line, for example the newsroom&apos;s credit.</source>
        <translation>Ajouté à la ligne de source, par ex. le crédit de la rédaction.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="81"/>
        <source>Map shown first</source>
        <translation>Carte affichée au départ</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="81"/>
        <source>People per zone</source>
        <translation>Personnes par zone</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="81"/>
        <source>Heatmap</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="83"/>
        <source>The reader can switch between both.</source>
        <translation>Le lecteur peut passer de l&apos;une à l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="85"/>
        <source>Heatmap radius (m)</source>
        <translation>Rayon de la carte de chaleur (m)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="87"/>
        <source>Kernel radius: how far one zone&apos;s people are spread.</source>
        <translation>Rayon du noyau : jusqu&apos;où les personnes d&apos;une zone sont réparties.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="89"/>
        <source>Heatmap pixel size (m)</source>
        <translation>Taille des pixels de la carte de chaleur (m)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="91"/>
        <source>Size of one pixel of the heatmap, computed by the reader&apos;s browser.</source>
        <translation>Taille d&apos;un pixel de la carte de chaleur, calculée par le navigateur du lecteur.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="93"/>
        <source>Colour scale maximum (quantile of all frames)</source>
        <translation>Maximum de l&apos;échelle de couleurs (quantile de toutes les images)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="95"/>
        <source>1 uses the maximum over all frames; 0.99 lets the top 1 % of pixels saturate. The same scale holds for every slot and profile.</source>
        <translation>1 utilise le maximum sur toutes les images ; avec 0,99, les 1 % de pixels les plus élevés saturent. La même échelle vaut pour tous les créneaux et tous les profils.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="97"/>
        <source>Origin flows</source>
        <translation>Flux de provenance</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="98"/>
        <source>Lines from where visitors live to the study area, for the day the slider is in (when the export has origins).</source>
        <translation>Lignes du lieu de résidence des visiteurs vers la zone d&apos;étude, pour le jour indiqué par le curseur (si l&apos;export contient des provenances).</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="100"/>
        <source>Largest lines per day</source>
        <translation>Principaux flux par jour</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="102"/>
        <source>How many of the largest origins the page draws for each day and level.</source>
        <translation>Nombre de principales provenances tracées par la page pour chaque jour et chaque niveau.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="104"/>
        <source>OpenStreetMap basemap</source>
        <translation>Fond de carte OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="104"/>
        <source>None (the page never goes online)</source>
        <translation>Aucun (la page ne se connecte jamais à Internet)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="104"/>
        <source>Offered, off until the reader switches it on</source>
        <translation>Proposé, désactivé jusqu&apos;à ce que le lecteur l&apos;active</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="104"/>
        <source>On when the reader is online</source>
        <translation>Activé quand le lecteur est en ligne</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="108"/>
        <source>Map tiles from openstreetmap.org, loaded by the reader&apos;s browser, with their attribution. Without them the page shows the data alone.</source>
        <translation>Tuiles d&apos;openstreetmap.org, chargées par le navigateur du lecteur, avec leur attribution. Sans elles, la page n&apos;affiche que les données.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="110"/>
        <source>Size limit (MB)</source>
        <translation>Limite de taille (Mo)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="112"/>
        <source>When the data would make the page larger, every n-th time slot is kept (the page says which).</source>
        <translation>Si les données rendaient la page plus lourde, seul un créneau sur n est conservé (la page indique lesquels).</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="114"/>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="114"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="115"/>
        <source>The HTML file to write.</source>
        <translation>Le fichier HTML à créer.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="117"/>
        <source>Size of the page (bytes)</source>
        <translation>Taille de la page (octets)</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="118"/>
        <source>Time slots in the page</source>
        <translation>Créneaux dans la page</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="119"/>
        <source>Thinning of the time slots</source>
        <translation>Sous-échantillonnage des créneaux</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="127"/>
        <source>The web page must be an .html file.</source>
        <translation>La page web doit être un fichier .html.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="134"/>
        <source>The web page needs zone geometry: give a zone layer.</source>
        <translation>Pour la page web, il faut la géométrie des zones : indiquez une couche de zones.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="158"/>
        <source>one time slot in {step} kept ({kept} of {total})</source>
        <translation>un créneau sur {step} conservé ({kept} sur {total})</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="160"/>
        <source>To stay under the size limit, {note}.</source>
        <translation>Pour rester sous la limite de taille : {note}.</translation>
    </message>
    <message>
        <location filename="../processing/export_web_page.py" line="162"/>
        <source>Web page written: {path} ({mb} MB, {n} time slots).</source>
        <translation>Page web enregistrée : {path} ({mb} Mo, {n} créneaux).</translation>
    </message>
</context>
<context>
    <name>ExtrapolateAlgorithm</name>
    <message>
        <location filename="../processing/extrapolate.py" line="46"/>
        <source>Extrapolate to population</source>
        <translation>Extrapoler à la population</translation>
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
        <translation>Transforme les effectifs de clients d&apos;un opérateur en une estimation du nombre total de personnes :
estimate = customers / (market_share × penetration), donc factor = 1 / (market_share × penetration).

market_share est la part de l&apos;opérateur parmi les personnes de la zone (d&apos;un champ par ligne, sinon une valeur unique). penetration est la part des personnes qui portent un téléphone ; avec un tableau de tranches d&apos;âge (age_band, pop_share, penetration), c&apos;est Σ pop_share × penetration sur les tranches, les parts totalisant 1.

estimate_low et estimate_high valent estimate × (1 − marge) et estimate × (1 + marge).

Les effectifs masqués (NULL) restent NULL, et les effectifs sous le seuil d&apos;anonymat sont aussi masqués dans la sortie : ni l&apos;effectif ni son estimation ne sont écrits. Ne pas utiliser sur des effectifs que l&apos;opérateur a déjà extrapolés à la population.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="68"/>
        <source>Customer counts</source>
        <translation>Effectifs de clients</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="69"/>
        <source>A layer or table with a count field, for example the zone_slots layer of a Footfall GeoPackage.</source>
        <translation>Une couche ou un tableau avec un champ d&apos;effectifs, par exemple la couche zone_slots d&apos;un GeoPackage Footfall.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="71"/>
        <source>Count field</source>
        <translation>Champ des effectifs</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="73"/>
        <source>The operator&apos;s own-customer counts.</source>
        <translation>Les effectifs des propres clients de l&apos;opérateur.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="75"/>
        <source>Market share</source>
        <translation>Part de marché</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="77"/>
        <source>The operator&apos;s share of the people in the area, between 0 (excluded) and 1; used when no market share field is chosen.</source>
        <translation>La part de l&apos;opérateur parmi les personnes de la zone, entre 0 (exclu) et 1 ; utilisée quand aucun champ de part de marché n&apos;est choisi.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="80"/>
        <source>Market share field</source>
        <translation>Champ de part de marché</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="82"/>
        <source>A field with the operator&apos;s market share per row (for example per zone).</source>
        <translation>Un champ avec la part de marché de l&apos;opérateur par ligne (par exemple par zone).</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="84"/>
        <source>Age-band table</source>
        <translation>Tableau des tranches d&apos;âge</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="85"/>
        <source>A table or CSV with the fields age_band, pop_share (share of the residents in the band) and penetration (share of the band carrying a phone).</source>
        <translation>Un tableau ou un CSV avec les champs age_band, pop_share (part des résidents dans la tranche) et penetration (part de la tranche qui porte un téléphone).</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="88"/>
        <source>Device penetration</source>
        <translation>Taux d&apos;équipement</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="90"/>
        <source>Share of the people who carry a phone, used when no age-band table is given.</source>
        <translation>Part des personnes qui portent un téléphone, utilisée quand aucun tableau des tranches d&apos;âge n&apos;est donné.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="92"/>
        <source>Relative margin of the estimate</source>
        <translation>Marge relative de l&apos;estimation</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="94"/>
        <source>For example 0.1 for ±10 %: gives estimate_low and estimate_high.</source>
        <translation>Par exemple 0,1 pour ±10 % : donne estimate_low et estimate_high.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="96"/>
        <source>Anonymity threshold</source>
        <translation>Seuil d&apos;anonymat</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="98"/>
        <source>Counts below it are suppressed in the output, with their estimate.</source>
        <translation>Les effectifs en dessous sont masqués dans la sortie, avec leur estimation.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="100"/>
        <source>Population estimate</source>
        <translation>Estimation de la population</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="101"/>
        <source>The input with the fields estimate, estimate_low, estimate_high, market_share, penetration and factor.</source>
        <translation>L&apos;entrée avec les champs estimate, estimate_low, estimate_high, market_share, penetration et factor.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="103"/>
        <source>Device penetration used</source>
        <translation>Taux d&apos;équipement utilisé</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="104"/>
        <source>Rows suppressed</source>
        <translation>Lignes masquées</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="114"/>
        <source>The count field “{field}” is not in the input.</source>
        <translation>Le champ des effectifs « {field} » n&apos;est pas dans l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="124"/>
        <source>Device penetration from {n} age bands: {value}</source>
        <translation>Taux d&apos;équipement d&apos;après {n} tranches d&apos;âge : {value}</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="175"/>
        <source>The output could not be written: {error}</source>
        <translation>La sortie n&apos;a pas pu être écrite : {error}</translation>
    </message>
    <message>
        <location filename="../processing/extrapolate.py" line="178"/>
        <source>{n} rows are suppressed (NULL or below the anonymity threshold of {k}).</source>
        <translation>{n} lignes sont masquées (NULL ou sous le seuil d&apos;anonymat de {k}).</translation>
    </message>
</context>
<context>
    <name>Extrapolation</name>
    <message>
        <location filename="../core/extrapolate.py" line="49"/>
        <source>age band “{band}”: pop_share and penetration must be numbers between 0 and 1.</source>
        <translation>tranche d&apos;âge « {band} » : pop_share et penetration doivent être des nombres entre 0 et 1.</translation>
    </message>
    <message>
        <location filename="../core/extrapolate.py" line="53"/>
        <source>the age-band table is empty.</source>
        <translation>le tableau des tranches d&apos;âge est vide.</translation>
    </message>
    <message>
        <location filename="../core/extrapolate.py" line="66"/>
        <source>the population shares of the age bands add up to {total}, not 1 (± 0.01).</source>
        <translation>les parts de population des tranches d&apos;âge totalisent {total}, et non 1 (± 0,01).</translation>
    </message>
    <message>
        <location filename="../core/extrapolate.py" line="70"/>
        <source>the weighted device penetration is 0: nobody would carry a phone.</source>
        <translation>le taux d&apos;équipement pondéré est 0 : personne n&apos;aurait de téléphone.</translation>
    </message>
    <message>
        <location filename="../core/extrapolate.py" line="77"/>
        <source>market share {value}{where} must lie in (0, 1]: 0.4 means 40 % of the people are the operator&apos;s customers.</source>
        <translation>la part de marché {value}{where} doit être dans ]0, 1] : 0,4 signifie que 40 % des personnes sont clientes de l&apos;opérateur.</translation>
    </message>
    <message>
        <location filename="../core/extrapolate.py" line="85"/>
        <source>device penetration {value} must lie in (0, 1].</source>
        <translation>le taux d&apos;équipement {value} doit être dans ]0, 1].</translation>
    </message>
    <message>
        <location filename="../core/extrapolate.py" line="121"/>
        <source> (row {row})</source>
        <translation> (ligne {row})</translation>
    </message>
</context>
<context>
    <name>FilterTask</name>
    <message>
        <location filename="../plugin/task.py" line="241"/>
        <source>Filtering the map</source>
        <translation>Filtrage de la carte</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="257"/>
        <source>The map could not be filtered:
{trace}</source>
        <translation>La carte n&apos;a pas pu être filtrée :
{trace}</translation>
    </message>
</context>
<context>
    <name>FlowTask</name>
    <message>
        <location filename="../plugin/task.py" line="264"/>
        <source>Computing the origin flows</source>
        <translation>Calcul des flux de provenance</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="281"/>
        <source>The origin flows could not be computed:
{trace}</source>
        <translation>Les flux de provenance n&apos;ont pas pu être calculés :
{trace}</translation>
    </message>
</context>
<context>
    <name>FootfallAlgorithm</name>
    <message>
        <location filename="../cartography/geometry.py" line="65"/>
        <source>The zone layer has no field “{field}”; choose the field that holds the zone ids.</source>
        <translation>La couche des zones n&apos;a pas de champ « {field} » ; choisissez le champ qui contient les identifiants de zone.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="33"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="71"/>
        <source>Cancelled by the user; nothing was written.</source>
        <translation>Annulé par l&apos;utilisateur ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="77"/>
        <source>Residents</source>
        <translation>Résidents</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="78"/>
        <source>Day visitors</source>
        <translation>Excursionnistes</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="79"/>
        <source>Overnight visitors</source>
        <translation>Touristes</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="80"/>
        <source>Commuters</source>
        <translation>Navetteurs</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="81"/>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="82"/>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="89"/>
        <source>Footfall GeoPackage or export</source>
        <translation>GeoPackage Footfall ou export d&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="91"/>
        <source>A GeoPackage written by “Import footfall export”, or an operator&apos;s export.</source>
        <translation>Un GeoPackage écrit par « Importer un export de fréquentation », ou l&apos;export d&apos;un opérateur.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="99"/>
        <source>Zone layer</source>
        <translation>Couche des zones</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="101"/>
        <source>Polygons of the zones, when the input does not carry them.</source>
        <translation>Polygones des zones, quand l&apos;entrée ne les contient pas.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="103"/>
        <source>Zone id field</source>
        <translation>Champ d&apos;identifiant de zone</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="105"/>
        <source>The field of the zone layer that holds the zone ids.</source>
        <translation>Le champ de la couche des zones qui contient les identifiants de zone.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="107"/>
        <source>Time zone of the export</source>
        <translation>Fuseau horaire de l&apos;export</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="108"/>
        <source>Only used for an export with local times.</source>
        <translation>Utilisé seulement pour un export en heures locales.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="123"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="125"/>
        <source>Only these visitor profiles; all when none is chosen.</source>
        <translation>Seulement ces profils de visiteurs ; tous si aucun n&apos;est choisi.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="132"/>
        <source>From</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="133"/>
        <source>Only slots that start at or after this time.</source>
        <translation>Seulement les créneaux qui commencent à cette heure ou après.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="135"/>
        <source>Until</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="136"/>
        <source>Only slots that end at or before this time.</source>
        <translation>Seulement les créneaux qui finissent à cette heure ou avant.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="180"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="180"/>
        <source>The first the export holds</source>
        <translation>La première que contient l’export</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="184"/>
        <source>Which measure to use when the export holds several (visitors per day and nights, trips…); two are never added together.</source>
        <translation>La mesure à utiliser quand l’export en contient plusieurs (visiteurs par jour et nuitées, déplacements…) ; deux mesures ne sont jamais additionnées.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="201"/>
        <source>The export holds no “{measure}”; it holds: {have}.</source>
        <translation>L’export ne contient pas de « {measure} » ; il contient : {have}.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="222"/>
        <source>What the figures measure: {measure}.</source>
        <translation>Ce que mesurent les chiffres : {measure}.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="228"/>
        <source>{title} ({measure})</source>
        <translation>{title} ({measure})</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="239"/>
        <source>This export needs: {layer}.</source>
        <translation>Cet export a besoin de : {layer}.</translation>
    </message>
</context>
<context>
    <name>FootfallContext</name>
    <message>
        <location filename="../cartography/context.py" line="46"/>
        <source>Bundled context (offline): countries, provinces, départements, place names</source>
        <translation>Contexte fourni (hors ligne) : pays, provinces, départements, noms de lieux</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="47"/>
        <source>OpenStreetMap (online; tiles are downloaded)</source>
        <translation>OpenStreetMap (en ligne ; les tuiles sont téléchargées)</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="48"/>
        <source>Your own XYZ tile source (online)</source>
        <translation>Votre propre source de tuiles XYZ (en ligne)</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="89"/>
        <source>Countries (Natural Earth)</source>
        <translation>Pays (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="99"/>
        <source>Provinces, regions, départements (Natural Earth)</source>
        <translation>Provinces, régions, départements (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="115"/>
        <source>Provinces, départements</source>
        <translation>Provinces, départements</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="116"/>
        <source>Belgian regions</source>
        <translation>Régions belges</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="126"/>
        <source>Place names (GeoNames)</source>
        <translation>Noms de lieux (GeoNames)</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="182"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© les contributeurs d&apos;OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="182"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="184"/>
        <source>Online basemap</source>
        <translation>Fond de carte en ligne</translation>
    </message>
    <message>
        <location filename="../cartography/context.py" line="218"/>
        <source>The online basemap could not be loaded (no internet connection?); the bundled context layers are drawn instead.</source>
        <translation>Le fond de carte en ligne n&apos;a pas pu être chargé (pas de connexion internet ?) ; les couches de contexte fournies sont dessinées à la place.</translation>
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
        <translation>Contexte (Natural Earth, GeoNames)</translation>
    </message>
</context>
<context>
    <name>FootfallDock</name>
    <message>
        <location filename="../plugin/dock.py" line="28"/>
        <source>Residents</source>
        <translation>Résidents</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="29"/>
        <source>Day visitors</source>
        <translation>Excursionnistes</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="30"/>
        <source>Overnight visitors</source>
        <translation>Touristes</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="31"/>
        <source>Commuters</source>
        <translation>Navetteurs</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="32"/>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="33"/>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="43"/>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="43"/>
        <source>municipality</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="44"/>
        <source>département</source>
        <translation>département</translation>
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
        <translation>Aucun export de fréquentation ouvert. Utilisez Extensions ▸ Footfall ▸ Ouvrir un export de fréquentation…</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="114"/>
        <source>Play or pause the animation of the time slots</source>
        <translation>Lire ou mettre en pause l&apos;animation des créneaux</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="117"/>
        <source>Time slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="121"/>
        <source>{n}/s</source>
        <translation>{n}/s</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="123"/>
        <source>Playing speed: time slots shown per second</source>
        <translation>Vitesse de lecture : créneaux affichés par seconde</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="128"/>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="129"/>
        <source>Show only these visitor profiles</source>
        <translation>N&apos;afficher que ces profils de visiteurs</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="130"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="132"/>
        <source>All origins</source>
        <translation>Toutes les provenances</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="133"/>
        <source>Show only visitors from these places</source>
        <translation>N&apos;afficher que les visiteurs venant de ces lieux</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="134"/>
        <source>Origins</source>
        <translation>Provenances</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="136"/>
        <source>Heatmap</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="139"/>
        <source>A smooth surface of people per km² for every slot, on one colour scale for the whole animation</source>
        <translation>Une surface lissée du nombre de personnes par km² à chaque créneau, sur une même échelle de couleurs pour toute l&apos;animation</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="147"/>
        <source>Kernel radius: how far one zone&apos;s people are spread</source>
        <translation>Rayon du noyau : distance sur laquelle les personnes d&apos;une zone sont réparties</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="148"/>
        <source>Radius</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="153"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="154"/>
        <source>Size of one pixel of the heatmap</source>
        <translation>Taille d&apos;un pixel de la carte de chaleur</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="155"/>
        <source>Pixel size</source>
        <translation>Taille des pixels</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="157"/>
        <source>Zone centroids</source>
        <translation>Leur centroïde</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="158"/>
        <source>Spread over each zone</source>
        <translation>Toute leur surface</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="159"/>
        <source>Spreading over the zone keeps a large zone from looking like a hot spot</source>
        <translation>Répartir les personnes sur toute la zone évite qu&apos;une grande zone apparaisse comme un point chaud</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="160"/>
        <source>Zones as</source>
        <translation>Zones représentées par</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="163"/>
        <source>99.9th percentile of all slots (as the report)</source>
        <translation>99,9e centile de tous les créneaux (comme le rapport)</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="164"/>
        <source>Maximum of all slots</source>
        <translation>Maximum des créneaux</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="165"/>
        <source>The top of the colour scale, the same for every slot</source>
        <translation>Le haut de l&apos;échelle de couleurs, le même pour chaque créneau</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="166"/>
        <source>Colour scale</source>
        <translation>Échelle de couleurs</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="167"/>
        <source>Export animation…</source>
        <translation>Exporter l&apos;animation…</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="168"/>
        <source>Write the heatmap of every slot as a GIF or MP4 with caption and legend</source>
        <translation>Exporter la carte de chaleur de chaque créneau en GIF ou MP4, avec horodatage et légende</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="179"/>
        <source>Origin flows</source>
        <translation>Flux de provenance</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="182"/>
        <source>Lines from where visitors live to the study area, width by visitors</source>
        <translation>Lignes du lieu de résidence des visiteurs vers la zone d&apos;étude, épaisseur selon le nombre de visiteurs</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="188"/>
        <source>Roll origins up to this level; small origins are merged for anonymity</source>
        <translation>Agréger les provenances à ce niveau ; les petites provenances sont regroupées pour préserver l&apos;anonymat</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="189"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="193"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="194"/>
        <source>Show only the largest lines (0: all)</source>
        <translation>N&apos;afficher que les principaux flux (0 : tous)</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="195"/>
        <source>Largest lines</source>
        <translation>Principaux flux</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="196"/>
        <source>Follow the time slider</source>
        <translation>Suivre le curseur temporel</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="197"/>
        <source>One set of lines per slot of the origin data (often a day)</source>
        <translation>Un jeu de lignes par créneau des données de provenance (souvent une journée)</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="204"/>
        <source>Export web page…</source>
        <translation>Exporter une page web…</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="205"/>
        <source>Write one interactive HTML page for an article: the map of every slot with the time slider, the profile filters and the origin flows; it works offline</source>
        <translation>Créer une page HTML interactive pour un article : la carte de chaque créneau avec le curseur temporel, les filtres de profils et les flux de provenance ; elle fonctionne hors ligne</translation>
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
        <translation>Total de ce créneau : au moins {total} ({measure} ; {n} cellules masquées)</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="385"/>
        <source>Total in this time slot: {total} ({measure})</source>
        <translation>Total de ce créneau : {total} ({measure})</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="403"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="403"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>FootfallFlows</name>
    <message>
        <location filename="../cartography/flow_layer.py" line="40"/>
        <source>As given (postcode, municipality, country)</source>
        <translation>Tel que dans l&apos;export (code postal, commune, pays)</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="40"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="40"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="41"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="41"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="41"/>
        <source>Follows the map scale (municipality, province, country)</source>
        <translation>Selon l&apos;échelle de la carte (commune, province, pays)</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="43"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="43"/>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="44"/>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="44"/>
        <source>Follows the map scale (commune, département, country)</source>
        <translation>Selon l&apos;échelle de la carte (commune, département, pays)</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="45"/>
        <source>As given (postcode, commune, département, country)</source>
        <translation>Tel que dans l&apos;export (code postal, commune, département, pays)</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="45"/>
        <source>Municipality / commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="46"/>
        <source>Province / département</source>
        <translation>Province / département</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="46"/>
        <source>Region / région</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="47"/>
        <source>Follows the map scale (municipality, province or département, country)</source>
        <translation>Selon l&apos;échelle de la carte (commune, province ou département, pays)</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="60"/>
        <source>Municipalities</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="60"/>
        <source>Provinces</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="60"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="62"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="62"/>
        <source>Départements</source>
        <translation>Départements</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="62"/>
        <source>Régions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="64"/>
        <source>Municipalities / communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="64"/>
        <source>Provinces / départements</source>
        <translation>Provinces / départements</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="64"/>
        <source>Regions / régions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="65"/>
        <source>Origins as given</source>
        <translation>Provenances telles que dans l&apos;export</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="65"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="82"/>
        <source>Other origins</source>
        <translation>Autres provenances</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="83"/>
        <source>Other origins in {place}</source>
        <translation>Autres provenances ({place})</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="89"/>
        <source>Visitors by origin: the {n} largest lines of {total} visitors (±{p} %)</source>
        <translation>Visiteurs par provenance : les {n} principaux flux, sur {total} visiteurs (±{p} %)</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="92"/>
        <source>Visitors by origin: the {n} largest lines of {total} visitors</source>
        <translation>Visiteurs par provenance : les {n} principaux flux, sur {total} visiteurs</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="94"/>
        <source>Sums of daily counts per zone; origins below {k} merged with their neighbours.</source>
        <translation>Sommes des effectifs journaliers par zone ; provenances sous {k} regroupées avec leurs voisines.</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="263"/>
        <source>{n} or more</source>
        <translation>{n} ou plus</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="520"/>
        <source>≥: at least this many (some daily cells were below the anonymity threshold and are not counted).</source>
        <translation>≥ : au moins autant (certaines cellules journalières étaient sous le seuil d&apos;anonymat et ne sont pas comptées).</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="576"/>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="633"/>
        <source>visitors</source>
        <translation>visiteurs</translation>
    </message>
    <message>
        <location filename="../cartography/flow_layer.py" line="634"/>
        <source>Lines: {measure}, summed over the zones and slots shown</source>
        <translation>Lignes : {measure} (somme sur les zones et les créneaux affichés)</translation>
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
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="33"/>
        <source>End (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="34"/>
        <source>Start (local time)</source>
        <translation>Début (heure locale)</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="34"/>
        <source>End (local time)</source>
        <translation>Fin (heure locale)</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="35"/>
        <source>Start (local clock, for the Temporal Controller)</source>
        <translation>Début (heure locale, pour le Contrôleur temporel)</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="36"/>
        <source>End (local clock, for the Temporal Controller)</source>
        <translation>Fin (heure locale, pour le Contrôleur temporel)</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="37"/>
        <source>People present</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="37"/>
        <source>Suppressed parts</source>
        <translation>Parties masquées</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="37"/>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../cartography/layers.py" line="115"/>
        <source>Suppressed (fewer than {k} people)</source>
        <translation>Masqué (moins de {k} personnes)</translation>
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
        <translation>Ouvrir un export de fréquentation…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="89"/>
        <source>Read an operator&apos;s footfall export and show it on the map</source>
        <translation>Lire l&apos;export de fréquentation d&apos;un opérateur et l&apos;afficher sur la carte</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="91"/>
        <source>Footfall panel</source>
        <translation>Panneau Footfall</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="91"/>
        <source>Show or hide the Footfall panel</source>
        <translation>Afficher ou masquer le panneau Footfall</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="95"/>
        <source>Open the Brussels demo (Tour de France 2019)</source>
        <translation>Ouvrir la démo de Bruxelles (Tour de France 2019)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="95"/>
        <source>Generated demo data: the Grand Départ in Brussels, 6–7 July 2019</source>
        <translation>Données de démonstration générées : le Grand Départ à Bruxelles, les 6 et 7 juillet 2019</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="98"/>
        <source>Open the Lyon demo (Fête des Lumières 2018)</source>
        <translation>Ouvrir la démo de Lyon (Fête des Lumières 2018)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="98"/>
        <source>Generated demo data: the Fête des Lumières in Lyon, 6–9 December 2018</source>
        <translation>Données de démonstration générées : la Fête des Lumières à Lyon, du 6 au 9 décembre 2018</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="101"/>
        <source>Post-event report…</source>
        <translation>Rapport post-événement…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="101"/>
        <source>Write a PDF report of the open export in English, Dutch or French</source>
        <translation>Créer un rapport PDF de l&apos;export ouvert, en anglais, néerlandais ou français</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="104"/>
        <source>Export web page…</source>
        <translation>Exporter une page web…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="104"/>
        <source>Write one interactive HTML page of the open export for an article, in English, Dutch or French</source>
        <translation>Créer une page HTML interactive de l&apos;export ouvert pour un article, en anglais, néerlandais ou français</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="107"/>
        <source>Add context layers to the project…</source>
        <translation>Ajouter les couches de contexte au projet…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="107"/>
        <source>Countries, provinces, départements and place names, bundled and offline; optionally QGIS&apos;s OpenStreetMap layer</source>
        <translation>Pays, provinces, départements et noms de lieux, fournis et hors ligne ; en option la couche OpenStreetMap de QGIS</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="112"/>
        <source>Import a footfall export into a GeoPackage…</source>
        <translation>Importer un export de fréquentation dans un GeoPackage…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="112"/>
        <source>Run the footfall:import_export algorithm</source>
        <translation>Exécuter l&apos;algorithme footfall:import_export</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="135"/>
        <source>Context layers</source>
        <translation>Couches de contexte</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="135"/>
        <source>Add countries, Belgian provinces and regions, French départements (Natural Earth) and place names (GeoNames) to the project? They are bundled with the plugin and work offline. QGIS&apos;s OpenStreetMap layer shows streets and rivers but downloads its tiles from the internet.</source>
        <translation>Ajouter au projet les pays, les provinces et régions belges, les départements français (Natural Earth) et les noms de lieux (GeoNames) ? Ils sont fournis avec l&apos;extension et fonctionnent hors ligne. La couche OpenStreetMap de QGIS montre les rues et les rivières, mais télécharge ses tuiles depuis internet.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="140"/>
        <source>Bundled layers</source>
        <translation>Couches fournies</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="141"/>
        <source>Bundled layers and OpenStreetMap</source>
        <translation>Couches fournies et OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="172"/>
        <source>Post-event report</source>
        <translation>Rapport post-événement</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="172"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="177"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="177"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="211"/>
        <source>The report could not be written: {error}</source>
        <translation>Le rapport n&apos;a pas pu être enregistré : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="217"/>
        <source>Report written: {path}</source>
        <translation>Rapport enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="227"/>
        <source>Open a footfall export first.</source>
        <translation>Ouvrez d&apos;abord un export de fréquentation.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="230"/>
        <source>Export web page</source>
        <translation>Exporter une page web</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="230"/>
        <source>Language of the page</source>
        <translation>Langue de la page</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="236"/>
        <source>Save the web page</source>
        <translation>Enregistrer la page web</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="236"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="264"/>
        <source>The web page could not be written</source>
        <translation>La page web n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="266"/>
        <source>Web page written to {path}</source>
        <translation>Page web enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="452"/>
        <source>Opening cancelled; nothing was added.</source>
        <translation>Ouverture annulée ; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="457"/>
        <source>Map columns…</source>
        <translation>Associer les colonnes…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="476"/>
        <source>Could not open the export</source>
        <translation>Impossible d&apos;ouvrir l&apos;export</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="490"/>
        <source>Footfall — {name}</source>
        <translation>Footfall — {name}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="493"/>
        <source>People per zone and slot</source>
        <translation>Personnes par zone et créneau</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="495"/>
        <source>The map layer could not be read from {path}</source>
        <translation>La couche cartographique n&apos;a pas pu être lue depuis {path}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="515"/>
        <source>No zone geometry is known for {name}: choose a zone layer to see it on the map.</source>
        <translation>Aucune géométrie de zone n&apos;est connue pour {name} : choisissez une couche de zones pour l&apos;afficher sur la carte.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="520"/>
        <source>Zone ids without geometry, not on the map: {n} (largest counts: {ids}).</source>
        <translation>Identifiants de zone sans géométrie, absents de la carte : {n} (plus grands effectifs : {ids}).</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="529"/>
        <source>{name}: {rows} rows, {supp} suppressed cells.</source>
        <translation>{name} : {rows} lignes, {supp} cellules masquées.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="615"/>
        <source>This export has no origins.</source>
        <translation>Cet export n&apos;indique pas la provenance des visiteurs.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="618"/>
        <source>Origin flows need zone geometry to know where the lines end.</source>
        <translation>Les flux de provenance ont besoin de la géométrie des zones, où aboutissent les lignes.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="653"/>
        <source>Origin flows</source>
        <translation>Flux de provenance</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="657"/>
        <source>Visitors by origin: sums of the known counts per zone and slot, not unique people. Origins below {k} are merged into “Other origins in …”. Shown: {shown} of {total}.</source>
        <translation>Visiteurs par provenance : sommes des effectifs connus par zone et créneau, et non des personnes distinctes. Les provenances sous {k} sont regroupées en « Autres provenances (…) ». Affichés : {shown} sur {total}.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="657"/>
        <source>The detail follows the map scale: municipalities closer than 1:1,000,000, provinces and départements to 1:5,000,000, countries beyond; each level adds up to the total.</source>
        <translation>Le niveau de détail suit l&apos;échelle de la carte : communes à plus grande échelle que le 1/1 000 000, provinces et départements jusqu&apos;au 1/5 000 000, pays au-delà ; chaque niveau totalise l&apos;ensemble des visiteurs.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="670"/>
        <source>Origins not in the gazetteers, not drawn: {n} ({codes}).</source>
        <translation>Provenances absentes des répertoires géographiques, non dessinées : {n} ({codes}).</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="687"/>
        <source>A heatmap needs zone geometry.</source>
        <translation>Une carte de chaleur a besoin de la géométrie des zones.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="754"/>
        <source>Heatmap (people per km²)</source>
        <translation>Carte de chaleur (personnes par km²)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="754"/>
        <source>People per km²</source>
        <translation>Personnes par km²</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="757"/>
        <source>Heatmap ({measure} per km²)</source>
        <translation>Carte de chaleur ({measure} par km²)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="757"/>
        <source>{measure} per km²</source>
        <translation>{measure} par km²</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="761"/>
        <source>People per km² by kernel density (radius {radius} m, pixels of {pixel} m), one colour scale for every slot up to {top}. Suppressed zone-slot cells left out: {n}; partly suppressed (the heat around them is a lower bound): {partial}. Counts ±{p} %.</source>
        <translation>Personnes par km² par densité de noyau (rayon {radius} m, pixels de {pixel} m), une seule échelle de couleurs pour tous les créneaux jusqu&apos;à {top}. Cellules zone-créneau masquées écartées : {n} ; partiellement masquées (la chaleur autour est une borne basse) : {partial}. Effectifs ±{p} %.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="761"/>
        <source>{measure} per km² by kernel density (radius {radius} m, pixels of {pixel} m), one colour scale for every slot up to {top}. Suppressed zone-slot cells left out: {n}; partly suppressed (the heat around them is a lower bound): {partial}. Counts ±{p} %.</source>
        <translation>{measure} par km² par densité de noyau (rayon {radius} m, pixels de {pixel} m), une seule échelle de couleurs pour tous les créneaux jusqu’à {top}. Cellules zone-créneau masquées écartées : {n} ; partiellement masquées (la chaleur autour est une borne basse) : {partial}. Effectifs ±{p} %.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="781"/>
        <source>Suppressed zone-slot cells left out of the heatmap: {n}.</source>
        <translation>Cellules masquées (zone et créneau) exclues de la carte de chaleur : {n}.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="814"/>
        <source>Footfall · {operator}</source>
        <translation>Footfall · {operator}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="814"/>
        <source>operator data</source>
        <translation>données de l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="876"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="878"/>
        <source>The animation could not be written</source>
        <translation>L&apos;animation n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="880"/>
        <source>Written: {paths}</source>
        <translation>Fichiers enregistrés : {paths}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="1067"/>
        <source>{name} has changed since the project was saved: the panel shows the export as it is now.</source>
        <translation>{name} a changé depuis l&apos;enregistrement du projet : le panneau montre l&apos;export tel qu&apos;il est maintenant.</translation>
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
        <translation>Footfall : exports de fréquentation des réseaux mobiles</translation>
    </message>
</context>
<context>
    <name>FootfallStill</name>
    <message>
        <location filename="../cartography/still.py" line="25"/>
        <source>People present per zone at the busiest time slot</source>
        <translation>Personnes présentes par zone au créneau le plus fréquenté</translation>
    </message>
    <message>
        <location filename="../cartography/still.py" line="82"/>
        <source>{time} ({zone})</source>
        <translation>{time} ({zone})</translation>
    </message>
    <message>
        <location filename="../cartography/still.py" line="114"/>
        <source>People present per zone</source>
        <translation>Personnes présentes par zone</translation>
    </message>
</context>
<context>
    <name>FootfallViewer</name>
    <message>
        <location filename="../viewer/app.py" line="80"/>
        <source>Brussels demo (Tour de France 2019)</source>
        <translation>Démo Bruxelles (Tour de France 2019)</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="82"/>
        <source>Lyon demo (Fête des Lumières 2018)</source>
        <translation>Démo Lyon (Fête des Lumières 2018)</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="125"/>
        <source>{time} ({zone})</source>
        <translation>{time} ({zone})</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="150"/>
        <source>Exporting the still {name}</source>
        <translation>Export de l&apos;image {name}</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="161"/>
        <source>The image could not be written to {path}</source>
        <translation>L&apos;image n&apos;a pas pu être enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="191"/>
        <source>Explore crowds from mobile-network footfall exports: play the day on a map, filter visitor profiles and origins, and export a GIF, a video or a still. Counts below the anonymity threshold are never shown.</source>
        <translation>Explorez les foules à partir des exports de fréquentation des réseaux mobiles : faites défiler la journée sur une carte, filtrez les profils de visiteurs et les provenances, et exportez un GIF, une vidéo ou une image fixe. Les effectifs sous le seuil d&apos;anonymat ne sont jamais affichés.</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="197"/>
        <source>Open an export…</source>
        <translation>Ouvrir un export…</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="207"/>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="209"/>
        <source>Double-click to open again</source>
        <translation>Double-cliquez pour rouvrir</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="230"/>
        <source>Nothing opened yet</source>
        <translation>Rien n&apos;a encore été ouvert</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="241"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="251"/>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="254"/>
        <source>Top origins</source>
        <translation>Principales provenances</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="312"/>
        <source>Open an export or a demo from the start page.</source>
        <translation>Ouvrez un export ou une démo depuis la page d&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="335"/>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="342"/>
        <source>Viewer</source>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="346"/>
        <source>Start page</source>
        <translation>Page d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="347"/>
        <source>Open another export or a demo</source>
        <translation>Ouvrir un autre export ou une démo</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="350"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="351"/>
        <source>Open a footfall export</source>
        <translation>Ouvrir un export de fréquentation</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="354"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="355"/>
        <source>Export the heatmap as a GIF, an MP4 video or a PNG still, with legend and caption</source>
        <translation>Exporter la carte de chaleur en GIF, en vidéo MP4 ou en image PNG, avec légende et horodatage</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="359"/>
        <source>Web page…</source>
        <translation>Page web…</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="360"/>
        <source>Write one interactive HTML page for an article, in the viewer&apos;s language: the map of every slot with the time slider, the profile filters and the origin flows</source>
        <translation>Créer une page HTML interactive pour un article, dans la langue de la visionneuse : la carte de chaque créneau avec le curseur temporel, les filtres de profils et les flux de provenance</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="365"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="366"/>
        <source>Write a post-event report (PDF) in English, Dutch or French</source>
        <translation>Créer un rapport post-événement (PDF) en anglais, néerlandais ou français</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="371"/>
        <source>OpenStreetMap basemap</source>
        <translation>Fond de carte OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="373"/>
        <source>Show OpenStreetMap under the data; the map tiles are downloaded from the internet</source>
        <translation>Afficher OpenStreetMap sous les données ; les tuiles sont téléchargées depuis Internet</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="379"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="384"/>
        <source>Language of the interface, the numbers and the dates</source>
        <translation>Langue de l&apos;interface, des nombres et des dates</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="393"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="394"/>
        <source>Stop the running work; nothing half-done is kept</source>
        <translation>Arrêter le travail en cours ; rien d&apos;inachevé n&apos;est conservé</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="459"/>
        <source>Footfall viewer — {name}</source>
        <translation>Visionneuse Footfall — {name}</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="557"/>
        <source> (+{n} more)</source>
        <translation> (+{n} autres)</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="587"/>
        <source>Now: {slot}</source>
        <translation>Maintenant : {slot}</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="591"/>
        <source>At least {total} people</source>
        <translation>Au moins {total} personnes</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="593"/>
        <source>{total} people</source>
        <translation>{total} personnes</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="594"/>
        <source>± {pct} %: the operator&apos;s stated precision of its estimates</source>
        <translation>± {pct} % : la précision annoncée par l&apos;opérateur pour ses estimations</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="597"/>
        <source>{n} zone cells below {k} people are suppressed and not counted</source>
        <translation>{n} cellules de zone sous {k} personnes sont masquées et non comptées</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="613"/>
        <source>{slot}: {total} people</source>
        <translation>{slot} : {total} personnes</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="627"/>
        <source>This export has no origins.</source>
        <translation>Cet export n&apos;indique pas la provenance des visiteurs.</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="640"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="658"/>
        <source>{rank}. {name}: {visitors}</source>
        <translation>{rank}. {name} : {visitors}</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="661"/>
        <source>Visitors summed over zones and slots (not unique people), of {total} with a known origin; origins below {k} are merged.</source>
        <translation>Visiteurs additionnés sur les zones et les créneaux (et non des personnes distinctes), sur {total} de provenance connue ; les provenances sous {k} sont regroupées.</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="672"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© les contributeurs d&apos;OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="690"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="690"/>
        <source>The map tiles could not be downloaded (no internet connection?): the bundled context layers stay shown.</source>
        <translation>Les tuiles de la carte n&apos;ont pas pu être téléchargées (pas de connexion internet ?) : les couches de contexte fournies restent affichées.</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="719"/>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="719"/>
        <source>Interactive web page for an article (*.html)</source>
        <translation>Page web interactive pour un article (*.html)</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="738"/>
        <source>Computing the heatmap first; the export follows.</source>
        <translation>La carte de chaleur est d&apos;abord calculée ; l&apos;export suivra.</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="757"/>
        <source>The image could not be written</source>
        <translation>L&apos;image n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="759"/>
        <source>Footfall</source>
        <translation>Footfall</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="759"/>
        <source>Still written to {path}</source>
        <translation>Image enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="799"/>
        <source>Zone polygons (*.gpkg *.geojson *.json *.shp);;All files (*)</source>
        <translation>Polygones des zones (*.gpkg *.geojson *.json *.shp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="800"/>
        <source>A file of zone polygons with the zone ids of the export; leave empty when the export has geometry or uses grid-cell ids</source>
        <translation>Un fichier de polygones des zones portant les identifiants de zone de l&apos;export ; laisser vide si l&apos;export a une géométrie ou utilise des identifiants de cellules de grille</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="805"/>
        <source>Zone file</source>
        <translation>Fichier des zones</translation>
    </message>
    <message>
        <location filename="../viewer/app.py" line="871"/>
        <source>Footfall viewer</source>
        <translation>Visionneuse Footfall</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../core/formats/__init__.py" line="191"/>
        <source>missing column(s): {columns}</source>
        <translation>colonne(s) manquante(s) : {columns}</translation>
    </message>
    <message>
        <location filename="../core/formats/__init__.py" line="194"/>
        <source>column(s) it does not have: {columns}</source>
        <translation>colonne(s) absente(s) du format : {columns}</translation>
    </message>
    <message>
        <location filename="../core/formats/__init__.py" line="197"/>
        <source>the file name does not say which family it is (expected a name like {pattern})</source>
        <translation>le nom du fichier n&apos;indique pas de quelle famille il s&apos;agit (nom attendu du type {pattern})</translation>
    </message>
    <message>
        <location filename="../core/formats/__init__.py" line="199"/>
        <source>The file looks like {format}, but: {differences}.</source>
        <translation>Le fichier ressemble à {format}, mais : {differences}.</translation>
    </message>
    <message>
        <location filename="../core/formats/crt_occitanie.py" line="13"/>
        <source>CRT Occitanie (Orange Flux Vision)</source>
        <translation>CRT Occitanie (Orange Flux Vision)</translation>
    </message>
    <message>
        <location filename="../core/formats/crt_occitanie.py" line="19"/>
        <source>nights by département (wide)</source>
        <translation>nuitées par département (large)</translation>
    </message>
    <message>
        <location filename="../core/formats/crt_occitanie.py" line="26"/>
        <source>nights by origin and département</source>
        <translation>nuitées par provenance et département</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="16"/>
        <source>Orange Flux Vision</source>
        <translation>Orange Flux Vision</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="58"/>
        <source>Diurne (visitors per day)</source>
        <translation>Diurne (visiteurs par jour)</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="58"/>
        <source>Nuitée (nights)</source>
        <translation>Nuitée (nuitées)</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="62"/>
        <source>the layer of your Flux Vision observation zones (defined in your contract with Orange), with the zone name in a field</source>
        <translation>la couche de vos zones d’observation Flux Vision (définies dans votre contrat avec Orange), avec le nom de la zone dans un champ</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="95"/>
        <source>Nuitée by département</source>
        <translation>Nuitée par département</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="95"/>
        <source>Diurne by département</source>
        <translation>Diurne par département</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="100"/>
        <source>Nuitée by country</source>
        <translation>Nuitée par pays</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="100"/>
        <source>Diurne by country</source>
        <translation>Diurne par pays</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="103"/>
        <source>Nuitée by age</source>
        <translation>Nuitée par âge</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="103"/>
        <source>Diurne by age</source>
        <translation>Diurne par âge</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="106"/>
        <source>Nuitée by Geolife segment</source>
        <translation>Nuitée par segment Geolife</translation>
    </message>
    <message>
        <location filename="../core/formats/fluxvision.py" line="106"/>
        <source>Diurne by Geolife segment</source>
        <translation>Diurne par segment Geolife</translation>
    </message>
    <message>
        <location filename="../core/formats/ine.py" line="12"/>
        <source>INE (Spain) tourism from mobile phones</source>
        <translation>INE (Espagne), tourisme mesuré par téléphonie mobile</translation>
    </message>
    <message>
        <location filename="../core/formats/ine.py" line="22"/>
        <source>a layer of Spanish municipalities with INE&apos;s municipality code in a field</source>
        <translation>une couche des communes espagnoles avec le code de commune de l’INE dans un champ</translation>
    </message>
    <message>
        <location filename="../core/formats/ine.py" line="25"/>
        <source>domestic tourists by municipality, per month</source>
        <translation>touristes nationaux par commune, par mois</translation>
    </message>
    <message>
        <location filename="../core/formats/ine.py" line="31"/>
        <source>inbound tourists by country, per month</source>
        <translation>touristes étrangers par pays, par mois</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="17"/>
        <source>MITMA (Spain) open mobility data</source>
        <translation>MITMA (Espagne), données ouvertes de mobilité</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="21"/>
        <source>MITMA&apos;s zoning layer, published with the data (zonificacion_distritos, _municipios or _GAU), with the zone id in a field</source>
        <translation>la couche de zonage du MITMA, publiée avec les données (zonificacion_distritos, _municipios ou _GAU), avec l’identifiant de zone dans un champ</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="25"/>
        <source>Viajes v2 (trips by origin, destination and hour)</source>
        <translation>Viajes v2 (déplacements par origine, destination et heure)</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="35"/>
        <source>maestra1 v1 (trips by origin, destination and hour)</source>
        <translation>maestra1 v1 (déplacements par origine, destination et heure)</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="44"/>
        <source>maestra1 v1 by municipality (trips)</source>
        <translation>maestra1 v1 par commune (déplacements)</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="50"/>
        <source>maestra2 v1 (people by number of trips)</source>
        <translation>maestra2 v1 (personnes par nombre de déplacements)</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="56"/>
        <source>Personas v2 (people by overnight zone)</source>
        <translation>Personas v2 (personnes par zone de nuitée)</translation>
    </message>
    <message>
        <location filename="../core/formats/mitma.py" line="63"/>
        <source>Pernoctaciones v2 (nights by residence zone)</source>
        <translation>Pernoctaciones v2 (nuitées par zone de résidence)</translation>
    </message>
    <message>
        <location filename="../core/formats/proximus.py" line="13"/>
        <source>a layer of Belgian postcodes (bpost or NGI) with the postcode in a field; no such layer is bundled</source>
        <translation>une couche des codes postaux belges (bpost ou IGN) avec le code postal dans un champ ; aucune couche de ce type n’est fournie</translation>
    </message>
    <message>
        <location filename="../core/formats/proximus.py" line="16"/>
        <source>Proximus</source>
        <translation>Proximus</translation>
    </message>
    <message>
        <location filename="../core/formats/proximus.py" line="16"/>
        <source>daily visitors by home postcode</source>
        <translation>visiteurs journaliers par code postal de résidence</translation>
    </message>
</context>
<context>
    <name>FrameRenderer</name>
    <message>
        <location filename="../cartography/render.py" line="32"/>
        <source>people per km²</source>
        <translation>personnes par km²</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="32"/>
        <source>people × kernel weight per pixel</source>
        <translation>personnes × poids du noyau par pixel</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="33"/>
        <source>scaled density (QGIS)</source>
        <translation>densité mise à l&apos;échelle (QGIS)</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="44"/>
        <source>Square 1080 × 1080 (social media)</source>
        <translation>Carré 1080 × 1080 (réseaux sociaux)</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="44"/>
        <source>Landscape 1920 × 1080 (video, web)</source>
        <translation>Paysage 1920 × 1080 (vidéo, web)</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="45"/>
        <source>Portrait 1080 × 1920 (stories, phones)</source>
        <translation>Portrait 1080 × 1920 (stories, téléphones)</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="45"/>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="50"/>
        <source>Heat of the people present, radius {r} m</source>
        <translation>Chaleur des personnes présentes, rayon {r} m</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="55"/>
        <source>Source: {operator}, anonymised aggregates</source>
        <translation>Source : {operator}, agrégats anonymisés</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="55"/>
        <source>the operator</source>
        <translation>l’opérateur</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="60"/>
        <source>Synthetic demo data – not a measurement</source>
        <translation>Données de démonstration synthétiques – pas une mesure réelle</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="165"/>
        <source>{time} ({zone})</source>
        <translation>{time} ({zone})</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="203"/>
        <source>The image could not be written to {path}</source>
        <translation>L&apos;image n&apos;a pas pu être enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="210"/>
        <source>Heat of the people present</source>
        <translation>Carte de chaleur des personnes présentes</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="262"/>
        <source>±{p} %; a lower bound near {n} zones</source>
        <translation>±{p} % ; borne basse près de {n} zones</translation>
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
        <translation>Aucun créneau ne commence dans la fenêtre choisie.</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="457"/>
        <source>The animation must be a .gif or .mp4 file.</source>
        <translation>L&apos;animation doit être un fichier .gif ou .mp4.</translation>
    </message>
    <message>
        <location filename="../cartography/render.py" line="467"/>
        <source>The frames folder {path} already holds files; choose an empty or new folder.</source>
        <translation>Le dossier d&apos;images {path} contient déjà des fichiers ; choisissez un dossier vide ou nouveau.</translation>
    </message>
</context>
<context>
    <name>HeatCubeAlgorithm</name>
    <message>
        <location filename="../processing/heat_cube.py" line="35"/>
        <source>Heat cube (heatmap per time slot)</source>
        <translation>Cube de chaleur (carte de chaleur par créneau)</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="38"/>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="44"/>
        <source>Computes a heat surface of people for every time slot of a footfall dataset and writes a multi-band GeoTIFF: one band per slot, each band&apos;s description its slot start in ISO 8601 UTC.

Kernels, radius, pixel size and grid are those of QGIS&apos;s Heatmap (Kernel Density Estimation): the extent is the zones&apos; extent grown by the radius, and each zone adds count × K(d) to the pixels within the radius, with K quartic (1 − (d/r)²)², triangular 1 − (1 − decay)·d/r, uniform 1, triweight (1 − (d/r)²)³ or Epanechnikov 1 − (d/r)². With zones taken as their centroids a band equals QGIS&apos;s algorithm run on the same weighted points.

Output values: raw or scaled (as QGIS), or people per km², where each zone&apos;s kernel is normalised to integrate to one so that the band times the pixel area sums to the slot&apos;s count. Zone mode “spread over area” spreads each zone&apos;s count evenly over its area before smoothing, so that a large zone does not look like a hot spot.

Suppressed cells contribute nothing; their number is reported. All frames are computed together as one sparse product, not one run per frame.</source>
        <translation>Calcule une carte de chaleur des personnes présentes pour chaque créneau d&apos;un jeu de données de fréquentation et écrit un GeoTIFF multibande : une bande par créneau, la description de chaque bande étant le début de son créneau en ISO 8601 UTC.

Les noyaux, le rayon, la taille de pixel et la grille sont ceux de l&apos;algorithme de QGIS Carte de chaleur (Estimation par noyau) : l&apos;emprise est celle des zones agrandie du rayon, et chaque zone ajoute effectif × K(d) aux pixels situés dans le rayon, avec K quadratique (quartic) (1 − (d/r)²)², triangulaire 1 − (1 − decay)·d/r, uniforme 1, cubique (triweight) (1 − (d/r)²)³ ou Epanechnikov 1 − (d/r)². Avec les zones réduites à leurs centroïdes, une bande est égale au résultat de l&apos;algorithme de QGIS sur les mêmes points pondérés.

Valeurs en sortie : brutes ou mises à l&apos;échelle (comme QGIS), ou personnes par km², le noyau de chaque zone étant normalisé pour que son intégrale vaille un, de sorte que la bande multipliée par la surface du pixel totalise l&apos;effectif du créneau. Le mode de zone « Répartir sur la surface » répartit uniformément l&apos;effectif de chaque zone sur sa surface avant le lissage, afin qu&apos;une grande zone ne ressemble pas à un point chaud.

Les cellules masquées ne sont pas prises en compte ; leur nombre est indiqué. Toutes les images sont calculées ensemble en un seul produit de matrices creuses, et non une exécution par image.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="64"/>
        <source>Origins</source>
        <translation>Provenances</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="65"/>
        <source>Only these origins: codes separated by commas (IT, FR, 1000, 69) or origin types (country); all when empty.</source>
        <translation>Seulement ces provenances : codes séparés par des virgules (IT, FR, 1000, 69) ou types de provenance (country) ; toutes si le champ est vide.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="67"/>
        <source>Kernel shape</source>
        <translation>Forme du noyau</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="67"/>
        <source>Quartic</source>
        <translation>Quadratique</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="67"/>
        <source>Triangular</source>
        <translation>Triangulaire</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="67"/>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="67"/>
        <source>Triweight</source>
        <translation>Cubique</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="67"/>
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="70"/>
        <source>As in QGIS&apos;s Heatmap (Kernel Density Estimation), with the same numbering.</source>
        <translation>Comme dans l&apos;algorithme de QGIS Carte de chaleur (Estimation par noyau), avec la même numérotation.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="72"/>
        <source>Radius</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="74"/>
        <source>Search radius in map units of the zones&apos; projected CRS (metres).</source>
        <translation>Rayon de recherche en unités de carte du SCR projeté des zones (mètres).</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="76"/>
        <source>Pixel size</source>
        <translation>Taille de pixel</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="78"/>
        <source>Pixel size in map units (metres).</source>
        <translation>Taille de pixel en unités de carte (mètres).</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="80"/>
        <source>Output values</source>
        <translation>Valeurs en sortie</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="80"/>
        <source>Raw (as QGIS)</source>
        <translation>Brutes (comme QGIS)</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="80"/>
        <source>Scaled (as QGIS)</source>
        <translation>Mises à l&apos;échelle (comme QGIS)</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="80"/>
        <source>People per km²</source>
        <translation>Personnes par km²</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="83"/>
        <source>Raw and scaled are QGIS&apos;s values; people per km² conserves the count of every slot.</source>
        <translation>Brutes et mises à l&apos;échelle sont les valeurs de QGIS ; personnes par km² conserve l&apos;effectif de chaque créneau.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="85"/>
        <source>Zones as</source>
        <translation>Mode de zone</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="85"/>
        <source>Centroids</source>
        <translation>Centroïdes</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="85"/>
        <source>Spread over area</source>
        <translation>Répartir sur la surface</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="87"/>
        <source>0: each zone&apos;s count at its centroid (as QGIS&apos;s algorithm on points); 1: spread evenly over the zone before smoothing.</source>
        <translation>0 : l&apos;effectif de chaque zone en son centroïde (comme l&apos;algorithme de QGIS sur des points) ; 1 : réparti uniformément sur la zone avant le lissage.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="90"/>
        <source>The multi-band GeoTIFF to write.</source>
        <translation>Le GeoTIFF multibande à écrire.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="92"/>
        <source>Bands (time slots)</source>
        <translation>Bandes (créneaux)</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="93"/>
        <source>Suppressed zone-slot cells</source>
        <translation>Cellules masquées (zone × créneau)</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="94"/>
        <source>Maximum over all frames</source>
        <translation>Maximum sur toutes les images</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="95"/>
        <source>Top of the colour scale (99.9th percentile of the pixels of all frames)</source>
        <translation>Haut de l&apos;échelle de couleurs (99,9e centile des pixels de toutes les images)</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="96"/>
        <source>Zone-slot cells known only in part (the heat there is a lower bound)</source>
        <translation>Cellules zone-créneau connues en partie seulement (la chaleur y est une borne basse)</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="103"/>
        <source>No zone geometry is known: give a zone layer.</source>
        <translation>Aucune géométrie de zone n&apos;est connue : indiquez une couche de zones.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="107"/>
        <source>The zones have no usable coordinate reference system.</source>
        <translation>Les zones n&apos;ont pas de système de coordonnées de référence utilisable.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="121"/>
        <source>The radius and the pixel size must be greater than zero.</source>
        <translation>Le rayon et la taille de pixel doivent être supérieurs à zéro.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="129"/>
        <source>No time slot is left after the filters.</source>
        <translation>Il ne reste aucun créneau après application des filtres.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="131"/>
        <source>The grid would have {n} pixels per band; choose a larger pixel size.</source>
        <translation>La grille aurait {n} pixels par bande ; choisissez une taille de pixel plus grande.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="132"/>
        <source>{bands} bands of {cols} × {rows} pixels; {n} suppressed zone-slot cells contribute nothing.</source>
        <translation>{bands} bandes de {cols} × {rows} pixels ; {n} cellules masquées (zone × créneau) ne sont pas prises en compte.</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="135"/>
        <source>{n} of {total} zone-slot totals are only partly known (some of their profiles or origins are suppressed): the heat around them is a lower bound. Each band says how many zones it has (PARTIAL_ZONES).</source>
        <translation>{n} des {total} totaux zone-créneau ne sont connus qu&apos;en partie (certains profils ou provenances sont masqués) : la chaleur autour est une borne basse. Chaque bande indique combien de zones elle en compte (PARTIAL_ZONES).</translation>
    </message>
    <message>
        <location filename="../processing/heat_cube.py" line="142"/>
        <source>Heat cube</source>
        <translation>Cube de chaleur</translation>
    </message>
</context>
<context>
    <name>HeatTask</name>
    <message>
        <location filename="../plugin/task.py" line="161"/>
        <source>Computing the heatmap</source>
        <translation>Calcul de la carte de chaleur</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="188"/>
        <source>The heatmap could not be computed:
{trace}</source>
        <translation>La carte de chaleur n&apos;a pas pu être calculée :
{trace}</translation>
    </message>
</context>
<context>
    <name>HuffAlgorithm</name>
    <message>
        <location filename="../processing/huff.py" line="74"/>
        <source>Huff model for competing venues</source>
        <translation>Modèle de Huff pour des sites concurrents</translation>
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
        <translation>La probabilité qu&apos;un visiteur de la provenance i choisisse le site j parmi des sites concurrents (Huff, 1963) :
P(i→j) = (A_j / d_ij^λ) / Σ_k (A_k / d_ik^λ)
où A est l&apos;attractivité d&apos;un site (un champ, supérieure à 0), d la distance orthodromique en km de la provenance au site et λ la décroissance avec la distance (2 par défaut). Les distances inférieures à 0,1 km comptent pour 0,1 km, pour qu&apos;une provenance située sur un site ne lui attribue pas la totalité de ses visiteurs. Les polygones sont représentés par un point sur leur surface.

expected_visitors = population × P, lorsque les provenances ont un champ de population. Ce sont des résultats du modèle, pas des effectifs.

Calage : avec une table des visiteurs observés par provenance et par site, les parts observées S_ij = V_ij / Σ_k V_ik donnent les log-rapports log(S_ij / S_ir) = log(A_j / A_r) − λ log(d_ij / d_ir) par rapport à un site de référence r de la même provenance, et λ est estimé par les moindres carrés sur les paires où S est supérieur à 0 des deux côtés (la référence de chaque provenance est éliminée en centrant ses valeurs, si bien que l&apos;ajustement ne dépend pas du choix de r). L&apos;ajustement est indiqué : λ et son erreur type, le R² des log-rapports, la RMSE des parts prédites et le nombre de log-rapports utilisés. Sans calage, les mêmes chiffres décrivent l&apos;adéquation du λ donné.

Une paire absente de la table des visiteurs observés compte pour 0 visiteur ; un effectif vide ou masqué (un texte comme « s » ou « n.d. ») exclut sa provenance de l&apos;ajustement.

Anonymat : observed_share n&apos;est écrit que là où la protection de l&apos;anonymat publie l&apos;effectif observé : au moins 30 (le seuil d&apos;anonymat), avec un secret statistique secondaire pour qu&apos;une part cachée ne puisse jamais être retrouvée comme 1 moins les parts affichées pour la même provenance ; sinon il reste vide. Les effectifs observés eux-mêmes ne sont jamais écrits.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="108"/>
        <source>Origins</source>
        <translation>Provenances</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="109"/>
        <source>Points or polygons where visitors come from (for example postcode areas); polygons are represented by a point on their surface.</source>
        <translation>Points ou polygones des lieux de provenance des visiteurs (par ex. des zones de code postal) ; les polygones sont représentés par un point sur leur surface.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="112"/>
        <source>Origin id field</source>
        <translation>Champ d&apos;identifiant de provenance</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="114"/>
        <source>The field that identifies each origin (also used to match the observed table).</source>
        <translation>Le champ qui identifie chaque provenance (sert aussi à faire le lien avec la table observée).</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="116"/>
        <source>Population field</source>
        <translation>Champ de population</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="119"/>
        <source>Population of each origin; when given, expected_visitors = population × P.</source>
        <translation>Population de chaque provenance ; si elle est donnée, expected_visitors = population × P.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="121"/>
        <source>Venues</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="122"/>
        <source>The competing venues (at least two), points or polygons.</source>
        <translation>Les sites concurrents (au moins deux), points ou polygones.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="124"/>
        <source>Venue id field</source>
        <translation>Champ d&apos;identifiant de site</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="126"/>
        <source>The field that identifies each venue (also used to match the observed table).</source>
        <translation>Le champ qui identifie chaque site (sert aussi à faire le lien avec la table observée).</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="128"/>
        <source>Attractiveness field</source>
        <translation>Champ d&apos;attractivité</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="131"/>
        <source>Attractiveness A of each venue, above 0 (for example floor area or capacity).</source>
        <translation>Attractivité A de chaque site, supérieure à 0 (par ex. surface ou capacité).</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="133"/>
        <source>Distance decay λ</source>
        <translation>Décroissance avec la distance λ</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="135"/>
        <source>Exponent of the distance: 0 ignores distance, larger values make far venues less likely. Replaced by the fitted value when calibrating.</source>
        <translation>Exposant de la distance : 0 ignore la distance, des valeurs plus grandes rendent les sites éloignés moins probables. Remplacé par la valeur ajustée lors du calage.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="138"/>
        <source>Observed visitors</source>
        <translation>Visiteurs observés</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="140"/>
        <source>Optional table with observed visitors per origin and venue, to fit or check λ.</source>
        <translation>Table facultative des visiteurs observés par provenance et par site, pour ajuster ou vérifier λ.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="142"/>
        <source>Observed origin id field</source>
        <translation>Champ d&apos;identifiant de provenance (observé)</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="142"/>
        <source>The field of the observed table holding the origin id.</source>
        <translation>Le champ de la table observée qui contient l&apos;identifiant de provenance.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="142"/>
        <source>Observed venue id field</source>
        <translation>Champ d&apos;identifiant de site (observé)</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="142"/>
        <source>The field of the observed table holding the venue id.</source>
        <translation>Le champ de la table observée qui contient l&apos;identifiant de site.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="142"/>
        <source>Observed visitors field</source>
        <translation>Champ des visiteurs observés</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="142"/>
        <source>The field of the observed table holding the visitors; text that is not a number (such as “s” or “n.d.”) counts as an empty, suppressed count.</source>
        <translation>Le champ de la table observée qui contient les visiteurs ; un texte qui n&apos;est pas un nombre (comme « s » ou « n.d. ») vaut un effectif vide, masqué.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="153"/>
        <source>Calibrate λ to the observed visitors</source>
        <translation>Caler λ sur les visiteurs observés</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="155"/>
        <source>Fit λ by least squares on the log-odds of the observed shares and use it.</source>
        <translation>Ajuster λ par les moindres carrés sur les log-rapports des parts observées, et l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="157"/>
        <source>Also fit the attractiveness of each venue</source>
        <translation>Ajuster aussi l&apos;attractivité de chaque site</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="159"/>
        <source>Calibrate the attractiveness of every venue together with λ (up to a common factor, kept at the geometric mean of the given values). Needs observed visitors.</source>
        <translation>Caler l&apos;attractivité de chaque site en même temps que λ (à un facteur commun près, maintenu à la moyenne géométrique des valeurs données). Nécessite des visiteurs observés.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="163"/>
        <source>Huff probabilities</source>
        <translation>Probabilités de Huff</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="165"/>
        <source>One point per origin and venue, at the origin: distance, probability, expected visitors and observed share.</source>
        <translation>Un point par provenance et par site, placé sur la provenance : distance, probabilité, visiteurs attendus et part observée.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="168"/>
        <source>λ used</source>
        <translation>λ utilisé</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="169"/>
        <source>Standard error of the fitted λ</source>
        <translation>Erreur type du λ ajusté</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="170"/>
        <source>R² of the log-odds</source>
        <translation>R² des log-rapports</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="171"/>
        <source>RMSE of the predicted shares</source>
        <translation>RMSE des parts prédites</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="172"/>
        <source>Observed log-odds used</source>
        <translation>Log-rapports observés utilisés</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="187"/>
        <source>An origin has an empty id.</source>
        <translation>Une provenance a un identifiant vide.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="188"/>
        <source>A venue has an empty id.</source>
        <translation>Un site a un identifiant vide.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="193"/>
        <source>Origin “{id}” has no geometry.</source>
        <translation>La provenance « {id} » n&apos;a pas de géométrie.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="194"/>
        <source>Venue “{id}” has no geometry.</source>
        <translation>Le site « {id} » n&apos;a pas de géométrie.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="211"/>
        <source>Choose the origin id, venue id and visitors fields of the observed table.</source>
        <translation>Choisissez les champs d&apos;identifiant de provenance, d&apos;identifiant de site et de visiteurs de la table observée.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="226"/>
        <source>The observed visitors from origin “{origin}” at venue “{venue}” are negative.</source>
        <translation>Les visiteurs observés de la provenance « {origin} » au site « {venue} » sont négatifs.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="231"/>
        <source>{n} rows of the observed table name an origin or a venue that is not in the layers; they are ignored.</source>
        <translation>{n} lignes de la table observée désignent une provenance ou un site absent des couches ; elles sont ignorées.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="235"/>
        <source>{n} origins have an empty (suppressed) observed count; they are left out of the fit and get no observed share.</source>
        <translation>{n} provenances ont un effectif observé vide (masqué) ; elles sont exclues de l&apos;ajustement et n&apos;ont pas de part observée.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="253"/>
        <source>Calibration needs observed visitors: choose the observed table and its fields, or untick the calibration.</source>
        <translation>Le calage nécessite des visiteurs observés : choisissez la table observée et ses champs, ou décochez le calage.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="265"/>
        <source>The origin layer has no features.</source>
        <translation>La couche des provenances n&apos;a aucune entité.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="267"/>
        <source>The Huff model needs at least two venues; the venue layer has {n}.</source>
        <translation>Le modèle de Huff nécessite au moins deux sites ; la couche des sites en a {n}.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="272"/>
        <source>Two venues have the id “{id}”; venue ids must be unique.</source>
        <translation>Deux sites ont l&apos;identifiant « {id} » ; les identifiants de site doivent être uniques.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="277"/>
        <source>Two origins have the id “{id}”; origin ids must be unique to match the observed table.</source>
        <translation>Deux provenances ont l&apos;identifiant « {id} » ; les identifiants de provenance doivent être uniques pour faire le lien avec la table observée.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="283"/>
        <source>Venue “{id}” has no attractiveness; every venue needs a number above 0.</source>
        <translation>Le site « {id} » n&apos;a pas d&apos;attractivité ; chaque site doit avoir un nombre supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="286"/>
        <source>Venue “{id}” has an attractiveness of {value}; it must be above 0.</source>
        <translation>Le site « {id} » a une attractivité de {value} ; elle doit être supérieure à 0.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="295"/>
        <source>Origin “{id}” has a negative population.</source>
        <translation>La provenance « {id} » a une population négative.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="325"/>
        <source>Expected visitors have no margin: λ was given, not fitted to observed visitors (expected_low and expected_high stay empty).</source>
        <translation>Les visiteurs attendus n&apos;ont pas de marge : λ a été donné, non ajusté aux visiteurs observés (expected_low et expected_high restent vides).</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="371"/>
        <source>λ fitted to the observed shares: {lam} (standard error {se}), from {n} log-odds.</source>
        <translation>λ ajusté sur les parts observées : {lam} (erreur type {se}), à partir de {n} log-rapports.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="374"/>
        <source>λ as given: {lam}; checked against {n} observed log-odds.</source>
        <translation>λ tel que donné : {lam} ; vérifié sur {n} log-rapports observés.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="376"/>
        <source>R² of the log-odds: {r2}; RMSE of the predicted shares: {rmse}.</source>
        <translation>R² des log-rapports : {r2} ; RMSE des parts prédites : {rmse}.</translation>
    </message>
    <message>
        <location filename="../processing/huff.py" line="380"/>
        <source>Venue “{id}”: attractiveness fitted {fitted}, given {given}.</source>
        <translation>Site « {id} » : attractivité ajustée {fitted}, donnée {given}.</translation>
    </message>
</context>
<context>
    <name>HuffError</name>
    <message>
        <location filename="../core/huff.py" line="66"/>
        <source>The distance matrix does not have one column per venue.</source>
        <translation>La matrice des distances n&apos;a pas une colonne par site.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="68"/>
        <source>The Huff model needs at least two venues.</source>
        <translation>Le modèle de Huff nécessite au moins deux sites.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="70"/>
        <source>Every attractiveness must be a number above 0.</source>
        <translation>Chaque attractivité doit être un nombre supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="72"/>
        <source>Every distance must be a number of at least 0.</source>
        <translation>Chaque distance doit être un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="74"/>
        <source>The distance decay λ must be 0 or more.</source>
        <translation>La décroissance avec la distance λ doit être supérieure ou égale à 0.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="114"/>
        <source>Observed visitors cannot be negative.</source>
        <translation>Les visiteurs observés ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="139"/>
        <source>The observed shares do not have one value per origin and venue.</source>
        <translation>Les parts observées n&apos;ont pas une valeur par provenance et par site.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="145"/>
        <source>The observed visitors give no origin with two venues visited: nothing to fit.</source>
        <translation>Les visiteurs observés ne donnent aucune provenance ayant visité deux sites : rien à ajuster.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="158"/>
        <source>The observed origins are equally far from the venues they visit: the distance decay cannot be fitted.</source>
        <translation>Les provenances observées sont à égale distance des sites qu&apos;elles visitent : la décroissance avec la distance ne peut pas être ajustée.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="175"/>
        <source>Too few observed pairs to fit the attractiveness of every venue together with the distance decay.</source>
        <translation>Trop peu de paires observées pour ajuster l&apos;attractivité de chaque site en même temps que la décroissance avec la distance.</translation>
    </message>
    <message>
        <location filename="../core/huff.py" line="188"/>
        <source>The fitted distance decay λ is {lam:.3g}, below 0: in the observed visitors, farther venues draw more, and the Huff model does not apply.</source>
        <translation>La décroissance avec la distance ajustée λ vaut {lam:.3g}, inférieure à 0 : chez les visiteurs observés, les sites plus éloignés attirent davantage, et le modèle de Huff ne s&apos;applique pas.</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <location filename="../core/impact.py" line="68"/>
        <source>Daily data: each day&apos;s unique visitors are summed over the zones and the days are added up (visitor-days); a person seen in two zones on one day is counted twice, so this may overstate the visitors.</source>
        <translation>Données journalières : les visiteurs uniques de chaque jour sont additionnés sur les zones et les jours sont cumulés (visiteurs-jours) ; une personne vue dans deux zones le même jour compte deux fois, ce qui peut surestimer le nombre de visiteurs.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="72"/>
        <source>Daily data: each day&apos;s largest zone count is taken (a lower bound of the unique visitors of the day) and the days are added up (visitor-days).</source>
        <translation>Données journalières : on prend pour chaque jour l&apos;effectif de la zone la plus fréquentée (une borne inférieure du nombre de visiteurs uniques du jour) et les jours sont cumulés (visiteurs-jours).</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="75"/>
        <source>Sub-daily data: for each day, the peak over the time slots of the people present at once in all zones together (a lower bound of the day&apos;s unique visitors, never the sum of the slots); the days are added up (visitor-days).</source>
        <translation>Données infra-journalières : pour chaque jour, le pic sur les créneaux des personnes présentes en même temps dans toutes les zones réunies (une borne inférieure du nombre de visiteurs uniques du jour, jamais la somme des créneaux) ; les jours sont cumulés (visiteurs-jours).</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="79"/>
        <source>Mixed data: for the profiles with sub-daily slots, each day&apos;s peak over the slots of the people present at once in all zones together (a lower bound); for the profiles with daily slots (often the origin rows), each day&apos;s counts summed over the zones (a person seen in two zones is counted twice); the days are added up (visitor-days).</source>
        <translation>Données mixtes : pour les profils à créneaux infra-journaliers, chaque jour le pic sur les créneaux des personnes présentes en même temps dans toutes les zones réunies (une borne inférieure) ; pour les profils à créneaux journaliers (souvent les lignes de provenance), chaque jour les effectifs additionnés sur les zones (une personne vue dans deux zones est comptée deux fois) ; les jours sont additionnés (visiteurs-jours).</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="85"/>
        <source>Visitors given as a table by the user (taken as they are).</source>
        <translation>Visiteurs donnés sous forme de tableau par l&apos;utilisateur (repris tels quels).</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="91"/>
        <source>90 % interval: the 5th and 95th percentiles of {draws} Monte Carlo draws (seed {seed}). Each input is drawn from a triangular distribution between its low and high values, peaking at its central value: the visitors (± the precision of the counts, one draw for all rows, because the operator&apos;s extrapolation errs the same way everywhere), each spend, night, additionality and displacement value, and the multiplier.</source>
        <translation>Intervalle à 90 % : les 5e et 95e centiles de {draws} tirages de Monte-Carlo (graine {seed}). Chaque donnée est tirée d&apos;une loi triangulaire entre sa valeur basse et sa valeur haute, avec son mode à la valeur centrale : les visiteurs (± la précision des effectifs, un seul tirage pour toutes les lignes, car l&apos;extrapolation de l&apos;opérateur se trompe partout dans le même sens), chaque valeur de dépenses, de nuitées, d&apos;additionnalité et de déplacement, et le multiplicateur.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="101"/>
        <source>Extremes (all low / all high together): low takes the visitors minus the precision margin and every spend, night and additionality value at its low bound with displacement at its high bound; high the opposite. Every input erring the same way at once is very unlikely: read them as limits, not as the interval.</source>
        <translation>Extrêmes (tout bas / tout haut ensemble) : la borne basse prend les visiteurs moins la marge de précision et chaque valeur de dépenses, de nuitées et d&apos;additionnalité à sa borne basse, avec le déplacement à sa borne haute ; la borne haute l&apos;inverse. Que toutes les données se trompent en même temps dans le même sens est très improbable : ce sont des limites, pas l&apos;intervalle.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="109"/>
        <source>assumption — a suppressed cell holds fewer than the threshold; small counts are more often near 0 than near the threshold</source>
        <translation>hypothèse — une cellule masquée contient moins que le seuil ; les petits effectifs sont plus souvent proches de 0 que du seuil</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="116"/>
        <source>Suppressed cells (fewer than {k} each) are not read as 0: each is counted at {mid} (a third of the threshold, as small counts are more often near 0), between {lo} and {hi} in the interval (one draw for all cells), and between 0 and {k} in the extremes.</source>
        <translation>Les cellules masquées (moins de {k} chacune) ne sont pas lues comme 0 : chacune compte pour {mid} (un tiers du seuil, car les petits effectifs sont plus souvent proches de 0), entre {lo} et {hi} dans l&apos;intervalle (un seul tirage pour toutes les cellules) et entre 0 et {k} dans les extrêmes.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="129"/>
        <source>Residents</source>
        <translation>Résidents</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="129"/>
        <source>Day visitors</source>
        <translation>Excursionnistes</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="130"/>
        <source>Overnight visitors</source>
        <translation>Touristes</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="131"/>
        <source>Commuters</source>
        <translation>Navetteurs</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="131"/>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="132"/>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="132"/>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="138"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="138"/>
        <source>rest of the country</source>
        <translation>reste du pays</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="139"/>
        <source>abroad</source>
        <translation>étranger</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="139"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="140"/>
        <source>other (merged)</source>
        <translation>autres (regroupés)</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="140"/>
        <source>all origins</source>
        <translation>toutes provenances</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="141"/>
        <source>every origin</source>
        <translation>toute provenance</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="146"/>
        <source>additionality</source>
        <translation>additionnalité</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="147"/>
        <source>spend per day (EUR)</source>
        <translation>dépenses par jour (EUR)</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="148"/>
        <source>paid nights per visitor-day</source>
        <translation>nuitées payantes par visiteur-jour</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="149"/>
        <source>spend per night (EUR)</source>
        <translation>dépenses par nuitée (EUR)</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="150"/>
        <source>displacement</source>
        <translation>déplacement des dépenses</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="151"/>
        <source>visitors (± precision of the counts)</source>
        <translation>visiteurs (± précision des effectifs)</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="152"/>
        <source>value of a suppressed cell</source>
        <translation>valeur d&apos;une cellule masquée</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="158"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="158"/>
        <source>derived</source>
        <translation>dérivé</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="159"/>
        <source>proxy</source>
        <translation>approximation</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="159"/>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="160"/>
        <source>definition</source>
        <translation>définition</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="160"/>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="161"/>
        <source>given by the user</source>
        <translation>donné par l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="168"/>
        <source>{profile} ({group})</source>
        <translation>{profile} ({group})</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="170"/>
        <source>{who}: {input}</source>
        <translation>{who} : {input}</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="268"/>
        <source>{where}: “{name}” is not a number.</source>
        <translation>{where} : « {name} » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="270"/>
        <source>{where}: “{name}” must have low ≤ central ≤ high, not {low} / {central} / {high}.</source>
        <translation>{where} : « {name} » doit vérifier bas ≤ central ≤ haut, et non {low} / {central} / {high}.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="274"/>
        <source>{where}: “{name}” is a share and must lie between 0 and 1.</source>
        <translation>{where} : « {name} » est une part et doit être comprise entre 0 et 1.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="276"/>
        <source>{where}: “{name}” must not be negative.</source>
        <translation>{where} : « {name} » ne doit pas être négatif.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="291"/>
        <source>unknown kind of source “{kind}”.</source>
        <translation>type de source inconnu « {kind} ».</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="306"/>
        <source>unknown spend preset “{name}”; the bundled ones are {names}.</source>
        <translation>préréglage de dépenses « {name} » inconnu ; ceux fournis sont {names}.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="333"/>
        <source>spend table, row {row}: the profile is empty.</source>
        <translation>tableau de dépenses, ligne {row} : le profil est vide.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="334"/>
        <source>spend row “{profile}”</source>
        <translation>ligne de dépenses « {profile} »</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="339"/>
        <source>{where}: the value “{name}” is missing.</source>
        <translation>{where} : la valeur « {name} » manque.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="352"/>
        <source>user&apos;s spend table {name}</source>
        <translation>tableau de dépenses de l&apos;utilisateur {name}</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="442"/>
        <source>the visitors of the impact are people present or visitors per day; “{measure}” cannot be added to them (nights are spent by visitors, they are not more visitors).</source>
        <translation>le calcul des retombées porte sur des personnes présentes ou des visiteurs par jour ; « {measure} » ne peut pas s&apos;y ajouter (les nuitées sont passées par des visiteurs, elles ne représentent pas des visiteurs supplémentaires).</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="457"/>
        <source>the export holds no visitors (people present or visitors per day), only {measures}: the economic impact needs visitors, and trips or nights are not visitors.</source>
        <translation>l’export ne contient pas de visiteurs (personnes présentes ou visiteurs par jour), seulement des {measures} : les retombées économiques demandent des visiteurs, et des déplacements ou des nuitées ne sont pas des visiteurs.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="488"/>
        <source>the export has {minutes}-minute slots: daily rules need daily data; the peak of simultaneous presence is used for sub-daily data.</source>
        <translation>l&apos;export a des créneaux de {minutes} minutes : les règles journalières demandent des données journalières ; pour des données infra-journalières, on utilise le pic de présence simultanée.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="508"/>
        <source>unknown counting rule “{rule}”.</source>
        <translation>règle de comptage « {rule} » inconnue.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="556"/>
        <source>visitors table, row {row}: expected a profile and a number of visitors that is not negative.</source>
        <translation>tableau des visiteurs, ligne {row} : un profil et un nombre de visiteurs positif ou nul sont attendus.</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="716"/>
        <source>the precision must lie between 0 and 1 (0.1 means ±10 %).</source>
        <translation>la précision doit être comprise entre 0 et 1 (0,1 signifie ±10 %).</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="717"/>
        <source>multiplier</source>
        <translation>multiplicateur</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="723"/>
        <source>the spend table has no row for the profile(s) {profiles} found in the visitors; add them to the spend table (additionality 0 to leave them out).</source>
        <translation>le tableau de dépenses n&apos;a pas de ligne pour le ou les profils {profiles} présents dans les visiteurs ; ajoutez-les au tableau de dépenses (additionnalité 0 pour les écarter).</translation>
    </message>
    <message>
        <location filename="../core/impact.py" line="859"/>
        <source>fewer visitors in total than the anonymity threshold ({k}); no impact can be published.</source>
        <translation>moins de visiteurs au total que le seuil d&apos;anonymat ({k}) ; aucune estimation des retombées ne peut être publiée.</translation>
    </message>
</context>
<context>
    <name>ImportExportAlgorithm</name>
    <message>
        <location filename="../processing/import_export.py" line="34"/>
        <source>QGIS has no PostgreSQL provider; install the package qgis-providers.</source>
        <translation>QGIS n&apos;a pas de fournisseur PostgreSQL ; installez le paquet qgis-providers.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="47"/>
        <source>There is no saved PostgreSQL connection named “{name}”; add it in the Browser panel, or give a connection string such as dbname=footfall host=localhost.</source>
        <translation>Il n&apos;existe pas de connexion PostgreSQL enregistrée nommée « {name} » ; ajoutez-la dans le panneau Explorateur, ou donnez une chaîne de connexion telle que dbname=footfall host=localhost.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="71"/>
        <source>Import footfall export</source>
        <translation>Importer un export de fréquentation</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="74"/>
        <source>Reads an operator&apos;s footfall export (CSV in any usual encoding and delimiter, XLSX, Parquet, GeoPackage or GeoJSON; long or wide layout; French, Dutch or English headers) and writes a GeoPackage with the long table &lt;b&gt;footfall&lt;/b&gt; (zone_id, start, end in UTC, profile, origin_type, origin_code, count, suppressed), the &lt;b&gt;zones&lt;/b&gt; layer and the temporal layer &lt;b&gt;zone_slots&lt;/b&gt; (total per zone and time slot) when zone geometry is known, and the dataset metadata (source file and SHA-256, time zone, slot length, anonymity threshold).

Suppressed cells (&amp;lt;30, s, *, n.d., NA, empty) stay suppressed, never zero; counts below the anonymity threshold are suppressed too. Local times are converted with the time zone, daylight-saving changes included. The source file is never modified, and the output is written whole or not at all.</source>
        <translation>Lit l&apos;export de fréquentation d&apos;un opérateur (CSV dans tout encodage et avec tout séparateur usuels, XLSX, Parquet, GeoPackage ou GeoJSON ; format long ou large ; en-têtes en français, néerlandais ou anglais) et écrit un GeoPackage contenant la table longue &lt;b&gt;footfall&lt;/b&gt; (zone_id, start, end en UTC, profile, origin_type, origin_code, count, suppressed), la couche &lt;b&gt;zones&lt;/b&gt; et la couche temporelle &lt;b&gt;zone_slots&lt;/b&gt; (total par zone et par créneau) lorsque la géométrie des zones est connue, ainsi que les métadonnées du jeu de données (fichier source et SHA-256, fuseau horaire, durée des créneaux, seuil d&apos;anonymat).

Les cellules masquées (&amp;lt;30, s, *, n.d., NA, vide) restent masquées et ne valent jamais zéro ; les effectifs inférieurs au seuil d&apos;anonymat sont masqués eux aussi. Les heures locales sont converties selon le fuseau horaire, changements d&apos;heure compris. Le fichier source n&apos;est jamais modifié et le résultat est écrit en entier ou pas du tout.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="84"/>
        <source>Instead of a file, a table of a PostgreSQL database may be read (a connection saved in QGIS, a schema and a table, with the same columns as a file), and the zones from a PostGIS table of the same schema.</source>
        <translation>Au lieu d&apos;un fichier, une table d&apos;une base PostgreSQL peut être lue (une connexion enregistrée dans QGIS, un schéma et une table, avec les mêmes colonnes qu&apos;un fichier), et les zones depuis une table PostGIS du même schéma.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="91"/>
        <source>Footfall export file (or a folder or a PostgreSQL table below)</source>
        <translation>Fichier d&apos;export de fréquentation (ou un dossier ou une table PostgreSQL ci-dessous)</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="93"/>
        <source>The file delivered by the operator (also a .csv.gz / .txt.gz, or a ZIP of a delivery whose files are read as one dataset).</source>
        <translation>Le fichier livré par l&apos;opérateur (aussi un .csv.gz / .txt.gz, ou le ZIP d&apos;une livraison dont les fichiers sont lus comme un seul jeu de données).</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="95"/>
        <source>Folder of export files</source>
        <translation>Dossier de fichiers d&apos;export</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="97"/>
        <source>A folder whose export files are read as one dataset (MITMA&apos;s daily files, a Flux Vision delivery), instead of a single file.</source>
        <translation>Un dossier dont les fichiers d&apos;export sont lus comme un seul jeu de données (les fichiers quotidiens du MITMA, une livraison Flux Vision), au lieu d&apos;un seul fichier.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="99"/>
        <source>Zone layer</source>
        <translation>Couche des zones</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="101"/>
        <source>Polygons of the zones, joined by id. Without it, geometry comes from the file itself or from the built-in grids.</source>
        <translation>Polygones des zones, joints par identifiant. Sans cette couche, la géométrie provient du fichier lui-même ou des grilles intégrées.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="103"/>
        <source>Zone id field</source>
        <translation>Champ d&apos;identifiant de zone</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="105"/>
        <source>The field of the zone layer that holds the zone ids of the export.</source>
        <translation>Le champ de la couche des zones qui contient les identifiants de zone de l&apos;export.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="107"/>
        <source>Column mapping (JSON)</source>
        <translation>Correspondance des colonnes (JSON)</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="108"/>
        <source>For files whose columns are not recognised: which column holds the zone, date, time, profile, origin and count.</source>
        <translation>Pour les fichiers dont les colonnes ne sont pas reconnues : quelle colonne contient la zone, la date, l&apos;heure, le profil, la provenance et l&apos;effectif.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="110"/>
        <source>Time zone of the export</source>
        <translation>Fuseau horaire de l&apos;export</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="111"/>
        <source>Local times of the file are in this zone, e.g. Europe/Brussels or Europe/Paris; times with an offset keep it.</source>
        <translation>Les heures locales du fichier sont dans ce fuseau, par ex. Europe/Brussels ou Europe/Paris ; les heures qui indiquent leur décalage par rapport à UTC le conservent.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="113"/>
        <source>Anonymity threshold</source>
        <translation>Seuil d&apos;anonymat</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="115"/>
        <source>Counts below this number are suppressed (30 unless the dataset says otherwise).</source>
        <translation>Les effectifs inférieurs à ce nombre sont masqués (30, sauf indication contraire du jeu de données).</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="117"/>
        <source>PostgreSQL connection</source>
        <translation>Connexion PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="118"/>
        <source>A PostgreSQL connection saved in QGIS, or a connection string, to read the footfall table from; leave the export file empty then.</source>
        <translation>Une connexion PostgreSQL enregistrée dans QGIS, ou une chaîne de connexion, d&apos;où lire la table de fréquentation ; laissez alors le fichier d&apos;export vide.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="120"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="122"/>
        <source>The schema of the footfall table and of the zones table.</source>
        <translation>Le schéma de la table de fréquentation et de la table des zones.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="124"/>
        <source>Footfall table</source>
        <translation>Table de fréquentation</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="126"/>
        <source>The table holding the counts, with columns named as in a file (zone_id, start, end, profile, origin_type, origin_code, count, suppressed, or the operator&apos;s own).</source>
        <translation>La table des effectifs, aux colonnes nommées comme dans un fichier (zone_id, start, end, profile, origin_type, origin_code, count, suppressed, ou celles de l&apos;opérateur).</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="128"/>
        <source>Zones table (PostGIS)</source>
        <translation>Table des zones (PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="130"/>
        <source>A PostGIS table of the zone polygons with a zone_id column; the zone layer above takes precedence.</source>
        <translation>Une table PostGIS des polygones des zones avec une colonne zone_id ; la couche de zones ci-dessus a la priorité.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="132"/>
        <source>Footfall GeoPackage</source>
        <translation>GeoPackage de fréquentation</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="132"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="133"/>
        <source>The GeoPackage to write.</source>
        <translation>Le GeoPackage à écrire.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="135"/>
        <source>Rows imported</source>
        <translation>Lignes importées</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="136"/>
        <source>Suppressed cells</source>
        <translation>Cellules masquées</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="137"/>
        <source>Zone ids without geometry</source>
        <translation>Identifiants de zone sans géométrie</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="147"/>
        <source>Choose the footfall export file, a folder of export files, or a PostgreSQL table.</source>
        <translation>Choisissez le fichier d&apos;export de fréquentation, un dossier de fichiers d&apos;export ou une table PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="153"/>
        <source>Give either an export file or a folder of export files, not both.</source>
        <translation>Donnez soit un fichier d&apos;export, soit un dossier de fichiers d&apos;export, pas les deux.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="165"/>
        <source>Give either a footfall export file or a PostgreSQL table, not both.</source>
        <translation>Donnez soit un fichier d&apos;export de fréquentation, soit une table PostgreSQL, pas les deux.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="172"/>
        <source>A PostgreSQL table was given without a PostgreSQL connection.</source>
        <translation>Une table PostgreSQL a été donnée sans connexion PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="193"/>
        <source>Zone ids without geometry: {n}; those with the largest counts: {ids}</source>
        <translation>Identifiants de zone sans géométrie : {n} ; ceux aux plus grands effectifs : {ids}</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="196"/>
        <source>No zone geometry is known: the GeoPackage holds the table only.</source>
        <translation>Aucune géométrie de zone n&apos;est connue : le GeoPackage ne contient que la table.</translation>
    </message>
    <message>
        <location filename="../processing/import_export.py" line="198"/>
        <source>{rows} rows imported, {supp} suppressed, written to {path}</source>
        <translation>{rows} lignes importées, dont {supp} masquées, écrites dans {path}</translation>
    </message>
</context>
<context>
    <name>ImportTask</name>
    <message>
        <location filename="../plugin/task.py" line="72"/>
        <source>Opening footfall export {name}</source>
        <translation>Ouverture de l&apos;export de fréquentation {name}</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="105"/>
        <source>Unexpected error while opening the export:
{trace}</source>
        <translation>Erreur inattendue à l&apos;ouverture de l&apos;export :
{trace}</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="23"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="24"/>
        <source>Zone id</source>
        <translation>Identifiant de zone</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="25"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="26"/>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="27"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="28"/>
        <source>End of slot</source>
        <translation>Fin du créneau</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="29"/>
        <source>Visitor profile</source>
        <translation>Profil de visiteurs</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="30"/>
        <source>Origin</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="31"/>
        <source>Origin type</source>
        <translation>Type de provenance</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="32"/>
        <source>Count</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="33"/>
        <source>Breakdown (age, sex, distance…: kept, filterable)</source>
        <translation>Ventilation (âge, sexe, distance… : conservée, filtrable)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="34"/>
        <source>A number that is not a count (never summed)</source>
        <translation>Un nombre qui n’est pas un effectif (jamais additionné)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="35"/>
        <source>Count of one profile (wide)</source>
        <translation>Effectif d&apos;un profil (format large)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="36"/>
        <source>Count of one hour (wide)</source>
        <translation>Effectif d&apos;une heure (format large)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="37"/>
        <source>Count of one origin (wide)</source>
        <translation>Effectif d&apos;une provenance (format large)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="46"/>
        <source>Map the columns of the export</source>
        <translation>Associer les colonnes de l&apos;export</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="56"/>
        <source>Say what each column holds. Encoding {encoding}, delimiter “{delimiter}”.</source>
        <translation>Indiquez ce que contient chaque colonne. Encodage {encoding}, séparateur « {delimiter} ».</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="56"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="63"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="88"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="89"/>
        <source>Comma (1 234,5)</source>
        <translation>Virgule (1 234,5)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="90"/>
        <source>Point (1,234.5)</source>
        <translation>Point (1,234.5)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="91"/>
        <source>Decimal separator</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="93"/>
        <source>Detect (day first), or e.g. %d/%m/%Y</source>
        <translation>Détecter (jour en premier), ou par ex. %d/%m/%Y</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="94"/>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="100"/>
        <source>What the count column counts; never added to another measure</source>
        <translation>Ce que compte la colonne des effectifs ; jamais additionnée à une autre mesure</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="101"/>
        <source>The counts are</source>
        <translation>Les effectifs sont</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="111"/>
        <source>Save mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="112"/>
        <source>Save these choices as a JSON mapping file for the Processing algorithm and later imports</source>
        <translation>Enregistrer ces choix dans un fichier de correspondance JSON pour l&apos;algorithme de traitement et les imports ultérieurs</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="117"/>
        <source>Open with this mapping</source>
        <translation>Ouvrir avec cette correspondance</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="144"/>
        <source>Column mapping (*.json)</source>
        <translation>Correspondance des colonnes (*.json)</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="151"/>
        <source>Save mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location filename="../plugin/mapping_dialog.py" line="151"/>
        <source>The mapping could not be saved: {error}</source>
        <translation>La correspondance n&apos;a pas pu être enregistrée : {error}</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../core/measures.py" line="46"/>
        <source>visitors per day</source>
        <translation>visiteurs par jour</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="48"/>
        <source>visitors per week</source>
        <translation>visiteurs par semaine</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="50"/>
        <source>visitors per month</source>
        <translation>visiteurs par mois</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="51"/>
        <source>people present</source>
        <translation>personnes présentes</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="53"/>
        <source>nights</source>
        <translation>nuitées</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="55"/>
        <source>trips per hour</source>
        <translation>déplacements par heure</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="55"/>
        <source>trips</source>
        <translation>déplacements</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="57"/>
        <source>people by overnight zone</source>
        <translation>personnes par zone de nuitée</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="59"/>
        <source>tourists per month</source>
        <translation>touristes par mois</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="59"/>
        <source>tourists</source>
        <translation>touristes</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="61"/>
        <source>operator customers (not extrapolated)</source>
        <translation>clients de l&apos;opérateur (non extrapolés)</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="63"/>
        <source>dwell time (seconds)</source>
        <translation>durée de présence (secondes)</translation>
    </message>
    <message>
        <location filename="../core/measures.py" line="96"/>
        <source>Recognised: {formats}</source>
        <translation>Reconnu : {formats}</translation>
    </message>
</context>
<context>
    <name>MissingDependencyPlugin</name>
    <message>
        <location filename="../plugin/missing.py" line="22"/>
        <source>Footfall cannot start</source>
        <translation>Footfall ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>OpenExportDialog</name>
    <message>
        <location filename="../plugin/open_dialog.py" line="23"/>
        <source>Open footfall export</source>
        <translation>Ouvrir un export de fréquentation</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="27"/>
        <source>Choose one or more files delivered by the operator (for example presence and origins). CSV, TXT, XLSX, Parquet, GeoPackage and GeoJSON are read; columns are recognised in English, Dutch and French.</source>
        <translation>Choisissez un ou plusieurs fichiers livrés par l&apos;opérateur (par exemple présence et provenances). Les formats CSV, TXT, XLSX, Parquet, GeoPackage et GeoJSON sont lus ; les colonnes sont reconnues en anglais, en néerlandais et en français.</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="35"/>
        <source>Footfall exports (*.csv *.txt *.tsv *.xlsx *.parquet *.gpkg *.geojson *.json);;All files (*)</source>
        <translation>Exports de fréquentation (*.csv *.txt *.tsv *.xlsx *.parquet *.gpkg *.geojson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="38"/>
        <source>Export files</source>
        <translation>Fichiers d&apos;export</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="51"/>
        <source>Time zone of the local times in the file: the likely ones first, then every zone (type to search). Daylight-saving changes are handled.</source>
        <translation>Fuseau horaire des heures locales du fichier : d&apos;abord les plus probables, puis tous les fuseaux (tapez pour chercher). Les changements d&apos;heure sont pris en compte.</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="53"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="62"/>
        <source>Polygons of the zones. Leave empty when the file has geometry or uses grid-cell ids.</source>
        <translation>Polygones des zones. Laisser vide si le fichier contient sa géométrie ou utilise des identifiants de mailles de grille.</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="63"/>
        <source>Zone layer</source>
        <translation>Couche des zones</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="67"/>
        <source>Zone id field</source>
        <translation>Champ d&apos;identifiant de zone</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="69"/>
        <source>Column mapping (*.json)</source>
        <translation>Correspondance des colonnes (*.json)</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="70"/>
        <source>Only for files whose columns are not recognised (see the README).</source>
        <translation>Uniquement pour les fichiers dont les colonnes ne sont pas reconnues (voir le README).</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="71"/>
        <source>Column mapping (optional)</source>
        <translation>Correspondance des colonnes (facultatif)</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="75"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../plugin/open_dialog.py" line="127"/>
        <source>“{zone}” is not a time zone; choose one in the list (for example Europe/Brussels).</source>
        <translation>« {zone} » n&apos;est pas un fuseau horaire ; choisissez-en un dans la liste (par exemple Europe/Paris).</translation>
    </message>
</context>
<context>
    <name>OriginFlowsAlgorithm</name>
    <message>
        <location filename="../processing/origin_flows.py" line="96"/>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="102"/>
        <source>Draws where visitors came from: one gently curved line from each origin (postcode, municipality, commune, département or country, placed with the bundled gazetteers) to the venue or to each zone, with fields origin_type, origin_code, origin_name (in the interface&apos;s language), visitors, share, distance_km (great circle), population and per_1000_residents where the gazetteer knows the population.

visitors is the sum of the export&apos;s known origin counts over the chosen zones, profiles and slots (for daily exports: visitor-days per zone, not unique people); at_least = 1 when some of its parts were suppressed.

Level: origins are rolled up postcode → municipality → province → region → country (Belgium) or commune → département → région → country (France). “Follows the map scale” writes the municipality, province and country levels together (field level: 1, 2, 4) and styles the layer so that each level is drawn only in its scale range: municipalities closer than 1:1,000,000, provinces and départements to 1:5,000,000, countries beyond; each level adds up to the total.

Anonymity: a flow is shown alone only if every one of its cells (profile × slot, over the whole export) is 0 or at least the dataset&apos;s threshold; the others are merged into “Other origins in …” (the place one level up) at the next level up, with the smallest whole sibling added when the merged group is still too small. The lines always add up to the total of the placed origins; origins the gazetteers do not know are listed in the log with their visitors.

Minimum visitors and top N only hide lines; share is always against the total.</source>
        <translation>Dessine d&apos;où viennent les visiteurs : une ligne légèrement courbée de chaque provenance (code postal, commune, département ou pays, localisée grâce aux répertoires géographiques fournis) vers le site ou vers chaque zone, avec les champs origin_type, origin_code, origin_name (dans la langue de l&apos;interface), visitors, share, distance_km (orthodromique), population et per_1000_residents quand la population est connue.

visitors est la somme des effectifs de provenance connus de l&apos;export sur les zones, profils et créneaux choisis (pour un export journalier : visiteurs-jours par zone, et non des personnes distinctes) ; at_least = 1 quand une partie était masquée.

Niveau : les provenances sont agrégées code postal → commune → province → région → pays (Belgique) ou commune → département → région → pays (France). « Selon l&apos;échelle de la carte » écrit ensemble les niveaux commune, province (ou département) et pays (champ level : 1, 2, 4) et donne à la couche un style où chaque niveau n&apos;est dessiné que dans sa plage d&apos;échelles : communes à plus grande échelle que le 1/1 000 000, provinces et départements jusqu&apos;au 1/5 000 000, pays au-delà ; chaque niveau totalise l&apos;ensemble des visiteurs.

Anonymat : un flux n&apos;est montré seul que si chacune de ses cellules (profil × créneau, sur tout l&apos;export) vaut 0 ou au moins le seuil d&apos;anonymat du jeu de données ; les autres sont regroupés en « Autres provenances (…) » (le lieu du niveau supérieur) au niveau suivant, en y ajoutant le plus petit voisin entier si le groupe reste trop petit. Les lignes totalisent toujours les provenances localisées ; les provenances absentes des répertoires géographiques sont listées dans le journal avec leurs visiteurs.

Le minimum de visiteurs et « N principaux flux » ne font que masquer des lignes ; la part est toujours calculée sur le total.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="124"/>
        <source>A GeoPackage written by “Import footfall export”, or an operator&apos;s export with origins.</source>
        <translation>Un GeoPackage écrit par « Importer un export de fréquentation », ou un export d&apos;opérateur avec provenances.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="126"/>
        <source>Venue</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="127"/>
        <source>Where the lines end. Without it: the visitor-weighted centre of the zones (of the venue area when one is given).</source>
        <translation>Où finissent les lignes. Sans lui : le centre des zones pondéré par les visiteurs (de l&apos;emprise du site si elle est donnée).</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="129"/>
        <source>Venue area</source>
        <translation>Emprise du site</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="130"/>
        <source>Only the zones whose centre lies in these polygons are used.</source>
        <translation>Seules les zones dont le centre est dans ces polygones sont utilisées.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="132"/>
        <source>Lines end at</source>
        <translation>Destination des lignes</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="132"/>
        <source>The venue</source>
        <translation>Le site</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="132"/>
        <source>Each zone&apos;s centre</source>
        <translation>Le centre de chaque zone</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="134"/>
        <source>One set of lines to the venue, or one set per zone.</source>
        <translation>Un jeu de lignes vers le site, ou un par zone.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="136"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="137"/>
        <source>Roll origins up to this level before drawing.</source>
        <translation>Agréger les provenances à ce niveau avant de dessiner.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="139"/>
        <source>Minimum visitors</source>
        <translation>Minimum de visiteurs</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="140"/>
        <source>Hide lines with fewer visitors.</source>
        <translation>Masquer les lignes qui comptent moins de visiteurs.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="142"/>
        <source>Top N</source>
        <translation>N principaux flux</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="143"/>
        <source>Keep only the N largest lines per destination (0: all).</source>
        <translation>Ne garder que les N principaux flux par destination (0 : tous).</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="148"/>
        <source>One line per time slot (for the Temporal Controller)</source>
        <translation>Une ligne par créneau (pour le Contrôleur temporel)</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="149"/>
        <source>Adds start and end fields so that the flows play with the Temporal Controller.</source>
        <translation>Ajoute les champs start et end pour que les flux puissent être animés avec le Contrôleur temporel.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="152"/>
        <source>The line layer to write.</source>
        <translation>La couche de lignes à créer.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="154"/>
        <source>Visitors of the placed origins</source>
        <translation>Visiteurs des provenances localisées</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="155"/>
        <source>Visitors of origins the gazetteers do not know</source>
        <translation>Visiteurs des provenances absentes des répertoires géographiques</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="156"/>
        <source>Origins merged for anonymity</source>
        <translation>Provenances regroupées pour l&apos;anonymat</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="157"/>
        <source>What the figures measure (a measure of the data model)</source>
        <translation>Ce que mesurent les chiffres (une mesure du modèle de données)</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="181"/>
        <source>Neither zone geometry nor a venue is known: give a zone layer or a venue point.</source>
        <translation>Ni la géométrie des zones ni le site ne sont connus : indiquez une couche de zones ou l&apos;emplacement du site.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="187"/>
        <source>No zone lies in the venue area.</source>
        <translation>Aucune zone ne se trouve dans l&apos;emprise du site.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="190"/>
        <source>Lines to each zone need zone geometry: give a zone layer.</source>
        <translation>Pour tracer des lignes vers chaque zone, il faut la géométrie des zones : indiquez une couche de zones.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="221"/>
        <source>{n} lines; {shown} of {total} visitors shown; {merged} origins merged for anonymity (threshold {k}).</source>
        <translation>{n} lignes ; {shown} visiteurs affichés sur {total} ; {merged} provenances regroupées pour préserver l&apos;anonymat (seuil d&apos;anonymat {k}).</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="229"/>
        <source>{n} origins are not places the map can show, and are not drawn: {items}</source>
        <translation>{n} provenances ne sont pas des lieux que la carte peut montrer et ne sont pas dessinées : {items}</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="232"/>
        <source>{n} origins are zones of the export&apos;s own zoning (such as MITMA districts), which have no geometry here: give their zone layer (Zone layer, Zone id field) to draw them.</source>
        <translation>{n} provenances sont des zones du propre zonage de l’export (comme les districts MITMA), sans géométrie ici : donnez leur couche de zones (Couche des zones, Champ d&apos;identifiant de zone) pour les dessiner.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="235"/>
        <source>Some visitors are not shown: even all together they are below the anonymity threshold.</source>
        <translation>Certains visiteurs ne sont pas affichés : même tous ensemble, ils restent sous le seuil d&apos;anonymat.</translation>
    </message>
    <message>
        <location filename="../processing/origin_flows.py" line="252"/>
        <source>Origin flows</source>
        <translation>Flux de provenance</translation>
    </message>
</context>
<context>
    <name>OriginSummaryAlgorithm</name>
    <message>
        <location filename="../processing/origin_summary.py" line="49"/>
        <source>Origin summary and choropleth</source>
        <translation>Synthèse des provenances et carte choroplèthe</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="52"/>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="58"/>
        <source>Visitors per origin place at the chosen level, as points at the gazetteer&apos;s representative point (WGS 84): visitors, share of the total, population where the gazetteer knows it, and per_1000_residents = visitors × 1000 / population.

With an area layer (for example municipalities or départements with their code in a field), the same figures are joined to its polygons by code for a choropleth; areas without visitors get 0.

The anonymity rule is the one of “Origin flows”: origins below the threshold are merged into “Other origins in …” (the place one level up), and the rows add up to the total of the placed origins.</source>
        <translation>Visiteurs par lieu de provenance au niveau choisi, en points placés au point représentatif du répertoire géographique (WGS 84) : visiteurs, part du total, population quand elle est connue, et per_1000_residents = visiteurs × 1000 / population.

Avec une couche de zones géographiques (par exemple des communes ou des départements avec leur code dans un champ), les mêmes chiffres sont joints à ses polygones par code pour une carte choroplèthe ; les zones sans visiteurs reçoivent 0.

La règle d&apos;anonymat est celle de « Flux de provenance » : les provenances sous le seuil d&apos;anonymat sont regroupées en « Autres provenances (…) » (le lieu du niveau supérieur), et les lignes totalisent les provenances localisées.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="69"/>
        <source>A GeoPackage written by “Import footfall export”, or an operator&apos;s export with origins.</source>
        <translation>Un GeoPackage écrit par « Importer un export de fréquentation », ou un export d&apos;opérateur avec provenances.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="71"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="72"/>
        <source>Roll origins up to this level.</source>
        <translation>Agréger les provenances à ce niveau.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="76"/>
        <source>Origin areas (for a choropleth)</source>
        <translation>Zones de provenance (pour une carte choroplèthe)</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="78"/>
        <source>Polygons of the origin places at the chosen level.</source>
        <translation>Polygones des lieux de provenance au niveau choisi.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="80"/>
        <source>Area code field</source>
        <translation>Champ du code de zone</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="81"/>
        <source>The field holding the code (postcode, NIS or INSEE code, département, ISO country code).</source>
        <translation>Le champ qui porte le code (code postal, code NIS ou INSEE, département, code pays ISO).</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="84"/>
        <source>Points with the figures per origin place.</source>
        <translation>Points avec les chiffres par lieu de provenance.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="88"/>
        <source>The area layer with the figures joined.</source>
        <translation>La couche de zones avec les chiffres joints.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="90"/>
        <source>Visitors of the placed origins</source>
        <translation>Visiteurs des provenances localisées</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="125"/>
        <source>Origin summary</source>
        <translation>Synthèse des provenances</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="132"/>
        <source>Choose the field of the area layer that holds the codes.</source>
        <translation>Choisissez le champ de la couche de zones qui porte les codes.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="154"/>
        <source>{n} areas joined to an origin.</source>
        <translation>{n} zones jointes à une provenance.</translation>
    </message>
    <message>
        <location filename="../processing/origin_summary.py" line="155"/>
        <source>Origin choropleth</source>
        <translation>Carte choroplèthe des provenances</translation>
    </message>
</context>
<context>
    <name>Origins</name>
    <message>
        <location filename="../core/origins.py" line="72"/>
        <source>local (Flux Vision provenance)</source>
        <translation>locaux (provenance Flux Vision)</translation>
    </message>
    <message>
        <location filename="../core/origins.py" line="73"/>
        <source>rest of the country (Flux Vision provenance)</source>
        <translation>reste du pays (provenance Flux Vision)</translation>
    </message>
    <message>
        <location filename="../core/origins.py" line="74"/>
        <source>abroad (Flux Vision provenance)</source>
        <translation>étranger (provenance Flux Vision)</translation>
    </message>
    <message>
        <location filename="../core/origins.py" line="76"/>
        <source>outside the study area</source>
        <translation>hors de la zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../core/origins.py" line="77"/>
        <source>foreign SIM cards</source>
        <translation>cartes SIM étrangères</translation>
    </message>
    <message>
        <location filename="../core/origins.py" line="78"/>
        <source>other countries</source>
        <translation>autres pays</translation>
    </message>
    <message>
        <location filename="../core/origins.py" line="79"/>
        <source>abroad</source>
        <translation>étranger</translation>
    </message>
    <message>
        <location filename="../core/origins.py" line="80"/>
        <source>not disclosed</source>
        <translation>non communiqué</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../core/privacy.py" line="97"/>
        <source>Dimension {d} has {m} values for {n} cells.</source>
        <translation>La dimension {d} a {m} valeurs pour {n} cellules.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="143"/>
        <source>The anonymity threshold must be at least 1, not {k}.</source>
        <translation>Le seuil d&apos;anonymat doit valoir au moins 1, pas {k}.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="146"/>
        <source>The table holds negative counts ({n} cells, the lowest {v}); counts of people cannot be below zero.</source>
        <translation>La table contient des effectifs négatifs ({n} cellules, le plus bas {v}) ; un nombre de personnes ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="149"/>
        <source>The table holds infinite counts.</source>
        <translation>La table contient des effectifs infinis.</translation>
    </message>
</context>
<context>
    <name>ReadError</name>
    <message>
        <location filename="../core/errors.py" line="24"/>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="26"/>
        <source>column “{column}”</source>
        <translation>colonne « {column} »</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="29"/>
        <source>{where}: {message}</source>
        <translation>{where} : {message}</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="34"/>
        <source>Assign the columns in a mapping file (JSON, see the README).</source>
        <translation>Associez les colonnes dans un fichier de correspondance (JSON, voir le README).</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="41"/>
        <source>Use “Map columns…” to say which column holds what.</source>
        <translation>Utilisez « Associer les colonnes… » pour indiquer ce que contient chaque colonne.</translation>
    </message>
    <message>
        <location filename="../core/gpkg.py" line="177"/>
        <source>the GeoPackage cannot be written: {error}</source>
        <translation>le GeoPackage ne peut pas être écrit : {error}</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="50"/>
        <source>reading from PostgreSQL needs the Python package psycopg2 (Debian package python3-psycopg2).</source>
        <translation>la lecture depuis PostgreSQL nécessite le paquet Python psycopg2 (paquet Debian python3-psycopg2).</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="54"/>
        <source>cannot connect to the PostgreSQL database: {error}</source>
        <translation>impossible de se connecter à la base PostgreSQL : {error}</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="132"/>
        <source>the database cannot be queried: {error}</source>
        <translation>la base ne peut pas être interrogée : {error}</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="138"/>
        <source>the table has only geometry columns; it holds no counts.</source>
        <translation>la table n&apos;a que des colonnes de géométrie ; elle ne contient aucun effectif.</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="169"/>
        <source>the table does not exist in the database, or it has no columns.</source>
        <translation>la table n&apos;existe pas dans la base, ou elle n&apos;a pas de colonnes.</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="172"/>
        <source>the zones table has no PostGIS geometry column.</source>
        <translation>la table des zones n&apos;a pas de colonne de géométrie PostGIS.</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="177"/>
        <source>the zones table has no column “{field}”; expected the column that holds the zone ids, such as zone_id.</source>
        <translation>la table des zones n&apos;a pas de colonne « {field} » ; attendu : la colonne des identifiants de zone, comme zone_id.</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="184"/>
        <source>the table cannot be read: {error}</source>
        <translation>la table ne peut pas être lue : {error}</translation>
    </message>
    <message>
        <location filename="../core/pg.py" line="265"/>
        <source>the table cannot be written to the database: {error}</source>
        <translation>la table ne peut pas être écrite dans la base : {error}</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="73"/>
        <source>the mapping file cannot be read: {error}</source>
        <translation>le fichier de correspondance ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="75"/>
        <source>the mapping file is not valid JSON: {error}</source>
        <translation>le fichier de correspondance n&apos;est pas du JSON valide : {error}</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="77"/>
        <source>the mapping file must hold a JSON object.</source>
        <translation>le fichier de correspondance doit contenir un objet JSON.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="134"/>
        <source>unknown time zone “{tz}”; expected a name such as Europe/Brussels or Europe/Paris.</source>
        <translation>fuseau horaire « {tz} » inconnu ; un nom comme Europe/Brussels ou Europe/Paris est attendu.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="191"/>
        <source>the folder holds no export (CSV, TXT, gzip, XLSX or Parquet file).</source>
        <translation>le dossier ne contient aucun export (fichier CSV, TXT, gzip, XLSX ou Parquet).</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="197"/>
        <source>this is not a ZIP archive: the file is damaged or cut short, or it is another kind of file with a .zip name.</source>
        <translation>ce n&apos;est pas une archive ZIP : le fichier est endommagé ou tronqué, ou c&apos;est un autre type de fichier nommé en .zip.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="200"/>
        <source>this is not a readable ZIP archive: {error}</source>
        <translation>ce n&apos;est pas une archive ZIP lisible : {error}</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="208"/>
        <source>the ZIP archive holds no export (CSV, TXT, gzip, XLSX or Parquet file).</source>
        <translation>l&apos;archive ZIP ne contient aucun export (fichier CSV, TXT, gzip, XLSX ou Parquet).</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="256"/>
        <source>Zones joined to the bundled boundaries of French départements (Natural Earth, simplified; good for maps, not for areas): {n} of {m}.</source>
        <translation>Zones jointes aux limites des départements français fournies avec l’extension (Natural Earth, simplifiées ; bonnes pour les cartes, pas pour les surfaces) : {n} sur {m}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="256"/>
        <source>Without a polygon: {zones}.</source>
        <translation>Sans polygone : {zones}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="342"/>
        <source>the file does not exist or is not a file.</source>
        <translation>le fichier n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="355"/>
        <source>a ZIP archive is read through the list of files to open (the archive itself, not one of its members).</source>
        <translation>une archive ZIP s&apos;ouvre depuis la liste des fichiers à ouvrir (l&apos;archive elle-même, et non l&apos;un de ses fichiers).</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="377"/>
        <source>unknown encoding “{encoding}”; expected for example utf-8, cp1252, latin-1 or utf-16.</source>
        <translation>encodage « {encoding} » inconnu ; attendu par exemple utf-8, cp1252, latin-1 ou utf-16.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="429"/>
        <source>the column name appears twice in the header; expected unique column names.</source>
        <translation>le nom de colonne apparaît deux fois dans l&apos;en-tête ; les noms de colonnes doivent être uniques.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="526"/>
        <source>a quote opens a field and is never closed; the file may be cut short, or a quote inside a field is not doubled.</source>
        <translation>un guillemet ouvre un champ et n&apos;est jamais fermé ; le fichier est peut-être tronqué, ou un guillemet à l&apos;intérieur d&apos;un champ n&apos;est pas doublé.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="528"/>
        <source>this row does not have as many fields as the header ({n}); check the delimiter and quotes.</source>
        <translation>cette ligne n&apos;a pas autant de champs que l&apos;en-tête ({n}) ; vérifiez le séparateur et les guillemets.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="530"/>
        <source>the text is not valid in the detected encoding ({encoding}); give the encoding in a mapping file.</source>
        <translation>le texte n&apos;est pas valide dans l&apos;encodage détecté ({encoding}) ; indiquez l&apos;encodage dans un fichier de correspondance.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="532"/>
        <source>the file cannot be read as delimited text: {error}</source>
        <translation>le fichier ne peut pas être lu comme texte délimité : {error}</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="539"/>
        <source>reading XLSX needs the Python package openpyxl.</source>
        <translation>la lecture des fichiers XLSX nécessite le paquet Python openpyxl.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="572"/>
        <source>{n} sheets with the same columns read as one table: {sheets}.</source>
        <translation>{n} feuilles aux mêmes colonnes lues comme une seule table : {sheets}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="575"/>
        <source>Sheets left out (other columns): {sheets}.</source>
        <translation>Feuilles laissées de côté (autres colonnes) : {sheets}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="584"/>
        <source>this is not a readable Parquet file: {error}</source>
        <translation>ce n&apos;est pas un fichier Parquet lisible : {error}</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="611"/>
        <source>this is not a readable vector file: {error}</source>
        <translation>ce n&apos;est pas un fichier vectoriel lisible : {error}</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="613"/>
        <source>the file holds no layer.</source>
        <translation>le fichier ne contient aucune couche.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="680"/>
        <source>Times read in {tz}, the time zone of {product}.</source>
        <translation>Heures lues dans le fuseau {tz}, celui de {product}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="700"/>
        <source>the date of this export is only in its file name, and the name “{name}” holds none; rename the file as the operator delivered it, or give the date in a mapping file.</source>
        <translation>la date de cet export n&apos;est que dans le nom du fichier, et le nom « {name} » n&apos;en contient pas ; redonnez au fichier le nom livré par l&apos;opérateur, ou donnez la date dans un fichier de correspondance.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="701"/>
        <source>(date from the file name)</source>
        <translation>(date tirée du nom du fichier)</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="714"/>
        <source>unknown role “{role}” in the mapping file; expected one of {roles}.</source>
        <translation>rôle « {role} » inconnu dans le fichier de correspondance ; valeurs possibles : {roles}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="753"/>
        <source>the mapping names column “{name}”, which the file does not have; its columns are: {columns}.</source>
        <translation>la correspondance désigne la colonne « {name} », absente du fichier ; ses colonnes sont : {columns}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="777"/>
        <source>Columns found: {columns}. Check that the file is complete.</source>
        <translation>Colonnes trouvées : {columns}. Vérifiez que le fichier est complet.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="780"/>
        <source>no count column found. Expected a column named like Volume, aantal or count, or one column per profile, hour or origin; columns found: {columns}.</source>
        <translation>aucune colonne d&apos;effectifs trouvée. Une colonne nommée par exemple Volume, aantal ou count est attendue, ou une colonne par profil, heure ou provenance ; colonnes trouvées : {columns}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="782"/>
        <source>no zone column found. Expected a column named like Zone, gebied or zone_id; columns found: {columns}.</source>
        <translation>aucune colonne de zone trouvée. Une colonne nommée par exemple Zone, gebied ou zone_id est attendue ; colonnes trouvées : {columns}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="786"/>
        <source>no time column found. Expected a column named like Date, datum or timestamp; columns found: {columns}.</source>
        <translation>aucune colonne de temps trouvée. Une colonne nommée par exemple Date, datum ou timestamp est attendue ; colonnes trouvées : {columns}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="849"/>
        <source>the file has a header but no data rows.</source>
        <translation>le fichier a un en-tête mais aucune ligne de données.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="861"/>
        <source>the zone is empty; every row needs a zone id.</source>
        <translation>la zone est vide ; chaque ligne doit avoir un identifiant de zone.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="886"/>
        <source>“{value}” is not a count; expected a number such as 1234 or 1 234,5, or a suppression marker such as &lt;30.</source>
        <translation>« {value} » n&apos;est pas un effectif ; un nombre comme 1234 ou 1 234,5 est attendu, ou un marqueur de secret statistique comme &lt;30.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="886"/>
        <source>the count {value} is negative; counts of people cannot be below zero.</source>
        <translation>l&apos;effectif {value} est négatif ; un nombre de personnes ne peut pas être inférieur à zéro.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="886"/>
        <source>the count {value} is implausibly large (above one billion people in one zone and slot); check the column and the decimal separator.</source>
        <translation>l&apos;effectif {value} est invraisemblablement grand (plus d&apos;un milliard de personnes dans une zone et un créneau) ; vérifiez la colonne et le séparateur décimal.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="916"/>
        <source>this file repeats cells of a file already loaded in the same dataset.</source>
        <translation>ce fichier répète des cellules d&apos;un fichier déjà chargé dans le même jeu de données.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="918"/>
        <source>Cells suppressed because they were below the anonymity threshold of {k}: {n}.</source>
        <translation>Cellules masquées car inférieures au seuil d&apos;anonymat de {k} : {n}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="974"/>
        <source>unknown measure “{measure}” in the mapping; expected one of {measures}.</source>
        <translation>mesure « {measure} » inconnue dans la correspondance ; attendu : l&apos;une des valeurs {measures}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1019"/>
        <source>The total column “{column}” differs from the sum of the other columns in {n} rows (first: row {row}, {total} against {sum}); it is not read as a count.</source>
        <translation>La colonne de total « {column} » diffère de la somme des autres colonnes sur {n} lignes (première : ligne {row}, {total} contre {sum}) ; elle n&apos;est pas lue comme un effectif.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1022"/>
        <source>The total column “{column}” equals the sum of the other columns; it is not read as a count.</source>
        <translation>La colonne de total « {column} » est égale à la somme des autres colonnes ; elle n&apos;est pas lue comme un effectif.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1127"/>
        <source>rows {first} and {second} give the same zone, time, profile and origin with different counts; expected one value per cell.</source>
        <translation>les lignes {first} et {second} donnent la même zone, la même heure, le même profil et la même provenance avec des effectifs différents ; une seule valeur par cellule est attendue.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1129"/>
        <source>Duplicate rows with identical values, read once: {n}.</source>
        <translation>Lignes en double aux valeurs identiques, lues une seule fois : {n}.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1257"/>
        <source>the date is empty; every row needs a date.</source>
        <translation>la date est vide ; chaque ligne doit avoir une date.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1278"/>
        <source>the local time {value} does not exist in {tz} (the clocks moved forward); if the file is in UTC or in fixed winter time, choose that time zone.</source>
        <translation>l&apos;heure locale {value} n&apos;existe pas dans {tz} (passage à l&apos;heure d&apos;été) ; si le fichier est en UTC ou en heure d&apos;hiver fixe, choisissez ce fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1317"/>
        <source>unknown period “{period}” in the mapping; expected day, week or month.</source>
        <translation>période « {period} » inconnue dans la correspondance ; attendu : day, week ou month.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1327"/>
        <source>a single time slot: its length is taken as {n} minutes.</source>
        <translation>un seul créneau : sa durée est fixée à {n} minutes.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1331"/>
        <source>some rows have a time and others only a date; rows without a time start at midnight.</source>
        <translation>certaines lignes ont une heure et d&apos;autres seulement une date ; les lignes sans heure commencent à minuit.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1365"/>
        <source>Every date is the first of a month, a month apart: the rows are read as monthly periods, not days (give period in a mapping file to change it).</source>
        <translation>Chaque date est le premier d&apos;un mois, à un mois d&apos;écart : les lignes sont lues comme des mois, et non des jours (indiquez period dans un fichier de correspondance pour changer cela).</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1368"/>
        <source>The dates are a week apart: each row is read as one day; if each row covers a week, give period week in a mapping file.</source>
        <translation>Les dates sont à une semaine d&apos;écart : chaque ligne est lue comme un jour ; si chaque ligne couvre une semaine, indiquez period week dans un fichier de correspondance.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1384"/>
        <source>“{value}” is not a date or time in a known format; expected for example 06/07/2019, 2019-07-06, 14:15 or 2019-07-06T14:15:00+02:00, or give date_format in a mapping file.</source>
        <translation>« {value} » n&apos;est pas une date ou une heure dans un format connu ; attendu par exemple 06/07/2019, 2019-07-06, 14:15 ou 2019-07-06T14:15:00+02:00, ou indiquez date_format dans un fichier de correspondance.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1386"/>
        <source>the date {value} is outside the years {first} to {last}; check the year and the date format.</source>
        <translation>la date {value} est en dehors des années {first} à {last} ; vérifiez l&apos;année et le format de date.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1398"/>
        <source>the end of the slot is not after its start.</source>
        <translation>la fin du créneau n&apos;est pas postérieure à son début.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1410"/>
        <source>the profile is empty; expected a visitor category such as Touristes, dagbezoekers or residents.</source>
        <translation>le profil est vide ; une catégorie de visiteurs comme Touristes, dagbezoekers ou residents est attendue.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1418"/>
        <source>unknown visitor category “{value}”; expected residents, day visitors, overnight visitors, commuters, transit, visitors or total (in English, Dutch or French), or map it with profile_values in a mapping file.</source>
        <translation>catégorie de visiteurs « {value} » inconnue ; attendu : résidents, excursionnistes, touristes, navetteurs, transit, visiteurs ou total (en anglais, néerlandais ou français), ou associez-la avec profile_values dans un fichier de correspondance.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1442"/>
        <source>Origins not recognised, kept as unknown: {n} ({values}).</source>
        <translation>Provenances non reconnues, conservées comme inconnues : {n} ({values}).</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1480"/>
        <source>this is not an XLSX workbook: the file is damaged or cut short, or it is another kind of file with an .xlsx name.</source>
        <translation>ce n&apos;est pas un classeur XLSX : le fichier est endommagé ou tronqué, ou c&apos;est un autre type de fichier nommé en .xlsx.</translation>
    </message>
    <message>
        <location filename="../core/readers.py" line="1482"/>
        <source>this is not a readable XLSX workbook: {error}</source>
        <translation>ce n&apos;est pas un classeur XLSX lisible : {error}</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="45"/>
        <source>the compressed file cannot be read: {error}</source>
        <translation>le fichier compressé ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="52"/>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="65"/>
        <source>this is not a text file (it holds binary data); expected a CSV, XLSX, Parquet, GeoPackage or GeoJSON export.</source>
        <translation>ce n&apos;est pas un fichier texte (il contient des données binaires) ; un export CSV, XLSX, Parquet, GeoPackage ou GeoJSON est attendu.</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="91"/>
        <source>the file mixes UTF-8 and another encoding (byte 0x{byte:02X} is not UTF-8); save the whole file again in one encoding, UTF-8, or give the encoding in a mapping file.</source>
        <translation>le fichier mélange l&apos;UTF-8 et un autre encodage (l&apos;octet 0x{byte:02X} n&apos;est pas de l&apos;UTF-8) ; enregistrez de nouveau tout le fichier dans un seul encodage, l&apos;UTF-8, ou indiquez l&apos;encodage dans un fichier de correspondance.</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="106"/>
        <source>the file ends in the middle of a character: it was cut short; copy or export it again.</source>
        <translation>le fichier se termine au milieu d&apos;un caractère : il a été tronqué ; copiez-le ou exportez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="111"/>
        <source>byte 0x{byte:02X} is not valid in the {encoding} encoding; save the file as UTF-8 or give the encoding in a mapping file.</source>
        <translation>l&apos;octet 0x{byte:02X} n&apos;est pas valide dans l&apos;encodage {encoding} ; enregistrez le fichier en UTF-8 ou indiquez l&apos;encodage dans un fichier de correspondance.</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="176"/>
        <source>the line is longer than {mb} MB; this is not a delimited text export, or its line ends were lost.</source>
        <translation>la ligne dépasse {mb} Mo ; ce n&apos;est pas un export en texte délimité, ou ses fins de ligne ont été perdues.</translation>
    </message>
    <message>
        <location filename="../core/sniff.py" line="214"/>
        <source>no column separator found; expected “;”, “,”, tab or “|” between columns.</source>
        <translation>aucun séparateur de colonnes trouvé ; attendu : « ; », « , », tabulation ou « | » entre les colonnes.</translation>
    </message>
</context>
<context>
    <name>ReopenTask</name>
    <message>
        <location filename="../plugin/task.py" line="120"/>
        <source>Reconnecting the Footfall panel to {name}</source>
        <translation>Reconnexion du panneau Footfall à {name}</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="134"/>
        <source>The export {path} is no longer where the project found it. The map layer is kept as it was saved; to use the panel, open the export again.</source>
        <translation>L&apos;export {path} n&apos;est plus là où le projet l&apos;a trouvé. La couche reste telle qu&apos;elle a été enregistrée ; pour utiliser le panneau, ouvrez de nouveau l&apos;export.</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="148"/>
        <source>The panel could not reconnect to the export:
{trace}</source>
        <translation>Le panneau n&apos;a pas pu se reconnecter à l&apos;export :
{trace}</translation>
    </message>
</context>
<context>
    <name>ReportTask</name>
    <message>
        <location filename="../plugin/task.py" line="289"/>
        <source>Computing the post-event report</source>
        <translation>Calcul du rapport post-événement</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="300"/>
        <source>The report could not be computed:
{trace}</source>
        <translation>Le rapport n&apos;a pas pu être calculé :
{trace}</translation>
    </message>
</context>
<context>
    <name>Typography</name>
    <message>
        <location filename="../core/i18n.py" line="35"/>
        <source>“{text}”</source>
        <translation>« {text} »</translation>
    </message>
</context>
<context>
    <name>Uplift</name>
    <message>
        <location filename="../core/uplift.py" line="104"/>
        <source>“{day}” is not a date; write days as 2019-07-06, separated by commas.</source>
        <translation>« {day} » n&apos;est pas une date ; écrivez les jours comme 2019-07-06, séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../core/uplift.py" line="112"/>
        <source>No event day was given.</source>
        <translation>Aucun jour d&apos;événement n&apos;a été donné.</translation>
    </message>
    <message>
        <location filename="../core/uplift.py" line="117"/>
        <source>{day} is both an event day and a reference day.</source>
        <translation>{day} est à la fois un jour d&apos;événement et un jour de référence.</translation>
    </message>
    <message>
        <location filename="../core/uplift.py" line="121"/>
        <source>Give reference days, or at least one previous weekday.</source>
        <translation>Donnez des jours de référence, ou au moins un même jour de semaine précédent.</translation>
    </message>
    <message>
        <location filename="../core/uplift.py" line="144"/>
        <source>The export holds no data on the event day {day} (time zone {tz}).</source>
        <translation>L&apos;export ne contient aucune donnée le jour d&apos;événement {day} (fuseau horaire {tz}).</translation>
    </message>
    <message>
        <location filename="../core/uplift.py" line="149"/>
        <source>The export holds no data on any reference day ({days}).</source>
        <translation>L&apos;export ne contient aucune donnée sur les jours de référence ({days}).</translation>
    </message>
</context>
<context>
    <name>UpliftAlgorithm</name>
    <message>
        <location filename="../processing/uplift.py" line="73"/>
        <source>Event uplift against a baseline</source>
        <translation>Surcroît de fréquentation d&apos;un événement par rapport à une période de référence</translation>
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
        <translation>Compare les jours d&apos;événement à des jours de référence, par zone et par créneau. Les créneaux sont appariés selon l&apos;heure locale, de sorte qu&apos;un créneau après un changement d&apos;heure corresponde à la même heure légale les jours de référence.

event = l&apos;effectif de la zone dans le créneau ; baseline = la médiane des effectifs des jours de référence dans la même zone à la même heure locale ; uplift (le surcroît) = event − baseline ; relative_change = uplift ÷ baseline (NULL quand la baseline vaut 0). references = jours de référence ayant une cellule à cet endroit. Les jours de référence sont les jours donnés, ou les N mêmes jours de semaine précédant le premier jour d&apos;événement (pour chaque jour d&apos;événement, les jours de son propre jour de semaine). Un jour de référence sans aucune donnée est écarté et cité dans le journal.

Les profils sont additionnés comme ailleurs : les lignes du profil « all » quand l&apos;export en a, sinon la somme des autres profils.

Cellules masquées : une cellule d&apos;événement masquée (ou partiellement masquée) reste masquée (suppressed = 1, event, uplift et relative_change NULL). Une cellule de référence masquée se situe quelque part sous le seuil ; baseline_partial vaut alors 1, et la baseline n&apos;est donnée que si la médiane est la même quelles que soient les valeurs masquées, sinon NULL. Aucun effectif ni baseline supérieur à 0 et inférieur au seuil d&apos;anonymat n&apos;est affiché.

Les totaux (event, baseline, uplift) sont des sommes sur les zones et créneaux où l&apos;événement et la baseline sont tous deux publiés, de sorte que surcroît total = event total − baseline totale ; ce sont des visiteurs-créneaux, et non des personnes.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="105"/>
        <source>Only used for an export with local times; days and times of day are local to it.</source>
        <translation>Utilisé seulement pour un export en heures locales ; les jours et les heures sont locaux à ce fuseau.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="106"/>
        <source>Event days</source>
        <translation>Jours d&apos;événement</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="107"/>
        <source>The days of the event, separated by commas, for example 2019-07-06,2019-07-07.</source>
        <translation>Les jours de l&apos;événement, séparés par des virgules, par exemple 2019-07-06,2019-07-07.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="109"/>
        <source>Reference days</source>
        <translation>Jours de référence</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="110"/>
        <source>Ordinary days to compare with, separated by commas; when empty, the previous same weekdays are used.</source>
        <translation>Jours ordinaires de comparaison, séparés par des virgules ; vide : les mêmes jours de semaine précédents.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="112"/>
        <source>Previous same weekdays</source>
        <translation>Mêmes jours de semaine précédents</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="114"/>
        <source>When no reference day is given: how many of the same weekdays before the first event day make the baseline.</source>
        <translation>Quand aucun jour de référence n&apos;est donné : combien de mêmes jours de semaine avant le premier jour d&apos;événement forment la référence.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="119"/>
        <source>One row per zone and event slot: zone polygons when the zone geometry is known, else a table.</source>
        <translation>Une ligne par zone et créneau de l&apos;événement : polygones des zones quand leur géométrie est connue, sinon une table.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="121"/>
        <source>Total event count (published cells with a baseline)</source>
        <translation>Effectif total de l&apos;événement (cellules publiées ayant une référence)</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="122"/>
        <source>Total baseline (same cells)</source>
        <translation>Référence totale (mêmes cellules)</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="123"/>
        <source>Total uplift (same cells)</source>
        <translation>Surcroît total (mêmes cellules)</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="130"/>
        <source>Give at least one event day, for example 2019-07-06.</source>
        <translation>Donnez au moins un jour d&apos;événement, par exemple 2019-07-06.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="146"/>
        <source>Event day {event}: reference days {days}.</source>
        <translation>Jour d&apos;événement {event} : jours de référence {days}.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="149"/>
        <source>No data on the reference days {days}; the baseline uses the others.</source>
        <translation>Aucune donnée les jours de référence {days} ; la référence est calculée sur les autres.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="187"/>
        <source>{n} zones have no geometry; their rows have none.</source>
        <translation>{n} zones n&apos;ont pas de géométrie ; leurs lignes non plus.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="188"/>
        <source>Totals over the {n} zone-slot cells where event and baseline are both published: event {event}, baseline {baseline}, uplift {uplift}.</source>
        <translation>Totaux sur les {n} cellules (zone × créneau) où l&apos;événement et la référence sont tous deux publiés : événement {event}, référence {baseline}, surcroît {uplift}.</translation>
    </message>
    <message>
        <location filename="../processing/uplift.py" line="193"/>
        <source>Uplift</source>
        <translation>Surcroît</translation>
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
        <translation>Pour la page web, il faut la géométrie des zones : indiquez une couche de zones.</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="229"/>
        <source>≥ {value}</source>
        <translation>≥ {value}</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="233"/>
        <source>Synthetic demo data – not a measurement</source>
        <translation>Données de démonstration synthétiques – pas une mesure réelle</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="239"/>
        <source>Residents</source>
        <translation>Résidents</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="239"/>
        <source>Day visitors</source>
        <translation>Excursionnistes</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="240"/>
        <source>Overnight visitors</source>
        <translation>Touristes</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="241"/>
        <source>Commuters</source>
        <translation>Navetteurs</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="241"/>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <location filename="../cartography/web.py" line="242"/>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="612"/>
        <source>Footfall</source>
        <translation>Footfall</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="613"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="614"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="615"/>
        <source>Play or pause the animation of the time slots</source>
        <translation>Lire ou mettre en pause l&apos;animation des créneaux</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="616"/>
        <source>Time slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="617"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="618"/>
        <source>{n}/s</source>
        <translation>{n}/s</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="619"/>
        <source>Busiest slot</source>
        <translation>Créneau le plus fréquenté</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="620"/>
        <source>Go to the slot with the most people for the chosen profiles</source>
        <translation>Aller au créneau qui compte le plus de personnes pour les profils choisis</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="621"/>
        <source>Visitor profiles</source>
        <translation>Profils de visiteurs</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="622"/>
        <source>None ticked: all profiles.</source>
        <translation>Aucun coché : tous les profils.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="623"/>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="624"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="625"/>
        <source>People per zone</source>
        <translation>Personnes par zone</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="626"/>
        <source>Heatmap</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="627"/>
        <source>Origin flows of the day</source>
        <translation>Flux de provenance du jour</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="628"/>
        <source>OpenStreetMap basemap (online)</source>
        <translation>Fond de carte OpenStreetMap (en ligne)</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="629"/>
        <source>The OpenStreetMap basemap could not be loaded (no internet connection?); the map works without it.</source>
        <translation>Le fond de carte OpenStreetMap n&apos;a pas pu être chargé (pas de connexion Internet ?) ; la carte fonctionne sans lui.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="630"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© les contributeurs d&apos;OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="631"/>
        <source>{total} people in this slot</source>
        <translation>{total} personnes dans ce créneau</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="632"/>
        <source>At least {total} people in this slot ({n} cells suppressed)</source>
        <translation>Au moins {total} personnes dans ce créneau ({n} cellules masquées)</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="633"/>
        <source>No figure for this slot: every cell is suppressed (fewer than {k} people)</source>
        <translation>Pas de chiffre pour ce créneau : toutes les cellules sont masquées (moins de {k} personnes)</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="634"/>
        <source>People per zone and slot</source>
        <translation>Personnes par zone et créneau</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="635"/>
        <source>People per km²</source>
        <translation>Personnes par km²</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="636"/>
        <source>Suppressed (fewer than {k} people)</source>
        <translation>Masqué (moins de {k} personnes)</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="638"/>
        <source>{zone}: {value} people</source>
        <translation>{zone} : {value} personnes</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="639"/>
        <source>{zone}: suppressed (fewer than {k} people)</source>
        <translation>{zone} : masqué (moins de {k} personnes)</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="640"/>
        <source>{zone}: no data</source>
        <translation>{zone} : aucune donnée</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="641"/>
        <source>Visitors by origin, {day}</source>
        <translation>Visiteurs par provenance, {day}</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="642"/>
        <source>{n} or more</source>
        <translation>{n} ou plus</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="643"/>
        <source>Sums of daily counts per zone (not unique people); origins below {k} merged with their neighbours; “≥”: parts below {k} not counted.</source>
        <translation>Sommes des effectifs journaliers par zone (et non des personnes distinctes) ; provenances sous {k} regroupées avec leurs voisines ; « ≥ » : parties sous {k} non comptées.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="644"/>
        <source>No origin data for this day.</source>
        <translation>Pas de données de provenance pour ce jour.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="645"/>
        <source>Other origins</source>
        <translation>Autres provenances</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="646"/>
        <source>Other origins in {place}</source>
        <translation>Autres provenances ({place})</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="647"/>
        <source>Municipalities / communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="648"/>
        <source>Provinces / départements</source>
        <translation>Provinces / départements</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="649"/>
        <source>Regions / régions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="650"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="651"/>
        <source>Detail of the origins follows the zoom: {level}.</source>
        <translation>Le niveau de détail des provenances suit le zoom : {level}.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="652"/>
        <source>Keyboard: the arrow keys, Page Up/Down, Home and End move the time slider; Space or Enter on Play starts and pauses.</source>
        <translation>Clavier : les flèches, Page préc./suiv., Début et Fin déplacent le curseur temporel ; Espace ou Entrée sur Lecture lance et met en pause.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="653"/>
        <source>This interactive map needs JavaScript. The image shows the busiest slot.</source>
        <translation>Cette carte interactive nécessite JavaScript. L&apos;image montre le créneau le plus fréquenté.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="654"/>
        <source>Map of the busiest slot</source>
        <translation>Carte du créneau le plus fréquenté</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="655"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="656"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="657"/>
        <source>Map of the people present, zone by zone, for the time slot shown</source>
        <translation>Carte des personnes présentes, zone par zone, pour le créneau affiché</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="668"/>
        <source>operator data</source>
        <translation>données de l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="669"/>
        <source>Source: {operator}, {files}.</source>
        <translation>Source : {operator}, {files}.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="672"/>
        <source>Counts extrapolated by the operator to all people, stated precision ± {pct} %; cells below the anonymity threshold of {k} people are suppressed, never shown as zero, and totals then say “at least”.</source>
        <translation>Effectifs extrapolés par l&apos;opérateur à l&apos;ensemble de la population, précision annoncée ± {pct} % ; les cellules sous le seuil d&apos;anonymat de {k} personnes sont masquées, jamais affichées comme zéro, et les totaux sont alors précédés de « au moins ».</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="674"/>
        <source>the maximum of all slots</source>
        <translation>le maximum de tous les créneaux</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="675"/>
        <source>percentile {q} of all slots</source>
        <translation>centile {q} de tous les créneaux</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="676"/>
        <source>Heatmap: kernel density of the zone counts (quartic kernel, radius {radius} m, pixels of {pixel} m), one colour scale for every slot and profile, up to {vmax} people per km² ({scale}).</source>
        <translation>Carte de chaleur : densité par noyau des effectifs des zones (noyau quadratique, rayon {radius} m, pixels de {pixel} m), une même échelle de couleurs pour tous les créneaux et profils, jusqu&apos;à {vmax} personnes par km² ({scale}).</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="679"/>
        <source>Origin flows: visitors by most probable residence, summed over the zones for each day; origins below {k} are merged into “Other origins in …”.</source>
        <translation>Flux de provenance : visiteurs par lieu de résidence le plus probable, additionnés sur les zones pour chaque jour ; les provenances sous {k} sont regroupées dans « Autres provenances (…) ».</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="681"/>
        <source>To keep the page small, one time slot in {step} is shown ({kept} of {total}).</source>
        <translation>Pour que la page reste légère, un créneau sur {step} est affiché ({kept} sur {total}).</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="683"/>
        <source>Made with Footfall on {date}.</source>
        <translation>Réalisé avec Footfall le {date}.</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="699"/>
        <source>People present in each {minutes}-minute slot</source>
        <translation>Personnes présentes par créneau de {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="700"/>
        <source>People present in each time slot</source>
        <translation>Personnes présentes par créneau</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="702"/>
        <source>Measure: {measure}</source>
        <translation>Mesure : {measure}</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="717"/>
        <source>Total in this time slot: {total} ({measure})</source>
        <translation>Total de ce créneau : {total} ({measure})</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="718"/>
        <source>Total in this time slot: at least {total} ({measure}; {n} cells suppressed)</source>
        <translation>Total de ce créneau : au moins {total} ({measure} ; {n} cellules masquées)</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="719"/>
        <source>No figure for this time slot: every cell is suppressed (below {k})</source>
        <translation>Pas de chiffre pour ce créneau : toutes les cellules sont masquées (sous {k})</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="720"/>
        <source>{measure} per zone and time slot</source>
        <translation>{measure} par zone et créneau</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="721"/>
        <source>{measure} per km²</source>
        <translation>{measure} par km²</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="722"/>
        <source>Per zone</source>
        <translation>Par zone</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="723"/>
        <source>{zone}: {value}</source>
        <translation>{zone} : {value}</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="724"/>
        <source>Suppressed (below {k})</source>
        <translation>Masqué (sous {k})</translation>
    </message>
    <message>
        <location filename="../core/webpage.py" line="725"/>
        <source>{zone}: suppressed (below {k})</source>
        <translation>{zone} : masqué (sous {k})</translation>
    </message>
</context>
<context>
    <name>WebPageTask</name>
    <message>
        <location filename="../plugin/task.py" line="307"/>
        <source>Writing the web page {name}</source>
        <translation>Création de la page web {name}</translation>
    </message>
    <message>
        <location filename="../plugin/task.py" line="323"/>
        <source>The web page could not be written:
{trace}</source>
        <translation>La page web n&apos;a pas pu être créée :
{trace}</translation>
    </message>
</context>
</TS>
