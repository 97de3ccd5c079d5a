#pragma once
// BookmarkPanel: the project's spatial bookmarks (named views). Add stores the current view under a
// name (edited in place), double-click or Enter shows it, Delete removes it. The list is saved with the
// project (ProjectStore). GUI thread.

#include "app/ui/project_store.h"

#include "app/ui/text_binder.h"

#include <QWidget>

class QListWidget;

namespace corridor::ui {

class BookmarkPanel : public QWidget {
    Q_OBJECT
public:
    explicit BookmarkPanel(QWidget* parent = nullptr);

    void setBookmarks(const std::vector<Bookmark>& bookmarks);
    std::vector<Bookmark> bookmarks() const;
    /// Appends a bookmark; with `edit`, opens its name for editing.
    void addBookmark(const Bookmark& b, bool edit = false);
    QListWidget* list() const { return m_list; }

signals:
    void addRequested();
    void bookmarkActivated(const corridor::ui::Bookmark& bookmark);
    /// Added, removed or renamed.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    TextBinder m_texts;
    QListWidget* m_list;
};

} // namespace corridor::ui
