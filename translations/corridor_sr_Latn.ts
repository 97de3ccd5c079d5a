<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn">
<context>
    <name>Cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>bad --extent &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected minlon,minlat,maxlon,maxlat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitudes must be within -180..180 and latitudes within -90..90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum must be less than the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported output format &quot;%1&quot; (use .pdf, .svg or .png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image size must be between 16 and 20000 pixels per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be between 10 and 2400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown map CRS &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layer &quot;%1&quot; in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved styles ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no layers to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extent cannot be shown in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base map: Natural Earth (public domain). Infrastructure, capacities and status: Corridor Atlas facts sheet; each feature cites its sources (table &quot;sources&quot;). Projection: %1. Scale bar true at the map centre; arrow points to true north.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a project (default: the bundled corridor project) as a briefing map: PDF, SVG or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file (GeoPackage or any vector file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file: .pdf (vector), .svg (vector) or .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle (default: the date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area to show, in degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map CRS: EPSG code, PROJ string or WKT (default EPSG:3035, ETRS89-LAEA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper A4, A3 or letter, or a pixel size WxH (default A4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape paper (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution for paper sizes (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these layers, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a graticule with degree labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an inset locator map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes at most one PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled corridor project was not found; give a PROJECT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azerbaijan–Serbia energy corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas, oil, power and air links · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--landscape and --portrait exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be A4, A3, letter or a pixel size like 1920x1080, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be a whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layers needs at least one layer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to draw: empty extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is too small for a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image size %1×%2 is out of range (16 to 30000 pixels per side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for a %1×%2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scenario called &quot;%1&quot;: the project has no network model (available scenarios: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scenario called &quot;%1&quot; (available scenarios: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; cannot be solved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve the project&apos;s network model under this scenario and draw the flows (width by flow, colour by utilisation, arrows in the direction of flow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of gas flows with --scenario: bcm/yr (default), mcm/d or GWh/d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scenario needs a scenario name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--flow-units only applies with --scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--flow-units must be bcm/yr, mcm/d or GWh/d, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modelled flows, scenario &quot;%1&quot; · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>no map CRS for the flow overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flow result has %1 links but the network has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeoText</name>
    <message>
        <source>not a coordinate reference system (PROJ made a &apos;%1&apos;)</source>
        <extracomment>%1 is the name PROJ gave the object it made instead (an ellipsoid, a datum, an operation).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty CRS definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJ could not create a CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty WKT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJ could not parse the WKT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot transform from or to an invalid (empty) CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJ found no coordinate operation between these CRSs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJ could not normalise the axis order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export the CRS as WKT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-finite coordinate (%1 %2) at vertex %3 of feature %4</source>
        <extracomment>%1 %2: the x y of the bad coordinate (nan, inf); %3: vertex number within the feature (from 0); %4: feature number within the layer (from 0).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <extracomment>%1: feature number within the layer (from 0); %2: what went wrong, in GEOS&apos;s words (English) or one of our messages such as &quot;cannot create a point&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create an empty point</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>feature %1: a line part has %n rings (expected 1)</source>
        <extracomment>%1: feature number (from 0); %n: the number of rings, always 2 or more. A line part is one linestring, which has exactly one ring (coordinate sequence).</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot copy coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a linestring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create an empty polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid ring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1: unknown part kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read a collection member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported GEOS geometry type %1</source>
        <extracomment>%1: GEOS&apos;s numeric geometry type id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read a geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read an exterior ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read an interior ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a GEOS WKT reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot parse WKT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>feature %1 out of range (%n feature(s))</source>
        <extracomment>%1: the feature number asked for (from 0); %n: how many features there are.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no GEOS context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1: ring too large for GEOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating an empty collection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEOS could not check validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>makeValid: no geometry</source>
        <extracomment>makeValid is the name of a function of the program; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MakeValid failed</source>
        <extracomment>MakeValid is the name of a GEOS operation; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simplify: no geometry</source>
        <extracomment>simplify is the name of a function of the program; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simplify: bad tolerance %1</source>
        <extracomment>simplify is the name of a function of the program; keep it. %1: the tolerance given (negative, nan or inf).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TopologyPreserveSimplify failed</source>
        <extracomment>TopologyPreserveSimplify is the name of a GEOS operation; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intersection: no geometry</source>
        <extracomment>intersection is the name of a function of the program; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intersection failed</source>
        <extracomment>Intersection is the name of a GEOS operation; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance: no geometry</source>
        <extracomment>distance is the name of a function of the program; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance failed</source>
        <extracomment>Distance is the name of a GEOS operation; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1: what could not be done (e.g. &quot;cannot create the layer&quot;); %2: GDAL&apos;s explanation (in English).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create field %1</source>
        <extracomment>%1: the name of an attribute field (column).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1: cannot encode geometry</source>
        <extracomment>%1: the feature id (fid).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1: cannot write</source>
        <extracomment>%1: the feature id (fid).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1 has a NaN or infinite coordinate; nothing was written</source>
        <extracomment>%1: the feature id (fid).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <extracomment>%1: the operating system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no spatial layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (layer %2)</source>
        <extracomment>Error context: %1 is a file path, %2 the name of a layer in it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more similar warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>feature %1: geometry has NaN or infinite coordinates; geometry not loaded</source>
        <extracomment>%1: the feature id (fid) in the file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1: geometry is corrupt; geometry not loaded</source>
        <extracomment>%1: the feature id (fid) in the file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1: unsupported geometry type; geometry not loaded</source>
        <extracomment>%1: the feature id (fid) in the file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <extracomment>%1: GDAL&apos;s explanation (in English).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to load the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates lie outside longitude/latitude bounds although the CRS is geographic; the declared CRS is probably wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a vector data format GDAL can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains no vector layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains no vector layers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layer named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layer number %1</source>
        <extracomment>%1: a layer&apos;s position in the file, from 0.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CRS declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported CRS: %1</source>
        <extracomment>%1: why, in PROJ&apos;s or GDAL&apos;s words (English).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer has no CRS and its coordinates are not longitude/latitude, so its CRS cannot be guessed; assign one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer has no CRS; assuming WGS 84 longitude/latitude because every coordinate is within lon/lat bounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <source>Print the layers of a vector file: geometry type, CRS, feature count, extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any vector file GDAL reads (GeoPackage, GeoJSON, Shapefile, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extent: %1, %2 : %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutText</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width: capacity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width: change in gas flow (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width: gas flow (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width: change in power flow (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width: power flow (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width: change in flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width: flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More flow than the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less flow than the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: share of capacity used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottleneck: limits served demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright (C) 2026 The Corridor Atlas authors.
License MIT: &lt;https://opensource.org/licenses/MIT&gt;.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
Country borders: Made with Natural Earth (public domain).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY is not set); use `corridor-atlas export --out FILE.png` to draw the map without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>cannot open the file: the folder %1 does not exist (%2)</source>
        <extracomment>%1: a folder path; %2: SQLite&apos;s own words (English), e.g. &quot;unable to open database file&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: it does not exist (%1)</source>
        <extracomment>%1: SQLite&apos;s own words (English), e.g. &quot;unable to open database file&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only (opened for writing, but the system allows only reading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SQL statement to prepare in: %1</source>
        <extracomment>A programming error, rarely seen by users. %1: the SQL text given.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one SQL statement given to prepare(); use exec() for scripts, in: %1</source>
        <extracomment>A programming error, rarely seen by users: prepare() and exec() are names of functions of the program, keep them. %1: the SQL text given.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is corrupt (integrity check: %1)</source>
        <extracomment>%1: SQLite&apos;s findings (English), separated by semicolons.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clp: phase 1 (maximise served demand) ended with status %1</source>
        <extracomment>Clp is the name of the LP solver; keep it. %1: Clp&apos;s status code (a number).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clp: phase 2 (minimise cost) ended with status %1</source>
        <extracomment>Clp is the name of the LP solver; keep it. %1: Clp&apos;s status code (a number).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEMON NetworkSimplex: no optimal solution (status %1)</source>
        <extracomment>LEMON NetworkSimplex is the name of a solver; keep it. %1: its status code (a number).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>outage of unknown link(s) %1</source>
        <extracomment>%1: the ids of the links, separated by commas; %n: how many there are.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the network has a plant (conversion): LEMON cannot solve it, use the LP</source>
        <extracomment>LEMON is the name of a solver; keep it. LP: the linear-programming solver (Clp). A plant converts gas into power.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1: column %2 has type &apos;%3&apos;, which is not a GeoPackage data type (use INTEGER, DOUBLE, REAL, TEXT, BLOB, BOOLEAN, DATE, DATETIME, ... in upper case)</source>
        <extracomment>%1: a table name; %2: a column name; %3: the column&apos;s SQL type. Keep the type names (INTEGER, DOUBLE, ...) as they are: they are SQL.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute table needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table name %1 is reserved (names starting with %2 belong to GeoPackage/SQLite)</source>
        <extracomment>%1: the table name asked for; %2: a reserved prefix (gpkg_, rtree_ or sqlite_).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 needs a primary key column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GeoPackage (no &apos;GPKG&apos; application id or no gpkg_contents table): cannot add table %1</source>
        <extracomment>Keep &apos;GPKG&apos; and gpkg_contents as they are (identifiers). %1: a table name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table called %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: %2 must be a finite number &gt;= 0, not %3</source>
        <extracomment>%1: a node id; %2: a field name such as capacity or supply (keep it); %3: the value given.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1: %2 must be a finite number &gt;= 0, not %3</source>
        <extracomment>%1: a link id; %2: a field name such as capacity or cost (keep it); %3: the value given.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node #%1 has no id</source>
        <extracomment>%1: the node&apos;s position in the list, from 1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate node id %1</source>
        <extracomment>%1: a node id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: a plant needs an efficiency in (0, 1], not %2</source>
        <extracomment>%1: a node id; %2: the efficiency given. (0, 1] is the interval 0 &lt; efficiency &lt;= 1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: unit_factor must be &gt; 0</source>
        <extracomment>%1: a node id. unit_factor is a field name; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: a plant converts only; put supply or demand on a separate node</source>
        <extracomment>%1: a node id. A plant (power plant) converts gas into power.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link #%1 has no id</source>
        <extracomment>%1: the link&apos;s position in the list, from 1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate link id %1</source>
        <extracomment>%1: a link id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1: unknown node &quot;%2&quot; (from)</source>
        <extracomment>%1: a link id; %2: the node id it names. &quot;from&quot; is the field name of the link&apos;s start; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1: unknown node &quot;%2&quot; (to)</source>
        <extracomment>%1: a link id; %2: the node id it names. &quot;to&quot; is the field name of the link&apos;s end; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1: starts and ends at node %2</source>
        <extracomment>%1: a link id; %2: a node id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1: length_km must be a finite number &gt;= 0</source>
        <extracomment>%1: a link id. length_km is a field name; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1: a link at plant %2 must be directed (fuel in, output out)</source>
        <extracomment>%1: a link id; %2: the id of a plant node. A plant converts fuel (gas) into output (power).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: unknown field %2 (expected one of %3)</source>
        <extracomment>%1: a node id; %2: the field name given; %3: the field names allowed, separated by commas (keep them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1: unknown field %2 (expected one of %3)</source>
        <extracomment>%1: a link id; %2: the field name given; %3: the field names allowed, separated by commas (keep them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>Completes &quot;... must be a number, not %3&quot; and similar: the JSON value found was an array.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>Completes &quot;... must be a number, not %3&quot; and similar: the JSON value found was an object.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be a string, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it); %3: the value found, e.g. 12, true or &quot;an array&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be a number, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it); %3: the value found, e.g. &quot;NaN&quot;, true or &quot;an array&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be a finite number &gt;= 0, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key such as capacity (keep it); %3: the number found.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be true or false, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it); %3: the value found. true and false are JSON words; keep them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node #%1 must be an object, not %2</source>
        <extracomment>%1: the node&apos;s position in the &quot;nodes&quot; list, from 1; %2: the JSON value found instead, e.g. 12 or &quot;an array&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node #%1</source>
        <extracomment>Names a node in messages about its fields (&quot;node #3: ...&quot;): %1 is its position in the list, from 1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node #%1: id is empty</source>
        <extracomment>%1: the node&apos;s position in the list, from 1. id is a JSON key; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1</source>
        <extracomment>Names a node in messages about its fields (&quot;node AZ: ...&quot;): %1 is its id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: give both lon and lat, or neither</source>
        <extracomment>%1: a node id. lon and lat are JSON keys; keep them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: unknown kind &quot;%2&quot; (hub, supply, demand or plant)</source>
        <extracomment>%1: a node id; %2: the kind given. hub, supply, demand and plant are the JSON values allowed; keep them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link #%1 must be an object, not %2</source>
        <extracomment>%1: the link&apos;s position in the &quot;links&quot; list, from 1; %2: the JSON value found instead, e.g. 12 or &quot;an array&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link #%1</source>
        <extracomment>Names a link in messages about its fields (&quot;link #3: ...&quot;): %1 is its position in the list, from 1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link #%1: id is empty</source>
        <extracomment>%1: the link&apos;s position in the list, from 1. id is a JSON key; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1</source>
        <extracomment>Names a link in messages about its fields (&quot;link SCP: ...&quot;): %1 is its id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario #%1 must be an object</source>
        <extracomment>%1: the scenario&apos;s position in the &quot;scenarios&quot; list, from 1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario #%1</source>
        <extracomment>Names a scenario in messages about its fields (&quot;scenario #2: ...&quot;): %1 is its position in the list, from 1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;</source>
        <extracomment>Names a scenario in messages about its fields: %1 is its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: values must be an array</source>
        <extracomment>%1: a scenario name. values is a JSON key; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: value #%2 must be an object</source>
        <extracomment>%1: a scenario name; %2: the value&apos;s position in its &quot;values&quot; list, from 1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; value #%2</source>
        <extracomment>Names one value of a scenario in messages about its fields: %1 is the scenario&apos;s name, %2 the value&apos;s position in the scenario&apos;s &quot;values&quot; list, from 1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; value #%2: name exactly one of &quot;node&quot; or &quot;link&quot;</source>
        <extracomment>%1: a scenario name; %2: the value&apos;s position in its list, from 1. &quot;node&quot; and &quot;link&quot; are JSON keys; keep them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <extracomment>%1: a byte offset in the file; %2: the parser&apos;s explanation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed network: the top level must be an object with &quot;nodes&quot; and &quot;links&quot;</source>
        <extracomment>&quot;nodes&quot; and &quot;links&quot; are JSON keys; keep them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed network: &quot;%1&quot; must be an array</source>
        <extracomment>%1: a JSON key, &quot;nodes&quot; or &quot;links&quot;; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;scenarios&quot; must be an array</source>
        <extracomment>&quot;scenarios&quot; is a JSON key; keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <extracomment>%1: the system&apos;s reason, e.g. &quot;No such file or directory&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outage of %1: %2</source>
        <extracomment>%1: the id of the link taken out of service; %2: why the network could not be solved without it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: %2</source>
        <extracomment>%1: a scenario name; %2: what is wrong with the network it makes (a whole message such as &quot;link SCP: capacity must be a finite number &gt;= 0, not -1&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scenario called &quot;%1&quot;</source>
        <extracomment>%1: a scenario name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario called &quot;%1&quot; already exists</source>
        <extracomment>%1: a scenario name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; sets no %2 for %3</source>
        <extracomment>%1: a scenario name; %2: a field name such as capacity (keep it); %3: a node or link id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: unknown node %2</source>
        <extracomment>%1: a scenario name; %2: the node id it names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: unknown link %2</source>
        <extracomment>%1: a scenario name; %2: the link id it names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is writing the file; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk full: the changes were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a database, or a corrupt one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data type mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter index out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database schema changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) in: %3</source>
        <extracomment>%1: what went wrong (e.g. &quot;constraint failed&quot;); %2: SQLite&apos;s own words (English); %3: the SQL statement at fault.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1: what went wrong (e.g. &quot;disk full: the changes were not saved&quot;); %2: SQLite&apos;s own words (English).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot bind parameter %1: %2</source>
        <extracomment>%1: the number of an SQL statement parameter; %2: why (a message such as &quot;value too big (...)&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot bind parameter %1: NaN is not a storable number in: %2</source>
        <extracomment>%1: the number of an SQL statement parameter; %2: the SQL statement.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parameter called %1 in: %2</source>
        <extracomment>A programming error, rarely seen by users. %1: an SQL parameter name such as &quot;:id&quot;; %2: the SQL statement.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit without an open transaction</source>
        <extracomment>A programming error, rarely seen by users.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changes were not saved: the transaction had already been rolled back after an earlier error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderText</name>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Solve</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served %1 of %2 (unserved %3); total cost %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      Flow  Capacity  Util.  Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Demand    Served  Unserved  Origin of served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflow %1, outflow %2, served %3 of %4; inflow origin: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflow %1, served %2 of %3; origin: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-1 outages ranked by demand lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost %1, cost change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve the network model: maximise served demand, then minimise total cost, within capacities. Without --scenario a project&apos;s first scenario is solved (a JSON network without scenarios: its own values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project GeoPackage with a model, or a NETWORK.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario to solve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links out of service (comma-separated ids; repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank every single-link outage by the demand lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: json, csv or table (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), clp or lemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solve takes exactly one PROJECT.gpkg or NETWORK.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (json, csv or table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown solver &quot;%1&quot; (auto, clp or lemon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no scenario called &quot;%2&quot; (available: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleStoreText</name>
    <message>
        <source>unsupported style version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corridor Atlas layer styles (JSON, one row per layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved style of layer &quot;%1&quot; is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleText</name>
    <message>
        <source>operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Caucasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balkans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eastern neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bcm/y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air route (great circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LNG terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressor station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interconnection point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substation / converter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::i18n</name>
    <message>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::AttributeTablePanel</name>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the map to the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 features shown, %3 selected%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — sorting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::BookmarkPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the current map view as a bookmark (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::ColorButton</name>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::IdentifyPanel</name>
    <message>
        <source>Click a feature on the map with the Identify tool (I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature under the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model flow under the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) under the cursor, topmost layer first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Feature id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::LayerTreeModel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n feature(s)&lt;br&gt;CRS: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::LinkTableModel</name>
    <message>
        <source>Capacity from %1 to %2; double-click or press F2 to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the minimum cut: more capacity here would serve more demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::MainWindow</name>
    <message>
        <source>saved layer styles and bookmarks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved map CRS is not usable (%1); using ETRS89-LAEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer “%1” from %2 was not loaded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer “%1” cannot be shown in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add “%1”:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add “%1”, layer “%2”:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add “%1”: layer “%2” cannot be shown in %3:
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add “%1”:
the file has no layers with geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.kmz *.gml *.csv *.topojson *.sqlite *.gpx *.tab *.mif);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network model could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features · %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project (GeoPackage or any vector file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Vector Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the layers of any vector file GDAL reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole corridor (Home on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure &amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify at Map &amp;Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify what is under the centre of the map (keyboard use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Bookmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Feature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &amp;Style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Layer &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Layer &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the model&apos;s flows on the map: width by flow, colour by utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Corridor Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Corridor Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Corridor Atlas %1&lt;/h3&gt;&lt;p&gt;A desktop GIS for the energy corridor from Azerbaijan to Serbia and on into Central and Southern Europe.&lt;/p&gt;&lt;p&gt;Qt %2 · GDAL · PROJ · GEOS · SQLite&lt;/p&gt;&lt;p&gt;Countries: Made with Natural Earth. Corridor facts: see the &lt;i&gt;sources&lt;/i&gt; table of the project.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map &amp;CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETRS89 / LAEA Europe (EPSG:3035)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Mercator (EPSG:3857)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WGS 84 longitude/latitude (EPSG:4326)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a feature: TANAP, Niš, BEG… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a feature by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map scale at the centre of the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 of %3 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “%1”:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the project to this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Layer “%1” cannot be shown in %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-projecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map cannot be shown in %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom map CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPSG code (e.g. EPSG:32638), PROJ string (+proj=…), WKT or a CRS name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a CRS PROJ knows:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottleneck (on the minimum cut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binding (at capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ flow vs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage projects (*.gpkg);;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Vector Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage projects (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (vector) (*.pdf);;SVG (vector) (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export “%1”:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Corridor Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   x %1  y %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corridor Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the layers, styles and bookmarks of “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::MapCanvas</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ flow (blue more, red less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow (colour: utilisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 %  50 %  90 %  100 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::MeasurePanel</name>
    <message>
        <source>Distance (polyline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (polygon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click points on the map (snaps to facilities and airports; Shift: no snapping). Double-click or Enter finishes, Backspace undoes, Esc clears. Ellipsoidal (WGS 84) geodesics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → 1 (closing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1 km² · perimeter: %2 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 km</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::MeasureTool</name>
    <message>
        <source>%1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::ModelPane</name>
    <message>
        <source>This project has no network model.

A model (nodes, links and scenarios in the tables model_nodes, model_links, model_scenarios of the GeoPackage) lets you edit capacities and demands and see the resulting flows on the map. The bundled corridor project has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario shown on the map and edited in the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the current scenario under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of gas figures (power is always in MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacities and flows of pipelines and power links; edit a capacity to re-solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply, demand and what is served; edit supply or demand to re-solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas into Central and Southern Europe by country and origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows of another scenario compared with this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each link out of service in turn, ranked by the demand it cuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links of the network model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes of the network model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow differences between scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-outage ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δflow = that scenario&apos;s flow minus this scenario&apos;s flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Δ on the &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the flow differences instead of the flows: blue more, red less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run N-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve once per link with that link out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in the background; click a row to show the link on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario “%1” could not be solved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 served of %2 demanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n bottleneck(s) · solved in %2 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Region / country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Azerbaijan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be solved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ = flow in “%1” minus flow in “%2”, largest changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Solving with each of %n link(s) out of service…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The N-1 analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unserved in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scenario “%1”: %n outage(s), ranked by the demand they cut. Click a row to show the link.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a scenario called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario was not copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario was not renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scenario cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the scenario “%1”? You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::ModelSession</name>
    <message>
        <source>the project has no network model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::ModelTableBase</name>
    <message>
        <source>“%1” is not a number. Enter a value such as 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative (you entered %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::NodeTableModel</name>
    <message>
        <source>Double-click or press F2 to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plant converts gas into power: no supply or demand of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::RegionChart</name>
    <message>
        <source>Gas into Central and Southern Europe by country and origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regional figures: solve a scenario first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azerbaijani gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::RenderJob</name>
    <message>
        <source>not enough memory for a %1×%2 map image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the renderer failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bcm/yr (billion cubic metres per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcm/d (million cubic metres per day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GWh/d (energy per day, 10.55 kWh/m³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas &amp;volumes in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Corridor Atlas starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::SingleSymbolPage</name>
    <message>
        <source>Show this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Point size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::StyleDialog</name>
    <message>
        <source>Style — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
