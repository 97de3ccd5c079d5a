<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>bad --extent &quot;%1&quot;: %2</source>
        <translation>неверный параметр --extent «%1»: %2</translation>
    </message>
    <message>
        <source>expected minlon,minlat,maxlon,maxlat</source>
        <translation>ожидается minlon,minlat,maxlon,maxlat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» не является числом</translation>
    </message>
    <message>
        <source>longitudes must be within -180..180 and latitudes within -90..90</source>
        <translation>долгота должна быть в пределах -180..180, а широта — в пределах -90..90</translation>
    </message>
    <message>
        <source>the minimum must be less than the maximum</source>
        <translation>минимум должен быть меньше максимума</translation>
    </message>
    <message>
        <source>unsupported output format &quot;%1&quot; (use .pdf, .svg or .png)</source>
        <translation>неподдерживаемый формат вывода «%1» (используйте .pdf, .svg или .png)</translation>
    </message>
    <message>
        <source>image size must be between 16 and 20000 pixels per side</source>
        <translation>размер изображения должен быть от 16 до 20000 пикселей по каждой стороне</translation>
    </message>
    <message>
        <source>--dpi must be between 10 and 2400</source>
        <translation>значение --dpi должно быть от 10 до 2400</translation>
    </message>
    <message>
        <source>unknown map CRS &quot;%1&quot;: %2</source>
        <translation>неизвестная СК карты «%1»: %2</translation>
    </message>
    <message>
        <source>no layer &quot;%1&quot; in the project</source>
        <translation>в проекте нет слоя «%1»</translation>
    </message>
    <message>
        <source>saved styles ignored: %1</source>
        <translation>сохранённые стили не применены: %1</translation>
    </message>
    <message>
        <source>the project has no layers to draw</source>
        <translation>в проекте нет слоёв для отрисовки</translation>
    </message>
    <message>
        <source>the extent cannot be shown in %1</source>
        <translation>охват невозможно отобразить в %1</translation>
    </message>
    <message>
        <source>Base map: Natural Earth (public domain). Infrastructure, capacities and status: Corridor Atlas facts sheet; each feature cites its sources (table &quot;sources&quot;). Projection: %1. Scale bar true at the map centre; arrow points to true north.</source>
        <translation>Подложка: Natural Earth (общественное достояние). Инфраструктура, пропускная способность и статус: справочные данные Corridor Atlas; для каждого объекта указаны источники (таблица «sources»). Проекция: %1. Масштабная линейка точна в центре карты; стрелка указывает на истинный север.</translation>
    </message>
    <message>
        <source>Draw a project (default: the bundled corridor project) as a briefing map: PDF, SVG or PNG.</source>
        <translation>Отрисовать проект (по умолчанию — встроенный проект коридора) в виде карты для брифинга: PDF, SVG или PNG.</translation>
    </message>
    <message>
        <source>Project file (GeoPackage or any vector file).</source>
        <translation>Файл проекта (GeoPackage или любой векторный файл).</translation>
    </message>
    <message>
        <source>Output file: .pdf (vector), .svg (vector) or .png.</source>
        <translation>Выходной файл: .pdf (векторный), .svg (векторный) или .png.</translation>
    </message>
    <message>
        <source>Map title.</source>
        <translation>Заголовок карты.</translation>
    </message>
    <message>
        <source>Subtitle (default: the date).</source>
        <translation>Подзаголовок (по умолчанию — дата).</translation>
    </message>
    <message>
        <source>Area to show, in degrees.</source>
        <translation>Отображаемая область, в градусах.</translation>
    </message>
    <message>
        <source>Map CRS: EPSG code, PROJ string or WKT (default EPSG:3035, ETRS89-LAEA).</source>
        <translation>СК карты: код EPSG, строка PROJ или WKT (по умолчанию EPSG:3035, ETRS89-LAEA).</translation>
    </message>
    <message>
        <source>Paper A4, A3 or letter, or a pixel size WxH (default A4).</source>
        <translation>Бумага A4, A3 или letter либо размер в пикселях WxH (по умолчанию A4).</translation>
    </message>
    <message>
        <source>Landscape paper (the default).</source>
        <translation>Альбомная ориентация (по умолчанию).</translation>
    </message>
    <message>
        <source>Portrait paper.</source>
        <translation>Книжная ориентация.</translation>
    </message>
    <message>
        <source>PNG resolution for paper sizes (default 300).</source>
        <translation>Разрешение PNG для форматов бумаги (по умолчанию 300).</translation>
    </message>
    <message>
        <source>Only these layers, comma-separated.</source>
        <translation>Только эти слои, через запятую.</translation>
    </message>
    <message>
        <source>Draw a graticule with degree labels.</source>
        <translation>Нарисовать градусную сетку с подписями в градусах.</translation>
    </message>
    <message>
        <source>Add an inset locator map.</source>
        <translation>Добавить обзорную карту-врезку.</translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation>Не выводить легенду.</translation>
    </message>
    <message>
        <source>export takes at most one PROJECT</source>
        <translation>команда export принимает не более одного PROJECT</translation>
    </message>
    <message>
        <source>the bundled corridor project was not found; give a PROJECT file</source>
        <translation>встроенный проект коридора не найден; укажите файл PROJECT</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>требуется параметр --out FILE</translation>
    </message>
    <message>
        <source>Azerbaijan–Serbia energy corridor</source>
        <translation>Энергетический коридор Азербайджан — Сербия</translation>
    </message>
    <message>
        <source>Gas, oil, power and air links · %1</source>
        <translation>Газо- и нефтепроводы, линии электропередачи и авиасообщение · %1</translation>
    </message>
    <message>
        <source>--landscape and --portrait exclude each other</source>
        <translation>параметры --landscape и --portrait взаимоисключающие</translation>
    </message>
    <message>
        <source>--size must be A4, A3, letter or a pixel size like 1920x1080, not &quot;%1&quot;</source>
        <translation>значение --size должно быть A4, A3, letter или размером в пикселях, например 1920x1080, а не «%1»</translation>
    </message>
    <message>
        <source>--dpi must be a whole number, not &quot;%1&quot;</source>
        <translation>значение --dpi должно быть целым числом, а не «%1»</translation>
    </message>
    <message>
        <source>--layers needs at least one layer name</source>
        <translation>для --layers нужно указать хотя бы одно имя слоя</translation>
    </message>
    <message>
        <source>nothing to draw: empty extent</source>
        <translation>нечего отрисовывать: пустой охват</translation>
    </message>
    <message>
        <source>the page is too small for a map</source>
        <translation>страница слишком мала для карты</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>не удаётся записать: %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>не удаётся начать создание PDF</translation>
    </message>
    <message>
        <source>cannot start the SVG</source>
        <translation>не удаётся начать создание SVG</translation>
    </message>
    <message>
        <source>image size %1×%2 is out of range (16 to 30000 pixels per side)</source>
        <translation>размер изображения %1×%2 вне допустимого диапазона (от 16 до 30000 пикселей по каждой стороне)</translation>
    </message>
    <message>
        <source>not enough memory for a %1×%2 image</source>
        <translation>недостаточно памяти для изображения %1×%2</translation>
    </message>
    <message>
        <source>cannot write the image: %1</source>
        <translation>не удаётся записать изображение: %1</translation>
    </message>
    <message>
        <source>no scenario called &quot;%1&quot;: the project has no network model (available scenarios: none)</source>
        <translation>нет сценария с именем «%1»: в проекте нет сетевой модели (доступные сценарии: нет)</translation>
    </message>
    <message>
        <source>no scenario called &quot;%1&quot; (available scenarios: %2)</source>
        <translation>нет сценария с именем «%1» (доступные сценарии: %2)</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; cannot be solved: %2</source>
        <translation>не удаётся рассчитать сценарий «%1»: %2</translation>
    </message>
    <message>
        <source>Solve the project&apos;s network model under this scenario and draw the flows (width by flow, colour by utilisation, arrows in the direction of flow).</source>
        <translation>Рассчитать сетевую модель проекта по этому сценарию и нарисовать потоки (ширина — по потоку, цвет — по загрузке, стрелки — по направлению потока).</translation>
    </message>
    <message>
        <source>Unit of gas flows with --scenario: bcm/yr (default), mcm/d or GWh/d.</source>
        <translation>Единицы потоков газа при --scenario: bcm/yr (по умолчанию), mcm/d или GWh/d.</translation>
    </message>
    <message>
        <source>--scenario needs a scenario name</source>
        <translation>для --scenario нужно указать имя сценария</translation>
    </message>
    <message>
        <source>--flow-units only applies with --scenario</source>
        <translation>параметр --flow-units применяется только вместе с --scenario</translation>
    </message>
    <message>
        <source>--flow-units must be bcm/yr, mcm/d or GWh/d, not &quot;%1&quot;</source>
        <translation>значение --flow-units должно быть bcm/yr, mcm/d или GWh/d, а не «%1»</translation>
    </message>
    <message>
        <source>Modelled flows, scenario &quot;%1&quot; · %2</source>
        <translation>Расчётные потоки, сценарий «%1» · %2</translation>
    </message>
    <message numerus="yes">
        <source>--outage: %n unknown link id(s): %1 (valid ids: %2)</source>
        <translation>
            <numerusform>--outage: %n неизвестный идентификатор связи: %1 (допустимые идентификаторы: %2)</numerusform>
            <numerusform>--outage: %n неизвестных идентификатора связей: %1 (допустимые идентификаторы: %2)</numerusform>
            <numerusform>--outage: %n неизвестных идентификаторов связей: %1 (допустимые идентификаторы: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the legend does not fit the page: %n entry(ies) left out (use a larger page, or --no-legend)</source>
        <translation>
            <numerusform>легенда не помещается на странице: %n элемент не показан (используйте страницу большего размера или --no-legend)</numerusform>
            <numerusform>легенда не помещается на странице: %n элемента не показаны (используйте страницу большего размера или --no-legend)</numerusform>
            <numerusform>легенда не помещается на странице: %n элементов не показано (используйте страницу большего размера или --no-legend)</numerusform>
        </translation>
    </message>
    <message>
        <source>With --scenario NAME: draw the change in flows against the reference scenario OTHER, Δ = NAME − OTHER (blue: more flow in NAME, red: less).</source>
        <translation>При --scenario NAME: нарисовать изменение потоков относительно базового сценария OTHER, Δ = NAME − OTHER (синий — поток в NAME больше, красный — меньше).</translation>
    </message>
    <message>
        <source>With --scenario: links out of service before solving (comma-separated ids; repeatable); drawn as outages. With --compare they apply to NAME, not to the reference.</source>
        <translation>При --scenario: связи, отключаемые перед расчётом (идентификаторы через запятую; параметр можно повторять); отображаются как отключённые. При --compare отключения относятся к сценарию NAME, а не к базовому.</translation>
    </message>
    <message>
        <source>--compare only applies with --scenario</source>
        <translation>параметр --compare применяется только вместе с --scenario</translation>
    </message>
    <message>
        <source>--compare needs a scenario name</source>
        <translation>для --compare нужно указать имя сценария</translation>
    </message>
    <message>
        <source>--outage only applies with --scenario</source>
        <translation>параметр --outage применяется только вместе с --scenario</translation>
    </message>
    <message>
        <source>--outage needs at least one link id</source>
        <translation>для --outage нужно указать хотя бы один идентификатор связи</translation>
    </message>
    <message>
        <source>Change in modelled flows: scenario &quot;%1&quot; minus reference &quot;%2&quot; · %3</source>
        <translation>Изменение расчётных потоков: сценарий «%1» минус базовый сценарий «%2» · %3</translation>
    </message>
    <message>
        <source>Modelled flows, scenario &quot;%1&quot; with %2 out of service · %3</source>
        <translation>Расчётные потоки, сценарий «%1» с отключением %2 · %3</translation>
    </message>
    <message>
        <source>Change in flows: scenario &quot;%1&quot; with %2 out of service, minus &quot;%3&quot; · %4</source>
        <translation>Изменение потоков: сценарий «%1» с отключением %2 минус сценарий «%3» · %4</translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>no map CRS for the flow overlay</source>
        <translation>нет СК карты для слоя потоков</translation>
    </message>
    <message>
        <source>the flow result has %1 links but the network has %2</source>
        <translation>в результате расчёта потоков %1 связей, а в сети — %2</translation>
    </message>
</context>
<context>
    <name>GeoText</name>
    <message>
        <source>not a coordinate reference system (PROJ made a &apos;%1&apos;)</source>
        <extracomment>%1 is the name PROJ gave the object it made instead (an ellipsoid, a datum, an operation).</extracomment>
        <translation>это не система координат (PROJ создал объект «%1»)</translation>
    </message>
    <message>
        <source>empty CRS definition</source>
        <translation>пустое определение СК</translation>
    </message>
    <message>
        <source>PROJ could not create a CRS</source>
        <translation>PROJ не удалось создать СК</translation>
    </message>
    <message>
        <source>empty WKT</source>
        <translation>пустая строка WKT</translation>
    </message>
    <message>
        <source>PROJ could not parse the WKT</source>
        <translation>PROJ не удалось разобрать WKT</translation>
    </message>
    <message>
        <source>cannot transform from or to an invalid (empty) CRS</source>
        <translation>невозможно преобразование из недействительной (пустой) СК или в неё</translation>
    </message>
    <message>
        <source>PROJ found no coordinate operation between these CRSs</source>
        <translation>PROJ не нашёл операции преобразования координат между этими СК</translation>
    </message>
    <message>
        <source>PROJ could not normalise the axis order</source>
        <translation>PROJ не удалось нормализовать порядок осей</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>нет СК</translation>
    </message>
    <message>
        <source>cannot export the CRS as WKT</source>
        <translation>не удаётся экспортировать СК в WKT</translation>
    </message>
    <message>
        <source>Non-finite coordinate (%1 %2) at vertex %3 of feature %4</source>
        <extracomment>%1 %2: the x y of the bad coordinate (nan, inf); %3: vertex number within the feature (from 0); %4: feature number within the layer (from 0).</extracomment>
        <translation>Недопустимая координата (%1 %2) в вершине %3 объекта %4</translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <extracomment>%1: feature number within the layer (from 0); %2: what went wrong, in GEOS&apos;s words (English) or one of our messages such as &quot;cannot create a point&quot;.</extracomment>
        <translation>объект %1: %2</translation>
    </message>
    <message>
        <source>cannot create a point</source>
        <translation>не удаётся создать точку</translation>
    </message>
    <message>
        <source>cannot create an empty point</source>
        <translation>не удаётся создать пустую точку</translation>
    </message>
    <message numerus="yes">
        <source>feature %1: a line part has %n rings (expected 1)</source>
        <extracomment>%1: feature number (from 0); %n: the number of rings, always 2 or more. A line part is one linestring, which has exactly one ring (coordinate sequence).</extracomment>
        <translation>
            <numerusform>объект %1: часть линии содержит %n кольцо (ожидалось 1)</numerusform>
            <numerusform>объект %1: часть линии содержит %n кольца (ожидалось 1)</numerusform>
            <numerusform>объект %1: часть линии содержит %n колец (ожидалось 1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot copy coordinates</source>
        <translation>не удаётся скопировать координаты</translation>
    </message>
    <message>
        <source>cannot create a linestring</source>
        <translation>не удаётся создать линию</translation>
    </message>
    <message>
        <source>cannot create an empty polygon</source>
        <translation>не удаётся создать пустой полигон</translation>
    </message>
    <message>
        <source>invalid ring %1</source>
        <extracomment>%1: the ring&apos;s number within the polygon, from 0 (0 is the outer ring, the others are holes).</extracomment>
        <translation>недопустимое кольцо %1</translation>
    </message>
    <message>
        <source>cannot create a polygon</source>
        <translation>не удаётся создать полигон</translation>
    </message>
    <message>
        <source>feature %1: unknown part kind</source>
        <translation>объект %1: неизвестный тип части</translation>
    </message>
    <message>
        <source>cannot read coordinates</source>
        <translation>не удаётся прочитать координаты</translation>
    </message>
    <message>
        <source>cannot read a collection</source>
        <translation>не удаётся прочитать коллекцию</translation>
    </message>
    <message>
        <source>cannot read a collection member</source>
        <translation>не удаётся прочитать элемент коллекции</translation>
    </message>
    <message>
        <source>unsupported GEOS geometry type %1</source>
        <extracomment>%1: GEOS&apos;s numeric geometry type id.</extracomment>
        <translation>неподдерживаемый тип геометрии GEOS %1</translation>
    </message>
    <message>
        <source>cannot read a geometry</source>
        <translation>не удаётся прочитать геометрию</translation>
    </message>
    <message>
        <source>cannot read an exterior ring</source>
        <translation>не удаётся прочитать внешнее кольцо</translation>
    </message>
    <message>
        <source>cannot read an interior ring</source>
        <translation>не удаётся прочитать внутреннее кольцо</translation>
    </message>
    <message>
        <source>cannot create a GEOS WKT reader</source>
        <translation>не удаётся создать модуль чтения WKT для GEOS</translation>
    </message>
    <message>
        <source>cannot parse WKT</source>
        <translation>не удаётся разобрать WKT</translation>
    </message>
    <message numerus="yes">
        <source>feature %1 out of range (%n feature(s))</source>
        <extracomment>%1: the feature number asked for (from 0); %n: how many features there are.</extracomment>
        <translation>
            <numerusform>объект %1 вне диапазона (всего %n объект)</numerusform>
            <numerusform>объект %1 вне диапазона (всего %n объекта)</numerusform>
            <numerusform>объект %1 вне диапазона (всего %n объектов)</numerusform>
        </translation>
    </message>
    <message>
        <source>no GEOS context</source>
        <translation>нет контекста GEOS</translation>
    </message>
    <message>
        <source>feature %1: ring too large for GEOS</source>
        <translation>объект %1: кольцо слишком велико для GEOS</translation>
    </message>
    <message>
        <source>creating an empty collection failed</source>
        <translation>не удалось создать пустую коллекцию</translation>
    </message>
    <message>
        <source>cannot create a collection</source>
        <translation>не удаётся создать коллекцию</translation>
    </message>
    <message>
        <source>No geometry</source>
        <translation>Нет геометрии</translation>
    </message>
    <message>
        <source>GEOS could not check validity</source>
        <translation>GEOS не удалось проверить корректность</translation>
    </message>
    <message>
        <source>makeValid: no geometry</source>
        <extracomment>makeValid is the name of a function of the program; keep it.</extracomment>
        <translation>makeValid: нет геометрии</translation>
    </message>
    <message>
        <source>MakeValid failed</source>
        <extracomment>MakeValid is the name of a GEOS operation; keep it.</extracomment>
        <translation>Ошибка MakeValid</translation>
    </message>
    <message>
        <source>simplify: no geometry</source>
        <extracomment>simplify is the name of a function of the program; keep it.</extracomment>
        <translation>simplify: нет геометрии</translation>
    </message>
    <message>
        <source>simplify: bad tolerance %1</source>
        <extracomment>simplify is the name of a function of the program; keep it. %1: the tolerance given (negative, nan or inf).</extracomment>
        <translation>simplify: недопустимый допуск %1</translation>
    </message>
    <message>
        <source>TopologyPreserveSimplify failed</source>
        <extracomment>TopologyPreserveSimplify is the name of a GEOS operation; keep it.</extracomment>
        <translation>Ошибка TopologyPreserveSimplify</translation>
    </message>
    <message>
        <source>intersection: no geometry</source>
        <extracomment>intersection is the name of a function of the program; keep it.</extracomment>
        <translation>intersection: нет геометрии</translation>
    </message>
    <message>
        <source>Intersection failed</source>
        <extracomment>Intersection is the name of a GEOS operation; keep it.</extracomment>
        <translation>Ошибка Intersection</translation>
    </message>
    <message>
        <source>distance: no geometry</source>
        <extracomment>distance is the name of a function of the program; keep it.</extracomment>
        <translation>distance: нет геометрии</translation>
    </message>
    <message>
        <source>Distance failed</source>
        <extracomment>Distance is the name of a GEOS operation; keep it.</extracomment>
        <translation>Ошибка Distance</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1: what could not be done (e.g. &quot;cannot create the layer&quot;); %2: GDAL&apos;s explanation (in English).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write the CRS</source>
        <translation>не удаётся записать СК</translation>
    </message>
    <message>
        <source>cannot create the layer</source>
        <translation>не удаётся создать слой</translation>
    </message>
    <message>
        <source>cannot create field %1</source>
        <extracomment>%1: the name of an attribute field (column).</extracomment>
        <translation>не удаётся создать поле %1</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>не удаётся начать транзакцию</translation>
    </message>
    <message>
        <source>feature %1: cannot encode geometry</source>
        <extracomment>%1: the feature id (fid).</extracomment>
        <translation>объект %1: не удаётся закодировать геометрию</translation>
    </message>
    <message>
        <source>feature %1: cannot write</source>
        <extracomment>%1: the feature id (fid).</extracomment>
        <translation>объект %1: не удаётся записать</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>не удаётся зафиксировать транзакцию</translation>
    </message>
    <message>
        <source>feature %1 has a NaN or infinite coordinate; nothing was written</source>
        <extracomment>%1: the feature id (fid).</extracomment>
        <translation>объект %1 содержит координату NaN или бесконечность; ничего не записано</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>папка не существует</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>в GDAL нет драйвера GeoPackage</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>не удаётся создать файл</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <extracomment>%1: the operating system&apos;s reason.</extracomment>
        <translation>не удаётся заменить файл: %1</translation>
    </message>
    <message>
        <source>the project has no spatial layers</source>
        <translation>в проекте нет пространственных слоёв</translation>
    </message>
    <message>
        <source>%1 (layer %2)</source>
        <extracomment>Error context: %1 is a file path, %2 the name of a layer in it.</extracomment>
        <translation>%1 (слой %2)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more similar warning(s)</source>
        <translation>
            <numerusform>... и ещё %n похожее предупреждение</numerusform>
            <numerusform>... и ещё %n похожих предупреждения</numerusform>
            <numerusform>... и ещё %n похожих предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>feature %1: geometry has NaN or infinite coordinates; geometry not loaded</source>
        <extracomment>%1: the feature id (fid) in the file.</extracomment>
        <translation>объект %1: геометрия содержит координаты NaN или бесконечность; геометрия не загружена</translation>
    </message>
    <message>
        <source>feature %1: geometry is corrupt; geometry not loaded</source>
        <extracomment>%1: the feature id (fid) in the file.</extracomment>
        <translation>объект %1: геометрия повреждена; геометрия не загружена</translation>
    </message>
    <message>
        <source>feature %1: unsupported geometry type; geometry not loaded</source>
        <extracomment>%1: the feature id (fid) in the file.</extracomment>
        <translation>объект %1: неподдерживаемый тип геометрии; геометрия не загружена</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>загрузка отменена</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <extracomment>%1: GDAL&apos;s explanation (in English).</extracomment>
        <translation>ошибка чтения: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <extracomment>Used as %1 in &quot;reading failed: %1&quot; when GDAL gives no reason.</extracomment>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>not enough memory to load the layer</source>
        <translation>недостаточно памяти для загрузки слоя</translation>
    </message>
    <message>
        <source>coordinates lie outside longitude/latitude bounds although the CRS is geographic; the declared CRS is probably wrong</source>
        <translation>координаты выходят за пределы допустимых значений долготы/широты, хотя СК географическая; вероятно, указана неверная СК</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>файл не указан</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>not a vector data format GDAL can read</source>
        <translation>это не векторный формат данных, который может прочитать GDAL</translation>
    </message>
    <message>
        <source>the file contains no vector layers</source>
        <translation>в файле нет векторных слоёв</translation>
    </message>
    <message>
        <source>the file contains no vector layers (%1)</source>
        <extracomment>%1: GDAL&apos;s explanation (in English).</extracomment>
        <translation>в файле нет векторных слоёв (%1)</translation>
    </message>
    <message>
        <source>no layer named &quot;%1&quot;</source>
        <translation>нет слоя с именем «%1»</translation>
    </message>
    <message>
        <source>no layer number %1</source>
        <extracomment>%1: a layer&apos;s position in the file, from 0.</extracomment>
        <translation>нет слоя с номером %1</translation>
    </message>
    <message>
        <source>no CRS declared</source>
        <translation>СК не указана</translation>
    </message>
    <message>
        <source>unsupported CRS: %1</source>
        <extracomment>%1: why, in PROJ&apos;s or GDAL&apos;s words (English).</extracomment>
        <translation>неподдерживаемая СК: %1</translation>
    </message>
    <message>
        <source>the layer has no CRS and its coordinates are not longitude/latitude, so its CRS cannot be guessed; assign one</source>
        <translation>у слоя нет СК, а его координаты не являются долготой/широтой, поэтому СК невозможно определить; назначьте её</translation>
    </message>
    <message>
        <source>the layer has no CRS; assuming WGS 84 longitude/latitude because every coordinate is within lon/lat bounds</source>
        <translation>у слоя нет СК; предполагается WGS 84 (долгота/широта), так как все координаты лежат в пределах долготы/широты</translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <source>Print the layers of a vector file: geometry type, CRS, feature count, extent.</source>
        <translation>Вывести слои векторного файла: тип геометрии, СК, число объектов, охват.</translation>
    </message>
    <message>
        <source>Any vector file GDAL reads (GeoPackage, GeoJSON, Shapefile, ...).</source>
        <translation>Любой векторный файл, который читает GDAL (GeoPackage, GeoJSON, Shapefile, ...).</translation>
    </message>
    <message>
        <source>info takes exactly one FILE</source>
        <translation>команда info принимает ровно один FILE</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Драйвер: %1</translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation>Слой %1: %2</translation>
    </message>
    <message>
        <source>Geometry: %1</source>
        <translation>Геометрия: %1</translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation>СК: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Объектов: %1</translation>
    </message>
    <message>
        <source>Extent: %1, %2 : %3, %4</source>
        <translation>Охват: %1, %2 : %3, %4</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Поля: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
</context>
<context>
    <name>LayoutText</name>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Width: capacity (%1)</source>
        <translation>Ширина: пропускная способность (%1)</translation>
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
        <translation>Изменение потоков</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>Width: change in gas flow (%1)</source>
        <translation>Ширина: изменение потока газа (%1)</translation>
    </message>
    <message>
        <source>Width: gas flow (%1)</source>
        <translation>Ширина: поток газа (%1)</translation>
    </message>
    <message>
        <source>Width: change in power flow (%1)</source>
        <translation>Ширина: изменение потока электроэнергии (%1)</translation>
    </message>
    <message>
        <source>Width: power flow (%1)</source>
        <translation>Ширина: поток электроэнергии (%1)</translation>
    </message>
    <message>
        <source>Width: change in flow</source>
        <translation>Ширина: изменение потока</translation>
    </message>
    <message>
        <source>Width: flow</source>
        <translation>Ширина: поток</translation>
    </message>
    <message>
        <source>More flow than the reference</source>
        <translation>Поток больше, чем в базовом сценарии</translation>
    </message>
    <message>
        <source>Less flow than the reference</source>
        <translation>Поток меньше, чем в базовом сценарии</translation>
    </message>
    <message>
        <source>Colour: share of capacity used</source>
        <translation>Цвет: доля используемой пропускной способности</translation>
    </message>
    <message>
        <source>Bottleneck: limits served demand</source>
        <translation>Узкое место: ограничивает удовлетворённый спрос</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Δ = &quot;%1&quot; − &quot;%2&quot;</source>
        <translation>Δ = «%1» − «%2»</translation>
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
        <translation>Использование: corridor-atlas [PROJECT]  открыть окно программы
               corridor-atlas COMMAND [OPTIONS]

Команды:
  info FILE                       вывести список слоёв векторного файла
  export [PROJECT] --out FILE.pdf|.svg|.png [--size A4|A3|WxH]
                                  отрисовать проект (по умолчанию — встроенный проект коридора)
  solve PROJECT|NETWORK.json [--scenario NAME] [--n-1]
                                  рассчитать сетевую модель и вывести потоки
  COMMAND --help                  параметры отдельной команды

Параметры:
  --lang CODE    язык интерфейса: en, sr, sr_Latn, az, ru (по умолчанию — язык системы)
  -h, --help     показать эту справку и выйти
  -v, --version  показать сведения о версии и выйти

Код завершения: 0 при успехе, 2 при ошибке во входных данных или сбое, который можно устранить.
Полная документация: man corridor-atlas
</translation>
    </message>
    <message>
        <source>Copyright (C) 2026 The Corridor Atlas authors.
License MIT: &lt;https://opensource.org/licenses/MIT&gt;.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
Country borders: Made with Natural Earth (public domain).
</source>
        <translation>Copyright (C) 2026 Авторы Corridor Atlas.
Лицензия MIT: &lt;https://opensource.org/licenses/MIT&gt;.
Это свободное программное обеспечение: вы можете изменять и распространять его.
НИКАКИХ ГАРАНТИЙ не предоставляется в той мере, в какой это допускается законом.
Границы стран: создано с использованием Natural Earth (общественное достояние).
</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY is not set); use `corridor-atlas export --out FILE.png` to draw the map without one</source>
        <translation>нет дисплея для открытия окна (переменная DISPLAY не задана); чтобы нарисовать карту без него, используйте `corridor-atlas export --out FILE.png`</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>cannot open the file: the folder %1 does not exist (%2)</source>
        <extracomment>%1: a folder path; %2: SQLite&apos;s own words (English), e.g. &quot;unable to open database file&quot;.</extracomment>
        <translation>не удаётся открыть файл: папка %1 не существует (%2)</translation>
    </message>
    <message>
        <source>cannot open the file: it does not exist (%1)</source>
        <extracomment>%1: SQLite&apos;s own words (English), e.g. &quot;unable to open database file&quot;.</extracomment>
        <translation>не удаётся открыть файл: файл не существует (%1)</translation>
    </message>
    <message>
        <source>no database file name given</source>
        <translation>не указано имя файла базы данных</translation>
    </message>
    <message>
        <source>the file is read-only (opened for writing, but the system allows only reading)</source>
        <translation>файл доступен только для чтения (открыт для записи, но система разрешает только чтение)</translation>
    </message>
    <message>
        <source>no SQL statement to prepare in: %1</source>
        <extracomment>A programming error, rarely seen by users. %1: the SQL text given.</extracomment>
        <translation>нет SQL-запроса для подготовки в тексте: %1</translation>
    </message>
    <message>
        <source>more than one SQL statement given to prepare(); use exec() for scripts, in: %1</source>
        <extracomment>A programming error, rarely seen by users: prepare() and exec() are names of functions of the program, keep them. %1: the SQL text given.</extracomment>
        <translation>в prepare() передано более одного SQL-запроса; для скриптов используйте exec(), текст: %1</translation>
    </message>
    <message>
        <source>the file is corrupt (integrity check: %1)</source>
        <extracomment>%1: SQLite&apos;s findings (English), separated by semicolons.</extracomment>
        <translation>файл повреждён (проверка целостности: %1)</translation>
    </message>
    <message>
        <source>Clp: phase 1 (maximise served demand) ended with status %1</source>
        <extracomment>Clp is the name of the LP solver; keep it. %1: Clp&apos;s status code (a number).</extracomment>
        <translation>Clp: этап 1 (максимизация удовлетворённого спроса) завершился со статусом %1</translation>
    </message>
    <message>
        <source>Clp: phase 2 (minimise cost) ended with status %1</source>
        <extracomment>Clp is the name of the LP solver; keep it. %1: Clp&apos;s status code (a number).</extracomment>
        <translation>Clp: этап 2 (минимизация затрат) завершился со статусом %1</translation>
    </message>
    <message>
        <source>LEMON NetworkSimplex: no optimal solution (status %1)</source>
        <extracomment>LEMON NetworkSimplex is the name of a solver; keep it. %1: its status code (a number).</extracomment>
        <translation>LEMON NetworkSimplex: оптимальное решение не найдено (статус %1)</translation>
    </message>
    <message numerus="yes">
        <source>outage of unknown link(s) %1</source>
        <extracomment>%1: the ids of the links, separated by commas; %n: how many there are.</extracomment>
        <translation>
            <numerusform>отключение неизвестной связи %1</numerusform>
            <numerusform>отключение неизвестных связей %1</numerusform>
            <numerusform>отключение неизвестных связей %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the network has a plant (conversion): LEMON cannot solve it, use the LP</source>
        <extracomment>LEMON is the name of a solver; keep it. LP: the linear-programming solver (Clp). A plant converts gas into power.</extracomment>
        <translation>в сети есть электростанция (преобразование энергии): LEMON не может рассчитать такую сеть, используйте решатель LP</translation>
    </message>
    <message>
        <source>table %1: column %2 has type &apos;%3&apos;, which is not a GeoPackage data type (use INTEGER, DOUBLE, REAL, TEXT, BLOB, BOOLEAN, DATE, DATETIME, ... in upper case)</source>
        <extracomment>%1: a table name; %2: a column name; %3: the column&apos;s SQL type. Keep the type names (INTEGER, DOUBLE, ...) as they are: they are SQL.</extracomment>
        <translation>таблица %1: столбец %2 имеет тип «%3», который не является типом данных GeoPackage (используйте INTEGER, DOUBLE, REAL, TEXT, BLOB, BOOLEAN, DATE, DATETIME, ... в верхнем регистре)</translation>
    </message>
    <message>
        <source>an attribute table needs a name</source>
        <translation>для таблицы атрибутов нужно указать имя</translation>
    </message>
    <message>
        <source>the table name %1 is reserved (names starting with %2 belong to GeoPackage/SQLite)</source>
        <extracomment>%1: the table name asked for; %2: a reserved prefix (gpkg_, rtree_ or sqlite_).</extracomment>
        <translation>имя таблицы %1 зарезервировано (имена, начинающиеся с %2, принадлежат GeoPackage/SQLite)</translation>
    </message>
    <message>
        <source>table %1 needs a primary key column name</source>
        <translation>для таблицы %1 нужно указать имя столбца первичного ключа</translation>
    </message>
    <message>
        <source>not a GeoPackage (no &apos;GPKG&apos; application id or no gpkg_contents table): cannot add table %1</source>
        <extracomment>Keep &apos;GPKG&apos; and gpkg_contents as they are (identifiers). %1: a table name.</extracomment>
        <translation>это не GeoPackage (нет идентификатора приложения &apos;GPKG&apos; или таблицы gpkg_contents): невозможно добавить таблицу %1</translation>
    </message>
    <message>
        <source>a table called %1 already exists</source>
        <translation>таблица с именем %1 уже существует</translation>
    </message>
    <message>
        <source>node %1: %2 must be a finite number &gt;= 0, not %3</source>
        <extracomment>%1: a node id; %2: a field name such as capacity or supply (keep it); %3: the value given.</extracomment>
        <translation>узел %1: значение %2 должно быть конечным числом &gt;= 0, а не %3</translation>
    </message>
    <message>
        <source>link %1: %2 must be a finite number &gt;= 0, not %3</source>
        <extracomment>%1: a link id; %2: a field name such as capacity or cost (keep it); %3: the value given.</extracomment>
        <translation>связь %1: значение %2 должно быть конечным числом &gt;= 0, а не %3</translation>
    </message>
    <message>
        <source>node #%1 has no id</source>
        <extracomment>%1: the node&apos;s position in the list, from 1.</extracomment>
        <translation>у узла №%1 нет идентификатора</translation>
    </message>
    <message>
        <source>duplicate node id %1</source>
        <extracomment>%1: a node id.</extracomment>
        <translation>повторяющийся идентификатор узла %1</translation>
    </message>
    <message>
        <source>node %1: a plant needs an efficiency in (0, 1], not %2</source>
        <extracomment>%1: a node id; %2: the efficiency given. (0, 1] is the interval 0 &lt; efficiency &lt;= 1.</extracomment>
        <translation>узел %1: электростанции нужен КПД в интервале (0, 1], а не %2</translation>
    </message>
    <message>
        <source>node %1: unit_factor must be &gt; 0</source>
        <extracomment>%1: a node id. unit_factor is a field name; keep it.</extracomment>
        <translation>узел %1: значение unit_factor должно быть &gt; 0</translation>
    </message>
    <message>
        <source>node %1: a plant converts only; put supply or demand on a separate node</source>
        <extracomment>%1: a node id. A plant (power plant) converts gas into power.</extracomment>
        <translation>узел %1: электростанция только преобразует энергию; задайте предложение или спрос на отдельном узле</translation>
    </message>
    <message>
        <source>link #%1 has no id</source>
        <extracomment>%1: the link&apos;s position in the list, from 1.</extracomment>
        <translation>у связи №%1 нет идентификатора</translation>
    </message>
    <message>
        <source>duplicate link id %1</source>
        <extracomment>%1: a link id.</extracomment>
        <translation>повторяющийся идентификатор связи %1</translation>
    </message>
    <message>
        <source>link %1: unknown node &quot;%2&quot; (from)</source>
        <extracomment>%1: a link id; %2: the node id it names. &quot;from&quot; is the field name of the link&apos;s start; keep it.</extracomment>
        <translation>связь %1: неизвестный узел «%2» (from)</translation>
    </message>
    <message>
        <source>link %1: unknown node &quot;%2&quot; (to)</source>
        <extracomment>%1: a link id; %2: the node id it names. &quot;to&quot; is the field name of the link&apos;s end; keep it.</extracomment>
        <translation>связь %1: неизвестный узел «%2» (to)</translation>
    </message>
    <message>
        <source>link %1: starts and ends at node %2</source>
        <extracomment>%1: a link id; %2: a node id.</extracomment>
        <translation>связь %1: начинается и заканчивается в узле %2</translation>
    </message>
    <message>
        <source>link %1: length_km must be a finite number &gt;= 0</source>
        <extracomment>%1: a link id. length_km is a field name; keep it.</extracomment>
        <translation>связь %1: значение length_km должно быть конечным числом &gt;= 0</translation>
    </message>
    <message>
        <source>link %1: a link at plant %2 must be directed (fuel in, output out)</source>
        <extracomment>%1: a link id; %2: the id of a plant node. A plant converts fuel (gas) into output (power).</extracomment>
        <translation>связь %1: связь у электростанции %2 должна быть направленной (на входе — топливо, на выходе — энергия)</translation>
    </message>
    <message>
        <source>node %1: unknown field %2 (expected one of %3)</source>
        <extracomment>%1: a node id; %2: the field name given; %3: the field names allowed, separated by commas (keep them).</extracomment>
        <translation>узел %1: неизвестное поле %2 (ожидается одно из: %3)</translation>
    </message>
    <message>
        <source>link %1: unknown field %2 (expected one of %3)</source>
        <extracomment>%1: a link id; %2: the field name given; %3: the field names allowed, separated by commas (keep them).</extracomment>
        <translation>связь %1: неизвестное поле %2 (ожидается одно из: %3)</translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>Completes &quot;... must be a number, not %3&quot; and similar: the JSON value found was an array.</extracomment>
        <translation>массив</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>Completes &quot;... must be a number, not %3&quot; and similar: the JSON value found was an object.</extracomment>
        <translation>объект</translation>
    </message>
    <message>
        <source>%1: %2 must be a string, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it); %3: the value found, e.g. 12, true or &quot;an array&quot;.</extracomment>
        <translation>%1: значение %2 должно быть строкой, а не %3</translation>
    </message>
    <message>
        <source>%1: %2 must be a number, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it); %3: the value found, e.g. &quot;NaN&quot;, true or &quot;an array&quot;.</extracomment>
        <translation>%1: значение %2 должно быть числом, а не %3</translation>
    </message>
    <message>
        <source>%1: %2 must be a finite number &gt;= 0, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key such as capacity (keep it); %3: the number found.</extracomment>
        <translation>%1: значение %2 должно быть конечным числом &gt;= 0, а не %3</translation>
    </message>
    <message>
        <source>%1: %2 must be true or false, not %3</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it); %3: the value found. true and false are JSON words; keep them.</extracomment>
        <translation>%1: значение %2 должно быть true или false, а не %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing</source>
        <extracomment>%1: the item, e.g. &quot;node AZ&quot; or &quot;link #3&quot;; %2: a JSON key (keep it).</extracomment>
        <translation>%1: отсутствует «%2»</translation>
    </message>
    <message>
        <source>node #%1 must be an object, not %2</source>
        <extracomment>%1: the node&apos;s position in the &quot;nodes&quot; list, from 1; %2: the JSON value found instead, e.g. 12 or &quot;an array&quot;.</extracomment>
        <translation>узел №%1 должен быть объектом, а не %2</translation>
    </message>
    <message>
        <source>node #%1</source>
        <extracomment>Names a node in messages about its fields (&quot;node #3: ...&quot;): %1 is its position in the list, from 1.</extracomment>
        <translation>узел №%1</translation>
    </message>
    <message>
        <source>node #%1: id is empty</source>
        <extracomment>%1: the node&apos;s position in the list, from 1. id is a JSON key; keep it.</extracomment>
        <translation>узел №%1: пустой id</translation>
    </message>
    <message>
        <source>node %1</source>
        <extracomment>Names a node in messages about its fields (&quot;node AZ: ...&quot;): %1 is its id.</extracomment>
        <translation>узел %1</translation>
    </message>
    <message>
        <source>node %1: give both lon and lat, or neither</source>
        <extracomment>%1: a node id. lon and lat are JSON keys; keep them.</extracomment>
        <translation>узел %1: укажите и lon, и lat либо ни одного из них</translation>
    </message>
    <message>
        <source>node %1: unknown kind &quot;%2&quot; (hub, supply, demand or plant)</source>
        <extracomment>%1: a node id; %2: the kind given. hub, supply, demand and plant are the JSON values allowed; keep them.</extracomment>
        <translation>узел %1: неизвестный тип «%2» (hub, supply, demand или plant)</translation>
    </message>
    <message>
        <source>link #%1 must be an object, not %2</source>
        <extracomment>%1: the link&apos;s position in the &quot;links&quot; list, from 1; %2: the JSON value found instead, e.g. 12 or &quot;an array&quot;.</extracomment>
        <translation>связь №%1 должна быть объектом, а не %2</translation>
    </message>
    <message>
        <source>link #%1</source>
        <extracomment>Names a link in messages about its fields (&quot;link #3: ...&quot;): %1 is its position in the list, from 1.</extracomment>
        <translation>связь №%1</translation>
    </message>
    <message>
        <source>link #%1: id is empty</source>
        <extracomment>%1: the link&apos;s position in the list, from 1. id is a JSON key; keep it.</extracomment>
        <translation>связь №%1: пустой id</translation>
    </message>
    <message>
        <source>link %1</source>
        <extracomment>Names a link in messages about its fields (&quot;link SCP: ...&quot;): %1 is its id.</extracomment>
        <translation>связь %1</translation>
    </message>
    <message>
        <source>scenario #%1 must be an object</source>
        <extracomment>%1: the scenario&apos;s position in the &quot;scenarios&quot; list, from 1.</extracomment>
        <translation>сценарий №%1 должен быть объектом</translation>
    </message>
    <message>
        <source>scenario #%1</source>
        <extracomment>Names a scenario in messages about its fields (&quot;scenario #2: ...&quot;): %1 is its position in the list, from 1.</extracomment>
        <translation>сценарий №%1</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;</source>
        <extracomment>Names a scenario in messages about its fields: %1 is its name.</extracomment>
        <translation>сценарий «%1»</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: values must be an array</source>
        <extracomment>%1: a scenario name. values is a JSON key; keep it.</extracomment>
        <translation>сценарий «%1»: значение values должно быть массивом</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: value #%2 must be an object</source>
        <extracomment>%1: a scenario name; %2: the value&apos;s position in its &quot;values&quot; list, from 1.</extracomment>
        <translation>сценарий «%1»: значение №%2 должно быть объектом</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; value #%2</source>
        <extracomment>Names one value of a scenario in messages about its fields: %1 is the scenario&apos;s name, %2 the value&apos;s position in the scenario&apos;s &quot;values&quot; list, from 1.</extracomment>
        <translation>сценарий «%1», значение №%2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; value #%2: name exactly one of &quot;node&quot; or &quot;link&quot;</source>
        <extracomment>%1: a scenario name; %2: the value&apos;s position in its list, from 1. &quot;node&quot; and &quot;link&quot; are JSON keys; keep them.</extracomment>
        <translation>сценарий «%1», значение №%2: укажите ровно один из ключей «node» или «link»</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <extracomment>%1: a byte offset in the file; %2: the parser&apos;s explanation.</extracomment>
        <translation>некорректный JSON (смещение %1): %2</translation>
    </message>
    <message>
        <source>malformed network: the top level must be an object with &quot;nodes&quot; and &quot;links&quot;</source>
        <extracomment>&quot;nodes&quot; and &quot;links&quot; are JSON keys; keep them.</extracomment>
        <translation>некорректная сеть: верхний уровень должен быть объектом с ключами «nodes» и «links»</translation>
    </message>
    <message>
        <source>malformed network: &quot;%1&quot; must be an array</source>
        <extracomment>%1: a JSON key, &quot;nodes&quot; or &quot;links&quot;; keep it.</extracomment>
        <translation>некорректная сеть: «%1» должно быть массивом</translation>
    </message>
    <message>
        <source>&quot;scenarios&quot; must be an array</source>
        <extracomment>&quot;scenarios&quot; is a JSON key; keep it.</extracomment>
        <translation>«scenarios» должно быть массивом</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <extracomment>%1: the system&apos;s reason, e.g. &quot;No such file or directory&quot;.</extracomment>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>outage of %1: %2</source>
        <extracomment>%1: the id of the link taken out of service; %2: why the network could not be solved without it.</extracomment>
        <translation>отключение %1: %2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: %2</source>
        <extracomment>%1: a scenario name; %2: what is wrong with the network it makes (a whole message such as &quot;link SCP: capacity must be a finite number &gt;= 0, not -1&quot;).</extracomment>
        <translation>сценарий «%1»: %2</translation>
    </message>
    <message>
        <source>no scenario called &quot;%1&quot;</source>
        <extracomment>%1: a scenario name.</extracomment>
        <translation>нет сценария с именем «%1»</translation>
    </message>
    <message>
        <source>a scenario called &quot;%1&quot; already exists</source>
        <extracomment>%1: a scenario name.</extracomment>
        <translation>сценарий с именем «%1» уже существует</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>у сценария должно быть имя</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; sets no %2 for %3</source>
        <extracomment>%1: a scenario name; %2: a field name such as capacity (keep it); %3: a node or link id.</extracomment>
        <translation>сценарий «%1» не задаёт %2 для %3</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: unknown node %2</source>
        <extracomment>%1: a scenario name; %2: the node id it names.</extracomment>
        <translation>сценарий «%1»: неизвестный узел %2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: unknown link %2</source>
        <extracomment>%1: a scenario name; %2: the link id it names.</extracomment>
        <translation>сценарий «%1»: неизвестная связь %2</translation>
    </message>
    <message>
        <source>another program is writing the file; try again when it has finished</source>
        <translation>файл записывает другая программа; повторите попытку, когда она закончит</translation>
    </message>
    <message>
        <source>disk full: the changes were not saved</source>
        <translation>диск переполнен: изменения не сохранены</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>не удаётся открыть файл</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>the file could not be read or written</source>
        <translation>не удалось прочитать или записать файл</translation>
    </message>
    <message>
        <source>the file is corrupt</source>
        <translation>файл повреждён</translation>
    </message>
    <message>
        <source>not a database, or a corrupt one</source>
        <translation>это не база данных или она повреждена</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>The operation on the project file was cancelled (by the user).</extracomment>
        <translation>отменено</translation>
    </message>
    <message>
        <source>SQL error</source>
        <translation>ошибка SQL</translation>
    </message>
    <message>
        <source>constraint failed</source>
        <translation>нарушено ограничение</translation>
    </message>
    <message>
        <source>data type mismatch</source>
        <translation>несоответствие типов данных</translation>
    </message>
    <message>
        <source>parameter index out of range</source>
        <translation>индекс параметра вне диапазона</translation>
    </message>
    <message>
        <source>value too big</source>
        <translation>слишком большое значение</translation>
    </message>
    <message>
        <source>the database schema changed</source>
        <translation>схема базы данных изменилась</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <source>SQLite failed</source>
        <translation>сбой SQLite</translation>
    </message>
    <message>
        <source>%1 (%2) in: %3</source>
        <extracomment>%1: what went wrong (e.g. &quot;constraint failed&quot;); %2: SQLite&apos;s own words (English); %3: the SQL statement at fault.</extracomment>
        <translation>%1 (%2) в запросе: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1: what went wrong (e.g. &quot;disk full: the changes were not saved&quot;); %2: SQLite&apos;s own words (English).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot bind parameter %1: %2</source>
        <extracomment>%1: the number of an SQL statement parameter; %2: why (a message such as &quot;value too big (...)&quot;).</extracomment>
        <translation>не удаётся привязать параметр %1: %2</translation>
    </message>
    <message>
        <source>cannot bind parameter %1: NaN is not a storable number in: %2</source>
        <extracomment>%1: the number of an SQL statement parameter; %2: the SQL statement.</extracomment>
        <translation>не удаётся привязать параметр %1: NaN нельзя сохранить как число, запрос: %2</translation>
    </message>
    <message>
        <source>no parameter called %1 in: %2</source>
        <extracomment>A programming error, rarely seen by users. %1: an SQL parameter name such as &quot;:id&quot;; %2: the SQL statement.</extracomment>
        <translation>нет параметра с именем %1 в запросе: %2</translation>
    </message>
    <message>
        <source>commit without an open transaction</source>
        <extracomment>A programming error, rarely seen by users.</extracomment>
        <translation>фиксация без открытой транзакции</translation>
    </message>
    <message>
        <source>the changes were not saved: the transaction had already been rolled back after an earlier error</source>
        <translation>изменения не сохранены: транзакция уже была откачена после предыдущей ошибки</translation>
    </message>
    <message>
        <source>the project has no network model (tables model_nodes, model_links)</source>
        <translation>в проекте нет сетевой модели (таблицы model_nodes, model_links)</translation>
    </message>
    <message>
        <source>model_nodes: node %1 has unknown kind &quot;%2&quot;</source>
        <translation>model_nodes: у узла %1 неизвестный тип «%2»</translation>
    </message>
    <message>
        <source>stored network model: %1</source>
        <translation>сохранённая сетевая модель: %1</translation>
    </message>
    <message>
        <source>model_scenarios: %1</source>
        <translation>model_scenarios: %1</translation>
    </message>
    <message>
        <source>model_scenario_values: target must be &apos;node&apos; or &apos;link&apos;, not &apos;%1&apos;</source>
        <translation>model_scenario_values: значение target должно быть &apos;node&apos; или &apos;link&apos;, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>model_scenario_values: %1</source>
        <translation>model_scenario_values: %1</translation>
    </message>
    <message>
        <source>saving the model needs an open transaction</source>
        <translation>для сохранения модели нужна открытая транзакция</translation>
    </message>
</context>
<context>
    <name>RenderText</name>
    <message>
        <source>%1°N</source>
        <translation>%1° с. ш.</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>%1° ю. ш.</translation>
    </message>
    <message>
        <source>%1°E</source>
        <translation>%1° в. д.</translation>
    </message>
    <message>
        <source>%1°W</source>
        <translation>%1° з. д.</translation>
    </message>
</context>
<context>
    <name>Solve</name>
    <message>
        <source>no such file</source>
        <translation>нет такого файла</translation>
    </message>
    <message>
        <source>Solver: %1</source>
        <translation>Решатель: %1</translation>
    </message>
    <message>
        <source>Served %1 of %2 (unserved %3); total cost %4</source>
        <translation>Удовлетворено %1 из %2 (не удовлетворено %3); общие затраты %4</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>      Flow  Capacity  Util.  Note</source>
        <translation>     Поток  Пр.спос.  Загр.  Примечание</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>отключение</translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation>узкое место</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>на пределе</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>    Demand    Served  Unserved  Origin of served</source>
        <translation>     Спрос    Удовл.  Неудовл.  Происхождение удовлетворённого спроса</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>inflow %1, outflow %2, served %3 of %4; inflow origin: %5</source>
        <translation>приток %1, отток %2, удовлетворено %3 из %4; происхождение притока: %5</translation>
    </message>
    <message>
        <source>inflow %1, served %2 of %3; origin: %4</source>
        <translation>приток %1, удовлетворено %2 из %3; происхождение: %4</translation>
    </message>
    <message>
        <source>N-1 outages ranked by demand lost</source>
        <translation>Отключения N-1 по убыванию потерянного спроса</translation>
    </message>
    <message>
        <source>lost %1, cost change %2</source>
        <translation>потеряно %1, изменение затрат %2</translation>
    </message>
    <message>
        <source>Solve the network model: maximise served demand, then minimise total cost, within capacities. Without --scenario a project&apos;s first scenario is solved (a JSON network without scenarios: its own values).</source>
        <translation>Рассчитать сетевую модель: максимизировать удовлетворённый спрос, затем минимизировать общие затраты в пределах пропускной способности. Без --scenario рассчитывается первый сценарий проекта (для JSON-сети без сценариев — её собственные значения).</translation>
    </message>
    <message>
        <source>A project GeoPackage with a model, or a NETWORK.json.</source>
        <translation>GeoPackage проекта с моделью или файл NETWORK.json.</translation>
    </message>
    <message>
        <source>Scenario to solve.</source>
        <translation>Рассчитываемый сценарий.</translation>
    </message>
    <message>
        <source>Links out of service (comma-separated ids; repeatable).</source>
        <translation>Отключённые связи (идентификаторы через запятую; параметр можно повторять).</translation>
    </message>
    <message>
        <source>Rank every single-link outage by the demand lost.</source>
        <translation>Ранжировать все отключения одной связи по потерянному спросу.</translation>
    </message>
    <message>
        <source>Output: json, csv or table (default).</source>
        <translation>Вывод: json, csv или table (по умолчанию).</translation>
    </message>
    <message>
        <source>auto (default), clp or lemon.</source>
        <translation>auto (по умолчанию), clp или lemon.</translation>
    </message>
    <message>
        <source>solve takes exactly one PROJECT.gpkg or NETWORK.json</source>
        <translation>команда solve принимает ровно один PROJECT.gpkg или NETWORK.json</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (json, csv or table)</source>
        <translation>неизвестный формат «%1» (json, csv или table)</translation>
    </message>
    <message>
        <source>unknown solver &quot;%1&quot; (auto, clp or lemon)</source>
        <translation>неизвестный решатель «%1» (auto, clp или lemon)</translation>
    </message>
    <message>
        <source>%1: no scenario called &quot;%2&quot; (available: %3)</source>
        <translation>%1: нет сценария с именем «%2» (доступные: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Сценарий: %1</translation>
    </message>
</context>
<context>
    <name>StyleStoreText</name>
    <message>
        <source>unsupported style version %1</source>
        <translation>неподдерживаемая версия стиля %1</translation>
    </message>
    <message>
        <source>Corridor Atlas layer styles (JSON, one row per layer)</source>
        <translation>Стили слоёв Corridor Atlas (JSON, по одной строке на слой)</translation>
    </message>
    <message>
        <source>the saved style of layer &quot;%1&quot; is not valid JSON: %2</source>
        <translation>сохранённый стиль слоя «%1» не является корректным JSON: %2</translation>
    </message>
</context>
<context>
    <name>StyleText</name>
    <message>
        <source>operating</source>
        <translation>в эксплуатации</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>строится</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>планируется</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>South Caucasus</source>
        <translation>Южный Кавказ</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>Balkans</source>
        <translation>Балканы</translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation>Южная Европа</translation>
    </message>
    <message>
        <source>Central Europe</source>
        <translation>Центральная Европа</translation>
    </message>
    <message>
        <source>Eastern neighbourhood</source>
        <translation>Восточное соседство</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Другие страны</translation>
    </message>
    <message>
        <source>Gas pipelines</source>
        <translation>Газопроводы</translation>
    </message>
    <message>
        <source>Oil pipelines</source>
        <translation>Нефтепроводы</translation>
    </message>
    <message>
        <source>Power links</source>
        <translation>Линии электропередачи</translation>
    </message>
    <message>
        <source>Air route (great circle)</source>
        <translation>Авиамаршрут (по дуге большого круга)</translation>
    </message>
    <message>
        <source>Airports</source>
        <translation>Аэропорты</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Объекты инфраструктуры</translation>
    </message>
    <message>
        <source>Other station</source>
        <translation>Прочая станция</translation>
    </message>
    <message>
        <source>Power plant</source>
        <translation>Электростанция</translation>
    </message>
    <message>
        <source>LNG terminal</source>
        <translation>Терминал СПГ</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Gas storage</source>
        <translation>Хранилище газа</translation>
    </message>
    <message>
        <source>Compressor station</source>
        <translation>Компрессорная станция</translation>
    </message>
    <message>
        <source>Interconnection point</source>
        <translation>Точка межсистемного соединения</translation>
    </message>
    <message>
        <source>Substation / converter</source>
        <translation>Подстанция / преобразовательная станция</translation>
    </message>
</context>
<context>
    <name>corridor::i18n</name>
    <message>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation>неизвестный язык «%1» (доступные: %2)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::AttributeTablePanel</name>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Фильтр строк…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Фильтр строк</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Приблизить к выделенному</translation>
    </message>
    <message>
        <source>Zoom the map to the selected rows</source>
        <translation>Приблизить карту к выделенным строкам</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Снять выделение</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Слой:</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Таблица атрибутов</translation>
    </message>
    <message>
        <source>No layer</source>
        <translation>Нет слоя</translation>
    </message>
    <message>
        <source>%1 of %2 features shown, %3 selected%4</source>
        <translation>Показано объектов: %1 из %2, выделено: %3%4</translation>
    </message>
    <message>
        <source> — sorting…</source>
        <translation> — сортировка…</translation>
    </message>
</context>
<context>
    <name>corridor::ui::BookmarkPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Add current view</source>
        <translation>Добавить текущий вид</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Store the current map view as a bookmark (Ctrl+D)</source>
        <translation>Сохранить текущий вид карты как закладку (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CategorisedPage</name>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Поле:</translation>
    </message>
    <message>
        <source>Field to categorise by</source>
        <translation>Поле, по значениям которого строятся категории</translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation>&amp;Классифицировать</translation>
    </message>
    <message>
        <source>One category per value of the field (at most %1)</source>
        <translation>По одной категории на каждое значение поля (не более %1)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>The colour of the selected categories (a category drawn with an icon becomes a coloured marker)</source>
        <translation>Цвет выбранных категорий (категория, отображаемая значком, становится цветным маркером)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add a category and type its value</source>
        <translation>Добавить категорию и ввести её значение</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the selected categories (Del)</source>
        <translation>Удалить выбранные категории (Del)</translation>
    </message>
    <message>
        <source>Delete A&amp;ll</source>
        <translation>Удалить &amp;все</translation>
    </message>
    <message>
        <source>Choose a field first.</source>
        <translation>Сначала выберите поле.</translation>
    </message>
    <message>
        <source>The field “%1” has no values in this layer.</source>
        <translation>Поле «%1» не содержит значений в этом слое.</translation>
    </message>
    <message>
        <source>The field “%1” has %2 different values: only the first %3 are listed; the others are drawn as “other values” (Base symbol page).</source>
        <translation>Число различных значений в поле «%1»: %2. В списке только первые %3, остальные отображаются как «прочие значения» (вкладка «Базовый знак»).</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CategoryModel</name>
    <message>
        <source>Drawn; colour %1</source>
        <translation>Отображается; цвет %1</translation>
    </message>
    <message>
        <source>Hidden; colour %1</source>
        <translation>Скрыта; цвет %1</translation>
    </message>
    <message>
        <source>Label the features of this category</source>
        <translation>Подписывать объекты этой категории</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Знак</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Tick to draw the category; double-click (or the colour button) to change its colour</source>
        <translation>Установите флажок, чтобы отображать категорию; дважды щёлкните (или нажмите кнопку цвета), чтобы изменить её цвет</translation>
    </message>
    <message>
        <source>The field value the category matches</source>
        <translation>Значение поля, которому соответствует категория</translation>
    </message>
    <message>
        <source>The text in the legend</source>
        <translation>Текст в легенде</translation>
    </message>
    <message>
        <source>Tick to label the features of the category</source>
        <translation>Установите флажок, чтобы подписывать объекты категории</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ClassModel</name>
    <message>
        <source>Colour %1</source>
        <translation>Цвет %1</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Знак</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
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
        <translation>Нижняя граница (включительно)</translation>
    </message>
    <message>
        <source>Upper bound (excluded; the last class includes the maximum)</source>
        <translation>Верхняя граница (не включительно; последний класс включает максимум)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ColorButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Выбор цвета</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ExportDialog</name>
    <message>
        <source>Nothing to draw: the map has no layers.</source>
        <translation>Нечего отрисовывать: на карте нет слоёв.</translation>
    </message>
    <message>
        <source>The preview has no room.</source>
        <translation>Для предварительного просмотра нет места.</translation>
    </message>
    <message>
        <source>Not enough memory for the preview.</source>
        <translation>Недостаточно памяти для предварительного просмотра.</translation>
    </message>
    <message>
        <source>The preview failed.</source>
        <translation>Ошибка предварительного просмотра.</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>не удаётся записать: %1</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Подзаголовок:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
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
        <translation>Letter (8,5 × 11 in)</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Размер в пикселях</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Р&amp;азмер:</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Ширина в пикселях</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Высота в пикселях</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>Ор&amp;иентация:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Разрешение:</translation>
    </message>
    <message>
        <source>Pixels per inch of a PNG on paper; PDF and SVG are vector and need none.</source>
        <translation>Число пикселей на дюйм для PNG на бумаге; PDF и SVG — векторные форматы, разрешение для них не нужно.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Map e&amp;xtent:</source>
        <translation>Охват &amp;карты:</translation>
    </message>
    <message>
        <source>Current map view</source>
        <translation>Текущий вид карты</translation>
    </message>
    <message>
        <source>Full corridor</source>
        <translation>Весь коридор</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Легенда</translation>
    </message>
    <message>
        <source>&amp;Scale bar</source>
        <translation>&amp;Масштабная линейка</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>&amp;Стрелка севера</translation>
    </message>
    <message>
        <source>&amp;Inset locator</source>
        <translation>&amp;Обзорная карта-врезка</translation>
    </message>
    <message>
        <source>&amp;Graticule</source>
        <translation>&amp;Градусная сетка</translation>
    </message>
    <message>
        <source>Draw model flo&amp;ws</source>
        <translation>Показывать расчётные по&amp;токи</translation>
    </message>
    <message>
        <source>The flows the map shows (scenario, difference, outages), with their legend.</source>
        <translation>Потоки, показанные на карте (сценарий, разница, отключения), вместе с их легендой.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Выходной &amp;файл:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Предварительный просмотр страницы</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Отрисовка…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Azerbaijan–Serbia energy corridor</source>
        <translation>Энергетический коридор Азербайджан — Сербия</translation>
    </message>
    <message>
        <source>Gas, oil, power and air links · %1</source>
        <translation>Газо- и нефтепроводы, линии электропередачи и авиасообщение · %1</translation>
    </message>
    <message>
        <source>Change in modelled flows: scenario &quot;%1&quot; minus reference &quot;%2&quot; · %3</source>
        <translation>Изменение расчётных потоков: сценарий «%1» минус базовый сценарий «%2» · %3</translation>
    </message>
    <message>
        <source>Change in modelled flows · %1</source>
        <translation>Изменение расчётных потоков · %1</translation>
    </message>
    <message>
        <source>Modelled flows, scenario &quot;%1&quot; · %2</source>
        <translation>Расчётные потоки, сценарий «%1» · %2</translation>
    </message>
    <message>
        <source>Modelled flows · %1</source>
        <translation>Расчётные потоки · %1</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .svg or .png.</source>
        <translation>Выберите файл с расширением .pdf, .svg или .png.</translation>
    </message>
    <message>
        <source>Unknown: the file name must end in .pdf, .svg or .png.</source>
        <translation>Неизвестен: имя файла должно оканчиваться на .pdf, .svg или .png.</translation>
    </message>
    <message>
        <source>PDF (vector, text as text)</source>
        <translation>PDF (векторный, текст сохраняется как текст)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (векторный)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пикс.</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels</source>
        <translation>%1 · %2 × %3 пикс.</translation>
    </message>
    <message>
        <source>PDF (vector) (*.pdf);;SVG (vector) (*.svg);;PNG image (*.png)</source>
        <translation>PDF (векторный) (*.pdf);;SVG (векторный) (*.svg);;Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Choose an output file (.pdf, .svg or .png).</source>
        <translation>Выберите выходной файл (.pdf, .svg или .png).</translation>
    </message>
    <message>
        <source>Could not export “%1”:
%2</source>
        <translation>Не удалось экспортировать «%1»:
%2</translation>
    </message>
    <message>
        <source>unsupported format “%1” (use .pdf, .svg or .png)</source>
        <translation>неподдерживаемый формат «%1» (используйте .pdf, .svg или .png)</translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папка %1 не существует</translation>
    </message>
    <message>
        <source>nothing to draw: the map has no layers</source>
        <translation>нечего отрисовывать: на карте нет слоёв</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Экспорт %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1, but the legend does not fit the page: %n entry(ies) left out (use a larger page, or turn the legend off).</source>
        <translation>
            <numerusform>Экспортировано: %1, но легенда не помещается на странице: %n элемент не показан (используйте страницу большего размера или отключите легенду).</numerusform>
            <numerusform>Экспортировано: %1, но легенда не помещается на странице: %n элемента не показаны (используйте страницу большего размера или отключите легенду).</numerusform>
            <numerusform>Экспортировано: %1, но легенда не помещается на странице: %n элементов не показано (используйте страницу большего размера или отключите легенду).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export of %1 cancelled.</source>
        <translation>Экспорт %1 отменён.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::GraduatedPage</name>
    <message>
        <source>Oranges</source>
        <translation>Оранжевые</translation>
    </message>
    <message>
        <source>Blues</source>
        <translation>Синие</translation>
    </message>
    <message>
        <source>Greens</source>
        <translation>Зелёные</translation>
    </message>
    <message>
        <source>Reds</source>
        <translation>Красные</translation>
    </message>
    <message>
        <source>Purples</source>
        <translation>Фиолетовые</translation>
    </message>
    <message>
        <source>Yellow-orange-red</source>
        <translation>Жёлто-оранжево-красные</translation>
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
        <translation>Равные интервалы</translation>
    </message>
    <message>
        <source>Quantile (equal count)</source>
        <translation>Квантили (равное число объектов)</translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation>&amp;Классифицировать</translation>
    </message>
    <message>
        <source>New classes from the field&apos;s values</source>
        <translation>Создать классы по значениям поля</translation>
    </message>
    <message>
        <source>&amp;Number of classes:</source>
        <translation>&amp;Число классов:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Поле:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Метод:</translation>
    </message>
    <message>
        <source>Colour &amp;ramp:</source>
        <translation>Цветовой &amp;градиент:</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Классы</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>The colour of the selected classes</source>
        <translation>Цвет выбранных классов</translation>
    </message>
    <message>
        <source>The layer has no numeric field.</source>
        <translation>В слое нет числовых полей.</translation>
    </message>
    <message>
        <source>Choose a field first.</source>
        <translation>Сначала выберите поле.</translation>
    </message>
    <message>
        <source>The field “%1” has no numeric values in this layer.</source>
        <translation>Поле «%1» не содержит числовых значений в этом слое.</translation>
    </message>
    <message>
        <source>All values of “%1” are equal: one class.</source>
        <translation>Все значения поля «%1» одинаковы: один класс.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::IdentifyPanel</name>
    <message>
        <source>Click a feature on the map with the Identify tool (I).</source>
        <translation>Щёлкните по объекту на карте инструментом «Определить объекты» (I).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Identify results</source>
        <translation>Результаты определения</translation>
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
        <translation>Расчётный поток</translation>
    </message>
    <message>
        <source>No feature under the cursor.</source>
        <translation>Под курсором нет объектов.</translation>
    </message>
    <message>
        <source>A model flow under the cursor.</source>
        <translation>Под курсором — расчётный поток.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) under the cursor, topmost layer first.</source>
        <translation>
            <numerusform>Под курсором %n объект, сначала верхний слой.</numerusform>
            <numerusform>Под курсором %n объекта, сначала верхний слой.</numerusform>
            <numerusform>Под курсором %n объектов, сначала верхний слой.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature id</source>
        <translation>Идентификатор объекта</translation>
    </message>
</context>
<context>
    <name>corridor::ui::LabelsPage</name>
    <message>
        <source>&amp;Label features</source>
        <translation>&amp;Подписывать объекты</translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>Текст подписи</translation>
    </message>
    <message>
        <source>A field, or a template with fields in braces such as {name} ({iata})</source>
        <translation>Поле или шаблон с полями в фигурных скобках, например {name} ({iata})</translation>
    </message>
    <message>
        <source>A field, or a template such as &lt;tt&gt;{name} ({iata})&lt;/tt&gt;</source>
        <translation>Поле или шаблон, например &lt;tt&gt;{name} ({iata})&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>S&amp;horten long names (cut at “ (”, “;”, “ – ”)</source>
        <translation>Сокращать &amp;длинные названия (обрезать по « (», «;», « – »)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>Полу&amp;жирный</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <source>Hal&amp;o</source>
        <translation>Орео&amp;л</translation>
    </message>
    <message>
        <source>A light outline around the text, for legibility over lines and fills</source>
        <translation>Светлая обводка вокруг текста для читаемости поверх линий и заливок</translation>
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
        <translation>Размер &amp;шрифта:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation>Обводка:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Пример:</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>(no such field)</source>
        <translation>(нет такого поля)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::LayerTreeModel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n feature(s)&lt;br&gt;CRS: %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n объект&lt;br&gt;СК: %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n объекта&lt;br&gt;СК: %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n объектов&lt;br&gt;СК: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Source: %1</source>
        <translation>&lt;br&gt;Источник: %1</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>видимый</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрытый</translation>
    </message>
</context>
<context>
    <name>corridor::ui::LinkTableModel</name>
    <message>
        <source>Capacity from %1 to %2; double-click or press F2 to edit</source>
        <translation>Пропускная способность от %1 к %2; для изменения дважды щёлкните или нажмите F2</translation>
    </message>
    <message>
        <source>On the minimum cut: more capacity here would serve more demand</source>
        <translation>На минимальном разрезе: увеличение пропускной способности здесь позволило бы удовлетворить больший спрос</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation>узкое место</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>на пределе</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Откуда → куда</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Пропускная способность</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Поток</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Ограничение</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MainWindow</name>
    <message>
        <source>saved layer styles and bookmarks could not be read: %1</source>
        <translation>не удалось прочитать сохранённые стили слоёв и закладки: %1</translation>
    </message>
    <message>
        <source>the saved map CRS is not usable (%1); using ETRS89-LAEA</source>
        <translation>сохранённая СК карты непригодна (%1); используется ETRS89-LAEA</translation>
    </message>
    <message>
        <source>layer “%1” from %2 was not loaded: %3</source>
        <translation>слой «%1» из %2 не загружен: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>layer “%1” cannot be shown in %2: %3</source>
        <translation>слой «%1» невозможно отобразить в %2: %3</translation>
    </message>
    <message>
        <source>Could not add “%1”:
%2</source>
        <translation>Не удалось добавить «%1»:
%2</translation>
    </message>
    <message>
        <source>Adding “%1” was cancelled.</source>
        <translation>Добавление «%1» отменено.</translation>
    </message>
    <message>
        <source>Could not add “%1”, layer “%2”:
%3</source>
        <translation>Не удалось добавить «%1», слой «%2»:
%3</translation>
    </message>
    <message>
        <source>Could not add “%1”: layer “%2” cannot be shown in %3:
%4</source>
        <translation>Не удалось добавить «%1»: слой «%2» невозможно отобразить в %3:
%4</translation>
    </message>
    <message>
        <source>Could not add “%1”:
the file has no layers with geometry.</source>
        <translation>Не удалось добавить «%1»:
в файле нет слоёв с геометрией.</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.kmz *.gml *.csv *.topojson *.sqlite *.gpx *.tab *.mif);;All files (*)</source>
        <translation>Векторные данные (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.kmz *.gml *.csv *.topojson *.sqlite *.gpx *.tab *.mif);;Все файлы (*)</translation>
    </message>
    <message>
        <source>the network model could not be read: %1</source>
        <translation>не удалось прочитать сетевую модель: %1</translation>
    </message>
    <message>
        <source>Drawing failed: %1</source>
        <translation>Ошибка отрисовки: %1</translation>
    </message>
    <message>
        <source>%1 features · %2 ms</source>
        <translation>Объектов: %1 · %2 ms</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Open a project (GeoPackage or any vector file)</source>
        <translation>Открыть проект (GeoPackage или любой векторный файл)</translation>
    </message>
    <message>
        <source>&amp;Add Vector Data…</source>
        <translation>&amp;Добавить векторные данные…</translation>
    </message>
    <message>
        <source>Add the layers of any vector file GDAL reads</source>
        <translation>Добавить слои из любого векторного файла, который читает GDAL</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Сохранить проект</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Сохранить проект &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation>&amp;Экспортировать карту…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Full Extent</source>
        <translation>Полный о&amp;хват</translation>
    </message>
    <message>
        <source>Show the whole corridor (Home on the map)</source>
        <translation>Показать весь коридор (клавиша Home на карте)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>Приблизить к сло&amp;ю</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Приблизить к в&amp;ыделенному</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>П&amp;редыдущий вид</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>Сл&amp;едующий вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Панорамирование</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>&amp;Определить объекты</translation>
    </message>
    <message>
        <source>&amp;Measure Distance</source>
        <translation>&amp;Измерить расстояние</translation>
    </message>
    <message>
        <source>Measure &amp;Area</source>
        <translation>Измерить п&amp;лощадь</translation>
    </message>
    <message>
        <source>Identify at Map &amp;Centre</source>
        <translation>Определить в &amp;центре карты</translation>
    </message>
    <message>
        <source>Identify what is under the centre of the map (keyboard use)</source>
        <translation>Определить объекты в центре карты (для работы с клавиатуры)</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>Сн&amp;ять выделение</translation>
    </message>
    <message>
        <source>New &amp;Bookmark…</source>
        <translation>Новая &amp;закладка…</translation>
    </message>
    <message>
        <source>&amp;Find Feature…</source>
        <translation>&amp;Найти объект…</translation>
    </message>
    <message>
        <source>Layer &amp;Style…</source>
        <translation>&amp;Стиль слоя…</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>Открыть &amp;таблицу атрибутов</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>&amp;Удалить слой</translation>
    </message>
    <message>
        <source>Move Layer &amp;Up</source>
        <translation>Переместить слой &amp;вверх</translation>
    </message>
    <message>
        <source>Move Layer &amp;Down</source>
        <translation>Переместить слой в&amp;низ</translation>
    </message>
    <message>
        <source>Go to &amp;Map</source>
        <translation>Перейти к &amp;карте</translation>
    </message>
    <message>
        <source>Go to &amp;Layers</source>
        <translation>Перейти к с&amp;лоям</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Show &amp;Flows</source>
        <translation>&amp;Показать потоки</translation>
    </message>
    <message>
        <source>Draw the model&apos;s flows on the map: width by flow, colour by utilisation</source>
        <translation>Показать расчётные потоки на карте: ширина — по потоку, цвет — по загрузке</translation>
    </message>
    <message>
        <source>&amp;About Corridor Atlas</source>
        <translation>&amp;О программе Corridor Atlas</translation>
    </message>
    <message>
        <source>About Corridor Atlas</source>
        <translation>О программе Corridor Atlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Corridor Atlas %1&lt;/h3&gt;&lt;p&gt;A desktop GIS for the energy corridor from Azerbaijan to Serbia and on into Central and Southern Europe.&lt;/p&gt;&lt;p&gt;Qt %2 · GDAL · PROJ · GEOS · SQLite&lt;/p&gt;&lt;p&gt;Countries: Made with Natural Earth. Corridor facts: see the &lt;i&gt;sources&lt;/i&gt; table of the project.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Corridor Atlas %1&lt;/h3&gt;&lt;p&gt;Настольная ГИС для энергетического коридора от Азербайджана до Сербии и далее в Центральную и Южную Европу.&lt;/p&gt;&lt;p&gt;Qt %2 · GDAL · PROJ · GEOS · SQLite&lt;/p&gt;&lt;p&gt;Страны: создано с использованием Natural Earth. Сведения о коридоре: см. таблицу &lt;i&gt;sources&lt;/i&gt; проекта.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Непрозрачность:</translation>
    </message>
    <message>
        <source>Layer opacity</source>
        <translation>Непрозрачность слоя</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>Результаты определения</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Измерения</translation>
    </message>
    <message>
        <source>Attribute Table</source>
        <translation>Таблица атрибутов</translation>
    </message>
    <message>
        <source>Network Model</source>
        <translation>Сетевая модель</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Map &amp;CRS</source>
        <translation>&amp;СК карты</translation>
    </message>
    <message>
        <source>ETRS89 / LAEA Europe (EPSG:3035)</source>
        <translation>ETRS89 / LAEA Europe (EPSG:3035)</translation>
    </message>
    <message>
        <source>Web Mercator (EPSG:3857)</source>
        <translation>Web Mercator (EPSG:3857)</translation>
    </message>
    <message>
        <source>WGS 84 longitude/latitude (EPSG:4326)</source>
        <translation>WGS 84, долгота/широта (EPSG:4326)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Другая…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Системная</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>П&amp;анели</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>С&amp;лой</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Map Navigation</source>
        <translation>Навигация по карте</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Find a feature: TANAP, Niš, BEG… (Ctrl+F)</source>
        <translation>Найти объект: TANAP, Ниш, BEG… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a feature by name</source>
        <translation>Найти объект по названию</translation>
    </message>
    <message>
        <source>Map scale at the centre of the view</source>
        <translation>Масштаб карты в центре вида</translation>
    </message>
    <message>
        <source>Map coordinate reference system</source>
        <translation>Система координат карты</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1
%2 of %3 features</source>
        <translation>%1
объектов: %2 из %3</translation>
    </message>
    <message>
        <source>%1
%2 features</source>
        <translation>%1
объектов: %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled.</source>
        <translation>Открытие «%1» отменено.</translation>
    </message>
    <message>
        <source>Could not open “%1”:
%2</source>
        <translation>Не удалось открыть «%1»:
%2</translation>
    </message>
    <message>
        <source>Could not save “%1”:
%2</source>
        <translation>Не удалось сохранить «%1»:
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>cannot copy the project to this place</source>
        <translation>не удаётся скопировать проект в это место</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>не удаётся заменить файл</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Добавление %1…</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Добавление %n файла…</numerusform>
            <numerusform>Добавление %n файлов…</numerusform>
            <numerusform>Добавление %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer “%1” cannot be shown in %2:
%3</source>
        <translation>Слой «%1» невозможно отобразить в %2:
%3</translation>
    </message>
    <message>
        <source>Re-projecting to %1…</source>
        <translation>Перепроецирование в %1…</translation>
    </message>
    <message>
        <source>layer “%1”: %2</source>
        <translation>слой «%1»: %2</translation>
    </message>
    <message>
        <source>The map cannot be shown in %1:
%2</source>
        <translation>Карту невозможно отобразить в %1:
%2</translation>
    </message>
    <message>
        <source>Custom map CRS</source>
        <translation>Пользовательская СК карты</translation>
    </message>
    <message>
        <source>EPSG code (e.g. EPSG:32638), PROJ string (+proj=…), WKT or a CRS name:</source>
        <translation>Код EPSG (например, EPSG:32638), строка PROJ (+proj=…), WKT или название СК:</translation>
    </message>
    <message>
        <source>“%1” is not a CRS PROJ knows:
%2</source>
        <translation>«%1» не является СК, известной PROJ:
%2</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Поток</translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Пропускная способность</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Ограничение</translation>
    </message>
    <message>
        <source>bottleneck (on the minimum cut)</source>
        <translation>узкое место (на минимальном разрезе)</translation>
    </message>
    <message>
        <source>binding (at capacity)</source>
        <translation>на пределе (полная загрузка)</translation>
    </message>
    <message>
        <source>Δ flow vs %1</source>
        <translation>Δ потока относительно %1</translation>
    </message>
    <message>
        <source>No feature matches “%1”.</source>
        <translation>Объекты, соответствующие «%1», не найдены.</translation>
    </message>
    <message>
        <source>Found: %1 (%2)</source>
        <translation>Найдено: %1 (%2)</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Вид %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>GeoPackage projects (*.gpkg);;</source>
        <translation>Проекты GeoPackage (*.gpkg);;</translation>
    </message>
    <message>
        <source>Add Vector Data</source>
        <translation>Добавить векторные данные</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Сохранить проект как</translation>
    </message>
    <message>
        <source>GeoPackage projects (*.gpkg)</source>
        <translation>Проекты GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Нет проекта</translation>
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
        <translation>Нет СК</translation>
    </message>
    <message>
        <source>Corridor Atlas</source>
        <translation>Corridor Atlas</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить %1</translation>
    </message>
    <message>
        <source>Save the changes to the layers, styles, bookmarks and network model of “%1”?</source>
        <translation>Сохранить изменения слоёв, стилей, закладок и сетевой модели проекта «%1»?</translation>
    </message>
    <message>
        <source>Adding data was cancelled.</source>
        <translation>Добавление данных отменено.</translation>
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
        <translation>Δ потока (синий — больше, красный — меньше)</translation>
    </message>
    <message>
        <source>Flow (colour: utilisation)</source>
        <translation>Поток (цвет — загрузка)</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>загрузка</translation>
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
        <translation>Расстояние (ломаная)</translation>
    </message>
    <message>
        <source>Area (polygon)</source>
        <translation>Площадь (полигон)</translation>
    </message>
    <message>
        <source>Measure mode</source>
        <translation>Режим измерения</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Click points on the map (snaps to facilities and airports; Shift: no snapping). Double-click or Enter finishes, Backspace undoes, Esc clears. Ellipsoidal (WGS 84) geodesics.</source>
        <translation>Щёлкайте по точкам на карте (с привязкой к объектам инфраструктуры и аэропортам; Shift — без привязки). Двойной щелчок или Enter — завершить, Backspace — отменить последнюю точку, Esc — очистить. Геодезические линии на эллипсоиде (WGS 84).</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>Длина (km)</translation>
    </message>
    <message>
        <source>Segment lengths</source>
        <translation>Длины сегментов</translation>
    </message>
    <message>
        <source>%1 → 1 (closing)</source>
        <translation>%1 → 1 (замыкание)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Измерений пока нет.</translation>
    </message>
    <message>
        <source>Area: %1 km² · perimeter: %2 km</source>
        <translation>Площадь: %1 km² · периметр: %2 km</translation>
    </message>
    <message>
        <source>Total: %1 km</source>
        <translation>Итого: %1 km</translation>
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
        <translation>В этом проекте нет сетевой модели.

Модель (узлы, связи и сценарии в таблицах model_nodes, model_links, model_scenarios файла GeoPackage) позволяет изменять пропускную способность и спрос и видеть получающиеся потоки на карте. Во встроенном проекте коридора модель есть.</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Сценарий:</translation>
    </message>
    <message>
        <source>The scenario shown on the map and edited in the tables</source>
        <translation>Сценарий, отображаемый на карте и редактируемый в таблицах</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Дублировать…</translation>
    </message>
    <message>
        <source>Copy the current scenario under a new name</source>
        <translation>Скопировать текущий сценарий под новым именем</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Rename the current scenario</source>
        <translation>Переименовать текущий сценарий</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the current scenario</source>
        <translation>Удалить текущий сценарий</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Единицы:</translation>
    </message>
    <message>
        <source>Units of gas figures (power is always in MW)</source>
        <translation>Единицы для показателей по газу (электроэнергия всегда в MW)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Узлы</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>N-1</source>
        <translation>N-1</translation>
    </message>
    <message>
        <source>Capacities and flows of pipelines and power links; edit a capacity to re-solve</source>
        <translation>Пропускная способность и потоки газопроводов и линий электропередачи; измените пропускную способность, чтобы пересчитать</translation>
    </message>
    <message>
        <source>Supply, demand and what is served; edit supply or demand to re-solve</source>
        <translation>Предложение, спрос и удовлетворённый спрос; измените предложение или спрос, чтобы пересчитать</translation>
    </message>
    <message>
        <source>Gas into Central and Southern Europe by country and origin</source>
        <translation>Газ в Центральную и Южную Европу по странам и происхождению</translation>
    </message>
    <message>
        <source>Flows of another scenario compared with this one</source>
        <translation>Потоки другого сценария в сравнении с этим</translation>
    </message>
    <message>
        <source>Each link out of service in turn, ranked by the demand it cuts</source>
        <translation>Поочерёдное отключение каждой связи с ранжированием по потерянному спросу</translation>
    </message>
    <message>
        <source>Links of the network model</source>
        <translation>Связи сетевой модели</translation>
    </message>
    <message>
        <source>Nodes of the network model</source>
        <translation>Узлы сетевой модели</translation>
    </message>
    <message>
        <source>Regional summary</source>
        <translation>Сводка по регионам</translation>
    </message>
    <message>
        <source>Flow differences between scenarios</source>
        <translation>Разница потоков между сценариями</translation>
    </message>
    <message>
        <source>Single-outage ranking</source>
        <translation>Ранжирование одиночных отключений</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>С&amp;равнить с:</translation>
    </message>
    <message>
        <source>Δflow = that scenario&apos;s flow minus this scenario&apos;s flow</source>
        <translation>Δ потока = поток в том сценарии минус поток в этом сценарии</translation>
    </message>
    <message>
        <source>Show Δ on the &amp;map</source>
        <translation>Показать Δ на &amp;карте</translation>
    </message>
    <message>
        <source>Draw the flow differences instead of the flows: blue more, red less</source>
        <translation>Рисовать разницу потоков вместо самих потоков: синий — больше, красный — меньше</translation>
    </message>
    <message>
        <source>&amp;Run N-1</source>
        <translation>&amp;Выполнить анализ N-1</translation>
    </message>
    <message>
        <source>Solve once per link with that link out of service</source>
        <translation>Рассчитать модель для каждой связи, поочерёдно отключая её</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Runs in the background; click a row to show the link on the map.</source>
        <translation>Выполняется в фоновом режиме; щёлкните строку, чтобы показать связь на карте.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>The scenario “%1” could not be solved: %2</source>
        <translation>Не удалось рассчитать сценарий «%1»: %2</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>%1 served of %2 demanded</source>
        <translation>Удовлетворено %1 из %2 спроса</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n bottleneck(s) · solved in %2 ms</source>
        <translation>
            <numerusform>%1 · %n узкое место · расчёт за %2 ms</numerusform>
            <numerusform>%1 · %n узких места · расчёт за %2 ms</numerusform>
            <numerusform>%1 · %n узких мест · расчёт за %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Region / country</source>
        <translation>Регион / страна</translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation>Приток</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Спрос</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Удовлетворено</translation>
    </message>
    <message>
        <source>Unserved</source>
        <translation>Не удовлетворено</translation>
    </message>
    <message>
        <source>From Azerbaijan</source>
        <translation>Из Азербайджана</translation>
    </message>
    <message>
        <source>Other origins</source>
        <translation>Из других источников</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Flow here</source>
        <translation>Поток в этом сценарии</translation>
    </message>
    <message>
        <source>Flow there</source>
        <translation>Поток в другом сценарии</translation>
    </message>
    <message>
        <source>Flow in %1</source>
        <translation>Поток в «%1»</translation>
    </message>
    <message>
        <source>Δ flow</source>
        <translation>Δ потока</translation>
    </message>
    <message>
        <source>Choose a scenario to compare with.</source>
        <translation>Выберите сценарий для сравнения.</translation>
    </message>
    <message>
        <source>“%1” could not be solved: %2</source>
        <translation>Не удалось рассчитать «%1»: %2</translation>
    </message>
    <message>
        <source>Δ = flow in “%1” minus flow in “%2”, largest changes first.</source>
        <translation>Δ = поток в «%1» минус поток в «%2»; сначала наибольшие изменения.</translation>
    </message>
    <message numerus="yes">
        <source>Solving with each of %n link(s) out of service…</source>
        <translation>
            <numerusform>Расчёт с поочерёдным отключением каждой из %n связи…</numerusform>
            <numerusform>Расчёт с поочерёдным отключением каждой из %n связей…</numerusform>
            <numerusform>Расчёт с поочерёдным отключением каждой из %n связей…</numerusform>
        </translation>
    </message>
    <message>
        <source>The N-1 analysis failed: %1</source>
        <translation>Ошибка анализа N-1: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Link out of service</source>
        <translation>Отключённая связь</translation>
    </message>
    <message>
        <source>Demand lost</source>
        <translation>Потерянный спрос</translation>
    </message>
    <message>
        <source>Unserved in total</source>
        <translation>Всего не удовлетворено</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Изменение затрат</translation>
    </message>
    <message numerus="yes">
        <source>Scenario “%1”: %n outage(s), ranked by the demand they cut. Click a row to show the link.</source>
        <translation>
            <numerusform>Сценарий «%1»: %n отключение (по убыванию потерянного спроса). Щёлкните строку, чтобы показать связь.</numerusform>
            <numerusform>Сценарий «%1»: %n отключения (по убыванию потерянного спроса). Щёлкните строку, чтобы показать связь.</numerusform>
            <numerusform>Сценарий «%1»: %n отключений (по убыванию потерянного спроса). Щёлкните строку, чтобы показать связь.</numerusform>
        </translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>У сценария должно быть имя.</translation>
    </message>
    <message>
        <source>There is already a scenario called “%1”.</source>
        <translation>Сценарий с именем «%1» уже существует.</translation>
    </message>
    <message>
        <source>The scenario was not copied: %1</source>
        <translation>Сценарий не скопирован: %1</translation>
    </message>
    <message>
        <source>The scenario was not renamed: %1</source>
        <translation>Сценарий не переименован: %1</translation>
    </message>
    <message>
        <source>The last scenario cannot be deleted.</source>
        <translation>Последний сценарий удалить нельзя.</translation>
    </message>
    <message>
        <source>The scenario was not deleted: %1</source>
        <translation>Сценарий не удалён: %1</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>Дублирование сценария</translation>
    </message>
    <message>
        <source>Name of the copy of “%1”:</source>
        <translation>Имя копии «%1»:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Переименование сценария</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Новое имя для «%1»:</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Удаление сценария</translation>
    </message>
    <message>
        <source>Delete the scenario “%1”? You can undo this with Edit ▸ Undo.</source>
        <translation>Удалить сценарий «%1»? Это действие можно отменить командой Правка ▸ Отменить.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ModelSession</name>
    <message>
        <source>the project has no network model</source>
        <translation>в проекте нет сетевой модели</translation>
    </message>
    <message>
        <source>the value must be a finite number</source>
        <translation>значение должно быть конечным числом</translation>
    </message>
    <message>
        <source>the value must not be negative</source>
        <translation>значение не должно быть отрицательным</translation>
    </message>
    <message>
        <source>no such item: %1</source>
        <translation>нет такого элемента: %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>изменение %1 для %2</translation>
    </message>
    <message>
        <source>Duplicate scenario %1</source>
        <translation>дублирование сценария %1</translation>
    </message>
    <message>
        <source>Rename scenario %1</source>
        <translation>переименование сценария %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>удаление сценария %1</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>пропускной способности</translation>
    </message>
    <message>
        <source>reverse capacity</source>
        <translation>пропускной способности в обратном направлении</translation>
    </message>
    <message>
        <source>entry capacity</source>
        <translation>пропускной способности точки входа</translation>
    </message>
    <message>
        <source>exit capacity</source>
        <translation>пропускной способности точки выхода</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>затрат</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>предложения</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>спроса</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>веса</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>КПД</translation>
    </message>
    <message>
        <source>unit factor</source>
        <translation>коэффициента пересчёта единиц</translation>
    </message>
    <message>
        <source>output limit</source>
        <translation>ограничения выработки</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ModelTableBase</name>
    <message>
        <source>“%1” is not a number. Enter a value such as 2.5.</source>
        <translation>«%1» не является числом. Введите значение, например 2,5.</translation>
    </message>
    <message>
        <source>%1 cannot be negative (you entered %2).</source>
        <translation>Значение для %1 не может быть отрицательным (вы ввели %2).</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>Значение для %1 не изменено: %2</translation>
    </message>
</context>
<context>
    <name>corridor::ui::NodeTableModel</name>
    <message>
        <source>Double-click or press F2 to edit</source>
        <translation>Для изменения дважды щёлкните или нажмите F2</translation>
    </message>
    <message>
        <source>A plant converts gas into power: no supply or demand of its own</source>
        <translation>Электростанция преобразует газ в электроэнергию: собственного предложения или спроса у неё нет</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>поставщик</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>потребитель</translation>
    </message>
    <message>
        <source>plant</source>
        <translation>электростанция</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>хаб</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Спрос</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Удовлетворено</translation>
    </message>
    <message>
        <source>Unserved</source>
        <translation>Не удовлетворено</translation>
    </message>
    <message>
        <source>Served by origin</source>
        <translation>Удовлетворено по источникам</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RegionChart</name>
    <message>
        <source>Gas into Central and Southern Europe by country and origin</source>
        <translation>Газ в Центральную и Южную Европу по странам и происхождению</translation>
    </message>
    <message>
        <source>No regional figures: solve a scenario first.</source>
        <translation>Нет данных по регионам: сначала рассчитайте сценарий.</translation>
    </message>
    <message>
        <source>Other origins</source>
        <translation>Другие источники</translation>
    </message>
    <message>
        <source>From Azerbaijan</source>
        <translation>Из Азербайджана</translation>
    </message>
    <message>
        <source>gas</source>
        <translation>газ</translation>
    </message>
    <message>
        <source>power</source>
        <translation>электроэнергия</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>приток</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RenderJob</name>
    <message>
        <source>not enough memory for a %1×%2 map image</source>
        <translation>недостаточно памяти для изображения карты %1×%2</translation>
    </message>
    <message>
        <source>the renderer failed</source>
        <translation>сбой модуля отрисовки</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RendererPage</name>
    <message>
        <source>Not a field of this layer</source>
        <translation>Такого поля нет в этом слое</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>bcm/yr (billion cubic metres per year)</source>
        <translation>bcm/yr (млрд кубометров в год)</translation>
    </message>
    <message>
        <source>mcm/d (million cubic metres per day)</source>
        <translation>mcm/d (млн кубометров в сутки)</translation>
    </message>
    <message>
        <source>GWh/d (energy per day, 10.55 kWh/m³)</source>
        <translation>GWh/d (энергия в сутки, 10,55 kWh/m³)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Системная</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Gas &amp;volumes in:</source>
        <translation>&amp;Единицы объёма газа:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>The language applies at once; the command line&apos;s --lang overrides it for one run.</source>
        <translation>Язык применяется сразу; параметр командной строки --lang переопределяет его для одного запуска.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SingleSymbolPage</name>
    <message>
        <source>Show this layer</source>
        <translation>Показывать этот слой</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Сплошная</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Штриховая</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Пунктирная</translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation>Штрихпунктирная</translation>
    </message>
    <message>
        <source>No line</source>
        <translation>Без линии</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <source>&amp;Line colour:</source>
        <translation>&amp;Цвет линии:</translation>
    </message>
    <message>
        <source>&amp;Fill colour:</source>
        <translation>Цвет &amp;заливки:</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>&amp;Ширина линии:</translation>
    </message>
    <message>
        <source>&amp;Dash:</source>
        <translation>&amp;Тип линии:</translation>
    </message>
    <message>
        <source>&amp;Point size:</source>
        <translation>&amp;Размер точки:</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Непрозрачность:</translation>
    </message>
    <message>
        <source>Custom dashes</source>
        <translation>Пользовательский штрих</translation>
    </message>
    <message>
        <source>Other values</source>
        <translation>Прочие значения</translation>
    </message>
    <message>
        <source>Draw features matching no category or class wit&amp;h this symbol</source>
        <translation>Отображать &amp;этим знаком объекты, не попавшие ни в одну категорию или класс</translation>
    </message>
    <message>
        <source>e.g. Other</source>
        <translation>например, Прочее</translation>
    </message>
    <message>
        <source>Legend &amp;text:</source>
        <translation>Текст &amp;легенды:</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Знак</translation>
    </message>
</context>
<context>
    <name>corridor::ui::StyleDialog</name>
    <message>
        <source>Style — %1</source>
        <translation>Стиль — %1</translation>
    </message>
    <message>
        <source>&amp;Renderer:</source>
        <translation>&amp;Способ отображения:</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>Обычный знак</translation>
    </message>
    <message>
        <source>Categorised</source>
        <translation>Уникальные значения</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Градуированный знак</translation>
    </message>
    <message>
        <source>Single symbol: every feature alike. Categorised: a symbol per value of a field. Graduated: classes of a numeric field along a colour ramp.</source>
        <translation>Обычный знак: все объекты выглядят одинаково. Уникальные значения: свой знак для каждого значения поля. Градуированный знак: классы числового поля по цветовому градиенту.</translation>
    </message>
    <message>
        <source>Li&amp;ve update</source>
        <translation>&amp;Обновлять сразу</translation>
    </message>
    <message>
        <source>Redraw the map after every change; otherwise on Apply</source>
        <translation>Перерисовывать карту после каждого изменения; иначе — по кнопке «Применить»</translation>
    </message>
    <message>
        <source>Back to the style the dialog opened with</source>
        <translation>Вернуть стиль, который был при открытии диалога</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Знак</translation>
    </message>
    <message>
        <source>Base symbol</source>
        <translation>Базовый знак</translation>
    </message>
</context>
</TS>
