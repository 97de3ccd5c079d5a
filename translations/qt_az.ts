<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Hamısını saxla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Bəli</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Hamısına bəli</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Xeyr</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Hamısına x&amp;eyr</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Dayandır</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yenidən cəhd et</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Nəzərə alma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standartları bərpa et</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Tamam</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saxla</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;İmtina</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Bağla</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Saxlamadan bağla</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Kö&amp;çür</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Kö&amp;çür</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Keçid ünvanını köçür</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Təfərrüatı göstər...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Təfərrüatı gizlət...</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Axtarış yeri:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fayl &amp;adı:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Fayl növü:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>İrəli</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Üst qovluq</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Siyahı görünüşü</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Ətraflı görünüş</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Yeni qovluq</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saxla</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Qovluq:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Fərqli saxla</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Son yerlər</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Gizli faylları göstər</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Adını dəyiş</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Yeni qovluq</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 artıq mövcuddur.
Onu əvəz etmək istəyirsiniz?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>„%1“ silinsin? Əminsiniz?</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Qovluqlar</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Qovluq tap</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Seç</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dəyişmə tarixi</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Kompüterim</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Kompüter</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>Hu&amp;e:</source>
        <translation>&amp;Çalar:</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translation>&amp;Doyma:</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translation>&amp;Parlaqlıq:</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>&amp;Qırmızı:</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translation>&amp;Yaşıl:</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translation>&amp;Göy:</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translation>A&amp;lfa kanalı:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>Select Color</source>
        <translation>Rəng seçin</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translation>&amp;Əsas rənglər</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translation>&amp;Fərdi rənglər</translation>
    </message>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translation>Fərdi rənglərə &amp;əlavə et</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translation>Ekrandan rəng &amp;götür</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>Geri al: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Təkrarla: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Təkrarla</translation>
    </message>
</context>
</TS>
