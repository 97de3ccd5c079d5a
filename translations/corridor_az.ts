<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>Cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>naməlum əmr &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>warning: %1</source>
        <translation>xəbərdarlıq: %1</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>bad --extent &quot;%1&quot;: %2</source>
        <translation>yanlış --extent &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>expected minlon,minlat,maxlon,maxlat</source>
        <translation>gözlənilən format: minlon,minlat,maxlon,maxlat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ədəd deyil</translation>
    </message>
    <message>
        <source>longitudes must be within -180..180 and latitudes within -90..90</source>
        <translation>uzunluqlar -180..180, enliklər isə -90..90 aralığında olmalıdır</translation>
    </message>
    <message>
        <source>the minimum must be less than the maximum</source>
        <translation>minimum maksimumdan kiçik olmalıdır</translation>
    </message>
    <message>
        <source>unsupported output format &quot;%1&quot; (use .pdf, .svg or .png)</source>
        <translation>dəstəklənməyən çıxış formatı &quot;%1&quot; (.pdf, .svg və ya .png istifadə edin)</translation>
    </message>
    <message>
        <source>image size must be between 16 and 20000 pixels per side</source>
        <translation>təsvirin ölçüsü hər tərəf üzrə 16 ilə 20000 piksel arasında olmalıdır</translation>
    </message>
    <message>
        <source>--dpi must be between 10 and 2400</source>
        <translation>--dpi 10 ilə 2400 arasında olmalıdır</translation>
    </message>
    <message>
        <source>unknown map CRS &quot;%1&quot;: %2</source>
        <translation>naməlum xəritə KİS-i &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>no layer &quot;%1&quot; in the project</source>
        <translation>layihədə &quot;%1&quot; layı yoxdur</translation>
    </message>
    <message>
        <source>saved styles ignored: %1</source>
        <translation>saxlanmış üslublar nəzərə alınmadı: %1</translation>
    </message>
    <message>
        <source>the project has no layers to draw</source>
        <translation>layihədə çəkiləcək lay yoxdur</translation>
    </message>
    <message>
        <source>the extent cannot be shown in %1</source>
        <translation>ərazi hüdudları %1 sistemində göstərilə bilməz</translation>
    </message>
    <message>
        <source>Base map: Natural Earth (public domain). Infrastructure, capacities and status: Corridor Atlas facts sheet; each feature cites its sources (table &quot;sources&quot;). Projection: %1. Scale bar true at the map centre; arrow points to true north.</source>
        <translation>Əsas xəritə: Natural Earth (ictimai mülkiyyət). İnfrastruktur, ötürmə qabiliyyətləri və status: Corridor Atlas məlumat vərəqi; hər obyekt öz mənbələrini göstərir (&quot;sources&quot; cədvəli). Proyeksiya: %1. Miqyas xətti xəritənin mərkəzində dəqiqdir; ox həqiqi şimalı göstərir.</translation>
    </message>
    <message>
        <source>Draw a project (default: the bundled corridor project) as a briefing map: PDF, SVG or PNG.</source>
        <translation>Layihəni (standart olaraq proqramla gələn dəhliz layihəsini) brifinq xəritəsi kimi çək: PDF, SVG və ya PNG.</translation>
    </message>
    <message>
        <source>Project file (GeoPackage or any vector file).</source>
        <translation>Layihə faylı (GeoPackage və ya istənilən vektor faylı).</translation>
    </message>
    <message>
        <source>Output file: .pdf (vector), .svg (vector) or .png.</source>
        <translation>Çıxış faylı: .pdf (vektor), .svg (vektor) və ya .png.</translation>
    </message>
    <message>
        <source>Map title.</source>
        <translation>Xəritənin başlığı.</translation>
    </message>
    <message>
        <source>Subtitle (default: the date).</source>
        <translation>Alt başlıq (standart: tarix).</translation>
    </message>
    <message>
        <source>Area to show, in degrees.</source>
        <translation>Göstəriləcək ərazi, dərəcələrlə.</translation>
    </message>
    <message>
        <source>Map CRS: EPSG code, PROJ string or WKT (default EPSG:3035, ETRS89-LAEA).</source>
        <translation>Xəritə KİS-i: EPSG kodu, PROJ sətri və ya WKT (standart EPSG:3035, ETRS89-LAEA).</translation>
    </message>
    <message>
        <source>Paper A4, A3 or letter, or a pixel size WxH (default A4).</source>
        <translation>Kağız: A4, A3 və ya letter, yaxud piksel ölçüsü WxH (standart A4).</translation>
    </message>
    <message>
        <source>Landscape paper (the default).</source>
        <translation>Albom istiqamətli kağız (standart).</translation>
    </message>
    <message>
        <source>Portrait paper.</source>
        <translation>Kitab istiqamətli kağız.</translation>
    </message>
    <message>
        <source>PNG resolution for paper sizes (default 300).</source>
        <translation>Kağız ölçüləri üçün PNG ayırdetməsi (standart 300).</translation>
    </message>
    <message>
        <source>Only these layers, comma-separated.</source>
        <translation>Yalnız bu laylar, vergüllə ayrılmış.</translation>
    </message>
    <message>
        <source>Draw a graticule with degree labels.</source>
        <translation>Dərəcə etiketləri ilə koordinat toru çək.</translation>
    </message>
    <message>
        <source>Add an inset locator map.</source>
        <translation>Kiçik mövqe xəritəsi (inset) əlavə et.</translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation>Şərti işarələri göstərmə.</translation>
    </message>
    <message>
        <source>export takes at most one PROJECT</source>
        <translation>export ən çoxu bir PROJECT qəbul edir</translation>
    </message>
    <message>
        <source>the bundled corridor project was not found; give a PROJECT file</source>
        <translation>proqramla gələn dəhliz layihəsi tapılmadı; PROJECT faylını göstərin</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE tələb olunur</translation>
    </message>
    <message>
        <source>Azerbaijan–Serbia energy corridor</source>
        <translation>Azərbaycan–Serbiya enerji dəhlizi</translation>
    </message>
    <message>
        <source>Gas, oil, power and air links · %1</source>
        <translation>Qaz, neft, elektrik və hava əlaqələri · %1</translation>
    </message>
    <message>
        <source>--landscape and --portrait exclude each other</source>
        <translation>--landscape və --portrait bir-birini istisna edir</translation>
    </message>
    <message>
        <source>--size must be A4, A3, letter or a pixel size like 1920x1080, not &quot;%1&quot;</source>
        <translation>--size A4, A3, letter və ya 1920x1080 kimi piksel ölçüsü olmalıdır, &quot;%1&quot; yox</translation>
    </message>
    <message>
        <source>--dpi must be a whole number, not &quot;%1&quot;</source>
        <translation>--dpi tam ədəd olmalıdır, &quot;%1&quot; yox</translation>
    </message>
    <message>
        <source>--layers needs at least one layer name</source>
        <translation>--layers üçün ən azı bir lay adı lazımdır</translation>
    </message>
    <message>
        <source>nothing to draw: empty extent</source>
        <translation>çəkiləcək heç nə yoxdur: ərazi hüdudları boşdur</translation>
    </message>
    <message>
        <source>the page is too small for a map</source>
        <translation>səhifə xəritə üçün çox kiçikdir</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>yazmaq mümkün deyil: %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>PDF faylını başlatmaq mümkün deyil</translation>
    </message>
    <message>
        <source>cannot start the SVG</source>
        <translation>SVG faylını başlatmaq mümkün deyil</translation>
    </message>
    <message>
        <source>image size %1×%2 is out of range (16 to 30000 pixels per side)</source>
        <translation>təsvir ölçüsü %1×%2 icazə verilən aralıqdan kənardır (hər tərəf üzrə 16-dan 30000-ə qədər piksel)</translation>
    </message>
    <message>
        <source>not enough memory for a %1×%2 image</source>
        <translation>%1×%2 ölçülü təsvir üçün yaddaş çatmır</translation>
    </message>
    <message>
        <source>cannot write the image: %1</source>
        <translation>təsviri yazmaq mümkün deyil: %1</translation>
    </message>
    <message>
        <source>no scenario called &quot;%1&quot;: the project has no network model (available scenarios: none)</source>
        <translation>&quot;%1&quot; adlı ssenari yoxdur: layihədə şəbəkə modeli yoxdur (mövcud ssenarilər: yoxdur)</translation>
    </message>
    <message>
        <source>no scenario called &quot;%1&quot; (available scenarios: %2)</source>
        <translation>&quot;%1&quot; adlı ssenari yoxdur (mövcud ssenarilər: %2)</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; cannot be solved: %2</source>
        <translation>&quot;%1&quot; ssenarisini həll etmək mümkün deyil: %2</translation>
    </message>
    <message>
        <source>Solve the project&apos;s network model under this scenario and draw the flows (width by flow, colour by utilisation, arrows in the direction of flow).</source>
        <translation>Layihənin şəbəkə modelini bu ssenari üzrə həll et və axınları çək (qalınlıq axına görə, rəng yüklənməyə görə, oxlar axın istiqamətində).</translation>
    </message>
    <message>
        <source>Unit of gas flows with --scenario: bcm/yr (default), mcm/d or GWh/d.</source>
        <translation>--scenario ilə qaz axınlarının vahidi: bcm/yr (standart), mcm/d və ya GWh/d.</translation>
    </message>
    <message>
        <source>--scenario needs a scenario name</source>
        <translation>--scenario üçün ssenari adı lazımdır</translation>
    </message>
    <message>
        <source>--flow-units only applies with --scenario</source>
        <translation>--flow-units yalnız --scenario ilə birlikdə tətbiq olunur</translation>
    </message>
    <message>
        <source>--flow-units must be bcm/yr, mcm/d or GWh/d, not &quot;%1&quot;</source>
        <translation>--flow-units bcm/yr, mcm/d və ya GWh/d olmalıdır, &quot;%1&quot; yox</translation>
    </message>
    <message>
        <source>Modelled flows, scenario &quot;%1&quot; · %2</source>
        <translation>Modelləşdirilmiş axınlar, &quot;%1&quot; ssenarisi · %2</translation>
    </message>
    <message numerus="yes">
        <source>--outage: %n unknown link id(s): %1 (valid ids: %2)</source>
        <translation>
            <numerusform>--outage: %n naməlum xətt id-si: %1 (etibarlı id-lər: %2)</numerusform>
            <numerusform>--outage: %n naməlum xətt id-si: %1 (etibarlı id-lər: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the legend does not fit the page: %n entry(ies) left out (use a larger page, or --no-legend)</source>
        <translation>
            <numerusform>şərti işarələr səhifəyə sığmır: %n element buraxıldı (daha böyük səhifə seçin və ya --no-legend istifadə edin)</numerusform>
            <numerusform>şərti işarələr səhifəyə sığmır: %n element buraxıldı (daha böyük səhifə seçin və ya --no-legend istifadə edin)</numerusform>
        </translation>
    </message>
    <message>
        <source>With --scenario NAME: draw the change in flows against the reference scenario OTHER, Δ = NAME − OTHER (blue: more flow in NAME, red: less).</source>
        <translation>--scenario NAME ilə: axınlarda dəyişikliyi OTHER istinad ssenarisi ilə müqayisədə çək, Δ = NAME − OTHER (göy: NAME ssenarisində daha çox axın, qırmızı: daha az).</translation>
    </message>
    <message>
        <source>With --scenario: links out of service before solving (comma-separated ids; repeatable); drawn as outages. With --compare they apply to NAME, not to the reference.</source>
        <translation>--scenario ilə: həll etməzdən əvvəl istismardan çıxarılan xətlər (vergüllə ayrılmış id-lər; təkrarlana bilər); xəritədə sıradan çıxmış kimi çəkilir. --compare ilə onlar istinad ssenarisinə deyil, NAME ssenarisinə aid edilir.</translation>
    </message>
    <message>
        <source>--compare only applies with --scenario</source>
        <translation>--compare yalnız --scenario ilə birlikdə tətbiq olunur</translation>
    </message>
    <message>
        <source>--compare needs a scenario name</source>
        <translation>--compare üçün ssenari adı lazımdır</translation>
    </message>
    <message>
        <source>--outage only applies with --scenario</source>
        <translation>--outage yalnız --scenario ilə birlikdə tətbiq olunur</translation>
    </message>
    <message>
        <source>--outage needs at least one link id</source>
        <translation>--outage üçün ən azı bir xətt id-si lazımdır</translation>
    </message>
    <message>
        <source>Change in modelled flows: scenario &quot;%1&quot; minus reference &quot;%2&quot; · %3</source>
        <translation>Modelləşdirilmiş axınlarda dəyişiklik: &quot;%1&quot; ssenarisi − &quot;%2&quot; istinad ssenarisi · %3</translation>
    </message>
    <message>
        <source>Modelled flows, scenario &quot;%1&quot; with %2 out of service · %3</source>
        <translation>Modelləşdirilmiş axınlar, &quot;%1&quot; ssenarisi (istismardan kənar: %2) · %3</translation>
    </message>
    <message>
        <source>Change in flows: scenario &quot;%1&quot; with %2 out of service, minus &quot;%3&quot; · %4</source>
        <translation>Axınlarda dəyişiklik: &quot;%1&quot; ssenarisi (istismardan kənar: %2) − &quot;%3&quot; · %4</translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>no map CRS for the flow overlay</source>
        <translation>axın qatı üçün xəritə KİS-i yoxdur</translation>
    </message>
    <message>
        <source>the flow result has %1 links but the network has %2</source>
        <translation>axın nəticəsində %1 xətt var, şəbəkədə isə %2</translation>
    </message>
</context>
<context>
    <name>GeoText</name>
    <message>
        <source>not a coordinate reference system (PROJ made a &apos;%1&apos;)</source>
        <extracomment>%1 is the name PROJ gave the object it made instead (an ellipsoid, a datum, an operation).</extracomment>
        <translation>koordinat istinad sistemi deyil (PROJ &apos;%1&apos; yaratdı)</translation>
    </message>
    <message>
        <source>empty CRS definition</source>
        <translation>boş KİS tərifi</translation>
    </message>
    <message>
        <source>PROJ could not create a CRS</source>
        <translation>PROJ KİS yarada bilmədi</translation>
    </message>
    <message>
        <source>empty WKT</source>
        <translation>boş WKT</translation>
    </message>
    <message>
        <source>PROJ could not parse the WKT</source>
        <translation>PROJ WKT-ni təhlil edə bilmədi</translation>
    </message>
    <message>
        <source>cannot transform from or to an invalid (empty) CRS</source>
        <translation>etibarsız (boş) KİS-dən və ya KİS-ə çevirmək mümkün deyil</translation>
    </message>
    <message>
        <source>PROJ found no coordinate operation between these CRSs</source>
        <translation>PROJ bu KİS-lər arasında koordinat əməliyyatı tapmadı</translation>
    </message>
    <message>
        <source>PROJ could not normalise the axis order</source>
        <translation>PROJ oxların sırasını normallaşdıra bilmədi</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>KİS yoxdur</translation>
    </message>
    <message>
        <source>cannot export the CRS as WKT</source>
        <translation>KİS-i WKT kimi ixrac etmək mümkün deyil</translation>
    </message>
    <message>
        <source>Non-finite coordinate (%1 %2) at vertex %3 of feature %4</source>
        <extracomment>%1 %2: the x y of the bad coordinate (nan, inf); %3: vertex number within the feature (from 0); %4: feature number within the layer (from 0).</extracomment>
        <translation>%4 nömrəli obyektin %3 nömrəli təpəsində sonlu olmayan koordinat (%1 %2)</translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <extracomment>%1: feature number within the layer (from 0); %2: what went wrong, in GEOS&apos;s words (English) or one of our messages such as &quot;cannot create a point&quot;.</extracomment>
        <translation>obyekt %1: %2</translation>
    </message>
    <message>
        <source>cannot create a point</source>
        <translation>nöqtə yaratmaq mümkün deyil</translation>
    </message>
    <message>
        <source>cannot create an empty point</source>
        <translation>boş nöqtə yaratmaq mümkün deyil</translation>
    </message>
    <message numerus="yes">
        <source>feature %1: a line part has %n rings (expected 1)</source>
        <extracomment>%1: feature number (from 0); %n: the number of rings, always 2 or more. A line part is one linestring, which has exactly one ring (coordinate sequence).</extracomment>
        <translation>
            <numerusform>obyekt %1: xətt hissəsində %n halqa var (1 gözlənilirdi)</numerusform>
            <numerusform>obyekt %1: xətt hissəsində %n halqa var (1 gözlənilirdi)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot copy coordinates</source>
        <translation>koordinatları köçürmək mümkün deyil</translation>
    </message>
    <message>
        <source>cannot create a linestring</source>
        <translation>xətt (linestring) yaratmaq mümkün deyil</translation>
    </message>
    <message>
        <source>cannot create an empty polygon</source>
        <translation>boş poliqon yaratmaq mümkün deyil</translation>
    </message>
    <message>
        <source>invalid ring %1</source>
        <extracomment>%1: the ring&apos;s number within the polygon, from 0 (0 is the outer ring, the others are holes).</extracomment>
        <translation>etibarsız halqa %1</translation>
    </message>
    <message>
        <source>cannot create a polygon</source>
        <translation>poliqon yaratmaq mümkün deyil</translation>
    </message>
    <message>
        <source>feature %1: unknown part kind</source>
        <translation>obyekt %1: naməlum hissə növü</translation>
    </message>
    <message>
        <source>cannot read coordinates</source>
        <translation>koordinatları oxumaq mümkün deyil</translation>
    </message>
    <message>
        <source>cannot read a collection</source>
        <translation>kolleksiyanı oxumaq mümkün deyil</translation>
    </message>
    <message>
        <source>cannot read a collection member</source>
        <translation>kolleksiya elementini oxumaq mümkün deyil</translation>
    </message>
    <message>
        <source>unsupported GEOS geometry type %1</source>
        <extracomment>%1: GEOS&apos;s numeric geometry type id.</extracomment>
        <translation>dəstəklənməyən GEOS həndəsə növü %1</translation>
    </message>
    <message>
        <source>cannot read a geometry</source>
        <translation>həndəsəni oxumaq mümkün deyil</translation>
    </message>
    <message>
        <source>cannot read an exterior ring</source>
        <translation>xarici halqanı oxumaq mümkün deyil</translation>
    </message>
    <message>
        <source>cannot read an interior ring</source>
        <translation>daxili halqanı oxumaq mümkün deyil</translation>
    </message>
    <message>
        <source>cannot create a GEOS WKT reader</source>
        <translation>GEOS WKT oxuyucusunu yaratmaq mümkün deyil</translation>
    </message>
    <message>
        <source>cannot parse WKT</source>
        <translation>WKT-ni təhlil etmək mümkün deyil</translation>
    </message>
    <message numerus="yes">
        <source>feature %1 out of range (%n feature(s))</source>
        <extracomment>%1: the feature number asked for (from 0); %n: how many features there are.</extracomment>
        <translation>
            <numerusform>obyekt %1 aralıqdan kənardır (%n obyekt)</numerusform>
            <numerusform>obyekt %1 aralıqdan kənardır (%n obyekt)</numerusform>
        </translation>
    </message>
    <message>
        <source>no GEOS context</source>
        <translation>GEOS konteksti yoxdur</translation>
    </message>
    <message>
        <source>feature %1: ring too large for GEOS</source>
        <translation>obyekt %1: halqa GEOS üçün çox böyükdür</translation>
    </message>
    <message>
        <source>creating an empty collection failed</source>
        <translation>boş kolleksiya yaratmaq alınmadı</translation>
    </message>
    <message>
        <source>cannot create a collection</source>
        <translation>kolleksiya yaratmaq mümkün deyil</translation>
    </message>
    <message>
        <source>No geometry</source>
        <translation>Həndəsə yoxdur</translation>
    </message>
    <message>
        <source>GEOS could not check validity</source>
        <translation>GEOS etibarlılığı yoxlaya bilmədi</translation>
    </message>
    <message>
        <source>makeValid: no geometry</source>
        <extracomment>makeValid is the name of a function of the program; keep it.</extracomment>
        <translation>makeValid: həndəsə yoxdur</translation>
    </message>
    <message>
        <source>MakeValid failed</source>
        <extracomment>MakeValid is the name of a GEOS operation; keep it.</extracomment>
        <translation>MakeValid alınmadı</translation>
    </message>
    <message>
        <source>simplify: no geometry</source>
        <extracomment>simplify is the name of a function of the program; keep it.</extracomment>
        <translation>simplify: həndəsə yoxdur</translation>
    </message>
    <message>
        <source>simplify: bad tolerance %1</source>
        <extracomment>simplify is the name of a function of the program; keep it. %1: the tolerance given (negative, nan or inf).</extracomment>
        <translation>simplify: yanlış tolerantlıq %1</translation>
    </message>
    <message>
        <source>TopologyPreserveSimplify failed</source>
        <extracomment>TopologyPreserveSimplify is the name of a GEOS operation; keep it.</extracomment>
        <translation>TopologyPreserveSimplify alınmadı</translation>
    </message>
    <message>
        <source>intersection: no geometry</source>
        <extracomment>intersection is the name of a function of the program; keep it.</extracomment>
        <translation>intersection: həndəsə yoxdur</translation>
    </message>
    <message>
        <source>Intersection failed</source>
        <extracomment>Intersection is the name of a GEOS operation; keep it.</extracomment>
        <translation>Intersection alınmadı</translation>
    </message>
    <message>
        <source>distance: no geometry</source>
        <extracomment>distance is the name of a function of the program; keep it.</extracomment>
        <translation>distance: həndəsə yoxdur</translation>
    </message>
    <message>
        <source>Distance failed</source>
        <extracomment>Distance is the name of a GEOS operation; keep it.</extracomment>
        <translation>Distance alınmadı</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1: what could not be done (e.g. &quot;cannot create the layer&quot;); %2: GDAL&apos;s explanation (in English).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write the CRS</source>
        <translation>KİS-i yazmaq mümkün deyil</translation>
    </message>
    <message>
        <source>cannot create the layer</source>
        <translation>layı yaratmaq mümkün deyil</translation>
    </message>
    <message>
        <source>cannot create field %1</source>
        <extracomment>%1: the name of an attribute field (column).</extracomment>
        <translation>%1 sahəsini yaratmaq mümkün deyil</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>tranzaksiyanı başlatmaq mümkün deyil</translation>
    </message>
    <message>
        <source>feature %1: cannot encode geometry</source>
        <extracomment>%1: the feature id (fid).</extracomment>
        <translation>obyekt %1: həndəsəni kodlaşdırmaq mümkün deyil</translation>
    </message>
    <message>
        <source>feature %1: cannot write</source>
        <extracomment>%1: the feature id (fid).</extracomment>
        <translation>obyekt %1: yazmaq mümkün deyil</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>tranzaksiyanı təsdiqləmək (commit) mümkün deyil</translation>
    </message>
    <message>
        <source>feature %1 has a NaN or infinite coordinate; nothing was written</source>
        <extracomment>%1: the feature id (fid).</extracomment>
        <translation>obyekt %1 NaN və ya sonsuz koordinata malikdir; heç nə yazılmadı</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>qovluq mövcud deyil</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL-da GeoPackage drayveri yoxdur</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>faylı yaratmaq mümkün deyil</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <extracomment>%1: the operating system&apos;s reason.</extracomment>
        <translation>faylı əvəz etmək mümkün deyil: %1</translation>
    </message>
    <message>
        <source>the project has no spatial layers</source>
        <translation>layihədə məkan layları yoxdur</translation>
    </message>
    <message>
        <source>%1 (layer %2)</source>
        <extracomment>Error context: %1 is a file path, %2 the name of a layer in it.</extracomment>
        <translation>%1 (lay %2)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more similar warning(s)</source>
        <translation>
            <numerusform>... və daha %n oxşar xəbərdarlıq</numerusform>
            <numerusform>... və daha %n oxşar xəbərdarlıq</numerusform>
        </translation>
    </message>
    <message>
        <source>feature %1: geometry has NaN or infinite coordinates; geometry not loaded</source>
        <extracomment>%1: the feature id (fid) in the file.</extracomment>
        <translation>obyekt %1: həndəsədə NaN və ya sonsuz koordinatlar var; həndəsə yüklənmədi</translation>
    </message>
    <message>
        <source>feature %1: geometry is corrupt; geometry not loaded</source>
        <extracomment>%1: the feature id (fid) in the file.</extracomment>
        <translation>obyekt %1: həndəsə zədələnib; həndəsə yüklənmədi</translation>
    </message>
    <message>
        <source>feature %1: unsupported geometry type; geometry not loaded</source>
        <extracomment>%1: the feature id (fid) in the file.</extracomment>
        <translation>obyekt %1: dəstəklənməyən həndəsə növü; həndəsə yüklənmədi</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>yükləmə ləğv edildi</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <extracomment>%1: GDAL&apos;s explanation (in English).</extracomment>
        <translation>oxumaq alınmadı: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <extracomment>Used as %1 in &quot;reading failed: %1&quot; when GDAL gives no reason.</extracomment>
        <translation>naməlum xəta</translation>
    </message>
    <message>
        <source>not enough memory to load the layer</source>
        <translation>layı yükləmək üçün yaddaş çatmır</translation>
    </message>
    <message>
        <source>coordinates lie outside longitude/latitude bounds although the CRS is geographic; the declared CRS is probably wrong</source>
        <translation>KİS coğrafi olsa da, koordinatlar uzunluq/enlik hüdudlarından kənardadır; göstərilən KİS, yəqin ki, səhvdir</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>fayl göstərilməyib</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fayl tapılmadı</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>icazə yoxdur</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>fayl boşdur</translation>
    </message>
    <message>
        <source>not a vector data format GDAL can read</source>
        <translation>GDAL-ın oxuya bildiyi vektor verilənləri formatı deyil</translation>
    </message>
    <message>
        <source>the file contains no vector layers</source>
        <translation>faylda vektor layları yoxdur</translation>
    </message>
    <message>
        <source>the file contains no vector layers (%1)</source>
        <extracomment>%1: GDAL&apos;s explanation (in English).</extracomment>
        <translation>faylda vektor layları yoxdur (%1)</translation>
    </message>
    <message>
        <source>no layer named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; adlı lay yoxdur</translation>
    </message>
    <message>
        <source>no layer number %1</source>
        <extracomment>%1: a layer&apos;s position in the file, from 0.</extracomment>
        <translation>%1 nömrəli lay yoxdur</translation>
    </message>
    <message>
        <source>no CRS declared</source>
        <translation>KİS göstərilməyib</translation>
    </message>
    <message>
        <source>unsupported CRS: %1</source>
        <extracomment>%1: why, in PROJ&apos;s or GDAL&apos;s words (English).</extracomment>
        <translation>dəstəklənməyən KİS: %1</translation>
    </message>
    <message>
        <source>the layer has no CRS and its coordinates are not longitude/latitude, so its CRS cannot be guessed; assign one</source>
        <translation>layın KİS-i yoxdur və koordinatları uzunluq/enlik deyil, ona görə də KİS-i təxmin etmək mümkün deyil; KİS təyin edin</translation>
    </message>
    <message>
        <source>the layer has no CRS; assuming WGS 84 longitude/latitude because every coordinate is within lon/lat bounds</source>
        <translation>layın KİS-i yoxdur; bütün koordinatlar uzunluq/enlik hüdudları daxilində olduğundan WGS 84 uzunluq/enlik qəbul edilir</translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <source>Print the layers of a vector file: geometry type, CRS, feature count, extent.</source>
        <translation>Vektor faylının laylarını çap et: həndəsə növü, KİS, obyektlərin sayı, ərazi hüdudları.</translation>
    </message>
    <message>
        <source>Any vector file GDAL reads (GeoPackage, GeoJSON, Shapefile, ...).</source>
        <translation>GDAL-ın oxuduğu istənilən vektor faylı (GeoPackage, GeoJSON, Shapefile, ...).</translation>
    </message>
    <message>
        <source>info takes exactly one FILE</source>
        <translation>info dəqiq bir FILE qəbul edir</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fayl: %1</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Drayver: %1</translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation>Lay %1: %2</translation>
    </message>
    <message>
        <source>Geometry: %1</source>
        <translation>Həndəsə: %1</translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation>KİS: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Obyektlər: %1</translation>
    </message>
    <message>
        <source>Extent: %1, %2 : %3, %4</source>
        <translation>Hüdudlar: %1, %2 : %3, %4</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Sahələr: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Xəbərdarlıq: %1</translation>
    </message>
</context>
<context>
    <name>LayoutText</name>
    <message>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <source>Width: capacity (%1)</source>
        <translation>Qalınlıq: ötürmə qabiliyyəti (%1)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Şərti işarələr</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>N</source>
        <translation>Ş</translation>
    </message>
    <message>
        <source>Change in flows</source>
        <translation>Axınlarda dəyişiklik</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Axınlar</translation>
    </message>
    <message>
        <source>Width: change in gas flow (%1)</source>
        <translation>Qalınlıq: qaz axınında dəyişiklik (%1)</translation>
    </message>
    <message>
        <source>Width: gas flow (%1)</source>
        <translation>Qalınlıq: qaz axını (%1)</translation>
    </message>
    <message>
        <source>Width: change in power flow (%1)</source>
        <translation>Qalınlıq: elektrik axınında dəyişiklik (%1)</translation>
    </message>
    <message>
        <source>Width: power flow (%1)</source>
        <translation>Qalınlıq: elektrik axını (%1)</translation>
    </message>
    <message>
        <source>Width: change in flow</source>
        <translation>Qalınlıq: axında dəyişiklik</translation>
    </message>
    <message>
        <source>Width: flow</source>
        <translation>Qalınlıq: axın</translation>
    </message>
    <message>
        <source>More flow than the reference</source>
        <translation>İstinad ssenarisindən çox axın</translation>
    </message>
    <message>
        <source>Less flow than the reference</source>
        <translation>İstinad ssenarisindən az axın</translation>
    </message>
    <message>
        <source>Colour: share of capacity used</source>
        <translation>Rəng: ötürmə qabiliyyətindən istifadə payı</translation>
    </message>
    <message>
        <source>Bottleneck: limits served demand</source>
        <translation>Darboğaz: ödənilən tələbatı məhdudlaşdırır</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>İstismardan kənar</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Δ = &quot;%1&quot; − &quot;%2&quot;</source>
        <translation>Δ = &quot;%1&quot; − &quot;%2&quot;</translation>
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
        <translation>İstifadə: corridor-atlas [PROJECT]       masaüstü pəncərəsini aç
          corridor-atlas COMMAND [OPTIONS]

Əmrlər:
  info FILE                       vektor faylının laylarını siyahıya al
  export [PROJECT] --out FILE.pdf|.svg|.png [--size A4|A3|WxH]
                                  layihəni çək (standart: proqramla gələn dəhliz layihəsi)
  solve PROJECT|NETWORK.json [--scenario NAME] [--n-1]
                                  şəbəkə modelini həll et və axınları çap et
  COMMAND --help                  bir əmrin parametrləri

Parametrlər:
  --lang CODE    interfeys dili: en, sr, sr_Latn, az, ru (standart: sistemin dili)
  -h, --help     bu yardımı göstər və çıx
  -v, --version  versiya məlumatını göstər və çıx

Çıxış kodu: uğurlu olduqda 0, yanlış girişdə və ya aradan qaldıra biləcəyiniz xətada 2.
Tam sənədləşmə: man corridor-atlas
</translation>
    </message>
    <message>
        <source>Copyright (C) 2026 The Corridor Atlas authors.
License MIT: &lt;https://opensource.org/licenses/MIT&gt;.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
Country borders: Made with Natural Earth (public domain).
</source>
        <translation>Müəllif hüququ (C) 2026 Corridor Atlas müəllifləri.
Lisenziya MIT: &lt;https://opensource.org/licenses/MIT&gt;.
Bu, azad proqram təminatıdır: onu dəyişdirə və yenidən yaya bilərsiniz.
Qanunla icazə verilən həddə HEÇ BİR ZƏMANƏT verilmir.
Ölkə sərhədləri: Natural Earth ilə hazırlanıb (ictimai mülkiyyət).
</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY is not set); use `corridor-atlas export --out FILE.png` to draw the map without one</source>
        <translation>pəncərəni açmaq üçün ekran yoxdur (DISPLAY təyin edilməyib); xəritəni ekransız çəkmək üçün `corridor-atlas export --out FILE.png` istifadə edin</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>naməlum əmr &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>cannot open the file: the folder %1 does not exist (%2)</source>
        <extracomment>%1: a folder path; %2: SQLite&apos;s own words (English), e.g. &quot;unable to open database file&quot;.</extracomment>
        <translation>faylı açmaq mümkün deyil: %1 qovluğu mövcud deyil (%2)</translation>
    </message>
    <message>
        <source>cannot open the file: it does not exist (%1)</source>
        <extracomment>%1: SQLite&apos;s own words (English), e.g. &quot;unable to open database file&quot;.</extracomment>
        <translation>faylı açmaq mümkün deyil: fayl mövcud deyil (%1)</translation>
    </message>
    <message>
        <source>no database file name given</source>
        <translation>verilənlər bazası faylının adı göstərilməyib</translation>
    </message>
    <message>
        <source>the file is read-only (opened for writing, but the system allows only reading)</source>
        <translation>fayl yalnız oxunmaq üçündür (yazmaq üçün açılıb, lakin sistem yalnız oxumağa icazə verir)</translation>
    </message>
    <message>
        <source>no SQL statement to prepare in: %1</source>
        <extracomment>A programming error, rarely seen by users. %1: the SQL text given.</extracomment>
        <translation>hazırlanacaq SQL ifadəsi yoxdur: %1</translation>
    </message>
    <message>
        <source>more than one SQL statement given to prepare(); use exec() for scripts, in: %1</source>
        <extracomment>A programming error, rarely seen by users: prepare() and exec() are names of functions of the program, keep them. %1: the SQL text given.</extracomment>
        <translation>prepare() funksiyasına birdən çox SQL ifadəsi verilib; skriptlər üçün exec() istifadə edin: %1</translation>
    </message>
    <message>
        <source>the file is corrupt (integrity check: %1)</source>
        <extracomment>%1: SQLite&apos;s findings (English), separated by semicolons.</extracomment>
        <translation>fayl zədələnib (bütövlük yoxlaması: %1)</translation>
    </message>
    <message>
        <source>Clp: phase 1 (maximise served demand) ended with status %1</source>
        <extracomment>Clp is the name of the LP solver; keep it. %1: Clp&apos;s status code (a number).</extracomment>
        <translation>Clp: 1-ci mərhələ (ödənilən tələbatın maksimallaşdırılması) %1 statusu ilə başa çatdı</translation>
    </message>
    <message>
        <source>Clp: phase 2 (minimise cost) ended with status %1</source>
        <extracomment>Clp is the name of the LP solver; keep it. %1: Clp&apos;s status code (a number).</extracomment>
        <translation>Clp: 2-ci mərhələ (xərcin minimallaşdırılması) %1 statusu ilə başa çatdı</translation>
    </message>
    <message>
        <source>LEMON NetworkSimplex: no optimal solution (status %1)</source>
        <extracomment>LEMON NetworkSimplex is the name of a solver; keep it. %1: its status code (a number).</extracomment>
        <translation>LEMON NetworkSimplex: optimal həll yoxdur (status %1)</translation>
    </message>
    <message numerus="yes">
        <source>outage of unknown link(s) %1</source>
        <extracomment>%1: the ids of the links, separated by commas; %n: how many there are.</extracomment>
        <translation>
            <numerusform>naməlum xəttin sıradan çıxması: %1</numerusform>
            <numerusform>naməlum xətlərin sıradan çıxması: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the network has a plant (conversion): LEMON cannot solve it, use the LP</source>
        <extracomment>LEMON is the name of a solver; keep it. LP: the linear-programming solver (Clp). A plant converts gas into power.</extracomment>
        <translation>şəbəkədə elektrik stansiyası (çevirmə) var: LEMON onu həll edə bilmir, LP-dən istifadə edin</translation>
    </message>
    <message>
        <source>table %1: column %2 has type &apos;%3&apos;, which is not a GeoPackage data type (use INTEGER, DOUBLE, REAL, TEXT, BLOB, BOOLEAN, DATE, DATETIME, ... in upper case)</source>
        <extracomment>%1: a table name; %2: a column name; %3: the column&apos;s SQL type. Keep the type names (INTEGER, DOUBLE, ...) as they are: they are SQL.</extracomment>
        <translation>cədvəl %1: %2 sütununun növü &apos;%3&apos; — bu, GeoPackage verilənlər növü deyil (INTEGER, DOUBLE, REAL, TEXT, BLOB, BOOLEAN, DATE, DATETIME, ... böyük hərflərlə istifadə edin)</translation>
    </message>
    <message>
        <source>an attribute table needs a name</source>
        <translation>atribut cədvəlinin adı olmalıdır</translation>
    </message>
    <message>
        <source>the table name %1 is reserved (names starting with %2 belong to GeoPackage/SQLite)</source>
        <extracomment>%1: the table name asked for; %2: a reserved prefix (gpkg_, rtree_ or sqlite_).</extracomment>
        <translation>%1 cədvəl adı rezerv olunub (%2 ilə başlayan adlar GeoPackage/SQLite-a məxsusdur)</translation>
    </message>
    <message>
        <source>table %1 needs a primary key column name</source>
        <translation>%1 cədvəli üçün əsas açar sütununun adı lazımdır</translation>
    </message>
    <message>
        <source>not a GeoPackage (no &apos;GPKG&apos; application id or no gpkg_contents table): cannot add table %1</source>
        <extracomment>Keep &apos;GPKG&apos; and gpkg_contents as they are (identifiers). %1: a table name.</extracomment>
        <translation>GeoPackage deyil (&apos;GPKG&apos; tətbiq identifikatoru və ya gpkg_contents cədvəli yoxdur): %1 cədvəlini əlavə etmək mümkün deyil</translation>
    </message>
    <message>
        <source>a table called %1 already exists</source>
        <translation>%1 adlı cədvəl artıq mövcuddur</translation>
    </message>
    <message>
        <source>node %1: %2 must be a finite number &gt;= 0, not %3</source>
        <extracomment>%1: a node id; %2: a field name such as capacity or supply (keep it); %3: the value given.</extracomment>
        <translation>qovşaq %1: %2 sonlu ədəd &gt;= 0 olmalıdır, %3 yox</translation>
    </message>
    <message>
        <source>link %1: %2 must be a finite number &gt;= 0, not %3</source>
        <extracomment>%1: a link id; %2: a field name such as capacity or cost (keep it); %3: the value given.</extracomment>
        <translation>xətt %1: %2 sonlu ədəd &gt;= 0 olmalıdır, %3 yox</translation>
    </message>
    <message>
        <source>node #%1 has no id</source>
        <extracomment>%1: the node&apos;s position in the list, from 1.</extracomment>
        <translation>qovşaq #%1 üçün id yoxdur</translation>
    </message>
    <message>
        <source>duplicate node id %1</source>
        <extracomment>%1: a node id.</extracomment>
        <translation>təkrarlanan qovşaq id-si %1</translation>
    </message>
    <message>
        <source>node %1: a plant needs an efficiency in (0, 1], not %2</source>
        <extracomment>%1: a node id; %2: the efficiency given. (0, 1] is the interval 0 &lt; efficiency &lt;= 1.</extracomment>
        <translation>qovşaq %1: stansiyanın səmərəliliyi (0, 1] aralığında olmalıdır, %2 yox</translation>
    </message>
    <message>
        <source>node %1: unit_factor must be &gt; 0</source>
        <extracomment>%1: a node id. unit_factor is a field name; keep it.</extracomment>
        <translation>qovşaq %1: unit_factor &gt; 0 olmalıdır</translation>
    </message>
    <message>
        <source>node %1: a plant converts only; put supply or demand on a separate node</source>
        <extracomment>%1: a node id. A plant (power plant) converts gas into power.</extracomment>
        <translation>qovşaq %1: stansiya yalnız çevirmə aparır; təchizatı və ya tələbatı ayrıca qovşağa qoyun</translation>
    </message>
    <message>
        <source>link #%1 has no id</source>
        <extracomment>%1: the link&apos;s position in the list, from 1.</extracomment>
        <translation>xətt #%1 üçün id yoxdur</translation>
    </message>
    <message>
        <source>duplicate link id %1</source>
        <extracomment>%1: a link id.</extracomment>
        <translation>təkrarlanan xətt id-si %1</translation>
    </message>
    <message>
        <source>link %1: unknown node &quot;%2&quot; (from)</source>
        <extracomment>%1: a link id; %2: the node id it names. &quot;from&quot; is the field name of the link&apos;s start; keep it.</extracomment>
        <translation>xətt %1: naməlum qovşaq &quot;%2&quot; (from)</translation>
    </message>
    <message>
        <source>link %1: unknown node &quot;%2&quot; (to)</source>
        <extracomment>%1: a link id; %2: the node id it names. &quot;to&quot; is the field name of the link&apos;s end; keep it.</extracomment>
        <translation>xətt %1: naməlum qovşaq &quot;%2&quot; (to)</translation>
    </message>
    <message>
        <source>link %1: starts and ends at node %2</source>
        <extracomment>%1: a link id; %2: a node id.</extracomment>
        <translation>xətt %1: eyni qovşaqda (%2) başlayır və bitir</translation>
    </message>
    <message>
        <source>link %1: length_km must be a finite number &gt;= 0</source>
        <extracomment>%1: a link id. length_km is a field name; keep it.</extracomment>
        <translation>xətt %1: length_km sonlu ədəd &gt;= 0 olmalıdır</translation>
    </message>
    <message>
        <source>link %1: a link at plant %2 must be directed (fuel in, output out)</source>
        <extracomment>%1: a link id; %2: the id of a plant node. A plant converts fuel (gas) into output (power).</extracomment>
        <translation>xətt %1: %2 stansiyasına bağlı xətt istiqamətli olmalıdır (yanacaq daxil olur, məhsul çıxır)</translation>
    </message>
    <message>
        <source>node %1: unknown field %2 (expected one of %3)</source>
        <extracomment>%1: a node id; %2: the field name given; %3: the field names allowed, separated by commas (keep them).</extracomment>
        <translation>qovşaq %1: naməlum sahə %2 (bunlardan biri gözlənilir: %3)</translation>
    </message>
    <message>
        <source>link %1: unknown field %2 (expected one of %3)</source>
        <extracomment>%1: a link id; %2: the field name given; %3: the field names allowed, separated by commas (keep them).</extracomment>
        <translation>xətt %1: naməlum sahə %2 (bunlardan biri gözlənilir: %3)</translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>Completes &quot;... must be a number, not %3&quot; and similar: the JSON value found was an array.</extracomment>
        <translation>massiv</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>Completes &quot;... must be a number, not %3&quot; and similar: the JSON value found was an object.</extracomment>
        <translation>JSON obyekti</translation>
    </message>
    <message>
        <source>%1: %2 must be a string, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it); %3: the value found, e.g. 12, true or &quot;an array&quot;.</extracomment>
        <translation>%1: %2 sətir olmalıdır, %3 yox</translation>
    </message>
    <message>
        <source>%1: %2 must be a number, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it); %3: the value found, e.g. &quot;NaN&quot;, true or &quot;an array&quot;.</extracomment>
        <translation>%1: %2 ədəd olmalıdır, %3 yox</translation>
    </message>
    <message>
        <source>%1: %2 must be a finite number &gt;= 0, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key such as capacity (keep it); %3: the number found.</extracomment>
        <translation>%1: %2 sonlu ədəd &gt;= 0 olmalıdır, %3 yox</translation>
    </message>
    <message>
        <source>%1: %2 must be true or false, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it); %3: the value found. true and false are JSON words; keep them.</extracomment>
        <translation>%1: %2 true və ya false olmalıdır, %3 yox</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it).</extracomment>
        <translation>%1: &quot;%2&quot; çatışmır</translation>
    </message>
    <message>
        <source>node #%1 must be an object, not %2</source>
        <extracomment>%1: the node&apos;s position in the &quot;nodes&quot; list, from 1; %2: the JSON value found instead, e.g. 12 or &quot;an array&quot;.</extracomment>
        <translation>qovşaq #%1 JSON obyekti olmalıdır, %2 yox</translation>
    </message>
    <message>
        <source>node #%1</source>
        <extracomment>Names a node in messages about its fields (&quot;node #3: ...&quot;): %1 is its position in the list, from 1.</extracomment>
        <translation>qovşaq #%1</translation>
    </message>
    <message>
        <source>node #%1: id is empty</source>
        <extracomment>%1: the node&apos;s position in the list, from 1. id is a JSON key; keep it.</extracomment>
        <translation>qovşaq #%1: id boşdur</translation>
    </message>
    <message>
        <source>node %1</source>
        <extracomment>Names a node in messages about its fields (&quot;node AZ: ...&quot;): %1 is its id.</extracomment>
        <translation>qovşaq %1</translation>
    </message>
    <message>
        <source>node %1: give both lon and lat, or neither</source>
        <extracomment>%1: a node id. lon and lat are JSON keys; keep them.</extracomment>
        <translation>qovşaq %1: lon və lat-ın ya hər ikisini, ya da heç birini göstərin</translation>
    </message>
    <message>
        <source>node %1: unknown kind &quot;%2&quot; (hub, supply, demand or plant)</source>
        <extracomment>%1: a node id; %2: the kind given. hub, supply, demand and plant are the JSON values allowed; keep them.</extracomment>
        <translation>qovşaq %1: naməlum növ &quot;%2&quot; (hub, supply, demand və ya plant)</translation>
    </message>
    <message>
        <source>link #%1 must be an object, not %2</source>
        <extracomment>%1: the link&apos;s position in the &quot;links&quot; list, from 1; %2: the JSON value found instead, e.g. 12 or &quot;an array&quot;.</extracomment>
        <translation>xətt #%1 JSON obyekti olmalıdır, %2 yox</translation>
    </message>
    <message>
        <source>link #%1</source>
        <extracomment>Names a link in messages about its fields (&quot;link #3: ...&quot;): %1 is its position in the list, from 1.</extracomment>
        <translation>xətt #%1</translation>
    </message>
    <message>
        <source>link #%1: id is empty</source>
        <extracomment>%1: the link&apos;s position in the list, from 1. id is a JSON key; keep it.</extracomment>
        <translation>xətt #%1: id boşdur</translation>
    </message>
    <message>
        <source>link %1</source>
        <extracomment>Names a link in messages about its fields (&quot;link SCP: ...&quot;): %1 is its id.</extracomment>
        <translation>xətt %1</translation>
    </message>
    <message>
        <source>scenario #%1 must be an object</source>
        <extracomment>%1: the scenario&apos;s position in the &quot;scenarios&quot; list, from 1.</extracomment>
        <translation>ssenari #%1 JSON obyekti olmalıdır</translation>
    </message>
    <message>
        <source>scenario #%1</source>
        <extracomment>Names a scenario in messages about its fields (&quot;scenario #2: ...&quot;): %1 is its position in the list, from 1.</extracomment>
        <translation>ssenari #%1</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;</source>
        <extracomment>Names a scenario in messages about its fields: %1 is its name.</extracomment>
        <translation>ssenari &quot;%1&quot;</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: values must be an array</source>
        <extracomment>%1: a scenario name. values is a JSON key; keep it.</extracomment>
        <translation>ssenari &quot;%1&quot;: values massiv olmalıdır</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: value #%2 must be an object</source>
        <extracomment>%1: a scenario name; %2: the value&apos;s position in its &quot;values&quot; list, from 1.</extracomment>
        <translation>ssenari &quot;%1&quot;: dəyər #%2 JSON obyekti olmalıdır</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; value #%2</source>
        <extracomment>Names one value of a scenario in messages about its fields: %1 is the scenario&apos;s name, %2 the value&apos;s position in the scenario&apos;s &quot;values&quot; list, from 1.</extracomment>
        <translation>ssenari &quot;%1&quot;, dəyər #%2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; value #%2: name exactly one of &quot;node&quot; or &quot;link&quot;</source>
        <extracomment>%1: a scenario name; %2: the value&apos;s position in its list, from 1. &quot;node&quot; and &quot;link&quot; are JSON keys; keep them.</extracomment>
        <translation>ssenari &quot;%1&quot;, dəyər #%2: &quot;node&quot; və ya &quot;link&quot; açarlarından dəqiq birini göstərin</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <extracomment>%1: a byte offset in the file; %2: the parser&apos;s explanation.</extracomment>
        <translation>yanlış formatlı JSON, mövqe %1: %2</translation>
    </message>
    <message>
        <source>malformed network: the top level must be an object with &quot;nodes&quot; and &quot;links&quot;</source>
        <extracomment>&quot;nodes&quot; and &quot;links&quot; are JSON keys; keep them.</extracomment>
        <translation>yanlış formatlı şəbəkə: yuxarı səviyyə &quot;nodes&quot; və &quot;links&quot; açarları olan obyekt olmalıdır</translation>
    </message>
    <message>
        <source>malformed network: &quot;%1&quot; must be an array</source>
        <extracomment>%1: a JSON key, &quot;nodes&quot; or &quot;links&quot;; keep it.</extracomment>
        <translation>yanlış formatlı şəbəkə: &quot;%1&quot; massiv olmalıdır</translation>
    </message>
    <message>
        <source>&quot;scenarios&quot; must be an array</source>
        <extracomment>&quot;scenarios&quot; is a JSON key; keep it.</extracomment>
        <translation>&quot;scenarios&quot; massiv olmalıdır</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <extracomment>%1: the system&apos;s reason, e.g. &quot;No such file or directory&quot;.</extracomment>
        <translation>oxumaq mümkün deyil: %1</translation>
    </message>
    <message>
        <source>outage of %1: %2</source>
        <extracomment>%1: the id of the link taken out of service; %2: why the network could not be solved without it.</extracomment>
        <translation>%1 sıradan çıxdıqda: %2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: %2</source>
        <extracomment>%1: a scenario name; %2: what is wrong with the network it makes (a whole message such as &quot;link SCP: capacity must be a finite number &gt;= 0, not -1&quot;).</extracomment>
        <translation>ssenari &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>no scenario called &quot;%1&quot;</source>
        <extracomment>%1: a scenario name.</extracomment>
        <translation>&quot;%1&quot; adlı ssenari yoxdur</translation>
    </message>
    <message>
        <source>a scenario called &quot;%1&quot; already exists</source>
        <extracomment>%1: a scenario name.</extracomment>
        <translation>&quot;%1&quot; adlı ssenari artıq mövcuddur</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>ssenarinin adı olmalıdır</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; sets no %2 for %3</source>
        <extracomment>%1: a scenario name; %2: a field name such as capacity (keep it); %3: a node or link id.</extracomment>
        <translation>&quot;%1&quot; ssenarisi %3 üçün %2 təyin etmir</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: unknown node %2</source>
        <extracomment>%1: a scenario name; %2: the node id it names.</extracomment>
        <translation>ssenari &quot;%1&quot;: naməlum qovşaq %2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: unknown link %2</source>
        <extracomment>%1: a scenario name; %2: the link id it names.</extracomment>
        <translation>ssenari &quot;%1&quot;: naməlum xətt %2</translation>
    </message>
    <message>
        <source>another program is writing the file; try again when it has finished</source>
        <translation>fayla başqa proqram yazır; o, işini bitirdikdən sonra yenidən cəhd edin</translation>
    </message>
    <message>
        <source>disk full: the changes were not saved</source>
        <translation>disk dolub: dəyişikliklər saxlanmadı</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>fayl yalnız oxunmaq üçündür</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>faylı açmaq mümkün deyil</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>icazə yoxdur</translation>
    </message>
    <message>
        <source>the file could not be read or written</source>
        <translation>faylı oxumaq və ya yazmaq mümkün olmadı</translation>
    </message>
    <message>
        <source>the file is corrupt</source>
        <translation>fayl zədələnib</translation>
    </message>
    <message>
        <source>not a database, or a corrupt one</source>
        <translation>verilənlər bazası deyil və ya zədələnmiş bazadır</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>The operation on the project file was cancelled (by the user).</extracomment>
        <translation>ləğv edildi</translation>
    </message>
    <message>
        <source>SQL error</source>
        <translation>SQL xətası</translation>
    </message>
    <message>
        <source>constraint failed</source>
        <translation>məhdudiyyət pozuldu</translation>
    </message>
    <message>
        <source>data type mismatch</source>
        <translation>verilənlər növü uyğunsuzluğu</translation>
    </message>
    <message>
        <source>parameter index out of range</source>
        <translation>parametr indeksi aralıqdan kənardır</translation>
    </message>
    <message>
        <source>value too big</source>
        <translation>dəyər çox böyükdür</translation>
    </message>
    <message>
        <source>the database schema changed</source>
        <translation>verilənlər bazasının sxemi dəyişdi</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>yaddaş çatmır</translation>
    </message>
    <message>
        <source>SQLite failed</source>
        <translation>SQLite xəta verdi</translation>
    </message>
    <message>
        <source>%1 (%2) in: %3</source>
        <extracomment>%1: what went wrong (e.g. &quot;constraint failed&quot;); %2: SQLite&apos;s own words (English); %3: the SQL statement at fault.</extracomment>
        <translation>%1 (%2), ifadə: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1: what went wrong (e.g. &quot;disk full: the changes were not saved&quot;); %2: SQLite&apos;s own words (English).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot bind parameter %1: %2</source>
        <extracomment>%1: the number of an SQL statement parameter; %2: why (a message such as &quot;value too big (...)&quot;).</extracomment>
        <translation>%1 parametrini bağlamaq mümkün deyil: %2</translation>
    </message>
    <message>
        <source>cannot bind parameter %1: NaN is not a storable number in: %2</source>
        <extracomment>%1: the number of an SQL statement parameter; %2: the SQL statement.</extracomment>
        <translation>%1 parametrini bağlamaq mümkün deyil: NaN saxlanıla bilən ədəd deyil, ifadə: %2</translation>
    </message>
    <message>
        <source>no parameter called %1 in: %2</source>
        <extracomment>A programming error, rarely seen by users. %1: an SQL parameter name such as &quot;:id&quot;; %2: the SQL statement.</extracomment>
        <translation>%1 adlı parametr yoxdur, ifadə: %2</translation>
    </message>
    <message>
        <source>commit without an open transaction</source>
        <extracomment>A programming error, rarely seen by users.</extracomment>
        <translation>açıq tranzaksiya olmadan commit</translation>
    </message>
    <message>
        <source>the changes were not saved: the transaction had already been rolled back after an earlier error</source>
        <translation>dəyişikliklər saxlanmadı: tranzaksiya əvvəlki xətadan sonra artıq geri qaytarılmışdı</translation>
    </message>
    <message>
        <source>the project has no network model (tables model_nodes, model_links)</source>
        <translation>layihədə şəbəkə modeli yoxdur (model_nodes, model_links cədvəlləri)</translation>
    </message>
    <message>
        <source>model_nodes: node %1 has unknown kind &quot;%2&quot;</source>
        <translation>model_nodes: %1 qovşağının növü naməlumdur: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>stored network model: %1</source>
        <translation>saxlanmış şəbəkə modeli: %1</translation>
    </message>
    <message>
        <source>model_scenarios: %1</source>
        <translation>model_scenarios: %1</translation>
    </message>
    <message>
        <source>model_scenario_values: target must be &apos;node&apos; or &apos;link&apos;, not &apos;%1&apos;</source>
        <translation>model_scenario_values: target sütunu &apos;node&apos; və ya &apos;link&apos; olmalıdır, &apos;%1&apos; yox</translation>
    </message>
    <message>
        <source>model_scenario_values: %1</source>
        <translation>model_scenario_values: %1</translation>
    </message>
    <message>
        <source>saving the model needs an open transaction</source>
        <translation>modeli saxlamaq üçün açıq tranzaksiya lazımdır</translation>
    </message>
</context>
<context>
    <name>RenderText</name>
    <message>
        <source>%1°N</source>
        <translation>%1° şm. e.</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>%1° c. e.</translation>
    </message>
    <message>
        <source>%1°E</source>
        <translation>%1° ş. u.</translation>
    </message>
    <message>
        <source>%1°W</source>
        <translation>%1° q. u.</translation>
    </message>
</context>
<context>
    <name>Solve</name>
    <message>
        <source>no such file</source>
        <translation>belə fayl yoxdur</translation>
    </message>
    <message>
        <source>Solver: %1</source>
        <translation>Həlledici: %1</translation>
    </message>
    <message>
        <source>Served %1 of %2 (unserved %3); total cost %4</source>
        <translation>%2 tələbatdan %1 ödənildi (ödənilməyən: %3); ümumi xərc %4</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Xətt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Haradan</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Haraya</translation>
    </message>
    <message>
        <source>      Flow  Capacity  Util.  Note</source>
        <translation>      Axın  Öt. qab.  Yükl.  Qeyd</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>sıradan çıxıb</translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation>darboğaz</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>tam yüklü</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Qovşaq</translation>
    </message>
    <message>
        <source>    Demand    Served  Unserved  Origin of served</source>
        <translation>   Tələbat  Ödənilən     Kəsir  Ödənilənin mənşəyi</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionlar</translation>
    </message>
    <message>
        <source>inflow %1, outflow %2, served %3 of %4; inflow origin: %5</source>
        <translation>daxil olan %1, çıxan %2, ödənilən %3 / %4; daxil olanın mənşəyi: %5</translation>
    </message>
    <message>
        <source>inflow %1, served %2 of %3; origin: %4</source>
        <translation>daxil olan %1, ödənilən %2 / %3; mənşə: %4</translation>
    </message>
    <message>
        <source>N-1 outages ranked by demand lost</source>
        <translation>İtirilən tələbata görə sıralanmış N-1 sıradan çıxmaları</translation>
    </message>
    <message>
        <source>lost %1, cost change %2</source>
        <translation>itirilən %1, xərc dəyişikliyi %2</translation>
    </message>
    <message>
        <source>Solve the network model: maximise served demand, then minimise total cost, within capacities. Without --scenario a project&apos;s first scenario is solved (a JSON network without scenarios: its own values).</source>
        <translation>Şəbəkə modelini həll et: ötürmə qabiliyyətləri daxilində əvvəlcə ödənilən tələbatı maksimallaşdır, sonra ümumi xərci minimallaşdır. --scenario olmadan layihənin birinci ssenarisi həll edilir (ssenarisiz JSON şəbəkəsi üçün isə onun öz dəyərləri).</translation>
    </message>
    <message>
        <source>A project GeoPackage with a model, or a NETWORK.json.</source>
        <translation>Modeli olan layihə GeoPackage faylı və ya NETWORK.json.</translation>
    </message>
    <message>
        <source>Scenario to solve.</source>
        <translation>Həll ediləcək ssenari.</translation>
    </message>
    <message>
        <source>Links out of service (comma-separated ids; repeatable).</source>
        <translation>İstismardan kənar xətlər (vergüllə ayrılmış id-lər; təkrarlana bilər).</translation>
    </message>
    <message>
        <source>Rank every single-link outage by the demand lost.</source>
        <translation>Hər bir xəttin ayrılıqda sıradan çıxmasını itirilən tələbata görə sırala.</translation>
    </message>
    <message>
        <source>Output: json, csv or table (default).</source>
        <translation>Çıxış: json, csv və ya table (standart).</translation>
    </message>
    <message>
        <source>auto (default), clp or lemon.</source>
        <translation>auto (standart), clp və ya lemon.</translation>
    </message>
    <message>
        <source>solve takes exactly one PROJECT.gpkg or NETWORK.json</source>
        <translation>solve dəqiq bir PROJECT.gpkg və ya NETWORK.json qəbul edir</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (json, csv or table)</source>
        <translation>naməlum format &quot;%1&quot; (json, csv və ya table)</translation>
    </message>
    <message>
        <source>unknown solver &quot;%1&quot; (auto, clp or lemon)</source>
        <translation>naməlum həlledici &quot;%1&quot; (auto, clp və ya lemon)</translation>
    </message>
    <message>
        <source>%1: no scenario called &quot;%2&quot; (available: %3)</source>
        <translation>%1: &quot;%2&quot; adlı ssenari yoxdur (mövcud: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Ssenari: %1</translation>
    </message>
</context>
<context>
    <name>StyleStoreText</name>
    <message>
        <source>unsupported style version %1</source>
        <translation>dəstəklənməyən üslub versiyası %1</translation>
    </message>
    <message>
        <source>Corridor Atlas layer styles (JSON, one row per layer)</source>
        <translation>Corridor Atlas lay üslubları (JSON, hər lay üçün bir sətir)</translation>
    </message>
    <message>
        <source>the saved style of layer &quot;%1&quot; is not valid JSON: %2</source>
        <translation>&quot;%1&quot; layının saxlanmış üslubu etibarlı JSON deyil: %2</translation>
    </message>
</context>
<context>
    <name>StyleText</name>
    <message>
        <source>operating</source>
        <translation>istismarda</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>tikinti mərhələsində</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planlaşdırılan</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Ölkələr</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Təchizatçı</translation>
    </message>
    <message>
        <source>South Caucasus</source>
        <translation>Cənubi Qafqaz</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkiyə</translation>
    </message>
    <message>
        <source>Balkans</source>
        <translation>Balkanlar</translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation>Cənubi Avropa</translation>
    </message>
    <message>
        <source>Central Europe</source>
        <translation>Mərkəzi Avropa</translation>
    </message>
    <message>
        <source>Eastern neighbourhood</source>
        <translation>Şərq qonşuluğu</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Digər ölkələr</translation>
    </message>
    <message>
        <source>Gas pipelines</source>
        <translation>Qaz boru kəmərləri</translation>
    </message>
    <message>
        <source>Oil pipelines</source>
        <translation>Neft boru kəmərləri</translation>
    </message>
    <message>
        <source>Power links</source>
        <translation>Elektrik xətləri</translation>
    </message>
    <message>
        <source>Air route (great circle)</source>
        <translation>Hava marşrutu (böyük dairə)</translation>
    </message>
    <message>
        <source>Airports</source>
        <translation>Hava limanları</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Qurğular</translation>
    </message>
    <message>
        <source>Other station</source>
        <translation>Digər stansiya</translation>
    </message>
    <message>
        <source>Power plant</source>
        <translation>Elektrik stansiyası</translation>
    </message>
    <message>
        <source>LNG terminal</source>
        <translation>LNG terminalı</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Gas storage</source>
        <translation>Qaz anbarı</translation>
    </message>
    <message>
        <source>Compressor station</source>
        <translation>Kompressor stansiyası</translation>
    </message>
    <message>
        <source>Interconnection point</source>
        <translation>Birləşmə nöqtəsi</translation>
    </message>
    <message>
        <source>Substation / converter</source>
        <translation>Yarımstansiya / çevirici</translation>
    </message>
</context>
<context>
    <name>corridor::i18n</name>
    <message>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation>naməlum dil &quot;%1&quot; (mövcud: %2)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::AttributeTablePanel</name>
    <message>
        <source>Layer</source>
        <translation>Lay</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Sətirləri filtrlə…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Sətirləri filtrlə</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Seçimə yaxınlaşdır</translation>
    </message>
    <message>
        <source>Zoom the map to the selected rows</source>
        <translation>Xəritəni seçilmiş sətirlərə yaxınlaşdır</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Seçimi təmizlə</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Lay:</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Atribut cədvəli</translation>
    </message>
    <message>
        <source>No layer</source>
        <translation>Lay yoxdur</translation>
    </message>
    <message>
        <source>%1 of %2 features shown, %3 selected%4</source>
        <translation>%2 obyektdən %1 göstərilir, %3 seçilib%4</translation>
    </message>
    <message>
        <source> — sorting…</source>
        <translation> — sıralanır…</translation>
    </message>
</context>
<context>
    <name>corridor::ui::BookmarkPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation>Əlfəcinlər</translation>
    </message>
    <message>
        <source>Add current view</source>
        <translation>Cari görünüşü əlavə et</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Store the current map view as a bookmark (Ctrl+D)</source>
        <translation>Cari xəritə görünüşünü əlfəcin kimi saxla (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CategorisedPage</name>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Sahə:</translation>
    </message>
    <message>
        <source>Field to categorise by</source>
        <translation>Kateqoriyalara bölmək üçün sahə</translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation>&amp;Təsnif et</translation>
    </message>
    <message>
        <source>One category per value of the field (at most %1)</source>
        <translation>Sahənin hər dəyəri üçün bir kateqoriya (ən çoxu %1)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kateqoriyalar</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Rəng:</translation>
    </message>
    <message>
        <source>The colour of the selected categories (a category drawn with an icon becomes a coloured marker)</source>
        <translation>Seçilmiş kateqoriyaların rəngi (ikonla çəkilən kateqoriya rəngli markerə çevrilir)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Əlavə et</translation>
    </message>
    <message>
        <source>Add a category and type its value</source>
        <translation>Kateqoriya əlavə edin və onun dəyərini daxil edin</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Si&amp;l</translation>
    </message>
    <message>
        <source>Delete the selected categories (Del)</source>
        <translation>Seçilmiş kateqoriyaları sil (Del)</translation>
    </message>
    <message>
        <source>Delete A&amp;ll</source>
        <translation>&amp;Hamısını sil</translation>
    </message>
    <message>
        <source>Choose a field first.</source>
        <translation>Əvvəlcə sahə seçin.</translation>
    </message>
    <message>
        <source>The field “%1” has no values in this layer.</source>
        <translation>“%1” sahəsinin bu layda dəyəri yoxdur.</translation>
    </message>
    <message>
        <source>The field “%1” has %2 different values: only the first %3 are listed; the others are drawn as “other values” (Base symbol page).</source>
        <translation>“%1” sahəsinin %2 müxtəlif dəyəri var: siyahıda yalnız ilk %3 dəyər göstərilir; qalanları “digər dəyərlər” kimi çəkilir (“Əsas simvol” səhifəsi).</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CategoryModel</name>
    <message>
        <source>Drawn; colour %1</source>
        <translation>Çəkilir; rəng %1</translation>
    </message>
    <message>
        <source>Hidden; colour %1</source>
        <translation>Gizlidir; rəng %1</translation>
    </message>
    <message>
        <source>Label the features of this category</source>
        <translation>Bu kateqoriyanın obyektlərini etiketlə</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Simvol</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Şərti işarələr</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiketlər</translation>
    </message>
    <message>
        <source>Tick to draw the category; double-click (or the colour button) to change its colour</source>
        <translation>Kateqoriyanı çəkmək üçün işarələyin; rəngini dəyişmək üçün iki dəfə klikləyin (və ya rəng düyməsini basın)</translation>
    </message>
    <message>
        <source>The field value the category matches</source>
        <translation>Kateqoriyanın uyğun gəldiyi sahə dəyəri</translation>
    </message>
    <message>
        <source>The text in the legend</source>
        <translation>Şərti işarələrdəki mətn</translation>
    </message>
    <message>
        <source>Tick to label the features of the category</source>
        <translation>Kateqoriyanın obyektlərini etiketləmək üçün işarələyin</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ClassModel</name>
    <message>
        <source>Colour %1</source>
        <translation>Rəng %1</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Simvol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aşağı hədd</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Yuxarı hədd</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Şərti işarələr</translation>
    </message>
    <message>
        <source>Lower bound (included)</source>
        <translation>Aşağı hədd (daxildir)</translation>
    </message>
    <message>
        <source>Upper bound (excluded; the last class includes the maximum)</source>
        <translation>Yuxarı hədd (daxil deyil; sonuncu sinfə maksimum da daxildir)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ColorButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Rəng seçin</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ExportDialog</name>
    <message>
        <source>Nothing to draw: the map has no layers.</source>
        <translation>Çəkiləcək heç nə yoxdur: xəritədə lay yoxdur.</translation>
    </message>
    <message>
        <source>The preview has no room.</source>
        <translation>Önbaxış üçün yer yoxdur.</translation>
    </message>
    <message>
        <source>Not enough memory for the preview.</source>
        <translation>Önbaxış üçün yaddaş çatmır.</translation>
    </message>
    <message>
        <source>The preview failed.</source>
        <translation>Önbaxış alınmadı.</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>yazmaq mümkün deyil: %1</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>gözlənilməz xəta</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Xəritəni ixrac et</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlıq:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Alt başlıq:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yoxdur</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Səhifə</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kağız:</translation>
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
        <translation>Letter (8,5 × 11 düym)</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Piksel ölçüsü</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Ö&amp;lçü:</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>En (piksel)</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Hündürlük (piksel)</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>İsti&amp;qamət:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Albom</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Kitab</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Ayır&amp;detmə:</translation>
    </message>
    <message>
        <source>Pixels per inch of a PNG on paper; PDF and SVG are vector and need none.</source>
        <translation>Kağız ölçüsündə PNG üçün düym başına piksel sayı; PDF və SVG vektor formatlarıdır, onlara lazım deyil.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Xəritə</translation>
    </message>
    <message>
        <source>Map e&amp;xtent:</source>
        <translation>Xəritənin &amp;hüdudları:</translation>
    </message>
    <message>
        <source>Current map view</source>
        <translation>Cari xəritə görünüşü</translation>
    </message>
    <message>
        <source>Full corridor</source>
        <translation>Bütün dəhliz</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Şərti işarələr</translation>
    </message>
    <message>
        <source>&amp;Scale bar</source>
        <translation>&amp;Miqyas xətti</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>Şimal &amp;oxu</translation>
    </message>
    <message>
        <source>&amp;Inset locator</source>
        <translation>Kiçik mövqe &amp;xəritəsi</translation>
    </message>
    <message>
        <source>&amp;Graticule</source>
        <translation>Koordinat &amp;toru</translation>
    </message>
    <message>
        <source>Draw model flo&amp;ws</source>
        <translation>Model axınlarını &amp;çək</translation>
    </message>
    <message>
        <source>The flows the map shows (scenario, difference, outages), with their legend.</source>
        <translation>Xəritədə göstərilən axınlar (ssenari, fərq, sıradan çıxmalar) və onların şərti işarələri.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Çıxış</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Çıxış &amp;faylı:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözdən keçir…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önbaxış</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Səhifənin önbaxışı</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Çəkilir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>İxrac &amp;et</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Azerbaijan–Serbia energy corridor</source>
        <translation>Azərbaycan–Serbiya enerji dəhlizi</translation>
    </message>
    <message>
        <source>Gas, oil, power and air links · %1</source>
        <translation>Qaz, neft, elektrik və hava əlaqələri · %1</translation>
    </message>
    <message>
        <source>Change in modelled flows: scenario &quot;%1&quot; minus reference &quot;%2&quot; · %3</source>
        <translation>Modelləşdirilmiş axınlarda dəyişiklik: &quot;%1&quot; ssenarisi − &quot;%2&quot; istinad ssenarisi · %3</translation>
    </message>
    <message>
        <source>Change in modelled flows · %1</source>
        <translation>Modelləşdirilmiş axınlarda dəyişiklik · %1</translation>
    </message>
    <message>
        <source>Modelled flows, scenario &quot;%1&quot; · %2</source>
        <translation>Modelləşdirilmiş axınlar, &quot;%1&quot; ssenarisi · %2</translation>
    </message>
    <message>
        <source>Modelled flows · %1</source>
        <translation>Modelləşdirilmiş axınlar · %1</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .svg or .png.</source>
        <translation>Adı .pdf, .svg və ya .png ilə bitən fayl seçin.</translation>
    </message>
    <message>
        <source>Unknown: the file name must end in .pdf, .svg or .png.</source>
        <translation>Naməlum: fayl adı .pdf, .svg və ya .png ilə bitməlidir.</translation>
    </message>
    <message>
        <source>PDF (vector, text as text)</source>
        <translation>PDF (vektor, mətn mətn olaraq qalır)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (vektor)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG təsviri</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 piksel</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels</source>
        <translation>%1 · %2 × %3 piksel</translation>
    </message>
    <message>
        <source>PDF (vector) (*.pdf);;SVG (vector) (*.svg);;PNG image (*.png)</source>
        <translation>PDF (vektor) (*.pdf);;SVG (vektor) (*.svg);;PNG təsviri (*.png)</translation>
    </message>
    <message>
        <source>Choose an output file (.pdf, .svg or .png).</source>
        <translation>Çıxış faylını seçin (.pdf, .svg və ya .png).</translation>
    </message>
    <message>
        <source>Could not export “%1”:
%2</source>
        <translation>“%1” ixrac edilə bilmədi:
%2</translation>
    </message>
    <message>
        <source>unsupported format “%1” (use .pdf, .svg or .png)</source>
        <translation>dəstəklənməyən format “%1” (.pdf, .svg və ya .png istifadə edin)</translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation>bu, qovluqdur</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>%1 qovluğu mövcud deyil</translation>
    </message>
    <message>
        <source>nothing to draw: the map has no layers</source>
        <translation>çəkiləcək heç nə yoxdur: xəritədə lay yoxdur</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 ixrac edilir…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1, but the legend does not fit the page: %n entry(ies) left out (use a larger page, or turn the legend off).</source>
        <translation>
            <numerusform>%1 ixrac edildi, lakin şərti işarələr səhifəyə sığmır: %n element buraxıldı (daha böyük səhifə seçin və ya şərti işarələri söndürün).</numerusform>
            <numerusform>%1 ixrac edildi, lakin şərti işarələr səhifəyə sığmır: %n element buraxıldı (daha böyük səhifə seçin və ya şərti işarələri söndürün).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export of %1 cancelled.</source>
        <translation>%1 faylının ixracı ləğv edildi.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::GraduatedPage</name>
    <message>
        <source>Oranges</source>
        <translation>Narıncı çalarlar</translation>
    </message>
    <message>
        <source>Blues</source>
        <translation>Göy çalarlar</translation>
    </message>
    <message>
        <source>Greens</source>
        <translation>Yaşıl çalarlar</translation>
    </message>
    <message>
        <source>Reds</source>
        <translation>Qırmızı çalarlar</translation>
    </message>
    <message>
        <source>Purples</source>
        <translation>Bənövşəyi çalarlar</translation>
    </message>
    <message>
        <source>Yellow-orange-red</source>
        <translation>Sarı-narıncı-qırmızı</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>Bərabər interval</translation>
    </message>
    <message>
        <source>Quantile (equal count)</source>
        <translation>Kvantil (bərabər say)</translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation>&amp;Təsnif et</translation>
    </message>
    <message>
        <source>New classes from the field&apos;s values</source>
        <translation>Sahənin dəyərlərindən yeni siniflər</translation>
    </message>
    <message>
        <source>&amp;Number of classes:</source>
        <translation>Siniflərin sa&amp;yı:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Sahə:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metod:</translation>
    </message>
    <message>
        <source>Colour &amp;ramp:</source>
        <translation>Rəng &amp;şkalası:</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Siniflər</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Rəng:</translation>
    </message>
    <message>
        <source>The colour of the selected classes</source>
        <translation>Seçilmiş siniflərin rəngi</translation>
    </message>
    <message>
        <source>The layer has no numeric field.</source>
        <translation>Layda ədədi sahə yoxdur.</translation>
    </message>
    <message>
        <source>Choose a field first.</source>
        <translation>Əvvəlcə sahə seçin.</translation>
    </message>
    <message>
        <source>The field “%1” has no numeric values in this layer.</source>
        <translation>“%1” sahəsinin bu layda ədədi dəyəri yoxdur.</translation>
    </message>
    <message>
        <source>All values of “%1” are equal: one class.</source>
        <translation>“%1” sahəsinin bütün dəyərləri eynidir: bir sinif.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::IdentifyPanel</name>
    <message>
        <source>Click a feature on the map with the Identify tool (I).</source>
        <translation>Müəyyənləşdirmə aləti (I) ilə xəritədə obyektin üzərinə klikləyin.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <source>Identify results</source>
        <translation>Müəyyənləşdirmə nəticələri</translation>
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
        <translation>Model axını</translation>
    </message>
    <message>
        <source>No feature under the cursor.</source>
        <translation>Kursorun altında obyekt yoxdur.</translation>
    </message>
    <message>
        <source>A model flow under the cursor.</source>
        <translation>Kursorun altında model axını var.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) under the cursor, topmost layer first.</source>
        <translation>
            <numerusform>Kursorun altında %n obyekt, ən üst lay birinci.</numerusform>
            <numerusform>Kursorun altında %n obyekt, ən üst lay birinci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature id</source>
        <translation>Obyekt ID-si</translation>
    </message>
</context>
<context>
    <name>corridor::ui::LabelsPage</name>
    <message>
        <source>&amp;Label features</source>
        <translation>Obyektləri &amp;etiketlə</translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>Etiket mətni</translation>
    </message>
    <message>
        <source>A field, or a template with fields in braces such as {name} ({iata})</source>
        <translation>Sahə və ya sahələri fiqurlu mötərizədə göstərən şablon, məsələn, {name} ({iata})</translation>
    </message>
    <message>
        <source>A field, or a template such as &lt;tt&gt;{name} ({iata})&lt;/tt&gt;</source>
        <translation>Sahə və ya şablon, məsələn, &lt;tt&gt;{name} ({iata})&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>S&amp;horten long names (cut at “ (”, “;”, “ – ”)</source>
        <translation>Uzun adları qı&amp;salt (“ (”, “;”, “ – ” yerində kəs)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Qalın</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>Hal&amp;o</source>
        <translation>&amp;Haşiyə</translation>
    </message>
    <message>
        <source>A light outline around the text, for legibility over lines and fills</source>
        <translation>Mətnin ətrafında açıq rəngli kontur: xətlərin və doldurmaların üzərində oxunaqlılıq üçün</translation>
    </message>
    <message>
        <source>Halo width</source>
        <translation>Haşiyənin qalınlığı</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Mətn:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Şrift ö&amp;lçüsü:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Rəng:</translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation>Kontur:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Nümunə:</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiketlər</translation>
    </message>
    <message>
        <source>(no such field)</source>
        <translation>(belə sahə yoxdur)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::LayerTreeModel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n feature(s)&lt;br&gt;CRS: %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n obyekt&lt;br&gt;KİS: %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n obyekt&lt;br&gt;KİS: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Source: %1</source>
        <translation>&lt;br&gt;Mənbə: %1</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>görünür</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>gizli</translation>
    </message>
</context>
<context>
    <name>corridor::ui::LinkTableModel</name>
    <message>
        <source>Capacity from %1 to %2; double-click or press F2 to edit</source>
        <translation>%1 → %2 ötürmə qabiliyyəti; redaktə etmək üçün iki dəfə klikləyin və ya F2 düyməsini basın</translation>
    </message>
    <message>
        <source>On the minimum cut: more capacity here would serve more demand</source>
        <translation>Minimal kəsikdədir: burada ötürmə qabiliyyətinin artırılması daha çox tələbatı ödəyərdi</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>istismardan kənar</translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation>darboğaz</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>tam yüklü</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Xətt</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Haradan → haraya</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Ötürmə qabiliyyəti</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Axın</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Yüklənmə</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Məhdudiyyət</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MainWindow</name>
    <message>
        <source>saved layer styles and bookmarks could not be read: %1</source>
        <translation>saxlanmış lay üslubları və əlfəcinlər oxuna bilmədi: %1</translation>
    </message>
    <message>
        <source>the saved map CRS is not usable (%1); using ETRS89-LAEA</source>
        <translation>saxlanmış xəritə KİS-i yararsızdır (%1); ETRS89-LAEA istifadə olunur</translation>
    </message>
    <message>
        <source>layer “%1” from %2 was not loaded: %3</source>
        <translation>%2 faylından “%1” layı yüklənmədi: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ləğv edildi</translation>
    </message>
    <message>
        <source>layer “%1” cannot be shown in %2: %3</source>
        <translation>“%1” layı %2 sistemində göstərilə bilməz: %3</translation>
    </message>
    <message>
        <source>Could not add “%1”:
%2</source>
        <translation>“%1” əlavə edilə bilmədi:
%2</translation>
    </message>
    <message>
        <source>Adding “%1” was cancelled.</source>
        <translation>“%1” faylının əlavə edilməsi ləğv edildi.</translation>
    </message>
    <message>
        <source>Could not add “%1”, layer “%2”:
%3</source>
        <translation>“%1” faylının “%2” layı əlavə edilə bilmədi:
%3</translation>
    </message>
    <message>
        <source>Could not add “%1”: layer “%2” cannot be shown in %3:
%4</source>
        <translation>“%1” əlavə edilə bilmədi: “%2” layı %3 sistemində göstərilə bilməz:
%4</translation>
    </message>
    <message>
        <source>Could not add “%1”:
the file has no layers with geometry.</source>
        <translation>“%1” əlavə edilə bilmədi:
faylda həndəsəsi olan lay yoxdur.</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.kmz *.gml *.csv *.topojson *.sqlite *.gpx *.tab *.mif);;All files (*)</source>
        <translation>Vektor verilənləri (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.kmz *.gml *.csv *.topojson *.sqlite *.gpx *.tab *.mif);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>the network model could not be read: %1</source>
        <translation>şəbəkə modeli oxuna bilmədi: %1</translation>
    </message>
    <message>
        <source>Drawing failed: %1</source>
        <translation>Xəritəni çəkmək alınmadı: %1</translation>
    </message>
    <message>
        <source>%1 features · %2 ms</source>
        <translation>%1 obyekt · %2 ms</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Layihəni &amp;aç…</translation>
    </message>
    <message>
        <source>Open a project (GeoPackage or any vector file)</source>
        <translation>Layihəni aç (GeoPackage və ya istənilən vektor faylı)</translation>
    </message>
    <message>
        <source>&amp;Add Vector Data…</source>
        <translation>Vektor &amp;verilənləri əlavə et…</translation>
    </message>
    <message>
        <source>Add the layers of any vector file GDAL reads</source>
        <translation>GDAL-ın oxuduğu istənilən vektor faylının laylarını əlavə et</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>Layihəni sa&amp;xla</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Layihəni &amp;fərqli saxla…</translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation>Xəritəni &amp;ixrac et…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıxış</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tən&amp;zimləmələr…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Yaxınlaşdır</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uzaqlaşdır</translation>
    </message>
    <message>
        <source>&amp;Full Extent</source>
        <translation>&amp;Tam hüdudlar</translation>
    </message>
    <message>
        <source>Show the whole corridor (Home on the map)</source>
        <translation>Bütün dəhlizi göstər (xəritədə Home düyməsi)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>&amp;Laya yaxınlaşdır</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>&amp;Seçimə yaxınlaşdır</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>&amp;Əvvəlki görünüş</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>&amp;Növbəti görünüş</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Yen&amp;ilə</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Sürüşdür</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>&amp;Müəyyənləşdir</translation>
    </message>
    <message>
        <source>&amp;Measure Distance</source>
        <translation>Məsa&amp;fəni ölç</translation>
    </message>
    <message>
        <source>Measure &amp;Area</source>
        <translation>Sa&amp;həni ölç</translation>
    </message>
    <message>
        <source>Identify at Map &amp;Centre</source>
        <translation>Xəritə mər&amp;kəzində müəyyənləşdir</translation>
    </message>
    <message>
        <source>Identify what is under the centre of the map (keyboard use)</source>
        <translation>Xəritənin mərkəzində olanı müəyyənləşdir (klaviatura ilə istifadə üçün)</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Seçimi təmizlə</translation>
    </message>
    <message>
        <source>New &amp;Bookmark…</source>
        <translation>Yeni &amp;əlfəcin…</translation>
    </message>
    <message>
        <source>&amp;Find Feature…</source>
        <translation>&amp;Obyekt tap…</translation>
    </message>
    <message>
        <source>Layer &amp;Style…</source>
        <translation>Lay &amp;üslubu…</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>&amp;Atribut cədvəlini aç</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>Layı &amp;sil</translation>
    </message>
    <message>
        <source>Move Layer &amp;Up</source>
        <translation>Layı &amp;yuxarı qaldır</translation>
    </message>
    <message>
        <source>Move Layer &amp;Down</source>
        <translation>Layı aşağı &amp;endir</translation>
    </message>
    <message>
        <source>Go to &amp;Map</source>
        <translation>Xə&amp;ritəyə keç</translation>
    </message>
    <message>
        <source>Go to &amp;Layers</source>
        <translation>Laylar&amp;a keç</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>Show &amp;Flows</source>
        <translation>A&amp;xınları göstər</translation>
    </message>
    <message>
        <source>Draw the model&apos;s flows on the map: width by flow, colour by utilisation</source>
        <translation>Modelin axınlarını xəritədə çək: qalınlıq axına görə, rəng yüklənməyə görə</translation>
    </message>
    <message>
        <source>&amp;About Corridor Atlas</source>
        <translation>Corridor Atlas &amp;haqqında</translation>
    </message>
    <message>
        <source>About Corridor Atlas</source>
        <translation>Corridor Atlas haqqında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Corridor Atlas %1&lt;/h3&gt;&lt;p&gt;A desktop GIS for the energy corridor from Azerbaijan to Serbia and on into Central and Southern Europe.&lt;/p&gt;&lt;p&gt;Qt %2 · GDAL · PROJ · GEOS · SQLite&lt;/p&gt;&lt;p&gt;Countries: Made with Natural Earth. Corridor facts: see the &lt;i&gt;sources&lt;/i&gt; table of the project.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Corridor Atlas %1&lt;/h3&gt;&lt;p&gt;Azərbaycandan Serbiyaya və oradan da Mərkəzi və Cənubi Avropaya uzanan enerji dəhlizi üçün masaüstü CİS.&lt;/p&gt;&lt;p&gt;Qt %2 · GDAL · PROJ · GEOS · SQLite&lt;/p&gt;&lt;p&gt;Ölkələr: Natural Earth ilə hazırlanıb. Dəhliz haqqında faktlar: layihənin &lt;i&gt;sources&lt;/i&gt; cədvəlinə baxın.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Laylar</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Qeyri-şəffaflıq:</translation>
    </message>
    <message>
        <source>Layer opacity</source>
        <translation>Layın qeyri-şəffaflığı</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Əlfəcinlər</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>Müəyyənləşdirmə nəticələri</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ölçmə</translation>
    </message>
    <message>
        <source>Attribute Table</source>
        <translation>Atribut cədvəli</translation>
    </message>
    <message>
        <source>Network Model</source>
        <translation>Şəbəkə modeli</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son açılanlar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Düzəliş</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>Map &amp;CRS</source>
        <translation>Xəritə &amp;KİS-i</translation>
    </message>
    <message>
        <source>ETRS89 / LAEA Europe (EPSG:3035)</source>
        <translation>ETRS89 / LAEA Avropa (EPSG:3035)</translation>
    </message>
    <message>
        <source>Web Mercator (EPSG:3857)</source>
        <translation>Web Merkator (EPSG:3857)</translation>
    </message>
    <message>
        <source>WGS 84 longitude/latitude (EPSG:4326)</source>
        <translation>WGS 84 uzunluq/enlik (EPSG:4326)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Fərdi…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Mövzu</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tünd</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panellər</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Lay</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Alətlər</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Layihə</translation>
    </message>
    <message>
        <source>Map Navigation</source>
        <translation>Xəritə naviqasiyası</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <source>Find a feature: TANAP, Niš, BEG… (Ctrl+F)</source>
        <translation>Obyekt tapın: TANAP, Niş, BEG… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a feature by name</source>
        <translation>Obyekti ada görə tap</translation>
    </message>
    <message>
        <source>Map scale at the centre of the view</source>
        <translation>Görünüşün mərkəzində xəritənin miqyası</translation>
    </message>
    <message>
        <source>Map coordinate reference system</source>
        <translation>Xəritənin koordinat istinad sistemi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <source>%1
%2 of %3 features</source>
        <translation>%1
%3 obyektdən %2</translation>
    </message>
    <message>
        <source>%1
%2 features</source>
        <translation>%1
%2 obyekt</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 açılır…</translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled.</source>
        <translation>“%1” faylının açılması ləğv edildi.</translation>
    </message>
    <message>
        <source>Could not open “%1”:
%2</source>
        <translation>“%1” açıla bilmədi:
%2</translation>
    </message>
    <message>
        <source>Could not save “%1”:
%2</source>
        <translation>“%1” saxlanıla bilmədi:
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saxlanıldı: %1</translation>
    </message>
    <message>
        <source>cannot copy the project to this place</source>
        <translation>layihəni bu yerə köçürmək mümkün deyil</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>faylı əvəz etmək mümkün deyil</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 əlavə edilir…</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>%n fayl əlavə edilir…</numerusform>
            <numerusform>%n fayl əlavə edilir…</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer “%1” cannot be shown in %2:
%3</source>
        <translation>“%1” layı %2 sistemində göstərilə bilməz:
%3</translation>
    </message>
    <message>
        <source>Re-projecting to %1…</source>
        <translation>%1 sisteminə yenidən proyeksiyalanır…</translation>
    </message>
    <message>
        <source>layer “%1”: %2</source>
        <translation>“%1” layı: %2</translation>
    </message>
    <message>
        <source>The map cannot be shown in %1:
%2</source>
        <translation>Xəritə %1 sistemində göstərilə bilməz:
%2</translation>
    </message>
    <message>
        <source>Custom map CRS</source>
        <translation>Fərdi xəritə KİS-i</translation>
    </message>
    <message>
        <source>EPSG code (e.g. EPSG:32638), PROJ string (+proj=…), WKT or a CRS name:</source>
        <translation>EPSG kodu (məs. EPSG:32638), PROJ sətri (+proj=…), WKT və ya KİS adı:</translation>
    </message>
    <message>
        <source>“%1” is not a CRS PROJ knows:
%2</source>
        <translation>“%1” PROJ-un tanıdığı KİS deyil:
%2</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Xətt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Ssenari</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Axın</translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Ötürmə qabiliyyəti</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Yüklənmə</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Məhdudiyyət</translation>
    </message>
    <message>
        <source>bottleneck (on the minimum cut)</source>
        <translation>darboğaz (minimal kəsikdə)</translation>
    </message>
    <message>
        <source>binding (at capacity)</source>
        <translation>tam yüklü (ötürmə qabiliyyəti həddində)</translation>
    </message>
    <message>
        <source>Δ flow vs %1</source>
        <translation>Δ axın (%1 ilə müqayisədə)</translation>
    </message>
    <message>
        <source>No feature matches “%1”.</source>
        <translation>“%1” ilə uyğun gələn obyekt yoxdur.</translation>
    </message>
    <message>
        <source>Found: %1 (%2)</source>
        <translation>Tapıldı: %1 (%2)</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Görünüş %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Adını dəyiş</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Layihəni aç</translation>
    </message>
    <message>
        <source>GeoPackage projects (*.gpkg);;</source>
        <translation>GeoPackage layihələri (*.gpkg);;</translation>
    </message>
    <message>
        <source>Add Vector Data</source>
        <translation>Vektor verilənləri əlavə et</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Layihəni fərqli saxla</translation>
    </message>
    <message>
        <source>GeoPackage projects (*.gpkg)</source>
        <translation>GeoPackage layihələri (*.gpkg)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>İxrac edildi: %1</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Layihə yoxdur</translation>
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
        <translation>KİS yoxdur</translation>
    </message>
    <message>
        <source>Corridor Atlas</source>
        <translation>Corridor Atlas</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Saxlanmamış dəyişikliklər</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Saxlamaq alınmadı: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Geri al: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Təkrarla: %1</translation>
    </message>
    <message>
        <source>Save the changes to the layers, styles, bookmarks and network model of “%1”?</source>
        <translation>“%1” layihəsinin laylarına, üslublarına, əlfəcinlərinə və şəbəkə modelinə edilən dəyişikliklər saxlanılsın?</translation>
    </message>
    <message>
        <source>Adding data was cancelled.</source>
        <translation>Verilənlərin əlavə edilməsi ləğv edildi.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Xəritə</translation>
    </message>
    <message>
        <source>Δ flow (blue more, red less)</source>
        <translation>Δ axın (göy — çox, qırmızı — az)</translation>
    </message>
    <message>
        <source>Flow (colour: utilisation)</source>
        <translation>Axın (rəng: yüklənmə)</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>yüklənmə</translation>
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
        <translation>Məsafə (sınıq xətt)</translation>
    </message>
    <message>
        <source>Area (polygon)</source>
        <translation>Sahə (poliqon)</translation>
    </message>
    <message>
        <source>Measure mode</source>
        <translation>Ölçmə rejimi</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
    <message>
        <source>Click points on the map (snaps to facilities and airports; Shift: no snapping). Double-click or Enter finishes, Backspace undoes, Esc clears. Ellipsoidal (WGS 84) geodesics.</source>
        <translation>Xəritədə nöqtələrin üzərinə klikləyin (qurğulara və hava limanlarına yapışır; Shift: yapışmadan). İki dəfə klik və ya Enter bitirir, Backspace sonuncunu geri alır, Esc təmizləyir. Ellipsoidal (WGS 84) geodeziya xətləri.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Seqment</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>Uzunluq (km)</translation>
    </message>
    <message>
        <source>Segment lengths</source>
        <translation>Seqmentlərin uzunluqları</translation>
    </message>
    <message>
        <source>%1 → 1 (closing)</source>
        <translation>%1 → 1 (qapanan)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Hələ heç nə ölçülməyib.</translation>
    </message>
    <message>
        <source>Area: %1 km² · perimeter: %2 km</source>
        <translation>Sahə: %1 km² · perimetr: %2 km</translation>
    </message>
    <message>
        <source>Total: %1 km</source>
        <translation>Cəmi: %1 km</translation>
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
        <translation>Bu layihədə şəbəkə modeli yoxdur.

Model (GeoPackage faylının model_nodes, model_links, model_scenarios cədvəllərindəki qovşaqlar, xətlər və ssenarilər) ötürmə qabiliyyətlərini və tələbatları redaktə etməyə və nəticədə yaranan axınları xəritədə görməyə imkan verir. Proqramla gələn dəhliz layihəsində belə model var.</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Ssenari:</translation>
    </message>
    <message>
        <source>The scenario shown on the map and edited in the tables</source>
        <translation>Xəritədə göstərilən və cədvəllərdə redaktə edilən ssenari</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Surətini çıxar…</translation>
    </message>
    <message>
        <source>Copy the current scenario under a new name</source>
        <translation>Cari ssenarini yeni adla köçür</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Adını dəyiş…</translation>
    </message>
    <message>
        <source>Rename the current scenario</source>
        <translation>Cari ssenarinin adını dəyiş</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete the current scenario</source>
        <translation>Cari ssenarini sil</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Vahidlər:</translation>
    </message>
    <message>
        <source>Units of gas figures (power is always in MW)</source>
        <translation>Qaz göstəricilərinin vahidləri (elektrik həmişə MW ilə)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Xətlər</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Qovşaqlar</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionlar</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Fərq</translation>
    </message>
    <message>
        <source>N-1</source>
        <translation>N-1</translation>
    </message>
    <message>
        <source>Capacities and flows of pipelines and power links; edit a capacity to re-solve</source>
        <translation>Boru kəmərlərinin və elektrik xətlərinin ötürmə qabiliyyətləri və axınları; yenidən həll etmək üçün ötürmə qabiliyyətini redaktə edin</translation>
    </message>
    <message>
        <source>Supply, demand and what is served; edit supply or demand to re-solve</source>
        <translation>Təchizat, tələbat və ödənilən həcm; yenidən həll etmək üçün təchizatı və ya tələbatı redaktə edin</translation>
    </message>
    <message>
        <source>Gas into Central and Southern Europe by country and origin</source>
        <translation>Mərkəzi və Cənubi Avropaya daxil olan qaz: ölkələr və mənşə üzrə</translation>
    </message>
    <message>
        <source>Flows of another scenario compared with this one</source>
        <translation>Başqa ssenarinin axınları bu ssenari ilə müqayisədə</translation>
    </message>
    <message>
        <source>Each link out of service in turn, ranked by the demand it cuts</source>
        <translation>Hər xətt növbə ilə istismardan çıxarılır; kəsdiyi tələbata görə sıralanır</translation>
    </message>
    <message>
        <source>Links of the network model</source>
        <translation>Şəbəkə modelinin xətləri</translation>
    </message>
    <message>
        <source>Nodes of the network model</source>
        <translation>Şəbəkə modelinin qovşaqları</translation>
    </message>
    <message>
        <source>Regional summary</source>
        <translation>Regional xülasə</translation>
    </message>
    <message>
        <source>Flow differences between scenarios</source>
        <translation>Ssenarilər arasında axın fərqləri</translation>
    </message>
    <message>
        <source>Single-outage ranking</source>
        <translation>Tək sıradan çıxmaların sıralaması</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Müqayisə et:</translation>
    </message>
    <message>
        <source>Δflow = that scenario&apos;s flow minus this scenario&apos;s flow</source>
        <translation>Δaxın = o ssenarinin axını − bu ssenarinin axını</translation>
    </message>
    <message>
        <source>Show Δ on the &amp;map</source>
        <translation>Δ fərqini &amp;xəritədə göstər</translation>
    </message>
    <message>
        <source>Draw the flow differences instead of the flows: blue more, red less</source>
        <translation>Axınların əvəzinə axın fərqlərini çək: göy — çox, qırmızı — az</translation>
    </message>
    <message>
        <source>&amp;Run N-1</source>
        <translation>N-1 təhlilini &amp;başlat</translation>
    </message>
    <message>
        <source>Solve once per link with that link out of service</source>
        <translation>Hər xətt üçün, həmin xətt istismardan kənar olmaqla, bir dəfə həll et</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <source>Runs in the background; click a row to show the link on the map.</source>
        <translation>Arxa planda işləyir; xətti xəritədə göstərmək üçün sətrin üzərinə klikləyin.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <source>The scenario “%1” could not be solved: %2</source>
        <translation>“%1” ssenarisi həll edilə bilmədi: %2</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>Həll edilir…</translation>
    </message>
    <message>
        <source>%1 served of %2 demanded</source>
        <translation>%2 tələbatdan %1 ödənilib</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n bottleneck(s) · solved in %2 ms</source>
        <translation>
            <numerusform>%1 · %n darboğaz · %2 ms ərzində həll edildi</numerusform>
            <numerusform>%1 · %n darboğaz · %2 ms ərzində həll edildi</numerusform>
        </translation>
    </message>
    <message>
        <source>Region / country</source>
        <translation>Region / ölkə</translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation>Daxil olan</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Tələbat</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Ödənilən</translation>
    </message>
    <message>
        <source>Unserved</source>
        <translation>Ödənilməyən</translation>
    </message>
    <message>
        <source>From Azerbaijan</source>
        <translation>Azərbaycandan</translation>
    </message>
    <message>
        <source>Other origins</source>
        <translation>Digər mənşələr</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Xətt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Flow here</source>
        <translation>Bu ssenaridə axın</translation>
    </message>
    <message>
        <source>Flow there</source>
        <translation>O ssenaridə axın</translation>
    </message>
    <message>
        <source>Flow in %1</source>
        <translation>%1 ssenarisində axın</translation>
    </message>
    <message>
        <source>Δ flow</source>
        <translation>Δ axın</translation>
    </message>
    <message>
        <source>Choose a scenario to compare with.</source>
        <translation>Müqayisə üçün ssenari seçin.</translation>
    </message>
    <message>
        <source>“%1” could not be solved: %2</source>
        <translation>“%1” həll edilə bilmədi: %2</translation>
    </message>
    <message>
        <source>Δ = flow in “%1” minus flow in “%2”, largest changes first.</source>
        <translation>Δ = “%1” ssenarisindəki axın − “%2” ssenarisindəki axın; ən böyük dəyişikliklər birinci.</translation>
    </message>
    <message numerus="yes">
        <source>Solving with each of %n link(s) out of service…</source>
        <translation>
            <numerusform>%n xəttin hər biri növbə ilə istismardan kənar olmaqla həll edilir…</numerusform>
            <numerusform>%n xəttin hər biri növbə ilə istismardan kənar olmaqla həll edilir…</numerusform>
        </translation>
    </message>
    <message>
        <source>The N-1 analysis failed: %1</source>
        <translation>N-1 təhlili alınmadı: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ləğv edildi.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <source>Link out of service</source>
        <translation>İstismardan kənar xətt</translation>
    </message>
    <message>
        <source>Demand lost</source>
        <translation>İtirilən tələbat</translation>
    </message>
    <message>
        <source>Unserved in total</source>
        <translation>Cəmi ödənilməyən</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Xərc dəyişikliyi</translation>
    </message>
    <message numerus="yes">
        <source>Scenario “%1”: %n outage(s), ranked by the demand they cut. Click a row to show the link.</source>
        <translation>
            <numerusform>“%1” ssenarisi: %n sıradan çıxma, kəsdikləri tələbata görə sıralanıb. Xətti göstərmək üçün sətrin üzərinə klikləyin.</numerusform>
            <numerusform>“%1” ssenarisi: %n sıradan çıxma, kəsdikləri tələbata görə sıralanıb. Xətti göstərmək üçün sətrin üzərinə klikləyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Ssenarinin adı olmalıdır.</translation>
    </message>
    <message>
        <source>There is already a scenario called “%1”.</source>
        <translation>“%1” adlı ssenari artıq mövcuddur.</translation>
    </message>
    <message>
        <source>The scenario was not copied: %1</source>
        <translation>Ssenari köçürülmədi: %1</translation>
    </message>
    <message>
        <source>The scenario was not renamed: %1</source>
        <translation>Ssenarinin adı dəyişdirilmədi: %1</translation>
    </message>
    <message>
        <source>The last scenario cannot be deleted.</source>
        <translation>Sonuncu ssenarini silmək olmaz.</translation>
    </message>
    <message>
        <source>The scenario was not deleted: %1</source>
        <translation>Ssenari silinmədi: %1</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>Ssenarinin surətini çıxar</translation>
    </message>
    <message>
        <source>Name of the copy of “%1”:</source>
        <translation>“%1” surətinin adı:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (surət)</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Ssenarinin adını dəyiş</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>“%1” üçün yeni ad:</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Ssenarini sil</translation>
    </message>
    <message>
        <source>Delete the scenario “%1”? You can undo this with Edit ▸ Undo.</source>
        <translation>“%1” ssenarisi silinsin? Bunu Düzəliş ▸ Geri al ilə geri qaytara bilərsiniz.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ModelSession</name>
    <message>
        <source>the project has no network model</source>
        <translation>layihədə şəbəkə modeli yoxdur</translation>
    </message>
    <message>
        <source>the value must be a finite number</source>
        <translation>dəyər sonlu ədəd olmalıdır</translation>
    </message>
    <message>
        <source>the value must not be negative</source>
        <translation>dəyər mənfi olmamalıdır</translation>
    </message>
    <message>
        <source>no such item: %1</source>
        <translation>belə element yoxdur: %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%2 üçün %1 dəyərinin təyini</translation>
    </message>
    <message>
        <source>Duplicate scenario %1</source>
        <translation>%1 ssenarisinin surətinin çıxarılması</translation>
    </message>
    <message>
        <source>Rename scenario %1</source>
        <translation>%1 ssenarisinin adının dəyişdirilməsi</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>%1 ssenarisinin silinməsi</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>ötürmə qabiliyyəti</translation>
    </message>
    <message>
        <source>reverse capacity</source>
        <translation>əks istiqamətdə ötürmə qabiliyyəti</translation>
    </message>
    <message>
        <source>entry capacity</source>
        <translation>giriş ötürmə qabiliyyəti</translation>
    </message>
    <message>
        <source>exit capacity</source>
        <translation>çıxış ötürmə qabiliyyəti</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>xərc</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>təchizat</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>tələbat</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>çəki</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>səmərəlilik</translation>
    </message>
    <message>
        <source>unit factor</source>
        <translation>vahid çevrilmə əmsalı</translation>
    </message>
    <message>
        <source>output limit</source>
        <translation>istehsal həddi</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ModelTableBase</name>
    <message>
        <source>“%1” is not a number. Enter a value such as 2.5.</source>
        <translation>“%1” ədəd deyil. 2,5 kimi bir dəyər daxil edin.</translation>
    </message>
    <message>
        <source>%1 cannot be negative (you entered %2).</source>
        <translation>%1 mənfi ola bilməz (siz %2 daxil etdiniz).</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 dəyişdirilmədi: %2</translation>
    </message>
</context>
<context>
    <name>corridor::ui::NodeTableModel</name>
    <message>
        <source>Double-click or press F2 to edit</source>
        <translation>Redaktə etmək üçün iki dəfə klikləyin və ya F2 düyməsini basın</translation>
    </message>
    <message>
        <source>A plant converts gas into power: no supply or demand of its own</source>
        <translation>Elektrik stansiyası qazı elektrik enerjisinə çevirir: onun öz təchizatı və ya tələbatı yoxdur</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>təchizat</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>tələbat</translation>
    </message>
    <message>
        <source>plant</source>
        <translation>stansiya</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>hab</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Qovşaq</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Təchizat</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Tələbat</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Ödənilən</translation>
    </message>
    <message>
        <source>Unserved</source>
        <translation>Ödənilməyən</translation>
    </message>
    <message>
        <source>Served by origin</source>
        <translation>Mənşə üzrə ödənilən</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RegionChart</name>
    <message>
        <source>Gas into Central and Southern Europe by country and origin</source>
        <translation>Mərkəzi və Cənubi Avropaya daxil olan qaz: ölkələr və mənşə üzrə</translation>
    </message>
    <message>
        <source>No regional figures: solve a scenario first.</source>
        <translation>Regional göstəricilər yoxdur: əvvəlcə ssenarini həll edin.</translation>
    </message>
    <message>
        <source>Other origins</source>
        <translation>Digər mənşələr</translation>
    </message>
    <message>
        <source>From Azerbaijan</source>
        <translation>Azərbaycandan</translation>
    </message>
    <message>
        <source>gas</source>
        <translation>qaz</translation>
    </message>
    <message>
        <source>power</source>
        <translation>elektrik</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>daxil olan</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RenderJob</name>
    <message>
        <source>not enough memory for a %1×%2 map image</source>
        <translation>%1×%2 ölçülü xəritə təsviri üçün yaddaş çatmır</translation>
    </message>
    <message>
        <source>the renderer failed</source>
        <translation>renderləyici xəta verdi</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RendererPage</name>
    <message>
        <source>Not a field of this layer</source>
        <translation>Bu layın sahəsi deyil</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tənzimləmələr</translation>
    </message>
    <message>
        <source>bcm/yr (billion cubic metres per year)</source>
        <translation>bcm/yr (ildə milyard kubmetr)</translation>
    </message>
    <message>
        <source>mcm/d (million cubic metres per day)</source>
        <translation>mcm/d (gündə milyon kubmetr)</translation>
    </message>
    <message>
        <source>GWh/d (energy per day, 10.55 kWh/m³)</source>
        <translation>GWh/d (gündəlik enerji, 10,55 kWh/m³)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistem standartı</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tünd</translation>
    </message>
    <message>
        <source>Gas &amp;volumes in:</source>
        <translation>Qaz &amp;həcmlərinin vahidi:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Mövzu:</translation>
    </message>
    <message>
        <source>The language applies at once; the command line&apos;s --lang overrides it for one run.</source>
        <translation>Dil dərhal tətbiq olunur; əmr sətrindəki --lang parametri bu seçimi yalnız həmin işə salınma üçün əvəz edir.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SingleSymbolPage</name>
    <message>
        <source>Show this layer</source>
        <translation>Bu layı göstər</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Bütöv</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Ştrixli</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Nöqtəli</translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation>Ştrix-nöqtə</translation>
    </message>
    <message>
        <source>No line</source>
        <translation>Xəttsiz</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Qeyri-şəffaflıq</translation>
    </message>
    <message>
        <source>&amp;Line colour:</source>
        <translation>Xətt &amp;rəngi:</translation>
    </message>
    <message>
        <source>&amp;Fill colour:</source>
        <translation>&amp;Doldurma rəngi:</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>Xətt q&amp;alınlığı:</translation>
    </message>
    <message>
        <source>&amp;Dash:</source>
        <translation>&amp;Ştrix:</translation>
    </message>
    <message>
        <source>&amp;Point size:</source>
        <translation>&amp;Nöqtə ölçüsü:</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Qeyri-şəffaflıq:</translation>
    </message>
    <message>
        <source>Custom dashes</source>
        <translation>Fərdi ştrixlər</translation>
    </message>
    <message>
        <source>Other values</source>
        <translation>Digər dəyərlər</translation>
    </message>
    <message>
        <source>Draw features matching no category or class wit&amp;h this symbol</source>
        <translation>Heç bir kateqoriyaya və ya sinfə uyğun gəlməyən obyektləri bu simvolla &amp;çək</translation>
    </message>
    <message>
        <source>e.g. Other</source>
        <translation>məs. Digər</translation>
    </message>
    <message>
        <source>Legend &amp;text:</source>
        <translation>Şərti işarə &amp;mətni:</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Simvol</translation>
    </message>
</context>
<context>
    <name>corridor::ui::StyleDialog</name>
    <message>
        <source>Style — %1</source>
        <translation>Üslub — %1</translation>
    </message>
    <message>
        <source>&amp;Renderer:</source>
        <translation>&amp;Üslub növü:</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>Tək simvol</translation>
    </message>
    <message>
        <source>Categorised</source>
        <translation>Kateqoriyalı</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Dərəcələnmiş</translation>
    </message>
    <message>
        <source>Single symbol: every feature alike. Categorised: a symbol per value of a field. Graduated: classes of a numeric field along a colour ramp.</source>
        <translation>Tək simvol: bütün obyektlər eyni cür. Kateqoriyalı: sahənin hər dəyəri üçün bir simvol. Dərəcələnmiş: ədədi sahənin rəng şkalası üzrə sinifləri.</translation>
    </message>
    <message>
        <source>Li&amp;ve update</source>
        <translation>&amp;Canlı yeniləmə</translation>
    </message>
    <message>
        <source>Redraw the map after every change; otherwise on Apply</source>
        <translation>Hər dəyişiklikdən sonra xəritəni yenidən çək; əks halda “Tətbiq et” düyməsi ilə</translation>
    </message>
    <message>
        <source>Back to the style the dialog opened with</source>
        <translation>Dialoq açılarkən olan üsluba qayıt</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Simvol</translation>
    </message>
    <message>
        <source>Base symbol</source>
        <translation>Əsas simvol</translation>
    </message>
</context>
</TS>
