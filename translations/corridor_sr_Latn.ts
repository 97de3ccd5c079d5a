<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn">
<context>
    <name>Cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>nepoznata komanda „%1“</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>warning: %1</source>
        <translation>upozorenje: %1</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>bad --extent &quot;%1&quot;: %2</source>
        <translation>neispravan --extent „%1“: %2</translation>
    </message>
    <message>
        <source>expected minlon,minlat,maxlon,maxlat</source>
        <translation>očekuje se minlon,minlat,maxlon,maxlat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ nije broj</translation>
    </message>
    <message>
        <source>longitudes must be within -180..180 and latitudes within -90..90</source>
        <translation>geografske dužine moraju biti u opsegu -180..180, a geografske širine u opsegu -90..90</translation>
    </message>
    <message>
        <source>the minimum must be less than the maximum</source>
        <translation>minimum mora biti manji od maksimuma</translation>
    </message>
    <message>
        <source>unsupported output format &quot;%1&quot; (use .pdf, .svg or .png)</source>
        <translation>nepodržan izlazni format „%1“ (koristite .pdf, .svg ili .png)</translation>
    </message>
    <message>
        <source>image size must be between 16 and 20000 pixels per side</source>
        <translation>veličina slike mora biti između 16 i 20000 piksela po stranici</translation>
    </message>
    <message>
        <source>--dpi must be between 10 and 2400</source>
        <translation>--dpi mora biti između 10 i 2400</translation>
    </message>
    <message>
        <source>unknown map CRS &quot;%1&quot;: %2</source>
        <translation>nepoznat KRS karte „%1“: %2</translation>
    </message>
    <message>
        <source>no layer &quot;%1&quot; in the project</source>
        <translation>u projektu nema sloja „%1“</translation>
    </message>
    <message>
        <source>saved styles ignored: %1</source>
        <translation>sačuvani stilovi su zanemareni: %1</translation>
    </message>
    <message>
        <source>the project has no layers to draw</source>
        <translation>projekat nema slojeva za iscrtavanje</translation>
    </message>
    <message>
        <source>the extent cannot be shown in %1</source>
        <translation>obuhvat nije moguće prikazati u %1</translation>
    </message>
    <message>
        <source>Base map: Natural Earth (public domain). Infrastructure, capacities and status: Corridor Atlas facts sheet; each feature cites its sources (table &quot;sources&quot;). Projection: %1. Scale bar true at the map centre; arrow points to true north.</source>
        <translation>Osnovna karta: Natural Earth (javno dobro). Infrastruktura, kapaciteti i status: pregled podataka Corridor Atlas; svaki objekat navodi svoje izvore (tabela „sources“). Projekcija: %1. Razmernik je tačan u središtu karte; strelica pokazuje geografski sever.</translation>
    </message>
    <message>
        <source>Draw a project (default: the bundled corridor project) as a briefing map: PDF, SVG or PNG.</source>
        <translation>Iscrtava projekat (podrazumevano: priloženi projekat koridora) kao kartu za brifing: PDF, SVG ili PNG.</translation>
    </message>
    <message>
        <source>Project file (GeoPackage or any vector file).</source>
        <translation>Datoteka projekta (GeoPackage ili bilo koja vektorska datoteka).</translation>
    </message>
    <message>
        <source>Output file: .pdf (vector), .svg (vector) or .png.</source>
        <translation>Izlazna datoteka: .pdf (vektorski), .svg (vektorski) ili .png.</translation>
    </message>
    <message>
        <source>Map title.</source>
        <translation>Naslov karte.</translation>
    </message>
    <message>
        <source>Subtitle (default: the date).</source>
        <translation>Podnaslov (podrazumevano: datum).</translation>
    </message>
    <message>
        <source>Area to show, in degrees.</source>
        <translation>Oblast za prikaz, u stepenima.</translation>
    </message>
    <message>
        <source>Map CRS: EPSG code, PROJ string or WKT (default EPSG:3035, ETRS89-LAEA).</source>
        <translation>KRS karte: EPSG kod, PROJ definicija ili WKT (podrazumevano EPSG:3035, ETRS89-LAEA).</translation>
    </message>
    <message>
        <source>Paper A4, A3 or letter, or a pixel size WxH (default A4).</source>
        <translation>Papir A4, A3 ili letter, ili veličina u pikselima WxH (podrazumevano A4).</translation>
    </message>
    <message>
        <source>Landscape paper (the default).</source>
        <translation>Vodoravna orijentacija papira (podrazumevano).</translation>
    </message>
    <message>
        <source>Portrait paper.</source>
        <translation>Uspravna orijentacija papira.</translation>
    </message>
    <message>
        <source>PNG resolution for paper sizes (default 300).</source>
        <translation>Rezolucija PNG slike za formate papira (podrazumevano 300).</translation>
    </message>
    <message>
        <source>Only these layers, comma-separated.</source>
        <translation>Samo ovi slojevi, razdvojeni zarezima.</translation>
    </message>
    <message>
        <source>Draw a graticule with degree labels.</source>
        <translation>Iscrtava koordinatnu mrežu sa oznakama stepeni.</translation>
    </message>
    <message>
        <source>Add an inset locator map.</source>
        <translation>Dodaje umetnutu kartu položaja.</translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation>Izostavlja legendu.</translation>
    </message>
    <message>
        <source>export takes at most one PROJECT</source>
        <translation>export prihvata najviše jedan PROJECT</translation>
    </message>
    <message>
        <source>the bundled corridor project was not found; give a PROJECT file</source>
        <translation>priloženi projekat koridora nije pronađen; navedite datoteku PROJECT</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE je obavezan</translation>
    </message>
    <message>
        <source>Azerbaijan–Serbia energy corridor</source>
        <translation>Energetski koridor Azerbejdžan–Srbija</translation>
    </message>
    <message>
        <source>Gas, oil, power and air links · %1</source>
        <translation>Gasne, naftne, elektroenergetske i vazdušne veze · %1</translation>
    </message>
    <message>
        <source>--landscape and --portrait exclude each other</source>
        <translation>--landscape i --portrait se međusobno isključuju</translation>
    </message>
    <message>
        <source>--size must be A4, A3, letter or a pixel size like 1920x1080, not &quot;%1&quot;</source>
        <translation>--size mora biti A4, A3, letter ili veličina u pikselima, npr. 1920x1080, a ne „%1“</translation>
    </message>
    <message>
        <source>--dpi must be a whole number, not &quot;%1&quot;</source>
        <translation>--dpi mora biti ceo broj, a ne „%1“</translation>
    </message>
    <message>
        <source>--layers needs at least one layer name</source>
        <translation>--layers zahteva bar jedan naziv sloja</translation>
    </message>
    <message>
        <source>nothing to draw: empty extent</source>
        <translation>nema šta da se iscrta: obuhvat je prazan</translation>
    </message>
    <message>
        <source>the page is too small for a map</source>
        <translation>stranica je premala za kartu</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>nije moguće upisati: %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>nije moguće započeti PDF</translation>
    </message>
    <message>
        <source>cannot start the SVG</source>
        <translation>nije moguće započeti SVG</translation>
    </message>
    <message>
        <source>image size %1×%2 is out of range (16 to 30000 pixels per side)</source>
        <translation>veličina slike %1×%2 je van opsega (od 16 do 30000 piksela po stranici)</translation>
    </message>
    <message>
        <source>not enough memory for a %1×%2 image</source>
        <translation>nema dovoljno memorije za sliku %1×%2</translation>
    </message>
    <message>
        <source>cannot write the image: %1</source>
        <translation>nije moguće upisati sliku: %1</translation>
    </message>
    <message>
        <source>no scenario called &quot;%1&quot;: the project has no network model (available scenarios: none)</source>
        <translation>nema scenarija „%1“: projekat nema mrežni model (dostupni scenariji: nema)</translation>
    </message>
    <message>
        <source>no scenario called &quot;%1&quot; (available scenarios: %2)</source>
        <translation>nema scenarija „%1“ (dostupni scenariji: %2)</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; cannot be solved: %2</source>
        <translation>scenario „%1“ nije moguće rešiti: %2</translation>
    </message>
    <message>
        <source>Solve the project&apos;s network model under this scenario and draw the flows (width by flow, colour by utilisation, arrows in the direction of flow).</source>
        <translation>Rešava mrežni model projekta za ovaj scenario i iscrtava protoke (debljina prema protoku, boja prema iskorišćenosti, strelice u smeru protoka).</translation>
    </message>
    <message>
        <source>Unit of gas flows with --scenario: bcm/yr (default), mcm/d or GWh/d.</source>
        <translation>Jedinica protoka gasa uz --scenario: bcm/yr (podrazumevano), mcm/d ili GWh/d.</translation>
    </message>
    <message>
        <source>--scenario needs a scenario name</source>
        <translation>--scenario zahteva naziv scenarija</translation>
    </message>
    <message>
        <source>--flow-units only applies with --scenario</source>
        <translation>--flow-units važi samo uz --scenario</translation>
    </message>
    <message>
        <source>--flow-units must be bcm/yr, mcm/d or GWh/d, not &quot;%1&quot;</source>
        <translation>--flow-units mora biti bcm/yr, mcm/d ili GWh/d, a ne „%1“</translation>
    </message>
    <message>
        <source>Modelled flows, scenario &quot;%1&quot; · %2</source>
        <translation>Modelovani protoci, scenario „%1“ · %2</translation>
    </message>
    <message numerus="yes">
        <source>--outage: %n unknown link id(s): %1 (valid ids: %2)</source>
        <translation>
            <numerusform>--outage: %n nepoznat identifikator veze: %1 (važeći identifikatori: %2)</numerusform>
            <numerusform>--outage: %n nepoznata identifikatora veza: %1 (važeći identifikatori: %2)</numerusform>
            <numerusform>--outage: %n nepoznatih identifikatora veza: %1 (važeći identifikatori: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the legend does not fit the page: %n entry(ies) left out (use a larger page, or --no-legend)</source>
        <translation>
            <numerusform>legenda ne staje na stranicu: izostavljena je %n stavka (koristite veću stranicu ili --no-legend)</numerusform>
            <numerusform>legenda ne staje na stranicu: izostavljene su %n stavke (koristite veću stranicu ili --no-legend)</numerusform>
            <numerusform>legenda ne staje na stranicu: izostavljeno je %n stavki (koristite veću stranicu ili --no-legend)</numerusform>
        </translation>
    </message>
    <message>
        <source>With --scenario NAME: draw the change in flows against the reference scenario OTHER, Δ = NAME − OTHER (blue: more flow in NAME, red: less).</source>
        <translation>Uz --scenario NAME: iscrtava promenu protoka u odnosu na referentni scenario OTHER, Δ = NAME − OTHER (plavo: veći protok u NAME, crveno: manji).</translation>
    </message>
    <message>
        <source>With --scenario: links out of service before solving (comma-separated ids; repeatable); drawn as outages. With --compare they apply to NAME, not to the reference.</source>
        <translation>Uz --scenario: veze van pogona pre rešavanja (identifikatori razdvojeni zarezima; može se ponavljati); iscrtavaju se kao ispadi. Uz --compare odnose se na NAME, a ne na referentni scenario.</translation>
    </message>
    <message>
        <source>--compare only applies with --scenario</source>
        <translation>--compare važi samo uz --scenario</translation>
    </message>
    <message>
        <source>--compare needs a scenario name</source>
        <translation>--compare zahteva naziv scenarija</translation>
    </message>
    <message>
        <source>--outage only applies with --scenario</source>
        <translation>--outage važi samo uz --scenario</translation>
    </message>
    <message>
        <source>--outage needs at least one link id</source>
        <translation>--outage zahteva bar jedan identifikator veze</translation>
    </message>
    <message>
        <source>Change in modelled flows: scenario &quot;%1&quot; minus reference &quot;%2&quot; · %3</source>
        <translation>Promena modelovanih protoka: scenario „%1“ minus referentni scenario „%2“ · %3</translation>
    </message>
    <message>
        <source>Modelled flows, scenario &quot;%1&quot; with %2 out of service · %3</source>
        <translation>Modelovani protoci, scenario „%1“ sa %2 van pogona · %3</translation>
    </message>
    <message>
        <source>Change in flows: scenario &quot;%1&quot; with %2 out of service, minus &quot;%3&quot; · %4</source>
        <translation>Promena protoka: scenario „%1“ sa %2 van pogona, minus „%3“ · %4</translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>no map CRS for the flow overlay</source>
        <translation>nema KRS-a karte za prikaz protoka</translation>
    </message>
    <message>
        <source>the flow result has %1 links but the network has %2</source>
        <translation>broj veza u rezultatu protoka (%1) ne odgovara broju veza u mreži (%2)</translation>
    </message>
</context>
<context>
    <name>GeoText</name>
    <message>
        <source>not a coordinate reference system (PROJ made a &apos;%1&apos;)</source>
        <extracomment>%1 is the name PROJ gave the object it made instead (an ellipsoid, a datum, an operation).</extracomment>
        <translation>nije koordinatni referentni sistem (PROJ je napravio „%1“)</translation>
    </message>
    <message>
        <source>empty CRS definition</source>
        <translation>prazna definicija KRS-a</translation>
    </message>
    <message>
        <source>PROJ could not create a CRS</source>
        <translation>PROJ nije mogao da napravi KRS</translation>
    </message>
    <message>
        <source>empty WKT</source>
        <translation>prazan WKT</translation>
    </message>
    <message>
        <source>PROJ could not parse the WKT</source>
        <translation>PROJ nije mogao da raščlani WKT</translation>
    </message>
    <message>
        <source>cannot transform from or to an invalid (empty) CRS</source>
        <translation>transformacija iz nevažećeg (praznog) KRS-a ili u njega nije moguća</translation>
    </message>
    <message>
        <source>PROJ found no coordinate operation between these CRSs</source>
        <translation>PROJ nije pronašao koordinatnu operaciju između ovih KRS-ova</translation>
    </message>
    <message>
        <source>PROJ could not normalise the axis order</source>
        <translation>PROJ nije mogao da normalizuje redosled osa</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>nema KRS-a</translation>
    </message>
    <message>
        <source>cannot export the CRS as WKT</source>
        <translation>KRS nije moguće izvesti kao WKT</translation>
    </message>
    <message>
        <source>Non-finite coordinate (%1 %2) at vertex %3 of feature %4</source>
        <extracomment>%1 %2: the x y of the bad coordinate (nan, inf); %3: vertex number within the feature (from 0); %4: feature number within the layer (from 0).</extracomment>
        <translation>Koordinata koja nije konačan broj (%1 %2) u temenu %3 objekta %4</translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <extracomment>%1: feature number within the layer (from 0); %2: what went wrong, in GEOS&apos;s words (English) or one of our messages such as &quot;cannot create a point&quot;.</extracomment>
        <translation>objekat %1: %2</translation>
    </message>
    <message>
        <source>cannot create a point</source>
        <translation>nije moguće napraviti tačku</translation>
    </message>
    <message>
        <source>cannot create an empty point</source>
        <translation>nije moguće napraviti praznu tačku</translation>
    </message>
    <message numerus="yes">
        <source>feature %1: a line part has %n rings (expected 1)</source>
        <extracomment>%1: feature number (from 0); %n: the number of rings, always 2 or more. A line part is one linestring, which has exactly one ring (coordinate sequence).</extracomment>
        <translation>
            <numerusform>objekat %1: deo linije ima %n prsten (očekivan je 1)</numerusform>
            <numerusform>objekat %1: deo linije ima %n prstena (očekivan je 1)</numerusform>
            <numerusform>objekat %1: deo linije ima %n prstenova (očekivan je 1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot copy coordinates</source>
        <translation>nije moguće kopirati koordinate</translation>
    </message>
    <message>
        <source>cannot create a linestring</source>
        <translation>nije moguće napraviti izlomljenu liniju</translation>
    </message>
    <message>
        <source>cannot create an empty polygon</source>
        <translation>nije moguće napraviti prazan poligon</translation>
    </message>
    <message>
        <source>invalid ring %1</source>
        <extracomment>%1: the ring&apos;s number within the polygon, from 0 (0 is the outer ring, the others are holes).</extracomment>
        <translation>nevažeći prsten %1</translation>
    </message>
    <message>
        <source>cannot create a polygon</source>
        <translation>nije moguće napraviti poligon</translation>
    </message>
    <message>
        <source>feature %1: unknown part kind</source>
        <translation>objekat %1: nepoznata vrsta dela</translation>
    </message>
    <message>
        <source>cannot read coordinates</source>
        <translation>nije moguće pročitati koordinate</translation>
    </message>
    <message>
        <source>cannot read a collection</source>
        <translation>nije moguće pročitati kolekciju</translation>
    </message>
    <message>
        <source>cannot read a collection member</source>
        <translation>nije moguće pročitati član kolekcije</translation>
    </message>
    <message>
        <source>unsupported GEOS geometry type %1</source>
        <extracomment>%1: GEOS&apos;s numeric geometry type id.</extracomment>
        <translation>nepodržan GEOS tip geometrije %1</translation>
    </message>
    <message>
        <source>cannot read a geometry</source>
        <translation>nije moguće pročitati geometriju</translation>
    </message>
    <message>
        <source>cannot read an exterior ring</source>
        <translation>nije moguće pročitati spoljašnji prsten</translation>
    </message>
    <message>
        <source>cannot read an interior ring</source>
        <translation>nije moguće pročitati unutrašnji prsten</translation>
    </message>
    <message>
        <source>cannot create a GEOS WKT reader</source>
        <translation>nije moguće napraviti GEOS WKT čitač</translation>
    </message>
    <message>
        <source>cannot parse WKT</source>
        <translation>nije moguće raščlaniti WKT</translation>
    </message>
    <message numerus="yes">
        <source>feature %1 out of range (%n feature(s))</source>
        <extracomment>%1: the feature number asked for (from 0); %n: how many features there are.</extracomment>
        <translation>
            <numerusform>objekat %1 je van opsega (postoji %n objekat)</numerusform>
            <numerusform>objekat %1 je van opsega (postoje %n objekta)</numerusform>
            <numerusform>objekat %1 je van opsega (postoji %n objekata)</numerusform>
        </translation>
    </message>
    <message>
        <source>no GEOS context</source>
        <translation>nema GEOS konteksta</translation>
    </message>
    <message>
        <source>feature %1: ring too large for GEOS</source>
        <translation>objekat %1: prsten je prevelik za GEOS</translation>
    </message>
    <message>
        <source>creating an empty collection failed</source>
        <translation>pravljenje prazne kolekcije nije uspelo</translation>
    </message>
    <message>
        <source>cannot create a collection</source>
        <translation>nije moguće napraviti kolekciju</translation>
    </message>
    <message>
        <source>No geometry</source>
        <translation>Nema geometrije</translation>
    </message>
    <message>
        <source>GEOS could not check validity</source>
        <translation>GEOS nije mogao da proveri ispravnost</translation>
    </message>
    <message>
        <source>makeValid: no geometry</source>
        <extracomment>makeValid is the name of a function of the program; keep it.</extracomment>
        <translation>makeValid: nema geometrije</translation>
    </message>
    <message>
        <source>MakeValid failed</source>
        <extracomment>MakeValid is the name of a GEOS operation; keep it.</extracomment>
        <translation>MakeValid nije uspeo</translation>
    </message>
    <message>
        <source>simplify: no geometry</source>
        <extracomment>simplify is the name of a function of the program; keep it.</extracomment>
        <translation>simplify: nema geometrije</translation>
    </message>
    <message>
        <source>simplify: bad tolerance %1</source>
        <extracomment>simplify is the name of a function of the program; keep it. %1: the tolerance given (negative, nan or inf).</extracomment>
        <translation>simplify: neispravna tolerancija %1</translation>
    </message>
    <message>
        <source>TopologyPreserveSimplify failed</source>
        <extracomment>TopologyPreserveSimplify is the name of a GEOS operation; keep it.</extracomment>
        <translation>TopologyPreserveSimplify nije uspeo</translation>
    </message>
    <message>
        <source>intersection: no geometry</source>
        <extracomment>intersection is the name of a function of the program; keep it.</extracomment>
        <translation>intersection: nema geometrije</translation>
    </message>
    <message>
        <source>Intersection failed</source>
        <extracomment>Intersection is the name of a GEOS operation; keep it.</extracomment>
        <translation>Intersection nije uspeo</translation>
    </message>
    <message>
        <source>distance: no geometry</source>
        <extracomment>distance is the name of a function of the program; keep it.</extracomment>
        <translation>distance: nema geometrije</translation>
    </message>
    <message>
        <source>Distance failed</source>
        <extracomment>Distance is the name of a GEOS operation; keep it.</extracomment>
        <translation>Distance nije uspeo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1: what could not be done (e.g. &quot;cannot create the layer&quot;); %2: GDAL&apos;s explanation (in English).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write the CRS</source>
        <translation>nije moguće upisati KRS</translation>
    </message>
    <message>
        <source>cannot create the layer</source>
        <translation>nije moguće napraviti sloj</translation>
    </message>
    <message>
        <source>cannot create field %1</source>
        <extracomment>%1: the name of an attribute field (column).</extracomment>
        <translation>nije moguće napraviti polje %1</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>nije moguće započeti transakciju</translation>
    </message>
    <message>
        <source>feature %1: cannot encode geometry</source>
        <extracomment>%1: the feature id (fid).</extracomment>
        <translation>objekat %1: nije moguće kodirati geometriju</translation>
    </message>
    <message>
        <source>feature %1: cannot write</source>
        <extracomment>%1: the feature id (fid).</extracomment>
        <translation>objekat %1: upisivanje nije moguće</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>nije moguće potvrditi transakciju</translation>
    </message>
    <message>
        <source>feature %1 has a NaN or infinite coordinate; nothing was written</source>
        <extracomment>%1: the feature id (fid).</extracomment>
        <translation>objekat %1 ima neodređenu (NaN) ili beskonačnu koordinatu; ništa nije upisano</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>fascikla ne postoji</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL nema upravljački program za GeoPackage</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>nije moguće napraviti datoteku</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <extracomment>%1: the operating system&apos;s reason.</extracomment>
        <translation>nije moguće zameniti datoteku: %1</translation>
    </message>
    <message>
        <source>the project has no spatial layers</source>
        <translation>projekat nema prostornih slojeva</translation>
    </message>
    <message>
        <source>%1 (layer %2)</source>
        <extracomment>Error context: %1 is a file path, %2 the name of a layer in it.</extracomment>
        <translation>%1 (sloj %2)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more similar warning(s)</source>
        <translation>
            <numerusform>... i još %n slično upozorenje</numerusform>
            <numerusform>... i još %n slična upozorenja</numerusform>
            <numerusform>... i još %n sličnih upozorenja</numerusform>
        </translation>
    </message>
    <message>
        <source>feature %1: geometry has NaN or infinite coordinates; geometry not loaded</source>
        <extracomment>%1: the feature id (fid) in the file.</extracomment>
        <translation>objekat %1: geometrija ima neodređene (NaN) ili beskonačne koordinate; geometrija nije učitana</translation>
    </message>
    <message>
        <source>feature %1: geometry is corrupt; geometry not loaded</source>
        <extracomment>%1: the feature id (fid) in the file.</extracomment>
        <translation>objekat %1: geometrija je oštećena; geometrija nije učitana</translation>
    </message>
    <message>
        <source>feature %1: unsupported geometry type; geometry not loaded</source>
        <extracomment>%1: the feature id (fid) in the file.</extracomment>
        <translation>objekat %1: nepodržan tip geometrije; geometrija nije učitana</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>učitavanje je otkazano</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <extracomment>%1: GDAL&apos;s explanation (in English).</extracomment>
        <translation>čitanje nije uspelo: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <extracomment>Used as %1 in &quot;reading failed: %1&quot; when GDAL gives no reason.</extracomment>
        <translation>nepoznata greška</translation>
    </message>
    <message>
        <source>not enough memory to load the layer</source>
        <translation>nema dovoljno memorije za učitavanje sloja</translation>
    </message>
    <message>
        <source>coordinates lie outside longitude/latitude bounds although the CRS is geographic; the declared CRS is probably wrong</source>
        <translation>koordinate su van granica geografske dužine/širine iako je KRS geografski; navedeni KRS je verovatno pogrešan</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>nije navedena datoteka</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>datoteka nije pronađena</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>nemate dozvolu za pristup</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>datoteka je prazna</translation>
    </message>
    <message>
        <source>not a vector data format GDAL can read</source>
        <translation>nije vektorski format podataka koji GDAL može da pročita</translation>
    </message>
    <message>
        <source>the file contains no vector layers</source>
        <translation>datoteka ne sadrži vektorske slojeve</translation>
    </message>
    <message>
        <source>the file contains no vector layers (%1)</source>
        <extracomment>%1: GDAL&apos;s explanation (in English).</extracomment>
        <translation>datoteka ne sadrži vektorske slojeve (%1)</translation>
    </message>
    <message>
        <source>no layer named &quot;%1&quot;</source>
        <translation>nema sloja pod nazivom „%1“</translation>
    </message>
    <message>
        <source>no layer number %1</source>
        <extracomment>%1: a layer&apos;s position in the file, from 0.</extracomment>
        <translation>nema sloja sa brojem %1</translation>
    </message>
    <message>
        <source>no CRS declared</source>
        <translation>KRS nije naveden</translation>
    </message>
    <message>
        <source>unsupported CRS: %1</source>
        <extracomment>%1: why, in PROJ&apos;s or GDAL&apos;s words (English).</extracomment>
        <translation>nepodržan KRS: %1</translation>
    </message>
    <message>
        <source>the layer has no CRS and its coordinates are not longitude/latitude, so its CRS cannot be guessed; assign one</source>
        <translation>sloj nema KRS, a njegove koordinate nisu geografska dužina/širina, pa se KRS ne može pretpostaviti; dodelite mu KRS</translation>
    </message>
    <message>
        <source>the layer has no CRS; assuming WGS 84 longitude/latitude because every coordinate is within lon/lat bounds</source>
        <translation>sloj nema KRS; pretpostavlja se WGS 84 (geografska dužina/širina) jer su sve koordinate unutar granica geografske dužine/širine</translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <source>Print the layers of a vector file: geometry type, CRS, feature count, extent.</source>
        <translation>Ispisuje slojeve vektorske datoteke: tip geometrije, KRS, broj objekata, obuhvat.</translation>
    </message>
    <message>
        <source>Any vector file GDAL reads (GeoPackage, GeoJSON, Shapefile, ...).</source>
        <translation>Bilo koja vektorska datoteka koju GDAL čita (GeoPackage, GeoJSON, Shapefile, ...).</translation>
    </message>
    <message>
        <source>info takes exactly one FILE</source>
        <translation>info prihvata tačno jedan FILE</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datoteka: %1</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Upravljački program: %1</translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation>Sloj %1: %2</translation>
    </message>
    <message>
        <source>Geometry: %1</source>
        <translation>Geometrija: %1</translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation>KRS: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nema</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Objekti: %1</translation>
    </message>
    <message>
        <source>Extent: %1, %2 : %3, %4</source>
        <translation>Obuhvat: %1, %2 : %3, %4</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Polja: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Upozorenje: %1</translation>
    </message>
</context>
<context>
    <name>LayoutText</name>
    <message>
        <source>Other</source>
        <translation>Ostalo</translation>
    </message>
    <message>
        <source>Width: capacity (%1)</source>
        <translation>Debljina: kapacitet (%1)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>N</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Change in flows</source>
        <translation>Promena protoka</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Protoci</translation>
    </message>
    <message>
        <source>Width: change in gas flow (%1)</source>
        <translation>Debljina: promena protoka gasa (%1)</translation>
    </message>
    <message>
        <source>Width: gas flow (%1)</source>
        <translation>Debljina: protok gasa (%1)</translation>
    </message>
    <message>
        <source>Width: change in power flow (%1)</source>
        <translation>Debljina: promena protoka električne energije (%1)</translation>
    </message>
    <message>
        <source>Width: power flow (%1)</source>
        <translation>Debljina: protok električne energije (%1)</translation>
    </message>
    <message>
        <source>Width: change in flow</source>
        <translation>Debljina: promena protoka</translation>
    </message>
    <message>
        <source>Width: flow</source>
        <translation>Debljina: protok</translation>
    </message>
    <message>
        <source>More flow than the reference</source>
        <translation>Veći protok od referentnog</translation>
    </message>
    <message>
        <source>Less flow than the reference</source>
        <translation>Manji protok od referentnog</translation>
    </message>
    <message>
        <source>Colour: share of capacity used</source>
        <translation>Boja: udeo iskorišćenog kapaciteta</translation>
    </message>
    <message>
        <source>Bottleneck: limits served demand</source>
        <translation>Usko grlo: ograničava zadovoljenu potražnju</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Van pogona</translation>
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
        <translation>Upotreba: corridor-atlas [PROJECT]       otvara prozor aplikacije
          corridor-atlas COMMAND [OPTIONS]

Komande:
  info FILE                       ispisuje slojeve vektorske datoteke
  export [PROJECT] --out FILE.pdf|.svg|.png [--size A4|A3|WxH]
                                  iscrtava projekat (podrazumevano: priloženi projekat koridora)
  solve PROJECT|NETWORK.json [--scenario NAME] [--n-1]
                                  rešava mrežni model i ispisuje protoke
  COMMAND --help                  opcije jedne komande

Opcije:
  --lang CODE    jezik interfejsa: en, sr, sr_Latn, az, ru (podrazumevano: jezik sistema)
  -h, --help     prikazuje ovu pomoć i izlazi
  -v, --version  prikazuje podatke o verziji i izlazi

Izlazni status: 0 pri uspehu, 2 pri neispravnom unosu ili grešci koju možete da otklonite.
Potpuna dokumentacija: man corridor-atlas
</translation>
    </message>
    <message>
        <source>Copyright (C) 2026 The Corridor Atlas authors.
License MIT: &lt;https://opensource.org/licenses/MIT&gt;.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
Country borders: Made with Natural Earth (public domain).
</source>
        <translation>Autorska prava (C) 2026 autori programa Corridor Atlas.
Licenca MIT: &lt;https://opensource.org/licenses/MIT&gt;.
Ovo je slobodan softver: slobodno ga možete menjati i dalje distribuirati.
NEMA NIKAKVE GARANCIJE, u meri u kojoj to zakon dozvoljava.
Granice država: izrađeno pomoću Natural Earth (javno dobro).
</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY is not set); use `corridor-atlas export --out FILE.png` to draw the map without one</source>
        <translation>nema ekrana na kome bi se otvorio prozor (DISPLAY nije postavljen); koristite `corridor-atlas export --out FILE.png` da biste iscrtali kartu bez njega</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>nepoznata komanda „%1“</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>cannot open the file: the folder %1 does not exist (%2)</source>
        <extracomment>%1: a folder path; %2: SQLite&apos;s own words (English), e.g. &quot;unable to open database file&quot;.</extracomment>
        <translation>nije moguće otvoriti datoteku: fascikla %1 ne postoji (%2)</translation>
    </message>
    <message>
        <source>cannot open the file: it does not exist (%1)</source>
        <extracomment>%1: SQLite&apos;s own words (English), e.g. &quot;unable to open database file&quot;.</extracomment>
        <translation>nije moguće otvoriti datoteku: datoteka ne postoji (%1)</translation>
    </message>
    <message>
        <source>no database file name given</source>
        <translation>nije naveden naziv datoteke baze podataka</translation>
    </message>
    <message>
        <source>the file is read-only (opened for writing, but the system allows only reading)</source>
        <translation>datoteka je samo za čitanje (otvorena je za upisivanje, ali sistem dozvoljava samo čitanje)</translation>
    </message>
    <message>
        <source>no SQL statement to prepare in: %1</source>
        <extracomment>A programming error, rarely seen by users. %1: the SQL text given.</extracomment>
        <translation>nema SQL naredbe za pripremu u: %1</translation>
    </message>
    <message>
        <source>more than one SQL statement given to prepare(); use exec() for scripts, in: %1</source>
        <extracomment>A programming error, rarely seen by users: prepare() and exec() are names of functions of the program, keep them. %1: the SQL text given.</extracomment>
        <translation>funkciji prepare() prosleđeno je više SQL naredbi; za skripte koristite exec(), u: %1</translation>
    </message>
    <message>
        <source>the file is corrupt (integrity check: %1)</source>
        <extracomment>%1: SQLite&apos;s findings (English), separated by semicolons.</extracomment>
        <translation>datoteka je oštećena (provera integriteta: %1)</translation>
    </message>
    <message>
        <source>Clp: phase 1 (maximise served demand) ended with status %1</source>
        <extracomment>Clp is the name of the LP solver; keep it. %1: Clp&apos;s status code (a number).</extracomment>
        <translation>Clp: faza 1 (maksimizacija zadovoljene potražnje) završena je sa statusom %1</translation>
    </message>
    <message>
        <source>Clp: phase 2 (minimise cost) ended with status %1</source>
        <extracomment>Clp is the name of the LP solver; keep it. %1: Clp&apos;s status code (a number).</extracomment>
        <translation>Clp: faza 2 (minimizacija troškova) završena je sa statusom %1</translation>
    </message>
    <message>
        <source>LEMON NetworkSimplex: no optimal solution (status %1)</source>
        <extracomment>LEMON NetworkSimplex is the name of a solver; keep it. %1: its status code (a number).</extracomment>
        <translation>LEMON NetworkSimplex: nema optimalnog rešenja (status %1)</translation>
    </message>
    <message numerus="yes">
        <source>outage of unknown link(s) %1</source>
        <extracomment>%1: the ids of the links, separated by commas; %n: how many there are.</extracomment>
        <translation>
            <numerusform>ispad nepoznate veze %1</numerusform>
            <numerusform>ispad nepoznatih veza %1</numerusform>
            <numerusform>ispad nepoznatih veza %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the network has a plant (conversion): LEMON cannot solve it, use the LP</source>
        <extracomment>LEMON is the name of a solver; keep it. LP: the linear-programming solver (Clp). A plant converts gas into power.</extracomment>
        <translation>mreža sadrži elektranu (konverziju): LEMON ne može da je reši, koristite LP</translation>
    </message>
    <message>
        <source>table %1: column %2 has type &apos;%3&apos;, which is not a GeoPackage data type (use INTEGER, DOUBLE, REAL, TEXT, BLOB, BOOLEAN, DATE, DATETIME, ... in upper case)</source>
        <extracomment>%1: a table name; %2: a column name; %3: the column&apos;s SQL type. Keep the type names (INTEGER, DOUBLE, ...) as they are: they are SQL.</extracomment>
        <translation>tabela %1: kolona %2 ima tip „%3“, koji nije tip podataka formata GeoPackage (koristite INTEGER, DOUBLE, REAL, TEXT, BLOB, BOOLEAN, DATE, DATETIME, ... velikim slovima)</translation>
    </message>
    <message>
        <source>an attribute table needs a name</source>
        <translation>tabela atributa mora imati naziv</translation>
    </message>
    <message>
        <source>the table name %1 is reserved (names starting with %2 belong to GeoPackage/SQLite)</source>
        <extracomment>%1: the table name asked for; %2: a reserved prefix (gpkg_, rtree_ or sqlite_).</extracomment>
        <translation>naziv tabele %1 je rezervisan (nazivi koji počinju sa %2 pripadaju formatu GeoPackage/SQLite)</translation>
    </message>
    <message>
        <source>table %1 needs a primary key column name</source>
        <translation>tabela %1 mora imati naziv kolone primarnog ključa</translation>
    </message>
    <message>
        <source>not a GeoPackage (no &apos;GPKG&apos; application id or no gpkg_contents table): cannot add table %1</source>
        <extracomment>Keep &apos;GPKG&apos; and gpkg_contents as they are (identifiers). %1: a table name.</extracomment>
        <translation>nije GeoPackage (nema identifikator aplikacije &apos;GPKG&apos; ili tabelu gpkg_contents): nije moguće dodati tabelu %1</translation>
    </message>
    <message>
        <source>a table called %1 already exists</source>
        <translation>tabela %1 već postoji</translation>
    </message>
    <message>
        <source>node %1: %2 must be a finite number &gt;= 0, not %3</source>
        <extracomment>%1: a node id; %2: a field name such as capacity or supply (keep it); %3: the value given.</extracomment>
        <translation>čvor %1: %2 mora biti konačan broj &gt;= 0, a ne %3</translation>
    </message>
    <message>
        <source>link %1: %2 must be a finite number &gt;= 0, not %3</source>
        <extracomment>%1: a link id; %2: a field name such as capacity or cost (keep it); %3: the value given.</extracomment>
        <translation>veza %1: %2 mora biti konačan broj &gt;= 0, a ne %3</translation>
    </message>
    <message>
        <source>node #%1 has no id</source>
        <extracomment>%1: the node&apos;s position in the list, from 1.</extracomment>
        <translation>čvor #%1 nema identifikator (id)</translation>
    </message>
    <message>
        <source>duplicate node id %1</source>
        <extracomment>%1: a node id.</extracomment>
        <translation>identifikator čvora %1 se ponavlja</translation>
    </message>
    <message>
        <source>node %1: a plant needs an efficiency in (0, 1], not %2</source>
        <extracomment>%1: a node id; %2: the efficiency given. (0, 1] is the interval 0 &lt; efficiency &lt;= 1.</extracomment>
        <translation>čvor %1: elektrana mora imati efikasnost u intervalu (0, 1], a ne %2</translation>
    </message>
    <message>
        <source>node %1: unit_factor must be &gt; 0</source>
        <extracomment>%1: a node id. unit_factor is a field name; keep it.</extracomment>
        <translation>čvor %1: unit_factor mora biti &gt; 0</translation>
    </message>
    <message>
        <source>node %1: a plant converts only; put supply or demand on a separate node</source>
        <extracomment>%1: a node id. A plant (power plant) converts gas into power.</extracomment>
        <translation>čvor %1: elektrana samo konvertuje energiju; ponudu ili potražnju postavite na poseban čvor</translation>
    </message>
    <message>
        <source>link #%1 has no id</source>
        <extracomment>%1: the link&apos;s position in the list, from 1.</extracomment>
        <translation>veza #%1 nema identifikator (id)</translation>
    </message>
    <message>
        <source>duplicate link id %1</source>
        <extracomment>%1: a link id.</extracomment>
        <translation>identifikator veze %1 se ponavlja</translation>
    </message>
    <message>
        <source>link %1: unknown node &quot;%2&quot; (from)</source>
        <extracomment>%1: a link id; %2: the node id it names. &quot;from&quot; is the field name of the link&apos;s start; keep it.</extracomment>
        <translation>veza %1: nepoznat čvor „%2“ (from)</translation>
    </message>
    <message>
        <source>link %1: unknown node &quot;%2&quot; (to)</source>
        <extracomment>%1: a link id; %2: the node id it names. &quot;to&quot; is the field name of the link&apos;s end; keep it.</extracomment>
        <translation>veza %1: nepoznat čvor „%2“ (to)</translation>
    </message>
    <message>
        <source>link %1: starts and ends at node %2</source>
        <extracomment>%1: a link id; %2: a node id.</extracomment>
        <translation>veza %1: počinje i završava se u čvoru %2</translation>
    </message>
    <message>
        <source>link %1: length_km must be a finite number &gt;= 0</source>
        <extracomment>%1: a link id. length_km is a field name; keep it.</extracomment>
        <translation>veza %1: length_km mora biti konačan broj &gt;= 0</translation>
    </message>
    <message>
        <source>link %1: a link at plant %2 must be directed (fuel in, output out)</source>
        <extracomment>%1: a link id; %2: the id of a plant node. A plant converts fuel (gas) into output (power).</extracomment>
        <translation>veza %1: veza povezana sa elektranom %2 mora biti usmerena (gorivo ulazi, proizvedena energija izlazi)</translation>
    </message>
    <message>
        <source>node %1: unknown field %2 (expected one of %3)</source>
        <extracomment>%1: a node id; %2: the field name given; %3: the field names allowed, separated by commas (keep them).</extracomment>
        <translation>čvor %1: nepoznato polje %2 (očekuje se jedno od: %3)</translation>
    </message>
    <message>
        <source>link %1: unknown field %2 (expected one of %3)</source>
        <extracomment>%1: a link id; %2: the field name given; %3: the field names allowed, separated by commas (keep them).</extracomment>
        <translation>veza %1: nepoznato polje %2 (očekuje se jedno od: %3)</translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>Completes &quot;... must be a number, not %3&quot; and similar: the JSON value found was an array.</extracomment>
        <translation>niz</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>Completes &quot;... must be a number, not %3&quot; and similar: the JSON value found was an object.</extracomment>
        <translation>objekat</translation>
    </message>
    <message>
        <source>%1: %2 must be a string, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it); %3: the value found, e.g. 12, true or &quot;an array&quot;.</extracomment>
        <translation>%1: %2 mora biti tekst, a ne %3</translation>
    </message>
    <message>
        <source>%1: %2 must be a number, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it); %3: the value found, e.g. &quot;NaN&quot;, true or &quot;an array&quot;.</extracomment>
        <translation>%1: %2 mora biti broj, a ne %3</translation>
    </message>
    <message>
        <source>%1: %2 must be a finite number &gt;= 0, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key such as capacity (keep it); %3: the number found.</extracomment>
        <translation>%1: %2 mora biti konačan broj &gt;= 0, a ne %3</translation>
    </message>
    <message>
        <source>%1: %2 must be true or false, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it); %3: the value found. true and false are JSON words; keep them.</extracomment>
        <translation>%1: %2 mora biti true ili false, a ne %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it).</extracomment>
        <translation>%1: nedostaje „%2“</translation>
    </message>
    <message>
        <source>node #%1 must be an object, not %2</source>
        <extracomment>%1: the node&apos;s position in the &quot;nodes&quot; list, from 1; %2: the JSON value found instead, e.g. 12 or &quot;an array&quot;.</extracomment>
        <translation>čvor #%1 mora biti objekat, a ne %2</translation>
    </message>
    <message>
        <source>node #%1</source>
        <extracomment>Names a node in messages about its fields (&quot;node #3: ...&quot;): %1 is its position in the list, from 1.</extracomment>
        <translation>čvor #%1</translation>
    </message>
    <message>
        <source>node #%1: id is empty</source>
        <extracomment>%1: the node&apos;s position in the list, from 1. id is a JSON key; keep it.</extracomment>
        <translation>čvor #%1: id je prazan</translation>
    </message>
    <message>
        <source>node %1</source>
        <extracomment>Names a node in messages about its fields (&quot;node AZ: ...&quot;): %1 is its id.</extracomment>
        <translation>čvor %1</translation>
    </message>
    <message>
        <source>node %1: give both lon and lat, or neither</source>
        <extracomment>%1: a node id. lon and lat are JSON keys; keep them.</extracomment>
        <translation>čvor %1: navedite i lon i lat ili nijedno</translation>
    </message>
    <message>
        <source>node %1: unknown kind &quot;%2&quot; (hub, supply, demand or plant)</source>
        <extracomment>%1: a node id; %2: the kind given. hub, supply, demand and plant are the JSON values allowed; keep them.</extracomment>
        <translation>čvor %1: nepoznata vrsta „%2“ (hub, supply, demand ili plant)</translation>
    </message>
    <message>
        <source>link #%1 must be an object, not %2</source>
        <extracomment>%1: the link&apos;s position in the &quot;links&quot; list, from 1; %2: the JSON value found instead, e.g. 12 or &quot;an array&quot;.</extracomment>
        <translation>veza #%1 mora biti objekat, a ne %2</translation>
    </message>
    <message>
        <source>link #%1</source>
        <extracomment>Names a link in messages about its fields (&quot;link #3: ...&quot;): %1 is its position in the list, from 1.</extracomment>
        <translation>veza #%1</translation>
    </message>
    <message>
        <source>link #%1: id is empty</source>
        <extracomment>%1: the link&apos;s position in the list, from 1. id is a JSON key; keep it.</extracomment>
        <translation>veza #%1: id je prazan</translation>
    </message>
    <message>
        <source>link %1</source>
        <extracomment>Names a link in messages about its fields (&quot;link SCP: ...&quot;): %1 is its id.</extracomment>
        <translation>veza %1</translation>
    </message>
    <message>
        <source>scenario #%1 must be an object</source>
        <extracomment>%1: the scenario&apos;s position in the &quot;scenarios&quot; list, from 1.</extracomment>
        <translation>scenario #%1 mora biti objekat</translation>
    </message>
    <message>
        <source>scenario #%1</source>
        <extracomment>Names a scenario in messages about its fields (&quot;scenario #2: ...&quot;): %1 is its position in the list, from 1.</extracomment>
        <translation>scenario #%1</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;</source>
        <extracomment>Names a scenario in messages about its fields: %1 is its name.</extracomment>
        <translation>scenario „%1“</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: values must be an array</source>
        <extracomment>%1: a scenario name. values is a JSON key; keep it.</extracomment>
        <translation>scenario „%1“: values mora biti niz</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: value #%2 must be an object</source>
        <extracomment>%1: a scenario name; %2: the value&apos;s position in its &quot;values&quot; list, from 1.</extracomment>
        <translation>scenario „%1“: vrednost #%2 mora biti objekat</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; value #%2</source>
        <extracomment>Names one value of a scenario in messages about its fields: %1 is the scenario&apos;s name, %2 the value&apos;s position in the scenario&apos;s &quot;values&quot; list, from 1.</extracomment>
        <translation>scenario „%1“, vrednost #%2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; value #%2: name exactly one of &quot;node&quot; or &quot;link&quot;</source>
        <extracomment>%1: a scenario name; %2: the value&apos;s position in its list, from 1. &quot;node&quot; and &quot;link&quot; are JSON keys; keep them.</extracomment>
        <translation>scenario „%1“, vrednost #%2: navedite tačno jedno od „node“ ili „link“</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <extracomment>%1: a byte offset in the file; %2: the parser&apos;s explanation.</extracomment>
        <translation>neispravan JSON na poziciji %1: %2</translation>
    </message>
    <message>
        <source>malformed network: the top level must be an object with &quot;nodes&quot; and &quot;links&quot;</source>
        <extracomment>&quot;nodes&quot; and &quot;links&quot; are JSON keys; keep them.</extracomment>
        <translation>neispravna mreža: najviši nivo mora biti objekat sa „nodes“ i „links“</translation>
    </message>
    <message>
        <source>malformed network: &quot;%1&quot; must be an array</source>
        <extracomment>%1: a JSON key, &quot;nodes&quot; or &quot;links&quot;; keep it.</extracomment>
        <translation>neispravna mreža: „%1“ mora biti niz</translation>
    </message>
    <message>
        <source>&quot;scenarios&quot; must be an array</source>
        <extracomment>&quot;scenarios&quot; is a JSON key; keep it.</extracomment>
        <translation>„scenarios“ mora biti niz</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <extracomment>%1: the system&apos;s reason, e.g. &quot;No such file or directory&quot;.</extracomment>
        <translation>nije moguće pročitati: %1</translation>
    </message>
    <message>
        <source>outage of %1: %2</source>
        <extracomment>%1: the id of the link taken out of service; %2: why the network could not be solved without it.</extracomment>
        <translation>ispad veze %1: %2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: %2</source>
        <extracomment>%1: a scenario name; %2: what is wrong with the network it makes (a whole message such as &quot;link SCP: capacity must be a finite number &gt;= 0, not -1&quot;).</extracomment>
        <translation>scenario „%1“: %2</translation>
    </message>
    <message>
        <source>no scenario called &quot;%1&quot;</source>
        <extracomment>%1: a scenario name.</extracomment>
        <translation>nema scenarija „%1“</translation>
    </message>
    <message>
        <source>a scenario called &quot;%1&quot; already exists</source>
        <extracomment>%1: a scenario name.</extracomment>
        <translation>scenario „%1“ već postoji</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>scenario mora imati naziv</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; sets no %2 for %3</source>
        <extracomment>%1: a scenario name; %2: a field name such as capacity (keep it); %3: a node or link id.</extracomment>
        <translation>scenario „%1“ ne postavlja %2 za %3</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: unknown node %2</source>
        <extracomment>%1: a scenario name; %2: the node id it names.</extracomment>
        <translation>scenario „%1“: nepoznat čvor %2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: unknown link %2</source>
        <extracomment>%1: a scenario name; %2: the link id it names.</extracomment>
        <translation>scenario „%1“: nepoznata veza %2</translation>
    </message>
    <message>
        <source>another program is writing the file; try again when it has finished</source>
        <translation>drugi program upisuje u datoteku; pokušajte ponovo kada završi</translation>
    </message>
    <message>
        <source>disk full: the changes were not saved</source>
        <translation>disk je pun: izmene nisu sačuvane</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>datoteka je samo za čitanje</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>nije moguće otvoriti datoteku</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>nemate dozvolu za pristup</translation>
    </message>
    <message>
        <source>the file could not be read or written</source>
        <translation>nije bilo moguće čitati iz datoteke ili upisivati u nju</translation>
    </message>
    <message>
        <source>the file is corrupt</source>
        <translation>datoteka je oštećena</translation>
    </message>
    <message>
        <source>not a database, or a corrupt one</source>
        <translation>nije baza podataka ili je oštećena</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>The operation on the project file was cancelled (by the user).</extracomment>
        <translation>otkazano</translation>
    </message>
    <message>
        <source>SQL error</source>
        <translation>SQL greška</translation>
    </message>
    <message>
        <source>constraint failed</source>
        <translation>ograničenje nije ispunjeno</translation>
    </message>
    <message>
        <source>data type mismatch</source>
        <translation>neodgovarajući tip podataka</translation>
    </message>
    <message>
        <source>parameter index out of range</source>
        <translation>indeks parametra je van opsega</translation>
    </message>
    <message>
        <source>value too big</source>
        <translation>vrednost je prevelika</translation>
    </message>
    <message>
        <source>the database schema changed</source>
        <translation>šema baze podataka je promenjena</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nema dovoljno memorije</translation>
    </message>
    <message>
        <source>SQLite failed</source>
        <translation>greška u SQLite-u</translation>
    </message>
    <message>
        <source>%1 (%2) in: %3</source>
        <extracomment>%1: what went wrong (e.g. &quot;constraint failed&quot;); %2: SQLite&apos;s own words (English); %3: the SQL statement at fault.</extracomment>
        <translation>%1 (%2) u: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1: what went wrong (e.g. &quot;disk full: the changes were not saved&quot;); %2: SQLite&apos;s own words (English).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot bind parameter %1: %2</source>
        <extracomment>%1: the number of an SQL statement parameter; %2: why (a message such as &quot;value too big (...)&quot;).</extracomment>
        <translation>nije moguće povezati parametar %1: %2</translation>
    </message>
    <message>
        <source>cannot bind parameter %1: NaN is not a storable number in: %2</source>
        <extracomment>%1: the number of an SQL statement parameter; %2: the SQL statement.</extracomment>
        <translation>nije moguće povezati parametar %1: NaN nije broj koji se može sačuvati, u: %2</translation>
    </message>
    <message>
        <source>no parameter called %1 in: %2</source>
        <extracomment>A programming error, rarely seen by users. %1: an SQL parameter name such as &quot;:id&quot;; %2: the SQL statement.</extracomment>
        <translation>nema parametra %1 u: %2</translation>
    </message>
    <message>
        <source>commit without an open transaction</source>
        <extracomment>A programming error, rarely seen by users.</extracomment>
        <translation>potvrda (commit) bez otvorene transakcije</translation>
    </message>
    <message>
        <source>the changes were not saved: the transaction had already been rolled back after an earlier error</source>
        <translation>izmene nisu sačuvane: transakcija je već poništena nakon ranije greške</translation>
    </message>
    <message>
        <source>the project has no network model (tables model_nodes, model_links)</source>
        <translation>projekat nema mrežni model (tabele model_nodes, model_links)</translation>
    </message>
    <message>
        <source>model_nodes: node %1 has unknown kind &quot;%2&quot;</source>
        <translation>model_nodes: čvor %1 ima nepoznatu vrstu „%2“</translation>
    </message>
    <message>
        <source>stored network model: %1</source>
        <translation>sačuvani mrežni model: %1</translation>
    </message>
    <message>
        <source>model_scenarios: %1</source>
        <translation>model_scenarios: %1</translation>
    </message>
    <message>
        <source>model_scenario_values: target must be &apos;node&apos; or &apos;link&apos;, not &apos;%1&apos;</source>
        <translation>model_scenario_values: kolona target mora biti &apos;node&apos; ili &apos;link&apos;, a ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>model_scenario_values: %1</source>
        <translation>model_scenario_values: %1</translation>
    </message>
    <message>
        <source>saving the model needs an open transaction</source>
        <translation>za čuvanje modela potrebna je otvorena transakcija</translation>
    </message>
</context>
<context>
    <name>RenderText</name>
    <message>
        <source>%1°N</source>
        <translation>%1° S</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>%1° J</translation>
    </message>
    <message>
        <source>%1°E</source>
        <translation>%1° I</translation>
    </message>
    <message>
        <source>%1°W</source>
        <translation>%1° Z</translation>
    </message>
</context>
<context>
    <name>Solve</name>
    <message>
        <source>no such file</source>
        <translation>datoteka ne postoji</translation>
    </message>
    <message>
        <source>Solver: %1</source>
        <translation>Rešavač: %1</translation>
    </message>
    <message>
        <source>Served %1 of %2 (unserved %3); total cost %4</source>
        <translation>Zadovoljeno %1 od %2 (nezadovoljeno %3); ukupni troškovi %4</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Veza</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>      Flow  Capacity  Util.  Note</source>
        <translation>    Protok Kapacitet Iskor.  Napomena</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>ispad</translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation>usko grlo</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>zasićena</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Čvor</translation>
    </message>
    <message>
        <source>    Demand    Served  Unserved  Origin of served</source>
        <translation>  Potražnja    Zadov.  Nezadov.  Poreklo zadovoljene potražnje</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>inflow %1, outflow %2, served %3 of %4; inflow origin: %5</source>
        <translation>priliv %1, odliv %2, zadovoljeno %3 od %4; poreklo priliva: %5</translation>
    </message>
    <message>
        <source>inflow %1, served %2 of %3; origin: %4</source>
        <translation>priliv %1, zadovoljeno %2 od %3; poreklo: %4</translation>
    </message>
    <message>
        <source>N-1 outages ranked by demand lost</source>
        <translation>N-1 ispadi rangirani prema izgubljenoj potražnji</translation>
    </message>
    <message>
        <source>lost %1, cost change %2</source>
        <translation>izgubljeno %1, promena troškova %2</translation>
    </message>
    <message>
        <source>Solve the network model: maximise served demand, then minimise total cost, within capacities. Without --scenario a project&apos;s first scenario is solved (a JSON network without scenarios: its own values).</source>
        <translation>Rešava mrežni model: maksimizuje zadovoljenu potražnju, zatim minimizuje ukupne troškove, u granicama kapaciteta. Bez --scenario rešava se prvi scenario projekta (za JSON mrežu bez scenarija: njene sopstvene vrednosti).</translation>
    </message>
    <message>
        <source>A project GeoPackage with a model, or a NETWORK.json.</source>
        <translation>GeoPackage projekat sa modelom ili NETWORK.json.</translation>
    </message>
    <message>
        <source>Scenario to solve.</source>
        <translation>Scenario koji se rešava.</translation>
    </message>
    <message>
        <source>Links out of service (comma-separated ids; repeatable).</source>
        <translation>Veze van pogona (identifikatori razdvojeni zarezima; može se ponavljati).</translation>
    </message>
    <message>
        <source>Rank every single-link outage by the demand lost.</source>
        <translation>Rangira ispad svake pojedinačne veze prema izgubljenoj potražnji.</translation>
    </message>
    <message>
        <source>Output: json, csv or table (default).</source>
        <translation>Izlaz: json, csv ili table (podrazumevano).</translation>
    </message>
    <message>
        <source>auto (default), clp or lemon.</source>
        <translation>auto (podrazumevano), clp ili lemon.</translation>
    </message>
    <message>
        <source>solve takes exactly one PROJECT.gpkg or NETWORK.json</source>
        <translation>solve prihvata tačno jedan PROJECT.gpkg ili NETWORK.json</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (json, csv or table)</source>
        <translation>nepoznat format „%1“ (json, csv ili table)</translation>
    </message>
    <message>
        <source>unknown solver &quot;%1&quot; (auto, clp or lemon)</source>
        <translation>nepoznat rešavač „%1“ (auto, clp ili lemon)</translation>
    </message>
    <message>
        <source>%1: no scenario called &quot;%2&quot; (available: %3)</source>
        <translation>%1: nema scenarija „%2“ (dostupni: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nema</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
</context>
<context>
    <name>StyleStoreText</name>
    <message>
        <source>unsupported style version %1</source>
        <translation>nepodržana verzija stila %1</translation>
    </message>
    <message>
        <source>Corridor Atlas layer styles (JSON, one row per layer)</source>
        <translation>Stilovi slojeva Corridor Atlas (JSON, jedan red po sloju)</translation>
    </message>
    <message>
        <source>the saved style of layer &quot;%1&quot; is not valid JSON: %2</source>
        <translation>sačuvani stil sloja „%1“ nije ispravan JSON: %2</translation>
    </message>
</context>
<context>
    <name>StyleText</name>
    <message>
        <source>operating</source>
        <translation>u pogonu</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>u izgradnji</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planirano</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Države</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Dobavljač</translation>
    </message>
    <message>
        <source>South Caucasus</source>
        <translation>Južni Kavkaz</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turska</translation>
    </message>
    <message>
        <source>Balkans</source>
        <translation>Balkan</translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation>Južna Evropa</translation>
    </message>
    <message>
        <source>Central Europe</source>
        <translation>Centralna Evropa</translation>
    </message>
    <message>
        <source>Eastern neighbourhood</source>
        <translation>Istočno susedstvo</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Ostale države</translation>
    </message>
    <message>
        <source>Gas pipelines</source>
        <translation>Gasovodi</translation>
    </message>
    <message>
        <source>Oil pipelines</source>
        <translation>Naftovodi</translation>
    </message>
    <message>
        <source>Power links</source>
        <translation>Elektroenergetske veze</translation>
    </message>
    <message>
        <source>Air route (great circle)</source>
        <translation>Vazdušna ruta (ortodroma)</translation>
    </message>
    <message>
        <source>Airports</source>
        <translation>Aerodromi</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Postrojenja</translation>
    </message>
    <message>
        <source>Other station</source>
        <translation>Druga stanica</translation>
    </message>
    <message>
        <source>Power plant</source>
        <translation>Elektrana</translation>
    </message>
    <message>
        <source>LNG terminal</source>
        <translation>LNG terminal</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Gas storage</source>
        <translation>Skladište gasa</translation>
    </message>
    <message>
        <source>Compressor station</source>
        <translation>Kompresorska stanica</translation>
    </message>
    <message>
        <source>Interconnection point</source>
        <translation>Tačka interkonekcije</translation>
    </message>
    <message>
        <source>Substation / converter</source>
        <translation>Trafostanica / konvertorska stanica</translation>
    </message>
</context>
<context>
    <name>corridor::i18n</name>
    <message>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation>nepoznat jezik „%1“ (dostupni: %2)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::AttributeTablePanel</name>
    <message>
        <source>Layer</source>
        <translation>Sloj</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filtriraj redove…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtriraj redove</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Prikaži izabrano</translation>
    </message>
    <message>
        <source>Zoom the map to the selected rows</source>
        <translation>Prikaži na karti izabrane redove</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Poništi izbor</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Sloj:</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Tabela atributa</translation>
    </message>
    <message>
        <source>No layer</source>
        <translation>Nema sloja</translation>
    </message>
    <message>
        <source>%1 of %2 features shown, %3 selected%4</source>
        <translation>Prikazano objekata: %1 od %2, izabrano: %3%4</translation>
    </message>
    <message>
        <source> — sorting…</source>
        <translation> — sortiranje…</translation>
    </message>
</context>
<context>
    <name>corridor::ui::BookmarkPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation>Obeleživači</translation>
    </message>
    <message>
        <source>Add current view</source>
        <translation>Dodaj trenutni prikaz</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Store the current map view as a bookmark (Ctrl+D)</source>
        <translation>Sačuvaj trenutni prikaz karte kao obeleživač (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CategorisedPage</name>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Polje:</translation>
    </message>
    <message>
        <source>Field to categorise by</source>
        <translation>Polje po kome se kategoriše</translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation>&amp;Klasifikuj</translation>
    </message>
    <message>
        <source>One category per value of the field (at most %1)</source>
        <translation>Jedna kategorija za svaku vrednost polja (najviše %1)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorije</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Boja:</translation>
    </message>
    <message>
        <source>The colour of the selected categories (a category drawn with an icon becomes a coloured marker)</source>
        <translation>Boja izabranih kategorija (kategorija koja se prikazuje ikonom postaje obojeni marker)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Add a category and type its value</source>
        <translation>Dodaj kategoriju i unesi njenu vrednost</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ob&amp;riši</translation>
    </message>
    <message>
        <source>Delete the selected categories (Del)</source>
        <translation>Obriši izabrane kategorije (Del)</translation>
    </message>
    <message>
        <source>Delete A&amp;ll</source>
        <translation>Obriši &amp;sve</translation>
    </message>
    <message>
        <source>Choose a field first.</source>
        <translation>Prvo izaberite polje.</translation>
    </message>
    <message>
        <source>The field “%1” has no values in this layer.</source>
        <translation>Polje „%1“ nema vrednosti u ovom sloju.</translation>
    </message>
    <message>
        <source>The field “%1” has %2 different values: only the first %3 are listed; the others are drawn as “other values” (Base symbol page).</source>
        <translation>Polje „%1“ ima %2 različitih vrednosti: navedeno je samo prvih %3; ostale se iscrtavaju kao „ostale vrednosti“ (kartica Osnovni simbol).</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CategoryModel</name>
    <message>
        <source>Drawn; colour %1</source>
        <translation>Iscrtava se; boja %1</translation>
    </message>
    <message>
        <source>Hidden; colour %1</source>
        <translation>Sakriveno; boja %1</translation>
    </message>
    <message>
        <source>Label the features of this category</source>
        <translation>Prikaži oznake objekata ove kategorije</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Simbol</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Oznake</translation>
    </message>
    <message>
        <source>Tick to draw the category; double-click (or the colour button) to change its colour</source>
        <translation>Označite da bi se kategorija iscrtavala; dvaput kliknite (ili upotrebite dugme za boju) da biste promenili njenu boju</translation>
    </message>
    <message>
        <source>The field value the category matches</source>
        <translation>Vrednost polja kojoj kategorija odgovara</translation>
    </message>
    <message>
        <source>The text in the legend</source>
        <translation>Tekst u legendi</translation>
    </message>
    <message>
        <source>Tick to label the features of the category</source>
        <translation>Označite da bi se prikazale oznake objekata ove kategorije</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ClassModel</name>
    <message>
        <source>Colour %1</source>
        <translation>Boja %1</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Simbol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Lower bound (included)</source>
        <translation>Donja granica (uključena)</translation>
    </message>
    <message>
        <source>Upper bound (excluded; the last class includes the maximum)</source>
        <translation>Gornja granica (isključena; poslednja klasa uključuje maksimum)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ColorButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Izaberite boju</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ExportDialog</name>
    <message>
        <source>Nothing to draw: the map has no layers.</source>
        <translation>Nema šta da se iscrta: karta nema slojeva.</translation>
    </message>
    <message>
        <source>The preview has no room.</source>
        <translation>Nema mesta za pregled.</translation>
    </message>
    <message>
        <source>Not enough memory for the preview.</source>
        <translation>Nema dovoljno memorije za pregled.</translation>
    </message>
    <message>
        <source>The preview failed.</source>
        <translation>Pregled nije uspeo.</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>nije moguće upisati: %1</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>neočekivana greška</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Izvezi kartu</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>Po&amp;dnaslov:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nema</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Stranica</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papir:</translation>
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
        <translation>Pismo (SAD, 8,5 × 11 in)</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Veličina u pikselima</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Veličina:</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Širina u pikselima</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Visina u pikselima</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orijentacija:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Vodoravno</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Uspravno</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Re&amp;zolucija:</translation>
    </message>
    <message>
        <source>Pixels per inch of a PNG on paper; PDF and SVG are vector and need none.</source>
        <translation>Broj piksela po inču za PNG na papiru; PDF i SVG su vektorski i ne zahtevaju je.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Map e&amp;xtent:</source>
        <translation>O&amp;buhvat karte:</translation>
    </message>
    <message>
        <source>Current map view</source>
        <translation>Trenutni prikaz karte</translation>
    </message>
    <message>
        <source>Full corridor</source>
        <translation>Ceo koridor</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legenda</translation>
    </message>
    <message>
        <source>&amp;Scale bar</source>
        <translation>&amp;Razmernik</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>Strelica &amp;severa</translation>
    </message>
    <message>
        <source>&amp;Inset locator</source>
        <translation>&amp;Umetnuta karta položaja</translation>
    </message>
    <message>
        <source>&amp;Graticule</source>
        <translation>&amp;Koordinatna mreža</translation>
    </message>
    <message>
        <source>Draw model flo&amp;ws</source>
        <translation>Iscrtaj pro&amp;toke iz modela</translation>
    </message>
    <message>
        <source>The flows the map shows (scenario, difference, outages), with their legend.</source>
        <translation>Protoci koje karta prikazuje (scenario, razlika, ispadi), sa svojom legendom.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Izlaz</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Izlazna datoteka:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pre&amp;gledaj…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Pregled stranice</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Iscrtavanje…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Izv&amp;ezi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Azerbaijan–Serbia energy corridor</source>
        <translation>Energetski koridor Azerbejdžan–Srbija</translation>
    </message>
    <message>
        <source>Gas, oil, power and air links · %1</source>
        <translation>Gasne, naftne, elektroenergetske i vazdušne veze · %1</translation>
    </message>
    <message>
        <source>Change in modelled flows: scenario &quot;%1&quot; minus reference &quot;%2&quot; · %3</source>
        <translation>Promena modelovanih protoka: scenario „%1“ minus referentni scenario „%2“ · %3</translation>
    </message>
    <message>
        <source>Change in modelled flows · %1</source>
        <translation>Promena modelovanih protoka · %1</translation>
    </message>
    <message>
        <source>Modelled flows, scenario &quot;%1&quot; · %2</source>
        <translation>Modelovani protoci, scenario „%1“ · %2</translation>
    </message>
    <message>
        <source>Modelled flows · %1</source>
        <translation>Modelovani protoci · %1</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .svg or .png.</source>
        <translation>Izaberite datoteku sa nastavkom .pdf, .svg ili .png.</translation>
    </message>
    <message>
        <source>Unknown: the file name must end in .pdf, .svg or .png.</source>
        <translation>Nepoznat: naziv datoteke mora imati nastavak .pdf, .svg ili .png.</translation>
    </message>
    <message>
        <source>PDF (vector, text as text)</source>
        <translation>PDF (vektorski, tekst kao tekst)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (vektorski)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG slika</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 piksela</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels</source>
        <translation>%1 · %2 × %3 piksela</translation>
    </message>
    <message>
        <source>PDF (vector) (*.pdf);;SVG (vector) (*.svg);;PNG image (*.png)</source>
        <translation>PDF (vektorski) (*.pdf);;SVG (vektorski) (*.svg);;PNG slika (*.png)</translation>
    </message>
    <message>
        <source>Choose an output file (.pdf, .svg or .png).</source>
        <translation>Izaberite izlaznu datoteku (.pdf, .svg ili .png).</translation>
    </message>
    <message>
        <source>Could not export “%1”:
%2</source>
        <translation>Nije moguće izvesti „%1“:
%2</translation>
    </message>
    <message>
        <source>unsupported format “%1” (use .pdf, .svg or .png)</source>
        <translation>nepodržan format „%1“ (koristite .pdf, .svg ili .png)</translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation>ovo je fascikla</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>fascikla %1 ne postoji</translation>
    </message>
    <message>
        <source>nothing to draw: the map has no layers</source>
        <translation>nema šta da se iscrta: karta nema slojeva</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Izvozi se %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1, but the legend does not fit the page: %n entry(ies) left out (use a larger page, or turn the legend off).</source>
        <translation>
            <numerusform>Izvezeno: %1, ali legenda ne staje na stranicu: izostavljena je %n stavka (koristite veću stranicu ili isključite legendu).</numerusform>
            <numerusform>Izvezeno: %1, ali legenda ne staje na stranicu: izostavljene su %n stavke (koristite veću stranicu ili isključite legendu).</numerusform>
            <numerusform>Izvezeno: %1, ali legenda ne staje na stranicu: izostavljeno je %n stavki (koristite veću stranicu ili isključite legendu).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export of %1 cancelled.</source>
        <translation>Izvoz datoteke %1 je otkazan.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::GraduatedPage</name>
    <message>
        <source>Oranges</source>
        <translation>Narandžaste</translation>
    </message>
    <message>
        <source>Blues</source>
        <translation>Plave</translation>
    </message>
    <message>
        <source>Greens</source>
        <translation>Zelene</translation>
    </message>
    <message>
        <source>Reds</source>
        <translation>Crvene</translation>
    </message>
    <message>
        <source>Purples</source>
        <translation>Ljubičaste</translation>
    </message>
    <message>
        <source>Yellow-orange-red</source>
        <translation>Žuto-narandžasto-crvena</translation>
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
        <translation>Jednaki intervali</translation>
    </message>
    <message>
        <source>Quantile (equal count)</source>
        <translation>Kvantili (jednak broj)</translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation>&amp;Klasifikuj</translation>
    </message>
    <message>
        <source>New classes from the field&apos;s values</source>
        <translation>Nove klase na osnovu vrednosti polja</translation>
    </message>
    <message>
        <source>&amp;Number of classes:</source>
        <translation>Broj kl&amp;asa:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Polje:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metod:</translation>
    </message>
    <message>
        <source>Colour &amp;ramp:</source>
        <translation>&amp;Skala boja:</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klase</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Boja:</translation>
    </message>
    <message>
        <source>The colour of the selected classes</source>
        <translation>Boja izabranih klasa</translation>
    </message>
    <message>
        <source>The layer has no numeric field.</source>
        <translation>Sloj nema numeričko polje.</translation>
    </message>
    <message>
        <source>Choose a field first.</source>
        <translation>Prvo izaberite polje.</translation>
    </message>
    <message>
        <source>The field “%1” has no numeric values in this layer.</source>
        <translation>Polje „%1“ nema numeričkih vrednosti u ovom sloju.</translation>
    </message>
    <message>
        <source>All values of “%1” are equal: one class.</source>
        <translation>Sve vrednosti polja „%1“ su jednake: jedna klasa.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::IdentifyPanel</name>
    <message>
        <source>Click a feature on the map with the Identify tool (I).</source>
        <translation>Kliknite na objekat na karti alatom Identifikuj (I).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Identify results</source>
        <translation>Rezultati identifikacije</translation>
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
        <translation>Protok u modelu</translation>
    </message>
    <message>
        <source>No feature under the cursor.</source>
        <translation>Nema objekta ispod kursora.</translation>
    </message>
    <message>
        <source>A model flow under the cursor.</source>
        <translation>Ispod kursora je protok iz modela.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) under the cursor, topmost layer first.</source>
        <translation>
            <numerusform>Ispod kursora je %n objekat; prvo najviši sloj.</numerusform>
            <numerusform>Ispod kursora su %n objekta; prvo najviši sloj.</numerusform>
            <numerusform>Ispod kursora je %n objekata; prvo najviši sloj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature id</source>
        <translation>ID objekta</translation>
    </message>
</context>
<context>
    <name>corridor::ui::LabelsPage</name>
    <message>
        <source>&amp;Label features</source>
        <translation>Prikaži o&amp;znake objekata</translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>Tekst oznake</translation>
    </message>
    <message>
        <source>A field, or a template with fields in braces such as {name} ({iata})</source>
        <translation>Polje ili šablon sa poljima u vitičastim zagradama, npr. {name} ({iata})</translation>
    </message>
    <message>
        <source>A field, or a template such as &lt;tt&gt;{name} ({iata})&lt;/tt&gt;</source>
        <translation>Polje ili šablon, npr. &lt;tt&gt;{name} ({iata})&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>S&amp;horten long names (cut at “ (”, “;”, “ – ”)</source>
        <translation>&amp;Skrati dugačke nazive (preseci kod „ (“, „;“, „ – “)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Podebljano</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kurziv</translation>
    </message>
    <message>
        <source>Hal&amp;o</source>
        <translation>O&amp;reol</translation>
    </message>
    <message>
        <source>A light outline around the text, for legibility over lines and fills</source>
        <translation>Svetli obris oko teksta, radi čitljivosti preko linija i ispuna</translation>
    </message>
    <message>
        <source>Halo width</source>
        <translation>Širina oreola</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Veličina &amp;fonta:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Boja:</translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation>Obris:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Primer:</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Oznake</translation>
    </message>
    <message>
        <source>(no such field)</source>
        <translation>(nema takvog polja)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prazno)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::LayerTreeModel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n feature(s)&lt;br&gt;CRS: %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n objekat&lt;br&gt;KRS: %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n objekta&lt;br&gt;KRS: %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n objekata&lt;br&gt;KRS: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Source: %1</source>
        <translation>&lt;br&gt;Izvor: %1</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>vidljiv</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>sakriven</translation>
    </message>
</context>
<context>
    <name>corridor::ui::LinkTableModel</name>
    <message>
        <source>Capacity from %1 to %2; double-click or press F2 to edit</source>
        <translation>Kapacitet od %1 do %2; za izmenu dvaput kliknite ili pritisnite F2</translation>
    </message>
    <message>
        <source>On the minimum cut: more capacity here would serve more demand</source>
        <translation>Na minimalnom preseku: veći kapacitet ovde zadovoljio bi veću potražnju</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>van pogona</translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation>usko grlo</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>zasićena</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Veza</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Od → do</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Protok</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Iskorišćenost</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Ograničenje</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MainWindow</name>
    <message>
        <source>saved layer styles and bookmarks could not be read: %1</source>
        <translation>nije moguće pročitati sačuvane stilove slojeva i obeleživače: %1</translation>
    </message>
    <message>
        <source>the saved map CRS is not usable (%1); using ETRS89-LAEA</source>
        <translation>sačuvani KRS karte nije upotrebljiv (%1); koristi se ETRS89-LAEA</translation>
    </message>
    <message>
        <source>layer “%1” from %2 was not loaded: %3</source>
        <translation>sloj „%1“ iz %2 nije učitan: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>otkazano</translation>
    </message>
    <message>
        <source>layer “%1” cannot be shown in %2: %3</source>
        <translation>sloj „%1“ nije moguće prikazati u %2: %3</translation>
    </message>
    <message>
        <source>Could not add “%1”:
%2</source>
        <translation>Nije moguće dodati „%1“:
%2</translation>
    </message>
    <message>
        <source>Adding “%1” was cancelled.</source>
        <translation>Dodavanje „%1“ je otkazano.</translation>
    </message>
    <message>
        <source>Could not add “%1”, layer “%2”:
%3</source>
        <translation>Nije moguće dodati „%1“, sloj „%2“:
%3</translation>
    </message>
    <message>
        <source>Could not add “%1”: layer “%2” cannot be shown in %3:
%4</source>
        <translation>Nije moguće dodati „%1“: sloj „%2“ nije moguće prikazati u %3:
%4</translation>
    </message>
    <message>
        <source>Could not add “%1”:
the file has no layers with geometry.</source>
        <translation>Nije moguće dodati „%1“:
datoteka nema slojeve sa geometrijom.</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.kmz *.gml *.csv *.topojson *.sqlite *.gpx *.tab *.mif);;All files (*)</source>
        <translation>Vektorski podaci (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.kmz *.gml *.csv *.topojson *.sqlite *.gpx *.tab *.mif);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>the network model could not be read: %1</source>
        <translation>nije moguće pročitati mrežni model: %1</translation>
    </message>
    <message>
        <source>Drawing failed: %1</source>
        <translation>Iscrtavanje nije uspelo: %1</translation>
    </message>
    <message>
        <source>%1 features · %2 ms</source>
        <translation>Objekata: %1 · %2 ms</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Otvori projekat…</translation>
    </message>
    <message>
        <source>Open a project (GeoPackage or any vector file)</source>
        <translation>Otvori projekat (GeoPackage ili bilo koju vektorsku datoteku)</translation>
    </message>
    <message>
        <source>&amp;Add Vector Data…</source>
        <translation>&amp;Dodaj vektorske podatke…</translation>
    </message>
    <message>
        <source>Add the layers of any vector file GDAL reads</source>
        <translation>Dodaj slojeve iz bilo koje vektorske datoteke koju GDAL čita</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Sačuvaj projekat</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Sačuvaj projekat &amp;kao…</translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation>Iz&amp;vezi kartu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Po&amp;dešavanja…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Uvećaj</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>U&amp;manji</translation>
    </message>
    <message>
        <source>&amp;Full Extent</source>
        <translation>&amp;Ceo obuhvat</translation>
    </message>
    <message>
        <source>Show the whole corridor (Home on the map)</source>
        <translation>Prikaži ceo koridor (taster Home na karti)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>Prikaži ceo s&amp;loj</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Prikaži &amp;izabrano</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>&amp;Prethodni prikaz</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>&amp;Sledeći prikaz</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Osveži</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Pomeri kartu</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>&amp;Identifikuj</translation>
    </message>
    <message>
        <source>&amp;Measure Distance</source>
        <translation>&amp;Meri rastojanje</translation>
    </message>
    <message>
        <source>Measure &amp;Area</source>
        <translation>Meri po&amp;vršinu</translation>
    </message>
    <message>
        <source>Identify at Map &amp;Centre</source>
        <translation>Identifikuj u &amp;centru karte</translation>
    </message>
    <message>
        <source>Identify what is under the centre of the map (keyboard use)</source>
        <translation>Identifikuj ono što je u centru karte (za rad sa tastaturom)</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>Poništi &amp;izbor</translation>
    </message>
    <message>
        <source>New &amp;Bookmark…</source>
        <translation>Novi &amp;obeleživač…</translation>
    </message>
    <message>
        <source>&amp;Find Feature…</source>
        <translation>&amp;Nađi objekat…</translation>
    </message>
    <message>
        <source>Layer &amp;Style…</source>
        <translation>&amp;Stil sloja…</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>Otvori &amp;tabelu atributa</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>&amp;Ukloni sloj</translation>
    </message>
    <message>
        <source>Move Layer &amp;Up</source>
        <translation>Pomeri sloj &amp;više</translation>
    </message>
    <message>
        <source>Move Layer &amp;Down</source>
        <translation>Pomeri sloj &amp;niže</translation>
    </message>
    <message>
        <source>Go to &amp;Map</source>
        <translation>Pređi na k&amp;artu</translation>
    </message>
    <message>
        <source>Go to &amp;Layers</source>
        <translation>Pređi na sloje&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Opozovi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <source>Show &amp;Flows</source>
        <translation>Prikaži p&amp;rotoke</translation>
    </message>
    <message>
        <source>Draw the model&apos;s flows on the map: width by flow, colour by utilisation</source>
        <translation>Iscrtaj protoke iz modela na karti: debljina prema protoku, boja prema iskorišćenosti</translation>
    </message>
    <message>
        <source>&amp;About Corridor Atlas</source>
        <translation>&amp;O programu Corridor Atlas</translation>
    </message>
    <message>
        <source>About Corridor Atlas</source>
        <translation>O programu Corridor Atlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Corridor Atlas %1&lt;/h3&gt;&lt;p&gt;A desktop GIS for the energy corridor from Azerbaijan to Serbia and on into Central and Southern Europe.&lt;/p&gt;&lt;p&gt;Qt %2 · GDAL · PROJ · GEOS · SQLite&lt;/p&gt;&lt;p&gt;Countries: Made with Natural Earth. Corridor facts: see the &lt;i&gt;sources&lt;/i&gt; table of the project.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Corridor Atlas %1&lt;/h3&gt;&lt;p&gt;Desktop GIS za energetski koridor od Azerbejdžana do Srbije i dalje ka Centralnoj i Južnoj Evropi.&lt;/p&gt;&lt;p&gt;Qt %2 · GDAL · PROJ · GEOS · SQLite&lt;/p&gt;&lt;p&gt;Države: izrađeno pomoću Natural Earth. Podaci o koridoru: pogledajte tabelu &lt;i&gt;sources&lt;/i&gt; u projektu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Slojevi</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Neprozirnost:</translation>
    </message>
    <message>
        <source>Layer opacity</source>
        <translation>Neprozirnost sloja</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Obeleživači</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>Rezultati identifikacije</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Merenje</translation>
    </message>
    <message>
        <source>Attribute Table</source>
        <translation>Tabela atributa</translation>
    </message>
    <message>
        <source>Network Model</source>
        <translation>Mrežni model</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otvori &amp;nedavne</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Uređivanje</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
    </message>
    <message>
        <source>Map &amp;CRS</source>
        <translation>&amp;KRS karte</translation>
    </message>
    <message>
        <source>ETRS89 / LAEA Europe (EPSG:3035)</source>
        <translation>ETRS89 / LAEA Evropa (EPSG:3035)</translation>
    </message>
    <message>
        <source>Web Mercator (EPSG:3857)</source>
        <translation>Veb Merkator (EPSG:3857)</translation>
    </message>
    <message>
        <source>WGS 84 longitude/latitude (EPSG:4326)</source>
        <translation>WGS 84 geografska dužina/širina (EPSG:4326)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Prilagođeni…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistemska</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Svetla</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tamna</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;neli</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Sloj</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Alati</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moć</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekat</translation>
    </message>
    <message>
        <source>Map Navigation</source>
        <translation>Navigacija kartom</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pretraga</translation>
    </message>
    <message>
        <source>Find a feature: TANAP, Niš, BEG… (Ctrl+F)</source>
        <translation>Nađite objekat: TANAP, Niš, BEG… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a feature by name</source>
        <translation>Nađi objekat po nazivu</translation>
    </message>
    <message>
        <source>Map scale at the centre of the view</source>
        <translation>Razmera karte u centru prikaza</translation>
    </message>
    <message>
        <source>Map coordinate reference system</source>
        <translation>Koordinatni referentni sistem karte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>%1
%2 of %3 features</source>
        <translation>%1
Objekata: %2 od %3</translation>
    </message>
    <message>
        <source>%1
%2 features</source>
        <translation>%1
Objekata: %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Otvara se %1…</translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled.</source>
        <translation>Otvaranje „%1“ je otkazano.</translation>
    </message>
    <message>
        <source>Could not open “%1”:
%2</source>
        <translation>Nije moguće otvoriti „%1“:
%2</translation>
    </message>
    <message>
        <source>Could not save “%1”:
%2</source>
        <translation>Nije moguće sačuvati „%1“:
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sačuvano: %1</translation>
    </message>
    <message>
        <source>cannot copy the project to this place</source>
        <translation>projekat nije moguće kopirati na ovu lokaciju</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>nije moguće zameniti datoteku</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Dodaje se %1…</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Dodaje se %n datoteka…</numerusform>
            <numerusform>Dodaju se %n datoteke…</numerusform>
            <numerusform>Dodaje se %n datoteka…</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer “%1” cannot be shown in %2:
%3</source>
        <translation>Sloj „%1“ nije moguće prikazati u %2:
%3</translation>
    </message>
    <message>
        <source>Re-projecting to %1…</source>
        <translation>Reprojektovanje u %1…</translation>
    </message>
    <message>
        <source>layer “%1”: %2</source>
        <translation>sloj „%1“: %2</translation>
    </message>
    <message>
        <source>The map cannot be shown in %1:
%2</source>
        <translation>Kartu nije moguće prikazati u %1:
%2</translation>
    </message>
    <message>
        <source>Custom map CRS</source>
        <translation>Prilagođeni KRS karte</translation>
    </message>
    <message>
        <source>EPSG code (e.g. EPSG:32638), PROJ string (+proj=…), WKT or a CRS name:</source>
        <translation>EPSG kod (npr. EPSG:32638), PROJ definicija (+proj=…), WKT ili naziv KRS-a:</translation>
    </message>
    <message>
        <source>“%1” is not a CRS PROJ knows:
%2</source>
        <translation>„%1“ nije KRS koji PROJ prepoznaje:
%2</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Veza</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Protok</translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Iskorišćenost</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Ograničenje</translation>
    </message>
    <message>
        <source>bottleneck (on the minimum cut)</source>
        <translation>usko grlo (na minimalnom preseku)</translation>
    </message>
    <message>
        <source>binding (at capacity)</source>
        <translation>zasićena (na granici kapaciteta)</translation>
    </message>
    <message>
        <source>Δ flow vs %1</source>
        <translation>Δ protoka u odnosu na %1</translation>
    </message>
    <message>
        <source>No feature matches “%1”.</source>
        <translation>Nijedan objekat ne odgovara upitu „%1“.</translation>
    </message>
    <message>
        <source>Found: %1 (%2)</source>
        <translation>Pronađeno: %1 (%2)</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Prikaz %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Preimenuj</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Otvori projekat</translation>
    </message>
    <message>
        <source>GeoPackage projects (*.gpkg);;</source>
        <translation>GeoPackage projekti (*.gpkg);;</translation>
    </message>
    <message>
        <source>Add Vector Data</source>
        <translation>Dodaj vektorske podatke</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Sačuvaj projekat kao</translation>
    </message>
    <message>
        <source>GeoPackage projects (*.gpkg)</source>
        <translation>GeoPackage projekti (*.gpkg)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Izvezeno: %1</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Nema projekta</translation>
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
        <translation>Nema KRS-a</translation>
    </message>
    <message>
        <source>Corridor Atlas</source>
        <translation>Corridor Atlas</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesačuvane izmene</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Nije moguće sačuvati: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Opozovi: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ponovi: %1</translation>
    </message>
    <message>
        <source>Save the changes to the layers, styles, bookmarks and network model of “%1”?</source>
        <translation>Da li želite da sačuvate izmene slojeva, stilova, obeleživača i mrežnog modela projekta „%1“?</translation>
    </message>
    <message>
        <source>Adding data was cancelled.</source>
        <translation>Dodavanje podataka je otkazano.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Δ flow (blue more, red less)</source>
        <translation>Δ protoka (plavo više, crveno manje)</translation>
    </message>
    <message>
        <source>Flow (colour: utilisation)</source>
        <translation>Protok (boja: iskorišćenost)</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>iskorišćenost</translation>
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
        <translation>Rastojanje (izlomljena linija)</translation>
    </message>
    <message>
        <source>Area (polygon)</source>
        <translation>Površina (poligon)</translation>
    </message>
    <message>
        <source>Measure mode</source>
        <translation>Režim merenja</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Click points on the map (snaps to facilities and airports; Shift: no snapping). Double-click or Enter finishes, Backspace undoes, Esc clears. Ellipsoidal (WGS 84) geodesics.</source>
        <translation>Kliknite tačke na karti (privlačenje na postrojenja i aerodrome; Shift: bez privlačenja). Dvoklik ili Enter završava merenje, Backspace poništava poslednju tačku, Esc briše sve. Geodetske linije na elipsoidu (WGS 84).</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>Dužina (km)</translation>
    </message>
    <message>
        <source>Segment lengths</source>
        <translation>Dužine segmenata</translation>
    </message>
    <message>
        <source>%1 → 1 (closing)</source>
        <translation>%1 → 1 (zatvaranje)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Još ništa nije izmereno.</translation>
    </message>
    <message>
        <source>Area: %1 km² · perimeter: %2 km</source>
        <translation>Površina: %1 km² · obim: %2 km</translation>
    </message>
    <message>
        <source>Total: %1 km</source>
        <translation>Ukupno: %1 km</translation>
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
        <translation>Ovaj projekat nema mrežni model.

Model (čvorovi, veze i scenariji u tabelama model_nodes, model_links i model_scenarios u GeoPackage datoteci) omogućava izmenu kapaciteta i potražnje i prikaz rezultujućih protoka na karti. Priloženi projekat koridora sadrži model.</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>The scenario shown on the map and edited in the tables</source>
        <translation>Scenario koji je prikazan na karti i koji se uređuje u tabelama</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliraj…</translation>
    </message>
    <message>
        <source>Copy the current scenario under a new name</source>
        <translation>Kopiraj trenutni scenario pod novim nazivom</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Preimenuj…</translation>
    </message>
    <message>
        <source>Rename the current scenario</source>
        <translation>Preimenuj trenutni scenario</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Delete the current scenario</source>
        <translation>Obriši trenutni scenario</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Jedinice:</translation>
    </message>
    <message>
        <source>Units of gas figures (power is always in MW)</source>
        <translation>Jedinice za količine gasa (snaga je uvek u MW)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Veze</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Čvorovi</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Razlika</translation>
    </message>
    <message>
        <source>N-1</source>
        <translation>N-1</translation>
    </message>
    <message>
        <source>Capacities and flows of pipelines and power links; edit a capacity to re-solve</source>
        <translation>Kapaciteti i protoci cevovoda i elektroenergetskih veza; izmenite kapacitet da biste ponovo rešili model</translation>
    </message>
    <message>
        <source>Supply, demand and what is served; edit supply or demand to re-solve</source>
        <translation>Ponuda, potražnja i zadovoljeni deo potražnje; izmenite ponudu ili potražnju da biste ponovo rešili model</translation>
    </message>
    <message>
        <source>Gas into Central and Southern Europe by country and origin</source>
        <translation>Gas za Centralnu i Južnu Evropu po državama i poreklu</translation>
    </message>
    <message>
        <source>Flows of another scenario compared with this one</source>
        <translation>Protoci drugog scenarija u poređenju sa ovim</translation>
    </message>
    <message>
        <source>Each link out of service in turn, ranked by the demand it cuts</source>
        <translation>Ispad svake veze ponaosob, rangiran prema izgubljenoj potražnji</translation>
    </message>
    <message>
        <source>Links of the network model</source>
        <translation>Veze mrežnog modela</translation>
    </message>
    <message>
        <source>Nodes of the network model</source>
        <translation>Čvorovi mrežnog modela</translation>
    </message>
    <message>
        <source>Regional summary</source>
        <translation>Regionalni pregled</translation>
    </message>
    <message>
        <source>Flow differences between scenarios</source>
        <translation>Razlike u protocima između scenarija</translation>
    </message>
    <message>
        <source>Single-outage ranking</source>
        <translation>Rangiranje pojedinačnih ispada</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Uporedi sa:</translation>
    </message>
    <message>
        <source>Δflow = that scenario&apos;s flow minus this scenario&apos;s flow</source>
        <translation>Δprotoka = protok u onom scenariju minus protok u ovom scenariju</translation>
    </message>
    <message>
        <source>Show Δ on the &amp;map</source>
        <translation>Prikaži Δ na &amp;karti</translation>
    </message>
    <message>
        <source>Draw the flow differences instead of the flows: blue more, red less</source>
        <translation>Iscrtaj razlike u protocima umesto protoka: plavo više, crveno manje</translation>
    </message>
    <message>
        <source>&amp;Run N-1</source>
        <translation>&amp;Pokreni N-1</translation>
    </message>
    <message>
        <source>Solve once per link with that link out of service</source>
        <translation>Reši model po jednom za svaku vezu, sa tom vezom van pogona</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Runs in the background; click a row to show the link on the map.</source>
        <translation>Izvršava se u pozadini; kliknite na red da biste prikazali vezu na karti.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nema)</translation>
    </message>
    <message>
        <source>The scenario “%1” could not be solved: %2</source>
        <translation>Scenario „%1“ nije moguće rešiti: %2</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>Rešava se…</translation>
    </message>
    <message>
        <source>%1 served of %2 demanded</source>
        <translation>Zadovoljeno %1 od traženih %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n bottleneck(s) · solved in %2 ms</source>
        <translation>
            <numerusform>%1 · %n usko grlo · rešeno za %2 ms</numerusform>
            <numerusform>%1 · %n uska grla · rešeno za %2 ms</numerusform>
            <numerusform>%1 · %n uskih grla · rešeno za %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Region / country</source>
        <translation>Region / država</translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation>Priliv</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Potražnja</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Zadovoljeno</translation>
    </message>
    <message>
        <source>Unserved</source>
        <translation>Nezadovoljeno</translation>
    </message>
    <message>
        <source>From Azerbaijan</source>
        <translation>Iz Azerbejdžana</translation>
    </message>
    <message>
        <source>Other origins</source>
        <translation>Drugo poreklo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Veza</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Flow here</source>
        <translation>Protok (ovaj)</translation>
    </message>
    <message>
        <source>Flow there</source>
        <translation>Protok (drugi)</translation>
    </message>
    <message>
        <source>Flow in %1</source>
        <translation>Protok u %1</translation>
    </message>
    <message>
        <source>Δ flow</source>
        <translation>Δ protoka</translation>
    </message>
    <message>
        <source>Choose a scenario to compare with.</source>
        <translation>Izaberite scenario za poređenje.</translation>
    </message>
    <message>
        <source>“%1” could not be solved: %2</source>
        <translation>„%1“ nije moguće rešiti: %2</translation>
    </message>
    <message>
        <source>Δ = flow in “%1” minus flow in “%2”, largest changes first.</source>
        <translation>Δ = protok u „%1“ minus protok u „%2“, prvo najveće promene.</translation>
    </message>
    <message numerus="yes">
        <source>Solving with each of %n link(s) out of service…</source>
        <translation>
            <numerusform>Rešava se sa svakom od %n veze van pogona…</numerusform>
            <numerusform>Rešava se sa svakom od %n veze van pogona…</numerusform>
            <numerusform>Rešava se sa svakom od %n veza van pogona…</numerusform>
        </translation>
    </message>
    <message>
        <source>The N-1 analysis failed: %1</source>
        <translation>N-1 analiza nije uspela: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Otkazano.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Link out of service</source>
        <translation>Veza van pogona</translation>
    </message>
    <message>
        <source>Demand lost</source>
        <translation>Izgubljena potražnja</translation>
    </message>
    <message>
        <source>Unserved in total</source>
        <translation>Ukupno nezadovoljeno</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Promena troškova</translation>
    </message>
    <message numerus="yes">
        <source>Scenario “%1”: %n outage(s), ranked by the demand they cut. Click a row to show the link.</source>
        <translation>
            <numerusform>Scenario „%1“: %n ispad, rangiran prema izgubljenoj potražnji. Kliknite na red da biste prikazali vezu.</numerusform>
            <numerusform>Scenario „%1“: %n ispada, rangirana prema izgubljenoj potražnji. Kliknite na red da biste prikazali vezu.</numerusform>
            <numerusform>Scenario „%1“: %n ispada, rangiranih prema izgubljenoj potražnji. Kliknite na red da biste prikazali vezu.</numerusform>
        </translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Scenario mora imati naziv.</translation>
    </message>
    <message>
        <source>There is already a scenario called “%1”.</source>
        <translation>Scenario „%1“ već postoji.</translation>
    </message>
    <message>
        <source>The scenario was not copied: %1</source>
        <translation>Scenario nije kopiran: %1</translation>
    </message>
    <message>
        <source>The scenario was not renamed: %1</source>
        <translation>Scenario nije preimenovan: %1</translation>
    </message>
    <message>
        <source>The last scenario cannot be deleted.</source>
        <translation>Poslednji scenario nije moguće obrisati.</translation>
    </message>
    <message>
        <source>The scenario was not deleted: %1</source>
        <translation>Scenario nije obrisan: %1</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>Dupliraj scenario</translation>
    </message>
    <message>
        <source>Name of the copy of “%1”:</source>
        <translation>Naziv kopije scenarija „%1“:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopija)</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Preimenuj scenario</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Novi naziv za „%1“:</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Obriši scenario</translation>
    </message>
    <message>
        <source>Delete the scenario “%1”? You can undo this with Edit ▸ Undo.</source>
        <translation>Da li želite da obrišete scenario „%1“? Ovo možete opozvati pomoću Uređivanje ▸ Opozovi.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ModelSession</name>
    <message>
        <source>the project has no network model</source>
        <translation>projekat nema mrežni model</translation>
    </message>
    <message>
        <source>the value must be a finite number</source>
        <translation>vrednost mora biti konačan broj</translation>
    </message>
    <message>
        <source>the value must not be negative</source>
        <translation>vrednost ne sme biti negativna</translation>
    </message>
    <message>
        <source>no such item: %1</source>
        <translation>stavka ne postoji: %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Postavi %1 za %2</translation>
    </message>
    <message>
        <source>Duplicate scenario %1</source>
        <translation>Dupliraj scenario %1</translation>
    </message>
    <message>
        <source>Rename scenario %1</source>
        <translation>Preimenuj scenario %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Obriši scenario %1</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>kapacitet</translation>
    </message>
    <message>
        <source>reverse capacity</source>
        <translation>kapacitet u obrnutom smeru</translation>
    </message>
    <message>
        <source>entry capacity</source>
        <translation>ulazni kapacitet</translation>
    </message>
    <message>
        <source>exit capacity</source>
        <translation>izlazni kapacitet</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>trošak</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>ponudu</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>potražnju</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>težinski faktor</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>efikasnost</translation>
    </message>
    <message>
        <source>unit factor</source>
        <translation>faktor pretvaranja jedinica</translation>
    </message>
    <message>
        <source>output limit</source>
        <translation>ograničenje izlazne snage</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ModelTableBase</name>
    <message>
        <source>“%1” is not a number. Enter a value such as 2.5.</source>
        <translation>„%1“ nije broj. Unesite vrednost kao što je 2,5.</translation>
    </message>
    <message>
        <source>%1 cannot be negative (you entered %2).</source>
        <translation>Vrednost za %1 ne može biti negativna (uneli ste %2).</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>Vrednost za %1 nije promenjena: %2</translation>
    </message>
</context>
<context>
    <name>corridor::ui::NodeTableModel</name>
    <message>
        <source>Double-click or press F2 to edit</source>
        <translation>Za izmenu dvaput kliknite ili pritisnite F2</translation>
    </message>
    <message>
        <source>A plant converts gas into power: no supply or demand of its own</source>
        <translation>Elektrana pretvara gas u električnu energiju: nema sopstvenu ponudu ni potražnju</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>izvor</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>potrošač</translation>
    </message>
    <message>
        <source>plant</source>
        <translation>elektrana</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>čvorište</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Čvor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Ponuda</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Potražnja</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Zadovoljeno</translation>
    </message>
    <message>
        <source>Unserved</source>
        <translation>Nezadovoljeno</translation>
    </message>
    <message>
        <source>Served by origin</source>
        <translation>Zadovoljeno po poreklu</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RegionChart</name>
    <message>
        <source>Gas into Central and Southern Europe by country and origin</source>
        <translation>Gas za Centralnu i Južnu Evropu po državama i poreklu</translation>
    </message>
    <message>
        <source>No regional figures: solve a scenario first.</source>
        <translation>Nema regionalnih podataka: prvo rešite scenario.</translation>
    </message>
    <message>
        <source>Other origins</source>
        <translation>Drugo poreklo</translation>
    </message>
    <message>
        <source>From Azerbaijan</source>
        <translation>Iz Azerbejdžana</translation>
    </message>
    <message>
        <source>gas</source>
        <translation>gas</translation>
    </message>
    <message>
        <source>power</source>
        <translation>električna energija</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>priliv</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RenderJob</name>
    <message>
        <source>not enough memory for a %1×%2 map image</source>
        <translation>nema dovoljno memorije za sliku karte %1×%2</translation>
    </message>
    <message>
        <source>the renderer failed</source>
        <translation>iscrtavanje nije uspelo</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RendererPage</name>
    <message>
        <source>Not a field of this layer</source>
        <translation>Nije polje ovog sloja</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Podešavanja</translation>
    </message>
    <message>
        <source>bcm/yr (billion cubic metres per year)</source>
        <translation>bcm/yr (milijardi kubnih metara godišnje)</translation>
    </message>
    <message>
        <source>mcm/d (million cubic metres per day)</source>
        <translation>mcm/d (miliona kubnih metara dnevno)</translation>
    </message>
    <message>
        <source>GWh/d (energy per day, 10.55 kWh/m³)</source>
        <translation>GWh/d (energija dnevno, 10,55 kWh/m³)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistemski podrazumevano</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistemska</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Svetla</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tamna</translation>
    </message>
    <message>
        <source>Gas &amp;volumes in:</source>
        <translation>&amp;Zapremine gasa u:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>The language applies at once; the command line&apos;s --lang overrides it for one run.</source>
        <translation>Jezik se primenjuje odmah; opcija --lang u komandnoj liniji ima prednost nad njim tokom jednog pokretanja.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SingleSymbolPage</name>
    <message>
        <source>Show this layer</source>
        <translation>Prikaži ovaj sloj</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Puna</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Isprekidana</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Tačkasta</translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation>Crta-tačka</translation>
    </message>
    <message>
        <source>No line</source>
        <translation>Bez linije</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Neprozirnost</translation>
    </message>
    <message>
        <source>&amp;Line colour:</source>
        <translation>Boja &amp;linije:</translation>
    </message>
    <message>
        <source>&amp;Fill colour:</source>
        <translation>Boja &amp;ispune:</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>&amp;Debljina linije:</translation>
    </message>
    <message>
        <source>&amp;Dash:</source>
        <translation>&amp;Stil linije:</translation>
    </message>
    <message>
        <source>&amp;Point size:</source>
        <translation>Veličina &amp;tačke:</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Neprozirnost:</translation>
    </message>
    <message>
        <source>Custom dashes</source>
        <translation>Prilagođene crtice</translation>
    </message>
    <message>
        <source>Other values</source>
        <translation>Ostale vrednosti</translation>
    </message>
    <message>
        <source>Draw features matching no category or class wit&amp;h this symbol</source>
        <translation>Isc&amp;rtaj objekte koji ne odgovaraju nijednoj kategoriji ili klasi ovim simbolom</translation>
    </message>
    <message>
        <source>e.g. Other</source>
        <translation>npr. Ostalo</translation>
    </message>
    <message>
        <source>Legend &amp;text:</source>
        <translation>Tekst u le&amp;gendi:</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Simbol</translation>
    </message>
</context>
<context>
    <name>corridor::ui::StyleDialog</name>
    <message>
        <source>Style — %1</source>
        <translation>Stil — %1</translation>
    </message>
    <message>
        <source>&amp;Renderer:</source>
        <translation>&amp;Vrsta prikaza:</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>Jedan simbol</translation>
    </message>
    <message>
        <source>Categorised</source>
        <translation>Kategorisano</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Graduisano</translation>
    </message>
    <message>
        <source>Single symbol: every feature alike. Categorised: a symbol per value of a field. Graduated: classes of a numeric field along a colour ramp.</source>
        <translation>Jedan simbol: svi objekti izgledaju isto. Kategorisano: poseban simbol za svaku vrednost polja. Graduisano: klase numeričkog polja duž skale boja.</translation>
    </message>
    <message>
        <source>Li&amp;ve update</source>
        <translation>Ažuriranje u&amp;živo</translation>
    </message>
    <message>
        <source>Redraw the map after every change; otherwise on Apply</source>
        <translation>Ponovo iscrtaj kartu posle svake izmene; u suprotnom tek kada kliknete na Primeni</translation>
    </message>
    <message>
        <source>Back to the style the dialog opened with</source>
        <translation>Vrati stil kakav je bio pri otvaranju dijaloga</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Simbol</translation>
    </message>
    <message>
        <source>Base symbol</source>
        <translation>Osnovni simbol</translation>
    </message>
</context>
</TS>
