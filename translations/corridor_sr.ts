<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr">
<context>
    <name>Cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>непозната команда „%1“</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>warning: %1</source>
        <translation>упозорење: %1</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>bad --extent &quot;%1&quot;: %2</source>
        <translation>неисправан --extent „%1“: %2</translation>
    </message>
    <message>
        <source>expected minlon,minlat,maxlon,maxlat</source>
        <translation>очекује се minlon,minlat,maxlon,maxlat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ није број</translation>
    </message>
    <message>
        <source>longitudes must be within -180..180 and latitudes within -90..90</source>
        <translation>географске дужине морају бити у опсегу -180..180, а географске ширине у опсегу -90..90</translation>
    </message>
    <message>
        <source>the minimum must be less than the maximum</source>
        <translation>минимум мора бити мањи од максимума</translation>
    </message>
    <message>
        <source>unsupported output format &quot;%1&quot; (use .pdf, .svg or .png)</source>
        <translation>неподржан излазни формат „%1“ (користите .pdf, .svg или .png)</translation>
    </message>
    <message>
        <source>image size must be between 16 and 20000 pixels per side</source>
        <translation>величина слике мора бити између 16 и 20000 пиксела по страници</translation>
    </message>
    <message>
        <source>--dpi must be between 10 and 2400</source>
        <translation>--dpi мора бити између 10 и 2400</translation>
    </message>
    <message>
        <source>unknown map CRS &quot;%1&quot;: %2</source>
        <translation>непознат КРС карте „%1“: %2</translation>
    </message>
    <message>
        <source>no layer &quot;%1&quot; in the project</source>
        <translation>у пројекту нема слоја „%1“</translation>
    </message>
    <message>
        <source>saved styles ignored: %1</source>
        <translation>сачувани стилови су занемарени: %1</translation>
    </message>
    <message>
        <source>the project has no layers to draw</source>
        <translation>пројекат нема слојева за исцртавање</translation>
    </message>
    <message>
        <source>the extent cannot be shown in %1</source>
        <translation>обухват није могуће приказати у %1</translation>
    </message>
    <message>
        <source>Base map: Natural Earth (public domain). Infrastructure, capacities and status: Corridor Atlas facts sheet; each feature cites its sources (table &quot;sources&quot;). Projection: %1. Scale bar true at the map centre; arrow points to true north.</source>
        <translation>Основна карта: Natural Earth (јавно добро). Инфраструктура, капацитети и статус: преглед података Corridor Atlas; сваки објекат наводи своје изворе (табела „sources“). Пројекција: %1. Размерник је тачан у средишту карте; стрелица показује географски север.</translation>
    </message>
    <message>
        <source>Draw a project (default: the bundled corridor project) as a briefing map: PDF, SVG or PNG.</source>
        <translation>Исцртава пројекат (подразумевано: приложени пројекат коридора) као карту за брифинг: PDF, SVG или PNG.</translation>
    </message>
    <message>
        <source>Project file (GeoPackage or any vector file).</source>
        <translation>Датотека пројекта (GeoPackage или било која векторска датотека).</translation>
    </message>
    <message>
        <source>Output file: .pdf (vector), .svg (vector) or .png.</source>
        <translation>Излазна датотека: .pdf (векторски), .svg (векторски) или .png.</translation>
    </message>
    <message>
        <source>Map title.</source>
        <translation>Наслов карте.</translation>
    </message>
    <message>
        <source>Subtitle (default: the date).</source>
        <translation>Поднаслов (подразумевано: датум).</translation>
    </message>
    <message>
        <source>Area to show, in degrees.</source>
        <translation>Област за приказ, у степенима.</translation>
    </message>
    <message>
        <source>Map CRS: EPSG code, PROJ string or WKT (default EPSG:3035, ETRS89-LAEA).</source>
        <translation>КРС карте: EPSG код, PROJ дефиниција или WKT (подразумевано EPSG:3035, ETRS89-LAEA).</translation>
    </message>
    <message>
        <source>Paper A4, A3 or letter, or a pixel size WxH (default A4).</source>
        <translation>Папир A4, A3 или letter, или величина у пикселима WxH (подразумевано A4).</translation>
    </message>
    <message>
        <source>Landscape paper (the default).</source>
        <translation>Водоравна оријентација папира (подразумевано).</translation>
    </message>
    <message>
        <source>Portrait paper.</source>
        <translation>Усправна оријентација папира.</translation>
    </message>
    <message>
        <source>PNG resolution for paper sizes (default 300).</source>
        <translation>Резолуција PNG слике за формате папира (подразумевано 300).</translation>
    </message>
    <message>
        <source>Only these layers, comma-separated.</source>
        <translation>Само ови слојеви, раздвојени зарезима.</translation>
    </message>
    <message>
        <source>Draw a graticule with degree labels.</source>
        <translation>Исцртава координатну мрежу са ознакама степени.</translation>
    </message>
    <message>
        <source>Add an inset locator map.</source>
        <translation>Додаје уметнуту карту положаја.</translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation>Изоставља легенду.</translation>
    </message>
    <message>
        <source>export takes at most one PROJECT</source>
        <translation>export прихвата највише један PROJECT</translation>
    </message>
    <message>
        <source>the bundled corridor project was not found; give a PROJECT file</source>
        <translation>приложени пројекат коридора није пронађен; наведите датотеку PROJECT</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE је обавезан</translation>
    </message>
    <message>
        <source>Azerbaijan–Serbia energy corridor</source>
        <translation>Енергетски коридор Азербејџан–Србија</translation>
    </message>
    <message>
        <source>Gas, oil, power and air links · %1</source>
        <translation>Гасне, нафтне, електроенергетске и ваздушне везе · %1</translation>
    </message>
    <message>
        <source>--landscape and --portrait exclude each other</source>
        <translation>--landscape и --portrait се међусобно искључују</translation>
    </message>
    <message>
        <source>--size must be A4, A3, letter or a pixel size like 1920x1080, not &quot;%1&quot;</source>
        <translation>--size мора бити A4, A3, letter или величина у пикселима, нпр. 1920x1080, а не „%1“</translation>
    </message>
    <message>
        <source>--dpi must be a whole number, not &quot;%1&quot;</source>
        <translation>--dpi мора бити цео број, а не „%1“</translation>
    </message>
    <message>
        <source>--layers needs at least one layer name</source>
        <translation>--layers захтева бар један назив слоја</translation>
    </message>
    <message>
        <source>nothing to draw: empty extent</source>
        <translation>нема шта да се исцрта: обухват је празан</translation>
    </message>
    <message>
        <source>the page is too small for a map</source>
        <translation>страница је премала за карту</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>није могуће уписати: %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>није могуће започети PDF</translation>
    </message>
    <message>
        <source>cannot start the SVG</source>
        <translation>није могуће започети SVG</translation>
    </message>
    <message>
        <source>image size %1×%2 is out of range (16 to 30000 pixels per side)</source>
        <translation>величина слике %1×%2 је ван опсега (од 16 до 30000 пиксела по страници)</translation>
    </message>
    <message>
        <source>not enough memory for a %1×%2 image</source>
        <translation>нема довољно меморије за слику %1×%2</translation>
    </message>
    <message>
        <source>cannot write the image: %1</source>
        <translation>није могуће уписати слику: %1</translation>
    </message>
    <message>
        <source>no scenario called &quot;%1&quot;: the project has no network model (available scenarios: none)</source>
        <translation>нема сценарија „%1“: пројекат нема мрежни модел (доступни сценарији: нема)</translation>
    </message>
    <message>
        <source>no scenario called &quot;%1&quot; (available scenarios: %2)</source>
        <translation>нема сценарија „%1“ (доступни сценарији: %2)</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; cannot be solved: %2</source>
        <translation>сценарио „%1“ није могуће решити: %2</translation>
    </message>
    <message>
        <source>Solve the project&apos;s network model under this scenario and draw the flows (width by flow, colour by utilisation, arrows in the direction of flow).</source>
        <translation>Решава мрежни модел пројекта за овај сценарио и исцртава протоке (дебљина према протоку, боја према искоришћености, стрелице у смеру протока).</translation>
    </message>
    <message>
        <source>Unit of gas flows with --scenario: bcm/yr (default), mcm/d or GWh/d.</source>
        <translation>Јединица протока гаса уз --scenario: bcm/yr (подразумевано), mcm/d или GWh/d.</translation>
    </message>
    <message>
        <source>--scenario needs a scenario name</source>
        <translation>--scenario захтева назив сценарија</translation>
    </message>
    <message>
        <source>--flow-units only applies with --scenario</source>
        <translation>--flow-units важи само уз --scenario</translation>
    </message>
    <message>
        <source>--flow-units must be bcm/yr, mcm/d or GWh/d, not &quot;%1&quot;</source>
        <translation>--flow-units мора бити bcm/yr, mcm/d или GWh/d, а не „%1“</translation>
    </message>
    <message>
        <source>Modelled flows, scenario &quot;%1&quot; · %2</source>
        <translation>Моделовани протоци, сценарио „%1“ · %2</translation>
    </message>
    <message numerus="yes">
        <source>--outage: %n unknown link id(s): %1 (valid ids: %2)</source>
        <translation>
            <numerusform>--outage: %n непознат идентификатор везе: %1 (важећи идентификатори: %2)</numerusform>
            <numerusform>--outage: %n непозната идентификатора веза: %1 (важећи идентификатори: %2)</numerusform>
            <numerusform>--outage: %n непознатих идентификатора веза: %1 (важећи идентификатори: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the legend does not fit the page: %n entry(ies) left out (use a larger page, or --no-legend)</source>
        <translation>
            <numerusform>легенда не стаје на страницу: изостављена је %n ставка (користите већу страницу или --no-legend)</numerusform>
            <numerusform>легенда не стаје на страницу: изостављене су %n ставке (користите већу страницу или --no-legend)</numerusform>
            <numerusform>легенда не стаје на страницу: изостављено је %n ставки (користите већу страницу или --no-legend)</numerusform>
        </translation>
    </message>
    <message>
        <source>With --scenario NAME: draw the change in flows against the reference scenario OTHER, Δ = NAME − OTHER (blue: more flow in NAME, red: less).</source>
        <translation>Уз --scenario NAME: исцртава промену протока у односу на референтни сценарио OTHER, Δ = NAME − OTHER (плаво: већи проток у NAME, црвено: мањи).</translation>
    </message>
    <message>
        <source>With --scenario: links out of service before solving (comma-separated ids; repeatable); drawn as outages. With --compare they apply to NAME, not to the reference.</source>
        <translation>Уз --scenario: везе ван погона пре решавања (идентификатори раздвојени зарезима; може се понављати); исцртавају се као испади. Уз --compare односе се на NAME, а не на референтни сценарио.</translation>
    </message>
    <message>
        <source>--compare only applies with --scenario</source>
        <translation>--compare важи само уз --scenario</translation>
    </message>
    <message>
        <source>--compare needs a scenario name</source>
        <translation>--compare захтева назив сценарија</translation>
    </message>
    <message>
        <source>--outage only applies with --scenario</source>
        <translation>--outage важи само уз --scenario</translation>
    </message>
    <message>
        <source>--outage needs at least one link id</source>
        <translation>--outage захтева бар један идентификатор везе</translation>
    </message>
    <message>
        <source>Change in modelled flows: scenario &quot;%1&quot; minus reference &quot;%2&quot; · %3</source>
        <translation>Промена моделованих протока: сценарио „%1“ минус референтни сценарио „%2“ · %3</translation>
    </message>
    <message>
        <source>Modelled flows, scenario &quot;%1&quot; with %2 out of service · %3</source>
        <translation>Моделовани протоци, сценарио „%1“ са %2 ван погона · %3</translation>
    </message>
    <message>
        <source>Change in flows: scenario &quot;%1&quot; with %2 out of service, minus &quot;%3&quot; · %4</source>
        <translation>Промена протока: сценарио „%1“ са %2 ван погона, минус „%3“ · %4</translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>no map CRS for the flow overlay</source>
        <translation>нема КРС-а карте за приказ протока</translation>
    </message>
    <message>
        <source>the flow result has %1 links but the network has %2</source>
        <translation>број веза у резултату протока (%1) не одговара броју веза у мрежи (%2)</translation>
    </message>
</context>
<context>
    <name>GeoText</name>
    <message>
        <source>not a coordinate reference system (PROJ made a &apos;%1&apos;)</source>
        <extracomment>%1 is the name PROJ gave the object it made instead (an ellipsoid, a datum, an operation).</extracomment>
        <translation>није координатни референтни систем (PROJ је направио „%1“)</translation>
    </message>
    <message>
        <source>empty CRS definition</source>
        <translation>празна дефиниција КРС-а</translation>
    </message>
    <message>
        <source>PROJ could not create a CRS</source>
        <translation>PROJ није могао да направи КРС</translation>
    </message>
    <message>
        <source>empty WKT</source>
        <translation>празан WKT</translation>
    </message>
    <message>
        <source>PROJ could not parse the WKT</source>
        <translation>PROJ није могао да рашчлани WKT</translation>
    </message>
    <message>
        <source>cannot transform from or to an invalid (empty) CRS</source>
        <translation>трансформација из неважећег (празног) КРС-а или у њега није могућа</translation>
    </message>
    <message>
        <source>PROJ found no coordinate operation between these CRSs</source>
        <translation>PROJ није пронашао координатну операцију између ових КРС-ова</translation>
    </message>
    <message>
        <source>PROJ could not normalise the axis order</source>
        <translation>PROJ није могао да нормализује редослед оса</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>нема КРС-а</translation>
    </message>
    <message>
        <source>cannot export the CRS as WKT</source>
        <translation>КРС није могуће извести као WKT</translation>
    </message>
    <message>
        <source>Non-finite coordinate (%1 %2) at vertex %3 of feature %4</source>
        <extracomment>%1 %2: the x y of the bad coordinate (nan, inf); %3: vertex number within the feature (from 0); %4: feature number within the layer (from 0).</extracomment>
        <translation>Координата која није коначан број (%1 %2) у темену %3 објекта %4</translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <extracomment>%1: feature number within the layer (from 0); %2: what went wrong, in GEOS&apos;s words (English) or one of our messages such as &quot;cannot create a point&quot;.</extracomment>
        <translation>објекат %1: %2</translation>
    </message>
    <message>
        <source>cannot create a point</source>
        <translation>није могуће направити тачку</translation>
    </message>
    <message>
        <source>cannot create an empty point</source>
        <translation>није могуће направити празну тачку</translation>
    </message>
    <message numerus="yes">
        <source>feature %1: a line part has %n rings (expected 1)</source>
        <extracomment>%1: feature number (from 0); %n: the number of rings, always 2 or more. A line part is one linestring, which has exactly one ring (coordinate sequence).</extracomment>
        <translation>
            <numerusform>објекат %1: део линије има %n прстен (очекиван је 1)</numerusform>
            <numerusform>објекат %1: део линије има %n прстена (очекиван је 1)</numerusform>
            <numerusform>објекат %1: део линије има %n прстенова (очекиван је 1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot copy coordinates</source>
        <translation>није могуће копирати координате</translation>
    </message>
    <message>
        <source>cannot create a linestring</source>
        <translation>није могуће направити изломљену линију</translation>
    </message>
    <message>
        <source>cannot create an empty polygon</source>
        <translation>није могуће направити празан полигон</translation>
    </message>
    <message>
        <source>invalid ring %1</source>
        <extracomment>%1: the ring&apos;s number within the polygon, from 0 (0 is the outer ring, the others are holes).</extracomment>
        <translation>неважећи прстен %1</translation>
    </message>
    <message>
        <source>cannot create a polygon</source>
        <translation>није могуће направити полигон</translation>
    </message>
    <message>
        <source>feature %1: unknown part kind</source>
        <translation>објекат %1: непозната врста дела</translation>
    </message>
    <message>
        <source>cannot read coordinates</source>
        <translation>није могуће прочитати координате</translation>
    </message>
    <message>
        <source>cannot read a collection</source>
        <translation>није могуће прочитати колекцију</translation>
    </message>
    <message>
        <source>cannot read a collection member</source>
        <translation>није могуће прочитати члан колекције</translation>
    </message>
    <message>
        <source>unsupported GEOS geometry type %1</source>
        <extracomment>%1: GEOS&apos;s numeric geometry type id.</extracomment>
        <translation>неподржан GEOS тип геометрије %1</translation>
    </message>
    <message>
        <source>cannot read a geometry</source>
        <translation>није могуће прочитати геометрију</translation>
    </message>
    <message>
        <source>cannot read an exterior ring</source>
        <translation>није могуће прочитати спољашњи прстен</translation>
    </message>
    <message>
        <source>cannot read an interior ring</source>
        <translation>није могуће прочитати унутрашњи прстен</translation>
    </message>
    <message>
        <source>cannot create a GEOS WKT reader</source>
        <translation>није могуће направити GEOS WKT читач</translation>
    </message>
    <message>
        <source>cannot parse WKT</source>
        <translation>није могуће рашчланити WKT</translation>
    </message>
    <message numerus="yes">
        <source>feature %1 out of range (%n feature(s))</source>
        <extracomment>%1: the feature number asked for (from 0); %n: how many features there are.</extracomment>
        <translation>
            <numerusform>објекат %1 је ван опсега (постоји %n објекат)</numerusform>
            <numerusform>објекат %1 је ван опсега (постоје %n објекта)</numerusform>
            <numerusform>објекат %1 је ван опсега (постоји %n објеката)</numerusform>
        </translation>
    </message>
    <message>
        <source>no GEOS context</source>
        <translation>нема GEOS контекста</translation>
    </message>
    <message>
        <source>feature %1: ring too large for GEOS</source>
        <translation>објекат %1: прстен је превелик за GEOS</translation>
    </message>
    <message>
        <source>creating an empty collection failed</source>
        <translation>прављење празне колекције није успело</translation>
    </message>
    <message>
        <source>cannot create a collection</source>
        <translation>није могуће направити колекцију</translation>
    </message>
    <message>
        <source>No geometry</source>
        <translation>Нема геометрије</translation>
    </message>
    <message>
        <source>GEOS could not check validity</source>
        <translation>GEOS није могао да провери исправност</translation>
    </message>
    <message>
        <source>makeValid: no geometry</source>
        <extracomment>makeValid is the name of a function of the program; keep it.</extracomment>
        <translation>makeValid: нема геометрије</translation>
    </message>
    <message>
        <source>MakeValid failed</source>
        <extracomment>MakeValid is the name of a GEOS operation; keep it.</extracomment>
        <translation>MakeValid није успео</translation>
    </message>
    <message>
        <source>simplify: no geometry</source>
        <extracomment>simplify is the name of a function of the program; keep it.</extracomment>
        <translation>simplify: нема геометрије</translation>
    </message>
    <message>
        <source>simplify: bad tolerance %1</source>
        <extracomment>simplify is the name of a function of the program; keep it. %1: the tolerance given (negative, nan or inf).</extracomment>
        <translation>simplify: неисправна толеранција %1</translation>
    </message>
    <message>
        <source>TopologyPreserveSimplify failed</source>
        <extracomment>TopologyPreserveSimplify is the name of a GEOS operation; keep it.</extracomment>
        <translation>TopologyPreserveSimplify није успео</translation>
    </message>
    <message>
        <source>intersection: no geometry</source>
        <extracomment>intersection is the name of a function of the program; keep it.</extracomment>
        <translation>intersection: нема геометрије</translation>
    </message>
    <message>
        <source>Intersection failed</source>
        <extracomment>Intersection is the name of a GEOS operation; keep it.</extracomment>
        <translation>Intersection није успео</translation>
    </message>
    <message>
        <source>distance: no geometry</source>
        <extracomment>distance is the name of a function of the program; keep it.</extracomment>
        <translation>distance: нема геометрије</translation>
    </message>
    <message>
        <source>Distance failed</source>
        <extracomment>Distance is the name of a GEOS operation; keep it.</extracomment>
        <translation>Distance није успео</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1: what could not be done (e.g. &quot;cannot create the layer&quot;); %2: GDAL&apos;s explanation (in English).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write the CRS</source>
        <translation>није могуће уписати КРС</translation>
    </message>
    <message>
        <source>cannot create the layer</source>
        <translation>није могуће направити слој</translation>
    </message>
    <message>
        <source>cannot create field %1</source>
        <extracomment>%1: the name of an attribute field (column).</extracomment>
        <translation>није могуће направити поље %1</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>није могуће започети трансакцију</translation>
    </message>
    <message>
        <source>feature %1: cannot encode geometry</source>
        <extracomment>%1: the feature id (fid).</extracomment>
        <translation>објекат %1: није могуће кодирати геометрију</translation>
    </message>
    <message>
        <source>feature %1: cannot write</source>
        <extracomment>%1: the feature id (fid).</extracomment>
        <translation>објекат %1: уписивање није могуће</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>није могуће потврдити трансакцију</translation>
    </message>
    <message>
        <source>feature %1 has a NaN or infinite coordinate; nothing was written</source>
        <extracomment>%1: the feature id (fid).</extracomment>
        <translation>објекат %1 има неодређену (NaN) или бесконачну координату; ништа није уписано</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>фасцикла не постоји</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL нема управљачки програм за GeoPackage</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>није могуће направити датотеку</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <extracomment>%1: the operating system&apos;s reason.</extracomment>
        <translation>није могуће заменити датотеку: %1</translation>
    </message>
    <message>
        <source>the project has no spatial layers</source>
        <translation>пројекат нема просторних слојева</translation>
    </message>
    <message>
        <source>%1 (layer %2)</source>
        <extracomment>Error context: %1 is a file path, %2 the name of a layer in it.</extracomment>
        <translation>%1 (слој %2)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more similar warning(s)</source>
        <translation>
            <numerusform>... и још %n слично упозорење</numerusform>
            <numerusform>... и још %n слична упозорења</numerusform>
            <numerusform>... и још %n сличних упозорења</numerusform>
        </translation>
    </message>
    <message>
        <source>feature %1: geometry has NaN or infinite coordinates; geometry not loaded</source>
        <extracomment>%1: the feature id (fid) in the file.</extracomment>
        <translation>објекат %1: геометрија има неодређене (NaN) или бесконачне координате; геометрија није учитана</translation>
    </message>
    <message>
        <source>feature %1: geometry is corrupt; geometry not loaded</source>
        <extracomment>%1: the feature id (fid) in the file.</extracomment>
        <translation>објекат %1: геометрија је оштећена; геометрија није учитана</translation>
    </message>
    <message>
        <source>feature %1: unsupported geometry type; geometry not loaded</source>
        <extracomment>%1: the feature id (fid) in the file.</extracomment>
        <translation>објекат %1: неподржан тип геометрије; геометрија није учитана</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>учитавање је отказано</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <extracomment>%1: GDAL&apos;s explanation (in English).</extracomment>
        <translation>читање није успело: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <extracomment>Used as %1 in &quot;reading failed: %1&quot; when GDAL gives no reason.</extracomment>
        <translation>непозната грешка</translation>
    </message>
    <message>
        <source>not enough memory to load the layer</source>
        <translation>нема довољно меморије за учитавање слоја</translation>
    </message>
    <message>
        <source>coordinates lie outside longitude/latitude bounds although the CRS is geographic; the declared CRS is probably wrong</source>
        <translation>координате су ван граница географске дужине/ширине иако је КРС географски; наведени КРС је вероватно погрешан</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>није наведена датотека</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>датотека није пронађена</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>немате дозволу за приступ</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>датотека је празна</translation>
    </message>
    <message>
        <source>not a vector data format GDAL can read</source>
        <translation>није векторски формат података који GDAL може да прочита</translation>
    </message>
    <message>
        <source>the file contains no vector layers</source>
        <translation>датотека не садржи векторске слојеве</translation>
    </message>
    <message>
        <source>the file contains no vector layers (%1)</source>
        <extracomment>%1: GDAL&apos;s explanation (in English).</extracomment>
        <translation>датотека не садржи векторске слојеве (%1)</translation>
    </message>
    <message>
        <source>no layer named &quot;%1&quot;</source>
        <translation>нема слоја под називом „%1“</translation>
    </message>
    <message>
        <source>no layer number %1</source>
        <extracomment>%1: a layer&apos;s position in the file, from 0.</extracomment>
        <translation>нема слоја са бројем %1</translation>
    </message>
    <message>
        <source>no CRS declared</source>
        <translation>КРС није наведен</translation>
    </message>
    <message>
        <source>unsupported CRS: %1</source>
        <extracomment>%1: why, in PROJ&apos;s or GDAL&apos;s words (English).</extracomment>
        <translation>неподржан КРС: %1</translation>
    </message>
    <message>
        <source>the layer has no CRS and its coordinates are not longitude/latitude, so its CRS cannot be guessed; assign one</source>
        <translation>слој нема КРС, а његове координате нису географска дужина/ширина, па се КРС не може претпоставити; доделите му КРС</translation>
    </message>
    <message>
        <source>the layer has no CRS; assuming WGS 84 longitude/latitude because every coordinate is within lon/lat bounds</source>
        <translation>слој нема КРС; претпоставља се WGS 84 (географска дужина/ширина) јер су све координате унутар граница географске дужине/ширине</translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <source>Print the layers of a vector file: geometry type, CRS, feature count, extent.</source>
        <translation>Исписује слојеве векторске датотеке: тип геометрије, КРС, број објеката, обухват.</translation>
    </message>
    <message>
        <source>Any vector file GDAL reads (GeoPackage, GeoJSON, Shapefile, ...).</source>
        <translation>Било која векторска датотека коју GDAL чита (GeoPackage, GeoJSON, Shapefile, ...).</translation>
    </message>
    <message>
        <source>info takes exactly one FILE</source>
        <translation>info прихвата тачно један FILE</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Датотека: %1</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Управљачки програм: %1</translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation>Слој %1: %2</translation>
    </message>
    <message>
        <source>Geometry: %1</source>
        <translation>Геометрија: %1</translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation>КРС: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нема</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Објекти: %1</translation>
    </message>
    <message>
        <source>Extent: %1, %2 : %3, %4</source>
        <translation>Обухват: %1, %2 : %3, %4</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Поља: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Упозорење: %1</translation>
    </message>
</context>
<context>
    <name>LayoutText</name>
    <message>
        <source>Other</source>
        <translation>Остало</translation>
    </message>
    <message>
        <source>Width: capacity (%1)</source>
        <translation>Дебљина: капацитет (%1)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>N</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Change in flows</source>
        <translation>Промена протока</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Протоци</translation>
    </message>
    <message>
        <source>Width: change in gas flow (%1)</source>
        <translation>Дебљина: промена протока гаса (%1)</translation>
    </message>
    <message>
        <source>Width: gas flow (%1)</source>
        <translation>Дебљина: проток гаса (%1)</translation>
    </message>
    <message>
        <source>Width: change in power flow (%1)</source>
        <translation>Дебљина: промена протока електричне енергије (%1)</translation>
    </message>
    <message>
        <source>Width: power flow (%1)</source>
        <translation>Дебљина: проток електричне енергије (%1)</translation>
    </message>
    <message>
        <source>Width: change in flow</source>
        <translation>Дебљина: промена протока</translation>
    </message>
    <message>
        <source>Width: flow</source>
        <translation>Дебљина: проток</translation>
    </message>
    <message>
        <source>More flow than the reference</source>
        <translation>Већи проток од референтног</translation>
    </message>
    <message>
        <source>Less flow than the reference</source>
        <translation>Мањи проток од референтног</translation>
    </message>
    <message>
        <source>Colour: share of capacity used</source>
        <translation>Боја: удео искоришћеног капацитета</translation>
    </message>
    <message>
        <source>Bottleneck: limits served demand</source>
        <translation>Уско грло: ограничава задовољену потражњу</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Ван погона</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Δ = &quot;%1&quot; − &quot;%2&quot;</source>
        <translation>Δ = „%1“ − „%2“</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Usage: corridor-atlas [PROJECT]          open the desktop window
       corridor-atlas COMMAND [OPTIONS]

Commands:
  info FILE                       list the layers of a vector file
  export [PROJECT] --out FILE.pdf|.svg|.png [--size A4|A3|WxH]
                                  draw a project (default: the bundled corridor project)
  solve PROJECT|NETWORK.json [--scenario NAME] [--n-1]
                                  solve the network model and print flows
  COMMAND --help                  the options of one command

Options:
  --lang CODE    interface language: en, sr, sr_Latn, az, ru (default: the system&apos;s)
  -h, --help     show this help and exit
  -v, --version  show version information and exit

Exit status: 0 on success, 2 on bad input or a failure you can act on.
Full documentation: man corridor-atlas
</source>
        <translation>Употреба: corridor-atlas [PROJECT]       отвара прозор апликације
          corridor-atlas COMMAND [OPTIONS]

Команде:
  info FILE                       исписује слојеве векторске датотеке
  export [PROJECT] --out FILE.pdf|.svg|.png [--size A4|A3|WxH]
                                  исцртава пројекат (подразумевано: приложени пројекат коридора)
  solve PROJECT|NETWORK.json [--scenario NAME] [--n-1]
                                  решава мрежни модел и исписује протоке
  COMMAND --help                  опције једне команде

Опције:
  --lang CODE    језик интерфејса: en, sr, sr_Latn, az, ru (подразумевано: језик система)
  -h, --help     приказује ову помоћ и излази
  -v, --version  приказује податке о верзији и излази

Излазни статус: 0 при успеху, 2 при неисправном уносу или грешци коју можете да отклоните.
Потпуна документација: man corridor-atlas
</translation>
    </message>
    <message>
        <source>Copyright (C) 2026 The Corridor Atlas authors.
License MIT: &lt;https://opensource.org/licenses/MIT&gt;.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
Country borders: Made with Natural Earth (public domain).
</source>
        <translation>Ауторска права (C) 2026 аутори програма Corridor Atlas.
Лиценца MIT: &lt;https://opensource.org/licenses/MIT&gt;.
Ово је слободан софтвер: слободно га можете мењати и даље дистрибуирати.
НЕМА НИКАКВЕ ГАРАНЦИЈЕ, у мери у којој то закон дозвољава.
Границе држава: израђено помоћу Natural Earth (јавно добро).
</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY is not set); use `corridor-atlas export --out FILE.png` to draw the map without one</source>
        <translation>нема екрана на коме би се отворио прозор (DISPLAY није постављен); користите `corridor-atlas export --out FILE.png` да бисте исцртали карту без њега</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>непозната команда „%1“</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>cannot open the file: the folder %1 does not exist (%2)</source>
        <extracomment>%1: a folder path; %2: SQLite&apos;s own words (English), e.g. &quot;unable to open database file&quot;.</extracomment>
        <translation>није могуће отворити датотеку: фасцикла %1 не постоји (%2)</translation>
    </message>
    <message>
        <source>cannot open the file: it does not exist (%1)</source>
        <extracomment>%1: SQLite&apos;s own words (English), e.g. &quot;unable to open database file&quot;.</extracomment>
        <translation>није могуће отворити датотеку: датотека не постоји (%1)</translation>
    </message>
    <message>
        <source>no database file name given</source>
        <translation>није наведен назив датотеке базе података</translation>
    </message>
    <message>
        <source>the file is read-only (opened for writing, but the system allows only reading)</source>
        <translation>датотека је само за читање (отворена је за уписивање, али систем дозвољава само читање)</translation>
    </message>
    <message>
        <source>no SQL statement to prepare in: %1</source>
        <extracomment>A programming error, rarely seen by users. %1: the SQL text given.</extracomment>
        <translation>нема SQL наредбе за припрему у: %1</translation>
    </message>
    <message>
        <source>more than one SQL statement given to prepare(); use exec() for scripts, in: %1</source>
        <extracomment>A programming error, rarely seen by users: prepare() and exec() are names of functions of the program, keep them. %1: the SQL text given.</extracomment>
        <translation>функцији prepare() прослеђено је више SQL наредби; за скрипте користите exec(), у: %1</translation>
    </message>
    <message>
        <source>the file is corrupt (integrity check: %1)</source>
        <extracomment>%1: SQLite&apos;s findings (English), separated by semicolons.</extracomment>
        <translation>датотека је оштећена (провера интегритета: %1)</translation>
    </message>
    <message>
        <source>Clp: phase 1 (maximise served demand) ended with status %1</source>
        <extracomment>Clp is the name of the LP solver; keep it. %1: Clp&apos;s status code (a number).</extracomment>
        <translation>Clp: фаза 1 (максимизација задовољене потражње) завршена је са статусом %1</translation>
    </message>
    <message>
        <source>Clp: phase 2 (minimise cost) ended with status %1</source>
        <extracomment>Clp is the name of the LP solver; keep it. %1: Clp&apos;s status code (a number).</extracomment>
        <translation>Clp: фаза 2 (минимизација трошкова) завршена је са статусом %1</translation>
    </message>
    <message>
        <source>LEMON NetworkSimplex: no optimal solution (status %1)</source>
        <extracomment>LEMON NetworkSimplex is the name of a solver; keep it. %1: its status code (a number).</extracomment>
        <translation>LEMON NetworkSimplex: нема оптималног решења (статус %1)</translation>
    </message>
    <message numerus="yes">
        <source>outage of unknown link(s) %1</source>
        <extracomment>%1: the ids of the links, separated by commas; %n: how many there are.</extracomment>
        <translation>
            <numerusform>испад непознате везе %1</numerusform>
            <numerusform>испад непознатих веза %1</numerusform>
            <numerusform>испад непознатих веза %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the network has a plant (conversion): LEMON cannot solve it, use the LP</source>
        <extracomment>LEMON is the name of a solver; keep it. LP: the linear-programming solver (Clp). A plant converts gas into power.</extracomment>
        <translation>мрежа садржи електрану (конверзију): LEMON не може да је реши, користите LP</translation>
    </message>
    <message>
        <source>table %1: column %2 has type &apos;%3&apos;, which is not a GeoPackage data type (use INTEGER, DOUBLE, REAL, TEXT, BLOB, BOOLEAN, DATE, DATETIME, ... in upper case)</source>
        <extracomment>%1: a table name; %2: a column name; %3: the column&apos;s SQL type. Keep the type names (INTEGER, DOUBLE, ...) as they are: they are SQL.</extracomment>
        <translation>табела %1: колона %2 има тип „%3“, који није тип података формата GeoPackage (користите INTEGER, DOUBLE, REAL, TEXT, BLOB, BOOLEAN, DATE, DATETIME, ... великим словима)</translation>
    </message>
    <message>
        <source>an attribute table needs a name</source>
        <translation>табела атрибута мора имати назив</translation>
    </message>
    <message>
        <source>the table name %1 is reserved (names starting with %2 belong to GeoPackage/SQLite)</source>
        <extracomment>%1: the table name asked for; %2: a reserved prefix (gpkg_, rtree_ or sqlite_).</extracomment>
        <translation>назив табеле %1 је резервисан (називи који почињу са %2 припадају формату GeoPackage/SQLite)</translation>
    </message>
    <message>
        <source>table %1 needs a primary key column name</source>
        <translation>табела %1 мора имати назив колоне примарног кључа</translation>
    </message>
    <message>
        <source>not a GeoPackage (no &apos;GPKG&apos; application id or no gpkg_contents table): cannot add table %1</source>
        <extracomment>Keep &apos;GPKG&apos; and gpkg_contents as they are (identifiers). %1: a table name.</extracomment>
        <translation>није GeoPackage (нема идентификатор апликације &apos;GPKG&apos; или табелу gpkg_contents): није могуће додати табелу %1</translation>
    </message>
    <message>
        <source>a table called %1 already exists</source>
        <translation>табела %1 већ постоји</translation>
    </message>
    <message>
        <source>node %1: %2 must be a finite number &gt;= 0, not %3</source>
        <extracomment>%1: a node id; %2: a field name such as capacity or supply (keep it); %3: the value given.</extracomment>
        <translation>чвор %1: %2 мора бити коначан број &gt;= 0, а не %3</translation>
    </message>
    <message>
        <source>link %1: %2 must be a finite number &gt;= 0, not %3</source>
        <extracomment>%1: a link id; %2: a field name such as capacity or cost (keep it); %3: the value given.</extracomment>
        <translation>веза %1: %2 мора бити коначан број &gt;= 0, а не %3</translation>
    </message>
    <message>
        <source>node #%1 has no id</source>
        <extracomment>%1: the node&apos;s position in the list, from 1.</extracomment>
        <translation>чвор #%1 нема идентификатор (id)</translation>
    </message>
    <message>
        <source>duplicate node id %1</source>
        <extracomment>%1: a node id.</extracomment>
        <translation>идентификатор чвора %1 се понавља</translation>
    </message>
    <message>
        <source>node %1: a plant needs an efficiency in (0, 1], not %2</source>
        <extracomment>%1: a node id; %2: the efficiency given. (0, 1] is the interval 0 &lt; efficiency &lt;= 1.</extracomment>
        <translation>чвор %1: електрана мора имати ефикасност у интервалу (0, 1], а не %2</translation>
    </message>
    <message>
        <source>node %1: unit_factor must be &gt; 0</source>
        <extracomment>%1: a node id. unit_factor is a field name; keep it.</extracomment>
        <translation>чвор %1: unit_factor мора бити &gt; 0</translation>
    </message>
    <message>
        <source>node %1: a plant converts only; put supply or demand on a separate node</source>
        <extracomment>%1: a node id. A plant (power plant) converts gas into power.</extracomment>
        <translation>чвор %1: електрана само конвертује енергију; понуду или потражњу поставите на посебан чвор</translation>
    </message>
    <message>
        <source>link #%1 has no id</source>
        <extracomment>%1: the link&apos;s position in the list, from 1.</extracomment>
        <translation>веза #%1 нема идентификатор (id)</translation>
    </message>
    <message>
        <source>duplicate link id %1</source>
        <extracomment>%1: a link id.</extracomment>
        <translation>идентификатор везе %1 се понавља</translation>
    </message>
    <message>
        <source>link %1: unknown node &quot;%2&quot; (from)</source>
        <extracomment>%1: a link id; %2: the node id it names. &quot;from&quot; is the field name of the link&apos;s start; keep it.</extracomment>
        <translation>веза %1: непознат чвор „%2“ (from)</translation>
    </message>
    <message>
        <source>link %1: unknown node &quot;%2&quot; (to)</source>
        <extracomment>%1: a link id; %2: the node id it names. &quot;to&quot; is the field name of the link&apos;s end; keep it.</extracomment>
        <translation>веза %1: непознат чвор „%2“ (to)</translation>
    </message>
    <message>
        <source>link %1: starts and ends at node %2</source>
        <extracomment>%1: a link id; %2: a node id.</extracomment>
        <translation>веза %1: почиње и завршава се у чвору %2</translation>
    </message>
    <message>
        <source>link %1: length_km must be a finite number &gt;= 0</source>
        <extracomment>%1: a link id. length_km is a field name; keep it.</extracomment>
        <translation>веза %1: length_km мора бити коначан број &gt;= 0</translation>
    </message>
    <message>
        <source>link %1: a link at plant %2 must be directed (fuel in, output out)</source>
        <extracomment>%1: a link id; %2: the id of a plant node. A plant converts fuel (gas) into output (power).</extracomment>
        <translation>веза %1: веза повезана са електраном %2 мора бити усмерена (гориво улази, произведена енергија излази)</translation>
    </message>
    <message>
        <source>node %1: unknown field %2 (expected one of %3)</source>
        <extracomment>%1: a node id; %2: the field name given; %3: the field names allowed, separated by commas (keep them).</extracomment>
        <translation>чвор %1: непознато поље %2 (очекује се једно од: %3)</translation>
    </message>
    <message>
        <source>link %1: unknown field %2 (expected one of %3)</source>
        <extracomment>%1: a link id; %2: the field name given; %3: the field names allowed, separated by commas (keep them).</extracomment>
        <translation>веза %1: непознато поље %2 (очекује се једно од: %3)</translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>Completes &quot;... must be a number, not %3&quot; and similar: the JSON value found was an array.</extracomment>
        <translation>низ</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>Completes &quot;... must be a number, not %3&quot; and similar: the JSON value found was an object.</extracomment>
        <translation>објекат</translation>
    </message>
    <message>
        <source>%1: %2 must be a string, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it); %3: the value found, e.g. 12, true or &quot;an array&quot;.</extracomment>
        <translation>%1: %2 мора бити текст, а не %3</translation>
    </message>
    <message>
        <source>%1: %2 must be a number, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it); %3: the value found, e.g. &quot;NaN&quot;, true or &quot;an array&quot;.</extracomment>
        <translation>%1: %2 мора бити број, а не %3</translation>
    </message>
    <message>
        <source>%1: %2 must be a finite number &gt;= 0, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key such as capacity (keep it); %3: the number found.</extracomment>
        <translation>%1: %2 мора бити коначан број &gt;= 0, а не %3</translation>
    </message>
    <message>
        <source>%1: %2 must be true or false, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it); %3: the value found. true and false are JSON words; keep them.</extracomment>
        <translation>%1: %2 мора бити true или false, а не %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it).</extracomment>
        <translation>%1: недостаје „%2“</translation>
    </message>
    <message>
        <source>node #%1 must be an object, not %2</source>
        <extracomment>%1: the node&apos;s position in the &quot;nodes&quot; list, from 1; %2: the JSON value found instead, e.g. 12 or &quot;an array&quot;.</extracomment>
        <translation>чвор #%1 мора бити објекат, а не %2</translation>
    </message>
    <message>
        <source>node #%1</source>
        <extracomment>Names a node in messages about its fields (&quot;node #3: ...&quot;): %1 is its position in the list, from 1.</extracomment>
        <translation>чвор #%1</translation>
    </message>
    <message>
        <source>node #%1: id is empty</source>
        <extracomment>%1: the node&apos;s position in the list, from 1. id is a JSON key; keep it.</extracomment>
        <translation>чвор #%1: id је празан</translation>
    </message>
    <message>
        <source>node %1</source>
        <extracomment>Names a node in messages about its fields (&quot;node AZ: ...&quot;): %1 is its id.</extracomment>
        <translation>чвор %1</translation>
    </message>
    <message>
        <source>node %1: give both lon and lat, or neither</source>
        <extracomment>%1: a node id. lon and lat are JSON keys; keep them.</extracomment>
        <translation>чвор %1: наведите и lon и lat или ниједно</translation>
    </message>
    <message>
        <source>node %1: unknown kind &quot;%2&quot; (hub, supply, demand or plant)</source>
        <extracomment>%1: a node id; %2: the kind given. hub, supply, demand and plant are the JSON values allowed; keep them.</extracomment>
        <translation>чвор %1: непозната врста „%2“ (hub, supply, demand или plant)</translation>
    </message>
    <message>
        <source>link #%1 must be an object, not %2</source>
        <extracomment>%1: the link&apos;s position in the &quot;links&quot; list, from 1; %2: the JSON value found instead, e.g. 12 or &quot;an array&quot;.</extracomment>
        <translation>веза #%1 мора бити објекат, а не %2</translation>
    </message>
    <message>
        <source>link #%1</source>
        <extracomment>Names a link in messages about its fields (&quot;link #3: ...&quot;): %1 is its position in the list, from 1.</extracomment>
        <translation>веза #%1</translation>
    </message>
    <message>
        <source>link #%1: id is empty</source>
        <extracomment>%1: the link&apos;s position in the list, from 1. id is a JSON key; keep it.</extracomment>
        <translation>веза #%1: id је празан</translation>
    </message>
    <message>
        <source>link %1</source>
        <extracomment>Names a link in messages about its fields (&quot;link SCP: ...&quot;): %1 is its id.</extracomment>
        <translation>веза %1</translation>
    </message>
    <message>
        <source>scenario #%1 must be an object</source>
        <extracomment>%1: the scenario&apos;s position in the &quot;scenarios&quot; list, from 1.</extracomment>
        <translation>сценарио #%1 мора бити објекат</translation>
    </message>
    <message>
        <source>scenario #%1</source>
        <extracomment>Names a scenario in messages about its fields (&quot;scenario #2: ...&quot;): %1 is its position in the list, from 1.</extracomment>
        <translation>сценарио #%1</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;</source>
        <extracomment>Names a scenario in messages about its fields: %1 is its name.</extracomment>
        <translation>сценарио „%1“</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: values must be an array</source>
        <extracomment>%1: a scenario name. values is a JSON key; keep it.</extracomment>
        <translation>сценарио „%1“: values мора бити низ</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: value #%2 must be an object</source>
        <extracomment>%1: a scenario name; %2: the value&apos;s position in its &quot;values&quot; list, from 1.</extracomment>
        <translation>сценарио „%1“: вредност #%2 мора бити објекат</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; value #%2</source>
        <extracomment>Names one value of a scenario in messages about its fields: %1 is the scenario&apos;s name, %2 the value&apos;s position in the scenario&apos;s &quot;values&quot; list, from 1.</extracomment>
        <translation>сценарио „%1“, вредност #%2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; value #%2: name exactly one of &quot;node&quot; or &quot;link&quot;</source>
        <extracomment>%1: a scenario name; %2: the value&apos;s position in its list, from 1. &quot;node&quot; and &quot;link&quot; are JSON keys; keep them.</extracomment>
        <translation>сценарио „%1“, вредност #%2: наведите тачно једно од „node“ или „link“</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <extracomment>%1: a byte offset in the file; %2: the parser&apos;s explanation.</extracomment>
        <translation>неисправан JSON на позицији %1: %2</translation>
    </message>
    <message>
        <source>malformed network: the top level must be an object with &quot;nodes&quot; and &quot;links&quot;</source>
        <extracomment>&quot;nodes&quot; and &quot;links&quot; are JSON keys; keep them.</extracomment>
        <translation>неисправна мрежа: највиши ниво мора бити објекат са „nodes“ и „links“</translation>
    </message>
    <message>
        <source>malformed network: &quot;%1&quot; must be an array</source>
        <extracomment>%1: a JSON key, &quot;nodes&quot; or &quot;links&quot;; keep it.</extracomment>
        <translation>неисправна мрежа: „%1“ мора бити низ</translation>
    </message>
    <message>
        <source>&quot;scenarios&quot; must be an array</source>
        <extracomment>&quot;scenarios&quot; is a JSON key; keep it.</extracomment>
        <translation>„scenarios“ мора бити низ</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <extracomment>%1: the system&apos;s reason, e.g. &quot;No such file or directory&quot;.</extracomment>
        <translation>није могуће прочитати: %1</translation>
    </message>
    <message>
        <source>outage of %1: %2</source>
        <extracomment>%1: the id of the link taken out of service; %2: why the network could not be solved without it.</extracomment>
        <translation>испад везе %1: %2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: %2</source>
        <extracomment>%1: a scenario name; %2: what is wrong with the network it makes (a whole message such as &quot;link SCP: capacity must be a finite number &gt;= 0, not -1&quot;).</extracomment>
        <translation>сценарио „%1“: %2</translation>
    </message>
    <message>
        <source>no scenario called &quot;%1&quot;</source>
        <extracomment>%1: a scenario name.</extracomment>
        <translation>нема сценарија „%1“</translation>
    </message>
    <message>
        <source>a scenario called &quot;%1&quot; already exists</source>
        <extracomment>%1: a scenario name.</extracomment>
        <translation>сценарио „%1“ већ постоји</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>сценарио мора имати назив</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; sets no %2 for %3</source>
        <extracomment>%1: a scenario name; %2: a field name such as capacity (keep it); %3: a node or link id.</extracomment>
        <translation>сценарио „%1“ не поставља %2 за %3</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: unknown node %2</source>
        <extracomment>%1: a scenario name; %2: the node id it names.</extracomment>
        <translation>сценарио „%1“: непознат чвор %2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: unknown link %2</source>
        <extracomment>%1: a scenario name; %2: the link id it names.</extracomment>
        <translation>сценарио „%1“: непозната веза %2</translation>
    </message>
    <message>
        <source>another program is writing the file; try again when it has finished</source>
        <translation>други програм уписује у датотеку; покушајте поново када заврши</translation>
    </message>
    <message>
        <source>disk full: the changes were not saved</source>
        <translation>диск је пун: измене нису сачуване</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>датотека је само за читање</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>није могуће отворити датотеку</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>немате дозволу за приступ</translation>
    </message>
    <message>
        <source>the file could not be read or written</source>
        <translation>није било могуће читати из датотеке или уписивати у њу</translation>
    </message>
    <message>
        <source>the file is corrupt</source>
        <translation>датотека је оштећена</translation>
    </message>
    <message>
        <source>not a database, or a corrupt one</source>
        <translation>није база података или је оштећена</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>The operation on the project file was cancelled (by the user).</extracomment>
        <translation>отказано</translation>
    </message>
    <message>
        <source>SQL error</source>
        <translation>SQL грешка</translation>
    </message>
    <message>
        <source>constraint failed</source>
        <translation>ограничење није испуњено</translation>
    </message>
    <message>
        <source>data type mismatch</source>
        <translation>неодговарајући тип података</translation>
    </message>
    <message>
        <source>parameter index out of range</source>
        <translation>индекс параметра је ван опсега</translation>
    </message>
    <message>
        <source>value too big</source>
        <translation>вредност је превелика</translation>
    </message>
    <message>
        <source>the database schema changed</source>
        <translation>шема базе података је промењена</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>нема довољно меморије</translation>
    </message>
    <message>
        <source>SQLite failed</source>
        <translation>грешка у SQLite-у</translation>
    </message>
    <message>
        <source>%1 (%2) in: %3</source>
        <extracomment>%1: what went wrong (e.g. &quot;constraint failed&quot;); %2: SQLite&apos;s own words (English); %3: the SQL statement at fault.</extracomment>
        <translation>%1 (%2) у: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1: what went wrong (e.g. &quot;disk full: the changes were not saved&quot;); %2: SQLite&apos;s own words (English).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot bind parameter %1: %2</source>
        <extracomment>%1: the number of an SQL statement parameter; %2: why (a message such as &quot;value too big (...)&quot;).</extracomment>
        <translation>није могуће повезати параметар %1: %2</translation>
    </message>
    <message>
        <source>cannot bind parameter %1: NaN is not a storable number in: %2</source>
        <extracomment>%1: the number of an SQL statement parameter; %2: the SQL statement.</extracomment>
        <translation>није могуће повезати параметар %1: NaN није број који се може сачувати, у: %2</translation>
    </message>
    <message>
        <source>no parameter called %1 in: %2</source>
        <extracomment>A programming error, rarely seen by users. %1: an SQL parameter name such as &quot;:id&quot;; %2: the SQL statement.</extracomment>
        <translation>нема параметра %1 у: %2</translation>
    </message>
    <message>
        <source>commit without an open transaction</source>
        <extracomment>A programming error, rarely seen by users.</extracomment>
        <translation>потврда (commit) без отворене трансакције</translation>
    </message>
    <message>
        <source>the changes were not saved: the transaction had already been rolled back after an earlier error</source>
        <translation>измене нису сачуване: трансакција је већ поништена након раније грешке</translation>
    </message>
    <message>
        <source>the project has no network model (tables model_nodes, model_links)</source>
        <translation>пројекат нема мрежни модел (табеле model_nodes, model_links)</translation>
    </message>
    <message>
        <source>model_nodes: node %1 has unknown kind &quot;%2&quot;</source>
        <translation>model_nodes: чвор %1 има непознату врсту „%2“</translation>
    </message>
    <message>
        <source>stored network model: %1</source>
        <translation>сачувани мрежни модел: %1</translation>
    </message>
    <message>
        <source>model_scenarios: %1</source>
        <translation>model_scenarios: %1</translation>
    </message>
    <message>
        <source>model_scenario_values: target must be &apos;node&apos; or &apos;link&apos;, not &apos;%1&apos;</source>
        <translation>model_scenario_values: колона target мора бити &apos;node&apos; или &apos;link&apos;, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>model_scenario_values: %1</source>
        <translation>model_scenario_values: %1</translation>
    </message>
    <message>
        <source>saving the model needs an open transaction</source>
        <translation>за чување модела потребна је отворена трансакција</translation>
    </message>
</context>
<context>
    <name>RenderText</name>
    <message>
        <source>%1°N</source>
        <translation>%1° С</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>%1° Ј</translation>
    </message>
    <message>
        <source>%1°E</source>
        <translation>%1° И</translation>
    </message>
    <message>
        <source>%1°W</source>
        <translation>%1° З</translation>
    </message>
</context>
<context>
    <name>Solve</name>
    <message>
        <source>no such file</source>
        <translation>датотека не постоји</translation>
    </message>
    <message>
        <source>Solver: %1</source>
        <translation>Решавач: %1</translation>
    </message>
    <message>
        <source>Served %1 of %2 (unserved %3); total cost %4</source>
        <translation>Задовољено %1 од %2 (незадовољено %3); укупни трошкови %4</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Веза</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Од</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>      Flow  Capacity  Util.  Note</source>
        <translation>    Проток Капацитет Искор.  Напомена</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>испад</translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation>уско грло</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>засићена</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Чвор</translation>
    </message>
    <message>
        <source>    Demand    Served  Unserved  Origin of served</source>
        <translation>  Потражња    Задов.  Незадов.  Порекло задовољене потражње</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Региони</translation>
    </message>
    <message>
        <source>inflow %1, outflow %2, served %3 of %4; inflow origin: %5</source>
        <translation>прилив %1, одлив %2, задовољено %3 од %4; порекло прилива: %5</translation>
    </message>
    <message>
        <source>inflow %1, served %2 of %3; origin: %4</source>
        <translation>прилив %1, задовољено %2 од %3; порекло: %4</translation>
    </message>
    <message>
        <source>N-1 outages ranked by demand lost</source>
        <translation>N-1 испади рангирани према изгубљеној потражњи</translation>
    </message>
    <message>
        <source>lost %1, cost change %2</source>
        <translation>изгубљено %1, промена трошкова %2</translation>
    </message>
    <message>
        <source>Solve the network model: maximise served demand, then minimise total cost, within capacities. Without --scenario a project&apos;s first scenario is solved (a JSON network without scenarios: its own values).</source>
        <translation>Решава мрежни модел: максимизује задовољену потражњу, затим минимизује укупне трошкове, у границама капацитета. Без --scenario решава се први сценарио пројекта (за JSON мрежу без сценарија: њене сопствене вредности).</translation>
    </message>
    <message>
        <source>A project GeoPackage with a model, or a NETWORK.json.</source>
        <translation>GeoPackage пројекат са моделом или NETWORK.json.</translation>
    </message>
    <message>
        <source>Scenario to solve.</source>
        <translation>Сценарио који се решава.</translation>
    </message>
    <message>
        <source>Links out of service (comma-separated ids; repeatable).</source>
        <translation>Везе ван погона (идентификатори раздвојени зарезима; може се понављати).</translation>
    </message>
    <message>
        <source>Rank every single-link outage by the demand lost.</source>
        <translation>Рангира испад сваке појединачне везе према изгубљеној потражњи.</translation>
    </message>
    <message>
        <source>Output: json, csv or table (default).</source>
        <translation>Излаз: json, csv или table (подразумевано).</translation>
    </message>
    <message>
        <source>auto (default), clp or lemon.</source>
        <translation>auto (подразумевано), clp или lemon.</translation>
    </message>
    <message>
        <source>solve takes exactly one PROJECT.gpkg or NETWORK.json</source>
        <translation>solve прихвата тачно један PROJECT.gpkg или NETWORK.json</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (json, csv or table)</source>
        <translation>непознат формат „%1“ (json, csv или table)</translation>
    </message>
    <message>
        <source>unknown solver &quot;%1&quot; (auto, clp or lemon)</source>
        <translation>непознат решавач „%1“ (auto, clp или lemon)</translation>
    </message>
    <message>
        <source>%1: no scenario called &quot;%2&quot; (available: %3)</source>
        <translation>%1: нема сценарија „%2“ (доступни: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нема</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Сценарио: %1</translation>
    </message>
</context>
<context>
    <name>StyleStoreText</name>
    <message>
        <source>unsupported style version %1</source>
        <translation>неподржана верзија стила %1</translation>
    </message>
    <message>
        <source>Corridor Atlas layer styles (JSON, one row per layer)</source>
        <translation>Стилови слојева Corridor Atlas (JSON, један ред по слоју)</translation>
    </message>
    <message>
        <source>the saved style of layer &quot;%1&quot; is not valid JSON: %2</source>
        <translation>сачувани стил слоја „%1“ није исправан JSON: %2</translation>
    </message>
</context>
<context>
    <name>StyleText</name>
    <message>
        <source>operating</source>
        <translation>у погону</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>у изградњи</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>планирано</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Државе</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Добављач</translation>
    </message>
    <message>
        <source>South Caucasus</source>
        <translation>Јужни Кавказ</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Турска</translation>
    </message>
    <message>
        <source>Balkans</source>
        <translation>Балкан</translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation>Јужна Европа</translation>
    </message>
    <message>
        <source>Central Europe</source>
        <translation>Централна Европа</translation>
    </message>
    <message>
        <source>Eastern neighbourhood</source>
        <translation>Источно суседство</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Остале државе</translation>
    </message>
    <message>
        <source>Gas pipelines</source>
        <translation>Гасоводи</translation>
    </message>
    <message>
        <source>Oil pipelines</source>
        <translation>Нафтоводи</translation>
    </message>
    <message>
        <source>Power links</source>
        <translation>Електроенергетске везе</translation>
    </message>
    <message>
        <source>Air route (great circle)</source>
        <translation>Ваздушна рута (ортодрома)</translation>
    </message>
    <message>
        <source>Airports</source>
        <translation>Аеродроми</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Постројења</translation>
    </message>
    <message>
        <source>Other station</source>
        <translation>Друга станица</translation>
    </message>
    <message>
        <source>Power plant</source>
        <translation>Електрана</translation>
    </message>
    <message>
        <source>LNG terminal</source>
        <translation>LNG терминал</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Gas storage</source>
        <translation>Складиште гаса</translation>
    </message>
    <message>
        <source>Compressor station</source>
        <translation>Компресорска станица</translation>
    </message>
    <message>
        <source>Interconnection point</source>
        <translation>Тачка интерконекције</translation>
    </message>
    <message>
        <source>Substation / converter</source>
        <translation>Трафостаница / конверторска станица</translation>
    </message>
</context>
<context>
    <name>corridor::i18n</name>
    <message>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation>непознат језик „%1“ (доступни: %2)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::AttributeTablePanel</name>
    <message>
        <source>Layer</source>
        <translation>Слој</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Филтрирај редове…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Филтрирај редове</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Прикажи изабрано</translation>
    </message>
    <message>
        <source>Zoom the map to the selected rows</source>
        <translation>Прикажи на карти изабране редове</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Поништи избор</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Слој:</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Табела атрибута</translation>
    </message>
    <message>
        <source>No layer</source>
        <translation>Нема слоја</translation>
    </message>
    <message>
        <source>%1 of %2 features shown, %3 selected%4</source>
        <translation>Приказано објеката: %1 од %2, изабрано: %3%4</translation>
    </message>
    <message>
        <source> — sorting…</source>
        <translation> — сортирање…</translation>
    </message>
</context>
<context>
    <name>corridor::ui::BookmarkPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation>Обележивачи</translation>
    </message>
    <message>
        <source>Add current view</source>
        <translation>Додај тренутни приказ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Уклони</translation>
    </message>
    <message>
        <source>Store the current map view as a bookmark (Ctrl+D)</source>
        <translation>Сачувај тренутни приказ карте као обележивач (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CategorisedPage</name>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Поље:</translation>
    </message>
    <message>
        <source>Field to categorise by</source>
        <translation>Поље по коме се категорише</translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation>&amp;Класификуј</translation>
    </message>
    <message>
        <source>One category per value of the field (at most %1)</source>
        <translation>Једна категорија за сваку вредност поља (највише %1)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категорије</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Боја:</translation>
    </message>
    <message>
        <source>The colour of the selected categories (a category drawn with an icon becomes a coloured marker)</source>
        <translation>Боја изабраних категорија (категорија која се приказује иконом постаје обојени маркер)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додај</translation>
    </message>
    <message>
        <source>Add a category and type its value</source>
        <translation>Додај категорију и унеси њену вредност</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Об&amp;риши</translation>
    </message>
    <message>
        <source>Delete the selected categories (Del)</source>
        <translation>Обриши изабране категорије (Del)</translation>
    </message>
    <message>
        <source>Delete A&amp;ll</source>
        <translation>Обриши &amp;све</translation>
    </message>
    <message>
        <source>Choose a field first.</source>
        <translation>Прво изаберите поље.</translation>
    </message>
    <message>
        <source>The field “%1” has no values in this layer.</source>
        <translation>Поље „%1“ нема вредности у овом слоју.</translation>
    </message>
    <message>
        <source>The field “%1” has %2 different values: only the first %3 are listed; the others are drawn as “other values” (Base symbol page).</source>
        <translation>Поље „%1“ има %2 различитих вредности: наведено је само првих %3; остале се исцртавају као „остале вредности“ (картица Основни симбол).</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CategoryModel</name>
    <message>
        <source>Drawn; colour %1</source>
        <translation>Исцртава се; боја %1</translation>
    </message>
    <message>
        <source>Hidden; colour %1</source>
        <translation>Сакривено; боја %1</translation>
    </message>
    <message>
        <source>Label the features of this category</source>
        <translation>Прикажи ознаке објеката ове категорије</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Симбол</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Вредност</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Ознаке</translation>
    </message>
    <message>
        <source>Tick to draw the category; double-click (or the colour button) to change its colour</source>
        <translation>Означите да би се категорија исцртавала; двапут кликните (или употребите дугме за боју) да бисте променили њену боју</translation>
    </message>
    <message>
        <source>The field value the category matches</source>
        <translation>Вредност поља којој категорија одговара</translation>
    </message>
    <message>
        <source>The text in the legend</source>
        <translation>Текст у легенди</translation>
    </message>
    <message>
        <source>Tick to label the features of the category</source>
        <translation>Означите да би се приказале ознаке објеката ове категорије</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ClassModel</name>
    <message>
        <source>Colour %1</source>
        <translation>Боја %1</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Симбол</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Од</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Lower bound (included)</source>
        <translation>Доња граница (укључена)</translation>
    </message>
    <message>
        <source>Upper bound (excluded; the last class includes the maximum)</source>
        <translation>Горња граница (искључена; последња класа укључује максимум)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ColorButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Изаберите боју</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ExportDialog</name>
    <message>
        <source>Nothing to draw: the map has no layers.</source>
        <translation>Нема шта да се исцрта: карта нема слојева.</translation>
    </message>
    <message>
        <source>The preview has no room.</source>
        <translation>Нема места за преглед.</translation>
    </message>
    <message>
        <source>Not enough memory for the preview.</source>
        <translation>Нема довољно меморије за преглед.</translation>
    </message>
    <message>
        <source>The preview failed.</source>
        <translation>Преглед није успео.</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>није могуће уписати: %1</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>неочекивана грешка</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Извези карту</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Наслов:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>По&amp;днаслов:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нема</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Папир:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>A3 (297 × 420 mm)</source>
        <translation>A3 (297 × 420 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Писмо (САД, 8,5 × 11 in)</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Величина у пикселима</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Величина:</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Ширина у пикселима</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Висина у пикселима</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Оријентација:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Водоравно</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Усправно</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Ре&amp;золуција:</translation>
    </message>
    <message>
        <source>Pixels per inch of a PNG on paper; PDF and SVG are vector and need none.</source>
        <translation>Број пиксела по инчу за PNG на папиру; PDF и SVG су векторски и не захтевају је.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Map e&amp;xtent:</source>
        <translation>О&amp;бухват карте:</translation>
    </message>
    <message>
        <source>Current map view</source>
        <translation>Тренутни приказ карте</translation>
    </message>
    <message>
        <source>Full corridor</source>
        <translation>Цео коридор</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Легенда</translation>
    </message>
    <message>
        <source>&amp;Scale bar</source>
        <translation>&amp;Размерник</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>Стрелица &amp;севера</translation>
    </message>
    <message>
        <source>&amp;Inset locator</source>
        <translation>&amp;Уметнута карта положаја</translation>
    </message>
    <message>
        <source>&amp;Graticule</source>
        <translation>&amp;Координатна мрежа</translation>
    </message>
    <message>
        <source>Draw model flo&amp;ws</source>
        <translation>Исцртај про&amp;токе из модела</translation>
    </message>
    <message>
        <source>The flows the map shows (scenario, difference, outages), with their legend.</source>
        <translation>Протоци које карта приказује (сценарио, разлика, испади), са својом легендом.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Излаз</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Излазна датотека:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Пре&amp;гледај…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Преглед странице</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Исцртавање…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Изв&amp;ези</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Azerbaijan–Serbia energy corridor</source>
        <translation>Енергетски коридор Азербејџан–Србија</translation>
    </message>
    <message>
        <source>Gas, oil, power and air links · %1</source>
        <translation>Гасне, нафтне, електроенергетске и ваздушне везе · %1</translation>
    </message>
    <message>
        <source>Change in modelled flows: scenario &quot;%1&quot; minus reference &quot;%2&quot; · %3</source>
        <translation>Промена моделованих протока: сценарио „%1“ минус референтни сценарио „%2“ · %3</translation>
    </message>
    <message>
        <source>Change in modelled flows · %1</source>
        <translation>Промена моделованих протока · %1</translation>
    </message>
    <message>
        <source>Modelled flows, scenario &quot;%1&quot; · %2</source>
        <translation>Моделовани протоци, сценарио „%1“ · %2</translation>
    </message>
    <message>
        <source>Modelled flows · %1</source>
        <translation>Моделовани протоци · %1</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .svg or .png.</source>
        <translation>Изаберите датотеку са наставком .pdf, .svg или .png.</translation>
    </message>
    <message>
        <source>Unknown: the file name must end in .pdf, .svg or .png.</source>
        <translation>Непознат: назив датотеке мора имати наставак .pdf, .svg или .png.</translation>
    </message>
    <message>
        <source>PDF (vector, text as text)</source>
        <translation>PDF (векторски, текст као текст)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (векторски)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG слика</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пиксела</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels</source>
        <translation>%1 · %2 × %3 пиксела</translation>
    </message>
    <message>
        <source>PDF (vector) (*.pdf);;SVG (vector) (*.svg);;PNG image (*.png)</source>
        <translation>PDF (векторски) (*.pdf);;SVG (векторски) (*.svg);;PNG слика (*.png)</translation>
    </message>
    <message>
        <source>Choose an output file (.pdf, .svg or .png).</source>
        <translation>Изаберите излазну датотеку (.pdf, .svg или .png).</translation>
    </message>
    <message>
        <source>Could not export “%1”:
%2</source>
        <translation>Није могуће извести „%1“:
%2</translation>
    </message>
    <message>
        <source>unsupported format “%1” (use .pdf, .svg or .png)</source>
        <translation>неподржан формат „%1“ (користите .pdf, .svg или .png)</translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation>ово је фасцикла</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>фасцикла %1 не постоји</translation>
    </message>
    <message>
        <source>nothing to draw: the map has no layers</source>
        <translation>нема шта да се исцрта: карта нема слојева</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Извози се %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1, but the legend does not fit the page: %n entry(ies) left out (use a larger page, or turn the legend off).</source>
        <translation>
            <numerusform>Извезено: %1, али легенда не стаје на страницу: изостављена је %n ставка (користите већу страницу или искључите легенду).</numerusform>
            <numerusform>Извезено: %1, али легенда не стаје на страницу: изостављене су %n ставке (користите већу страницу или искључите легенду).</numerusform>
            <numerusform>Извезено: %1, али легенда не стаје на страницу: изостављено је %n ставки (користите већу страницу или искључите легенду).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export of %1 cancelled.</source>
        <translation>Извоз датотеке %1 је отказан.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::GraduatedPage</name>
    <message>
        <source>Oranges</source>
        <translation>Наранџасте</translation>
    </message>
    <message>
        <source>Blues</source>
        <translation>Плаве</translation>
    </message>
    <message>
        <source>Greens</source>
        <translation>Зелене</translation>
    </message>
    <message>
        <source>Reds</source>
        <translation>Црвене</translation>
    </message>
    <message>
        <source>Purples</source>
        <translation>Љубичасте</translation>
    </message>
    <message>
        <source>Yellow-orange-red</source>
        <translation>Жуто-наранџасто-црвена</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Виридис</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>Једнаки интервали</translation>
    </message>
    <message>
        <source>Quantile (equal count)</source>
        <translation>Квантили (једнак број)</translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation>&amp;Класификуј</translation>
    </message>
    <message>
        <source>New classes from the field&apos;s values</source>
        <translation>Нове класе на основу вредности поља</translation>
    </message>
    <message>
        <source>&amp;Number of classes:</source>
        <translation>Број кл&amp;аса:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Поље:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Метод:</translation>
    </message>
    <message>
        <source>Colour &amp;ramp:</source>
        <translation>&amp;Скала боја:</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Класе</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Боја:</translation>
    </message>
    <message>
        <source>The colour of the selected classes</source>
        <translation>Боја изабраних класа</translation>
    </message>
    <message>
        <source>The layer has no numeric field.</source>
        <translation>Слој нема нумеричко поље.</translation>
    </message>
    <message>
        <source>Choose a field first.</source>
        <translation>Прво изаберите поље.</translation>
    </message>
    <message>
        <source>The field “%1” has no numeric values in this layer.</source>
        <translation>Поље „%1“ нема нумеричких вредности у овом слоју.</translation>
    </message>
    <message>
        <source>All values of “%1” are equal: one class.</source>
        <translation>Све вредности поља „%1“ су једнаке: једна класа.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::IdentifyPanel</name>
    <message>
        <source>Click a feature on the map with the Identify tool (I).</source>
        <translation>Кликните на објекат на карти алатом Идентификуј (I).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поље</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Вредност</translation>
    </message>
    <message>
        <source>Identify results</source>
        <translation>Резултати идентификације</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>Model flow</source>
        <translation>Проток у моделу</translation>
    </message>
    <message>
        <source>No feature under the cursor.</source>
        <translation>Нема објекта испод курсора.</translation>
    </message>
    <message>
        <source>A model flow under the cursor.</source>
        <translation>Испод курсора је проток из модела.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) under the cursor, topmost layer first.</source>
        <translation>
            <numerusform>Испод курсора је %n објекат; прво највиши слој.</numerusform>
            <numerusform>Испод курсора су %n објекта; прво највиши слој.</numerusform>
            <numerusform>Испод курсора је %n објеката; прво највиши слој.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature id</source>
        <translation>ИД објекта</translation>
    </message>
</context>
<context>
    <name>corridor::ui::LabelsPage</name>
    <message>
        <source>&amp;Label features</source>
        <translation>Прикажи о&amp;знаке објеката</translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>Текст ознаке</translation>
    </message>
    <message>
        <source>A field, or a template with fields in braces such as {name} ({iata})</source>
        <translation>Поље или шаблон са пољима у витичастим заградама, нпр. {name} ({iata})</translation>
    </message>
    <message>
        <source>A field, or a template such as &lt;tt&gt;{name} ({iata})&lt;/tt&gt;</source>
        <translation>Поље или шаблон, нпр. &lt;tt&gt;{name} ({iata})&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>S&amp;horten long names (cut at “ (”, “;”, “ – ”)</source>
        <translation>&amp;Скрати дугачке називе (пресеци код „ (“, „;“, „ – “)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Подебљано</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Курзив</translation>
    </message>
    <message>
        <source>Hal&amp;o</source>
        <translation>О&amp;реол</translation>
    </message>
    <message>
        <source>A light outline around the text, for legibility over lines and fills</source>
        <translation>Светли обрис око текста, ради читљивости преко линија и испуна</translation>
    </message>
    <message>
        <source>Halo width</source>
        <translation>Ширина ореола</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Величина &amp;фонта:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Боја:</translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation>Обрис:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Пример:</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Ознаке</translation>
    </message>
    <message>
        <source>(no such field)</source>
        <translation>(нема таквог поља)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(празно)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::LayerTreeModel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n feature(s)&lt;br&gt;CRS: %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n објекат&lt;br&gt;КРС: %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n објекта&lt;br&gt;КРС: %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n објеката&lt;br&gt;КРС: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Source: %1</source>
        <translation>&lt;br&gt;Извор: %1</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>видљив</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>сакривен</translation>
    </message>
</context>
<context>
    <name>corridor::ui::LinkTableModel</name>
    <message>
        <source>Capacity from %1 to %2; double-click or press F2 to edit</source>
        <translation>Капацитет од %1 до %2; за измену двапут кликните или притисните F2</translation>
    </message>
    <message>
        <source>On the minimum cut: more capacity here would serve more demand</source>
        <translation>На минималном пресеку: већи капацитет овде задовољио би већу потражњу</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>ван погона</translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation>уско грло</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>засићена</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ИД</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Веза</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Од → до</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Капацитет</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Проток</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Искоришћеност</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Ограничење</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MainWindow</name>
    <message>
        <source>saved layer styles and bookmarks could not be read: %1</source>
        <translation>није могуће прочитати сачуване стилове слојева и обележиваче: %1</translation>
    </message>
    <message>
        <source>the saved map CRS is not usable (%1); using ETRS89-LAEA</source>
        <translation>сачувани КРС карте није употребљив (%1); користи се ETRS89-LAEA</translation>
    </message>
    <message>
        <source>layer “%1” from %2 was not loaded: %3</source>
        <translation>слој „%1“ из %2 није учитан: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>layer “%1” cannot be shown in %2: %3</source>
        <translation>слој „%1“ није могуће приказати у %2: %3</translation>
    </message>
    <message>
        <source>Could not add “%1”:
%2</source>
        <translation>Није могуће додати „%1“:
%2</translation>
    </message>
    <message>
        <source>Adding “%1” was cancelled.</source>
        <translation>Додавање „%1“ је отказано.</translation>
    </message>
    <message>
        <source>Could not add “%1”, layer “%2”:
%3</source>
        <translation>Није могуће додати „%1“, слој „%2“:
%3</translation>
    </message>
    <message>
        <source>Could not add “%1”: layer “%2” cannot be shown in %3:
%4</source>
        <translation>Није могуће додати „%1“: слој „%2“ није могуће приказати у %3:
%4</translation>
    </message>
    <message>
        <source>Could not add “%1”:
the file has no layers with geometry.</source>
        <translation>Није могуће додати „%1“:
датотека нема слојеве са геометријом.</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.kmz *.gml *.csv *.topojson *.sqlite *.gpx *.tab *.mif);;All files (*)</source>
        <translation>Векторски подаци (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.kmz *.gml *.csv *.topojson *.sqlite *.gpx *.tab *.mif);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>the network model could not be read: %1</source>
        <translation>није могуће прочитати мрежни модел: %1</translation>
    </message>
    <message>
        <source>Drawing failed: %1</source>
        <translation>Исцртавање није успело: %1</translation>
    </message>
    <message>
        <source>%1 features · %2 ms</source>
        <translation>Објеката: %1 · %2 ms</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Отвори пројекат…</translation>
    </message>
    <message>
        <source>Open a project (GeoPackage or any vector file)</source>
        <translation>Отвори пројекат (GeoPackage или било коју векторску датотеку)</translation>
    </message>
    <message>
        <source>&amp;Add Vector Data…</source>
        <translation>&amp;Додај векторске податке…</translation>
    </message>
    <message>
        <source>Add the layers of any vector file GDAL reads</source>
        <translation>Додај слојеве из било које векторске датотеке коју GDAL чита</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Сачувај пројекат</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Сачувај пројекат &amp;као…</translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation>Из&amp;вези карту…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изађи</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>По&amp;дешавања…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увећај</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;мањи</translation>
    </message>
    <message>
        <source>&amp;Full Extent</source>
        <translation>&amp;Цео обухват</translation>
    </message>
    <message>
        <source>Show the whole corridor (Home on the map)</source>
        <translation>Прикажи цео коридор (тастер Home на карти)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>Прикажи цео с&amp;лој</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Прикажи &amp;изабрано</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>&amp;Претходни приказ</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>&amp;Следећи приказ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Освежи</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Помери карту</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>&amp;Идентификуј</translation>
    </message>
    <message>
        <source>&amp;Measure Distance</source>
        <translation>&amp;Мери растојање</translation>
    </message>
    <message>
        <source>Measure &amp;Area</source>
        <translation>Мери по&amp;вршину</translation>
    </message>
    <message>
        <source>Identify at Map &amp;Centre</source>
        <translation>Идентификуј у &amp;центру карте</translation>
    </message>
    <message>
        <source>Identify what is under the centre of the map (keyboard use)</source>
        <translation>Идентификуј оно што је у центру карте (за рад са тастатуром)</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>Поништи &amp;избор</translation>
    </message>
    <message>
        <source>New &amp;Bookmark…</source>
        <translation>Нови &amp;обележивач…</translation>
    </message>
    <message>
        <source>&amp;Find Feature…</source>
        <translation>&amp;Нађи објекат…</translation>
    </message>
    <message>
        <source>Layer &amp;Style…</source>
        <translation>&amp;Стил слоја…</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>Отвори &amp;табелу атрибута</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>&amp;Уклони слој</translation>
    </message>
    <message>
        <source>Move Layer &amp;Up</source>
        <translation>Помери слој &amp;више</translation>
    </message>
    <message>
        <source>Move Layer &amp;Down</source>
        <translation>Помери слој &amp;ниже</translation>
    </message>
    <message>
        <source>Go to &amp;Map</source>
        <translation>Пређи на к&amp;арту</translation>
    </message>
    <message>
        <source>Go to &amp;Layers</source>
        <translation>Пређи на слоје&amp;ве</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Опозови</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Понови</translation>
    </message>
    <message>
        <source>Show &amp;Flows</source>
        <translation>Прикажи п&amp;ротоке</translation>
    </message>
    <message>
        <source>Draw the model&apos;s flows on the map: width by flow, colour by utilisation</source>
        <translation>Исцртај протоке из модела на карти: дебљина према протоку, боја према искоришћености</translation>
    </message>
    <message>
        <source>&amp;About Corridor Atlas</source>
        <translation>&amp;О програму Corridor Atlas</translation>
    </message>
    <message>
        <source>About Corridor Atlas</source>
        <translation>О програму Corridor Atlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Corridor Atlas %1&lt;/h3&gt;&lt;p&gt;A desktop GIS for the energy corridor from Azerbaijan to Serbia and on into Central and Southern Europe.&lt;/p&gt;&lt;p&gt;Qt %2 · GDAL · PROJ · GEOS · SQLite&lt;/p&gt;&lt;p&gt;Countries: Made with Natural Earth. Corridor facts: see the &lt;i&gt;sources&lt;/i&gt; table of the project.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Corridor Atlas %1&lt;/h3&gt;&lt;p&gt;Десктоп ГИС за енергетски коридор од Азербејџана до Србије и даље ка Централној и Јужној Европи.&lt;/p&gt;&lt;p&gt;Qt %2 · GDAL · PROJ · GEOS · SQLite&lt;/p&gt;&lt;p&gt;Државе: израђено помоћу Natural Earth. Подаци о коридору: погледајте табелу &lt;i&gt;sources&lt;/i&gt; у пројекту.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слојеви</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Непрозирност:</translation>
    </message>
    <message>
        <source>Layer opacity</source>
        <translation>Непрозирност слоја</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Обележивачи</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>Резултати идентификације</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мерење</translation>
    </message>
    <message>
        <source>Attribute Table</source>
        <translation>Табела атрибута</translation>
    </message>
    <message>
        <source>Network Model</source>
        <translation>Мрежни модел</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Отвори &amp;недавне</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Уређивање</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Приказ</translation>
    </message>
    <message>
        <source>Map &amp;CRS</source>
        <translation>&amp;КРС карте</translation>
    </message>
    <message>
        <source>ETRS89 / LAEA Europe (EPSG:3035)</source>
        <translation>ETRS89 / LAEA Европа (EPSG:3035)</translation>
    </message>
    <message>
        <source>Web Mercator (EPSG:3857)</source>
        <translation>Веб Меркатор (EPSG:3857)</translation>
    </message>
    <message>
        <source>WGS 84 longitude/latitude (EPSG:4326)</source>
        <translation>WGS 84 географска дужина/ширина (EPSG:4326)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Прилагођени…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Системска</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тамна</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Па&amp;нели</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Слој</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Алати</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>По&amp;моћ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Пројекат</translation>
    </message>
    <message>
        <source>Map Navigation</source>
        <translation>Навигација картом</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Претрага</translation>
    </message>
    <message>
        <source>Find a feature: TANAP, Niš, BEG… (Ctrl+F)</source>
        <translation>Нађите објекат: TANAP, Ниш, BEG… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a feature by name</source>
        <translation>Нађи објекат по називу</translation>
    </message>
    <message>
        <source>Map scale at the centre of the view</source>
        <translation>Размера карте у центру приказа</translation>
    </message>
    <message>
        <source>Map coordinate reference system</source>
        <translation>Координатни референтни систем карте</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>%1
%2 of %3 features</source>
        <translation>%1
Објеката: %2 од %3</translation>
    </message>
    <message>
        <source>%1
%2 features</source>
        <translation>%1
Објеката: %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Отвара се %1…</translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled.</source>
        <translation>Отварање „%1“ је отказано.</translation>
    </message>
    <message>
        <source>Could not open “%1”:
%2</source>
        <translation>Није могуће отворити „%1“:
%2</translation>
    </message>
    <message>
        <source>Could not save “%1”:
%2</source>
        <translation>Није могуће сачувати „%1“:
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сачувано: %1</translation>
    </message>
    <message>
        <source>cannot copy the project to this place</source>
        <translation>пројекат није могуће копирати на ову локацију</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>није могуће заменити датотеку</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Додаје се %1…</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Додаје се %n датотека…</numerusform>
            <numerusform>Додају се %n датотеке…</numerusform>
            <numerusform>Додаје се %n датотека…</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer “%1” cannot be shown in %2:
%3</source>
        <translation>Слој „%1“ није могуће приказати у %2:
%3</translation>
    </message>
    <message>
        <source>Re-projecting to %1…</source>
        <translation>Репројектовање у %1…</translation>
    </message>
    <message>
        <source>layer “%1”: %2</source>
        <translation>слој „%1“: %2</translation>
    </message>
    <message>
        <source>The map cannot be shown in %1:
%2</source>
        <translation>Карту није могуће приказати у %1:
%2</translation>
    </message>
    <message>
        <source>Custom map CRS</source>
        <translation>Прилагођени КРС карте</translation>
    </message>
    <message>
        <source>EPSG code (e.g. EPSG:32638), PROJ string (+proj=…), WKT or a CRS name:</source>
        <translation>EPSG код (нпр. EPSG:32638), PROJ дефиниција (+proj=…), WKT или назив КРС-а:</translation>
    </message>
    <message>
        <source>“%1” is not a CRS PROJ knows:
%2</source>
        <translation>„%1“ није КРС који PROJ препознаје:
%2</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Веза</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарио</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Проток</translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Капацитет</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Искоришћеност</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Ограничење</translation>
    </message>
    <message>
        <source>bottleneck (on the minimum cut)</source>
        <translation>уско грло (на минималном пресеку)</translation>
    </message>
    <message>
        <source>binding (at capacity)</source>
        <translation>засићена (на граници капацитета)</translation>
    </message>
    <message>
        <source>Δ flow vs %1</source>
        <translation>Δ протока у односу на %1</translation>
    </message>
    <message>
        <source>No feature matches “%1”.</source>
        <translation>Ниједан објекат не одговара упиту „%1“.</translation>
    </message>
    <message>
        <source>Found: %1 (%2)</source>
        <translation>Пронађено: %1 (%2)</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Приказ %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Преименуј</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Отвори пројекат</translation>
    </message>
    <message>
        <source>GeoPackage projects (*.gpkg);;</source>
        <translation>GeoPackage пројекти (*.gpkg);;</translation>
    </message>
    <message>
        <source>Add Vector Data</source>
        <translation>Додај векторске податке</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Сачувај пројекат као</translation>
    </message>
    <message>
        <source>GeoPackage projects (*.gpkg)</source>
        <translation>GeoPackage пројекти (*.gpkg)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Извезено: %1</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Нема пројекта</translation>
    </message>
    <message>
        <source>%1[*] — Corridor Atlas</source>
        <translation>%1[*] — Corridor Atlas</translation>
    </message>
    <message>
        <source>   x %1  y %2 m</source>
        <translation>   x %1  y %2 m</translation>
    </message>
    <message>
        <source>No CRS</source>
        <translation>Нема КРС-а</translation>
    </message>
    <message>
        <source>Corridor Atlas</source>
        <translation>Corridor Atlas</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несачуване измене</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Није могуће сачувати: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Опозови: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Понови: %1</translation>
    </message>
    <message>
        <source>Save the changes to the layers, styles, bookmarks and network model of “%1”?</source>
        <translation>Да ли желите да сачувате измене слојева, стилова, обележивача и мрежног модела пројекта „%1“?</translation>
    </message>
    <message>
        <source>Adding data was cancelled.</source>
        <translation>Додавање података је отказано.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Δ flow (blue more, red less)</source>
        <translation>Δ протока (плаво више, црвено мање)</translation>
    </message>
    <message>
        <source>Flow (colour: utilisation)</source>
        <translation>Проток (боја: искоришћеност)</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>искоришћеност</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MeasurePanel</name>
    <message>
        <source>Distance (polyline)</source>
        <translation>Растојање (изломљена линија)</translation>
    </message>
    <message>
        <source>Area (polygon)</source>
        <translation>Површина (полигон)</translation>
    </message>
    <message>
        <source>Measure mode</source>
        <translation>Режим мерења</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Click points on the map (snaps to facilities and airports; Shift: no snapping). Double-click or Enter finishes, Backspace undoes, Esc clears. Ellipsoidal (WGS 84) geodesics.</source>
        <translation>Кликните тачке на карти (привлачење на постројења и аеродроме; Shift: без привлачења). Двоклик или Enter завршава мерење, Backspace поништава последњу тачку, Esc брише све. Геодетске линије на елипсоиду (WGS 84).</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>Дужина (km)</translation>
    </message>
    <message>
        <source>Segment lengths</source>
        <translation>Дужине сегмената</translation>
    </message>
    <message>
        <source>%1 → 1 (closing)</source>
        <translation>%1 → 1 (затварање)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Још ништа није измерено.</translation>
    </message>
    <message>
        <source>Area: %1 km² · perimeter: %2 km</source>
        <translation>Површина: %1 km² · обим: %2 km</translation>
    </message>
    <message>
        <source>Total: %1 km</source>
        <translation>Укупно: %1 km</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MeasureTool</name>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ModelPane</name>
    <message>
        <source>This project has no network model.

A model (nodes, links and scenarios in the tables model_nodes, model_links, model_scenarios of the GeoPackage) lets you edit capacities and demands and see the resulting flows on the map. The bundled corridor project has one.</source>
        <translation>Овај пројекат нема мрежни модел.

Модел (чворови, везе и сценарији у табелама model_nodes, model_links и model_scenarios у GeoPackage датотеци) омогућава измену капацитета и потражње и приказ резултујућих протока на карти. Приложени пројекат коридора садржи модел.</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Сценарио:</translation>
    </message>
    <message>
        <source>The scenario shown on the map and edited in the tables</source>
        <translation>Сценарио који је приказан на карти и који се уређује у табелама</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Дуплирај…</translation>
    </message>
    <message>
        <source>Copy the current scenario under a new name</source>
        <translation>Копирај тренутни сценарио под новим називом</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Преименуј…</translation>
    </message>
    <message>
        <source>Rename the current scenario</source>
        <translation>Преименуј тренутни сценарио</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Delete the current scenario</source>
        <translation>Обриши тренутни сценарио</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Јединице:</translation>
    </message>
    <message>
        <source>Units of gas figures (power is always in MW)</source>
        <translation>Јединице за количине гаса (снага је увек у MW)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Везе</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Чворови</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Региони</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разлика</translation>
    </message>
    <message>
        <source>N-1</source>
        <translation>N-1</translation>
    </message>
    <message>
        <source>Capacities and flows of pipelines and power links; edit a capacity to re-solve</source>
        <translation>Капацитети и протоци цевовода и електроенергетских веза; измените капацитет да бисте поново решили модел</translation>
    </message>
    <message>
        <source>Supply, demand and what is served; edit supply or demand to re-solve</source>
        <translation>Понуда, потражња и задовољени део потражње; измените понуду или потражњу да бисте поново решили модел</translation>
    </message>
    <message>
        <source>Gas into Central and Southern Europe by country and origin</source>
        <translation>Гас за Централну и Јужну Европу по државама и пореклу</translation>
    </message>
    <message>
        <source>Flows of another scenario compared with this one</source>
        <translation>Протоци другог сценарија у поређењу са овим</translation>
    </message>
    <message>
        <source>Each link out of service in turn, ranked by the demand it cuts</source>
        <translation>Испад сваке везе понаособ, рангиран према изгубљеној потражњи</translation>
    </message>
    <message>
        <source>Links of the network model</source>
        <translation>Везе мрежног модела</translation>
    </message>
    <message>
        <source>Nodes of the network model</source>
        <translation>Чворови мрежног модела</translation>
    </message>
    <message>
        <source>Regional summary</source>
        <translation>Регионални преглед</translation>
    </message>
    <message>
        <source>Flow differences between scenarios</source>
        <translation>Разлике у протоцима између сценарија</translation>
    </message>
    <message>
        <source>Single-outage ranking</source>
        <translation>Рангирање појединачних испада</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Упореди са:</translation>
    </message>
    <message>
        <source>Δflow = that scenario&apos;s flow minus this scenario&apos;s flow</source>
        <translation>Δпротока = проток у оном сценарију минус проток у овом сценарију</translation>
    </message>
    <message>
        <source>Show Δ on the &amp;map</source>
        <translation>Прикажи Δ на &amp;карти</translation>
    </message>
    <message>
        <source>Draw the flow differences instead of the flows: blue more, red less</source>
        <translation>Исцртај разлике у протоцима уместо протока: плаво више, црвено мање</translation>
    </message>
    <message>
        <source>&amp;Run N-1</source>
        <translation>&amp;Покрени N-1</translation>
    </message>
    <message>
        <source>Solve once per link with that link out of service</source>
        <translation>Реши модел по једном за сваку везу, са том везом ван погона</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Runs in the background; click a row to show the link on the map.</source>
        <translation>Извршава се у позадини; кликните на ред да бисте приказали везу на карти.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нема)</translation>
    </message>
    <message>
        <source>The scenario “%1” could not be solved: %2</source>
        <translation>Сценарио „%1“ није могуће решити: %2</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>Решава се…</translation>
    </message>
    <message>
        <source>%1 served of %2 demanded</source>
        <translation>Задовољено %1 од тражених %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n bottleneck(s) · solved in %2 ms</source>
        <translation>
            <numerusform>%1 · %n уско грло · решено за %2 ms</numerusform>
            <numerusform>%1 · %n уска грла · решено за %2 ms</numerusform>
            <numerusform>%1 · %n уских грла · решено за %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Region / country</source>
        <translation>Регион / држава</translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation>Прилив</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Потражња</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Задовољено</translation>
    </message>
    <message>
        <source>Unserved</source>
        <translation>Незадовољено</translation>
    </message>
    <message>
        <source>From Azerbaijan</source>
        <translation>Из Азербејџана</translation>
    </message>
    <message>
        <source>Other origins</source>
        <translation>Друго порекло</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Веза</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Flow here</source>
        <translation>Проток (овај)</translation>
    </message>
    <message>
        <source>Flow there</source>
        <translation>Проток (други)</translation>
    </message>
    <message>
        <source>Flow in %1</source>
        <translation>Проток у %1</translation>
    </message>
    <message>
        <source>Δ flow</source>
        <translation>Δ протока</translation>
    </message>
    <message>
        <source>Choose a scenario to compare with.</source>
        <translation>Изаберите сценарио за поређење.</translation>
    </message>
    <message>
        <source>“%1” could not be solved: %2</source>
        <translation>„%1“ није могуће решити: %2</translation>
    </message>
    <message>
        <source>Δ = flow in “%1” minus flow in “%2”, largest changes first.</source>
        <translation>Δ = проток у „%1“ минус проток у „%2“, прво највеће промене.</translation>
    </message>
    <message numerus="yes">
        <source>Solving with each of %n link(s) out of service…</source>
        <translation>
            <numerusform>Решава се са сваком од %n везе ван погона…</numerusform>
            <numerusform>Решава се са сваком од %n везе ван погона…</numerusform>
            <numerusform>Решава се са сваком од %n веза ван погона…</numerusform>
        </translation>
    </message>
    <message>
        <source>The N-1 analysis failed: %1</source>
        <translation>N-1 анализа није успела: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отказано.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <source>Link out of service</source>
        <translation>Веза ван погона</translation>
    </message>
    <message>
        <source>Demand lost</source>
        <translation>Изгубљена потражња</translation>
    </message>
    <message>
        <source>Unserved in total</source>
        <translation>Укупно незадовољено</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Промена трошкова</translation>
    </message>
    <message numerus="yes">
        <source>Scenario “%1”: %n outage(s), ranked by the demand they cut. Click a row to show the link.</source>
        <translation>
            <numerusform>Сценарио „%1“: %n испад, рангиран према изгубљеној потражњи. Кликните на ред да бисте приказали везу.</numerusform>
            <numerusform>Сценарио „%1“: %n испада, рангирана према изгубљеној потражњи. Кликните на ред да бисте приказали везу.</numerusform>
            <numerusform>Сценарио „%1“: %n испада, рангираних према изгубљеној потражњи. Кликните на ред да бисте приказали везу.</numerusform>
        </translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Сценарио мора имати назив.</translation>
    </message>
    <message>
        <source>There is already a scenario called “%1”.</source>
        <translation>Сценарио „%1“ већ постоји.</translation>
    </message>
    <message>
        <source>The scenario was not copied: %1</source>
        <translation>Сценарио није копиран: %1</translation>
    </message>
    <message>
        <source>The scenario was not renamed: %1</source>
        <translation>Сценарио није преименован: %1</translation>
    </message>
    <message>
        <source>The last scenario cannot be deleted.</source>
        <translation>Последњи сценарио није могуће обрисати.</translation>
    </message>
    <message>
        <source>The scenario was not deleted: %1</source>
        <translation>Сценарио није обрисан: %1</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>Дуплирај сценарио</translation>
    </message>
    <message>
        <source>Name of the copy of “%1”:</source>
        <translation>Назив копије сценарија „%1“:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копија)</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Преименуј сценарио</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Нови назив за „%1“:</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Обриши сценарио</translation>
    </message>
    <message>
        <source>Delete the scenario “%1”? You can undo this with Edit ▸ Undo.</source>
        <translation>Да ли желите да обришете сценарио „%1“? Ово можете опозвати помоћу Уређивање ▸ Опозови.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ModelSession</name>
    <message>
        <source>the project has no network model</source>
        <translation>пројекат нема мрежни модел</translation>
    </message>
    <message>
        <source>the value must be a finite number</source>
        <translation>вредност мора бити коначан број</translation>
    </message>
    <message>
        <source>the value must not be negative</source>
        <translation>вредност не сме бити негативна</translation>
    </message>
    <message>
        <source>no such item: %1</source>
        <translation>ставка не постоји: %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Постави %1 за %2</translation>
    </message>
    <message>
        <source>Duplicate scenario %1</source>
        <translation>Дуплирај сценарио %1</translation>
    </message>
    <message>
        <source>Rename scenario %1</source>
        <translation>Преименуј сценарио %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Обриши сценарио %1</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>капацитет</translation>
    </message>
    <message>
        <source>reverse capacity</source>
        <translation>капацитет у обрнутом смеру</translation>
    </message>
    <message>
        <source>entry capacity</source>
        <translation>улазни капацитет</translation>
    </message>
    <message>
        <source>exit capacity</source>
        <translation>излазни капацитет</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>трошак</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>понуду</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>потражњу</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>тежински фактор</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>ефикасност</translation>
    </message>
    <message>
        <source>unit factor</source>
        <translation>фактор претварања јединица</translation>
    </message>
    <message>
        <source>output limit</source>
        <translation>ограничење излазне снаге</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ModelTableBase</name>
    <message>
        <source>“%1” is not a number. Enter a value such as 2.5.</source>
        <translation>„%1“ није број. Унесите вредност као што је 2,5.</translation>
    </message>
    <message>
        <source>%1 cannot be negative (you entered %2).</source>
        <translation>Вредност за %1 не може бити негативна (унели сте %2).</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>Вредност за %1 није промењена: %2</translation>
    </message>
</context>
<context>
    <name>corridor::ui::NodeTableModel</name>
    <message>
        <source>Double-click or press F2 to edit</source>
        <translation>За измену двапут кликните или притисните F2</translation>
    </message>
    <message>
        <source>A plant converts gas into power: no supply or demand of its own</source>
        <translation>Електрана претвара гас у електричну енергију: нема сопствену понуду ни потражњу</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>извор</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>потрошач</translation>
    </message>
    <message>
        <source>plant</source>
        <translation>електрана</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>чвориште</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ИД</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Чвор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Држава</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Понуда</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Потражња</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Задовољено</translation>
    </message>
    <message>
        <source>Unserved</source>
        <translation>Незадовољено</translation>
    </message>
    <message>
        <source>Served by origin</source>
        <translation>Задовољено по пореклу</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RegionChart</name>
    <message>
        <source>Gas into Central and Southern Europe by country and origin</source>
        <translation>Гас за Централну и Јужну Европу по државама и пореклу</translation>
    </message>
    <message>
        <source>No regional figures: solve a scenario first.</source>
        <translation>Нема регионалних података: прво решите сценарио.</translation>
    </message>
    <message>
        <source>Other origins</source>
        <translation>Друго порекло</translation>
    </message>
    <message>
        <source>From Azerbaijan</source>
        <translation>Из Азербејџана</translation>
    </message>
    <message>
        <source>gas</source>
        <translation>гас</translation>
    </message>
    <message>
        <source>power</source>
        <translation>електрична енергија</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>прилив</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RenderJob</name>
    <message>
        <source>not enough memory for a %1×%2 map image</source>
        <translation>нема довољно меморије за слику карте %1×%2</translation>
    </message>
    <message>
        <source>the renderer failed</source>
        <translation>исцртавање није успело</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RendererPage</name>
    <message>
        <source>Not a field of this layer</source>
        <translation>Није поље овог слоја</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Подешавања</translation>
    </message>
    <message>
        <source>bcm/yr (billion cubic metres per year)</source>
        <translation>bcm/yr (милијарди кубних метара годишње)</translation>
    </message>
    <message>
        <source>mcm/d (million cubic metres per day)</source>
        <translation>mcm/d (милиона кубних метара дневно)</translation>
    </message>
    <message>
        <source>GWh/d (energy per day, 10.55 kWh/m³)</source>
        <translation>GWh/d (енергија дневно, 10,55 kWh/m³)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Системски подразумевано</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Системска</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тамна</translation>
    </message>
    <message>
        <source>Gas &amp;volumes in:</source>
        <translation>&amp;Запремине гаса у:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Језик:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>The language applies at once; the command line&apos;s --lang overrides it for one run.</source>
        <translation>Језик се примењује одмах; опција --lang у командној линији има предност над њим током једног покретања.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SingleSymbolPage</name>
    <message>
        <source>Show this layer</source>
        <translation>Прикажи овај слој</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Пуна</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Испрекидана</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Тачкаста</translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation>Црта-тачка</translation>
    </message>
    <message>
        <source>No line</source>
        <translation>Без линије</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозирност</translation>
    </message>
    <message>
        <source>&amp;Line colour:</source>
        <translation>Боја &amp;линије:</translation>
    </message>
    <message>
        <source>&amp;Fill colour:</source>
        <translation>Боја &amp;испуне:</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>&amp;Дебљина линије:</translation>
    </message>
    <message>
        <source>&amp;Dash:</source>
        <translation>&amp;Стил линије:</translation>
    </message>
    <message>
        <source>&amp;Point size:</source>
        <translation>Величина &amp;тачке:</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Непрозирност:</translation>
    </message>
    <message>
        <source>Custom dashes</source>
        <translation>Прилагођене цртице</translation>
    </message>
    <message>
        <source>Other values</source>
        <translation>Остале вредности</translation>
    </message>
    <message>
        <source>Draw features matching no category or class wit&amp;h this symbol</source>
        <translation>Исц&amp;ртај објекте који не одговарају ниједној категорији или класи овим симболом</translation>
    </message>
    <message>
        <source>e.g. Other</source>
        <translation>нпр. Остало</translation>
    </message>
    <message>
        <source>Legend &amp;text:</source>
        <translation>Текст у ле&amp;генди:</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Симбол</translation>
    </message>
</context>
<context>
    <name>corridor::ui::StyleDialog</name>
    <message>
        <source>Style — %1</source>
        <translation>Стил — %1</translation>
    </message>
    <message>
        <source>&amp;Renderer:</source>
        <translation>&amp;Врста приказа:</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>Један симбол</translation>
    </message>
    <message>
        <source>Categorised</source>
        <translation>Категорисано</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Градуисано</translation>
    </message>
    <message>
        <source>Single symbol: every feature alike. Categorised: a symbol per value of a field. Graduated: classes of a numeric field along a colour ramp.</source>
        <translation>Један симбол: сви објекти изгледају исто. Категорисано: посебан симбол за сваку вредност поља. Градуисано: класе нумеричког поља дуж скале боја.</translation>
    </message>
    <message>
        <source>Li&amp;ve update</source>
        <translation>Ажурирање у&amp;живо</translation>
    </message>
    <message>
        <source>Redraw the map after every change; otherwise on Apply</source>
        <translation>Поново исцртај карту после сваке измене; у супротном тек када кликнете на Примени</translation>
    </message>
    <message>
        <source>Back to the style the dialog opened with</source>
        <translation>Врати стил какав је био при отварању дијалога</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Симбол</translation>
    </message>
    <message>
        <source>Base symbol</source>
        <translation>Основни симбол</translation>
    </message>
</context>
</TS>
