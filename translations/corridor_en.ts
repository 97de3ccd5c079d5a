<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ExportText</name>
    <message numerus="yes">
        <source>--outage: %n unknown link id(s): %1 (valid ids: %2)</source>
        <translation>
            <numerusform>--outage: %n unknown link id: %1 (valid ids: %2)</numerusform>
            <numerusform>--outage: %n unknown link ids: %1 (valid ids: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the legend does not fit the page: %n entry(ies) left out (use a larger page, or --no-legend)</source>
        <translation>
            <numerusform>the legend does not fit the page: %n entry(ies) left out (use a larger page, or --no-legend)</numerusform>
            <numerusform>the legend does not fit the page: %n entry(ies) left out (use a larger page, or --no-legend)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeoText</name>
    <message numerus="yes">
        <source>feature %1: a line part has %n rings (expected 1)</source>
        <extracomment>%1: feature number (from 0); %n: the number of rings, always 2 or more. A line part is one linestring, which has exactly one ring (coordinate sequence).</extracomment>
        <translation>
            <numerusform>feature %1: a line part has %n rings (expected 1)</numerusform>
            <numerusform>feature %1: a line part has %n rings (expected 1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>feature %1 out of range (%n feature(s))</source>
        <extracomment>%1: the feature number asked for (from 0); %n: how many features there are.</extracomment>
        <translation>
            <numerusform>feature %1 out of range (%n feature)</numerusform>
            <numerusform>feature %1 out of range (%n features)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more similar warning(s)</source>
        <translation>
            <numerusform>... and %n more similar warning</numerusform>
            <numerusform>... and %n more similar warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message numerus="yes">
        <source>outage of unknown link(s) %1</source>
        <extracomment>%1: the ids of the links, separated by commas; %n: how many there are.</extracomment>
        <translation>
            <numerusform>outage of unknown link %1</numerusform>
            <numerusform>outage of unknown links %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %1, but the legend does not fit the page: %n entry(ies) left out (use a larger page, or turn the legend off).</source>
        <translation>
            <numerusform>Exported %1, but the legend does not fit the page: %n entry(ies) left out (use a larger page, or turn the legend off).</numerusform>
            <numerusform>Exported %1, but the legend does not fit the page: %n entry(ies) left out (use a larger page, or turn the legend off).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::IdentifyPanel</name>
    <message numerus="yes">
        <source>%n feature(s) under the cursor, topmost layer first.</source>
        <translation>
            <numerusform>%n feature under the cursor, topmost layer first.</numerusform>
            <numerusform>%n features under the cursor, topmost layer first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::LayerTreeModel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n feature(s)&lt;br&gt;CRS: %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n feature&lt;br&gt;CRS: %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n features&lt;br&gt;CRS: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::MainWindow</name>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform>
            <numerusform>Adding %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::ModelPane</name>
    <message numerus="yes">
        <source>%1 · %n bottleneck(s) · solved in %2 ms</source>
        <translation>
            <numerusform>%1 · %n bottleneck · solved in %2 ms</numerusform>
            <numerusform>%1 · %n bottlenecks · solved in %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Solving with each of %n link(s) out of service…</source>
        <translation>
            <numerusform>Solving with each of %n link out of service…</numerusform>
            <numerusform>Solving with each of %n links out of service…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scenario “%1”: %n outage(s), ranked by the demand they cut. Click a row to show the link.</source>
        <translation>
            <numerusform>Scenario “%1”: %n outage, ranked by the demand they cut. Click a row to show the link.</numerusform>
            <numerusform>Scenario “%1”: %n outages, ranked by the demand they cut. Click a row to show the link.</numerusform>
        </translation>
    </message>
</context>
</TS>
