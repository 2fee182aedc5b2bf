<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HiddenSessionsPage</name>
    <message numerus="yes">
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="82"/>
        <source>Delete %n hidden transcript(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n hidden transcript for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n hidden transcripts for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="121"/>
        <source>%n session(s) hidden, %1.</source>
        <translation>
            <numerusform>%n session hidden, %1.</numerusform>
            <numerusform>%n sessions hidden, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="127"/>
        <source>&amp;Hide observer sessions (%n session(s), %1)</source>
        <translation>
            <numerusform>&amp;Hide observer sessions (%n session, %1)</numerusform>
            <numerusform>&amp;Hide observer sessions (%n sessions, %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectSettings</name>
    <message numerus="yes">
        <location filename="../app/gui/ProjectSettings.cpp" line="79"/>
        <source>%1 (%n observation(s))</source>
        <translation>
            <numerusform>%1 (%n observation)</numerusform>
            <numerusform>%1 (%n observations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message numerus="yes">
        <location filename="../app/gui/StoreWorker.cpp" line="96"/>
        <source>Hid %n observer session(s).</source>
        <translation>
            <numerusform>Hid %n observer session.</numerusform>
            <numerusform>Hid %n observer sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StoreWorker.cpp" line="99"/>
        <source> %n skipped (see --hide-observer-sessions --dry-run).</source>
        <translation>
            <numerusform> %n skipped (see --hide-observer-sessions --dry-run).</numerusform>
            <numerusform> %n skipped (see --hide-observer-sessions --dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StoreWorker.cpp" line="110"/>
        <source>Restored %n session(s).</source>
        <translation>
            <numerusform>Restored %n session.</numerusform>
            <numerusform>Restored %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StoreWorker.cpp" line="112"/>
        <source> %n left hidden: the original path is taken.</source>
        <translation>
            <numerusform> %n left hidden: the original path is taken.</numerusform>
            <numerusform> %n left hidden: the original path is taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StoreWorker.cpp" line="124"/>
        <source>Deleted %n hidden session(s) permanently.</source>
        <translation>
            <numerusform>Deleted %n hidden session permanently.</numerusform>
            <numerusform>Deleted %n hidden sessions permanently.</numerusform>
        </translation>
    </message>
</context>
</TS>
