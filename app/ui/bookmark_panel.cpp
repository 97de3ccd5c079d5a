#include "app/ui/bookmark_panel.h"

#include <QEvent>
#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace corridor::ui {

namespace {
enum Role { CrsRole = Qt::UserRole + 1, MinXRole, MinYRole, MaxXRole, MaxYRole };
}

BookmarkPanel::BookmarkPanel(QWidget* parent) : QWidget(parent)
{
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    m_list = new QListWidget(this);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    auto* bar = new QHBoxLayout;
    auto* add = new QPushButton(this);
    auto* remove = new QPushButton(this);
    m_texts([=, this] {
        m_list->setAccessibleName(tr("Bookmarks"));
        add->setText(tr("Add current view"));
        remove->setText(tr("Remove"));
        add->setToolTip(tr("Store the current map view as a bookmark (Ctrl+D)"));
    });
    bar->addWidget(add);
    bar->addWidget(remove);
    bar->addStretch(1);
    lay->addWidget(m_list, 1);
    lay->addLayout(bar);

    auto* del = new QAction(this);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(del);
    auto removeCurrent = [this] {
        if (auto* item = m_list->currentItem()) {
            delete item;
            emit changed();
        }
    };
    connect(del, &QAction::triggered, this, removeCurrent);
    connect(remove, &QPushButton::clicked, this, removeCurrent);
    connect(add, &QPushButton::clicked, this, &BookmarkPanel::addRequested);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Bookmark b;
        b.name = item->text();
        b.crs = item->data(CrsRole).toString();
        b.extent = geo::Envelope(item->data(MinXRole).toDouble(), item->data(MinYRole).toDouble(), item->data(MaxXRole).toDouble(),
                                 item->data(MaxYRole).toDouble());
        emit bookmarkActivated(b);
    });
    connect(m_list, &QListWidget::itemChanged, this, &BookmarkPanel::changed);
}

void BookmarkPanel::setBookmarks(const std::vector<Bookmark>& bookmarks)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Bookmark& b : bookmarks)
        addBookmark(b);
}

void BookmarkPanel::addBookmark(const Bookmark& b, bool edit)
{
    auto* item = new QListWidgetItem(b.name);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setData(CrsRole, b.crs);
    item->setData(MinXRole, b.extent.minX);
    item->setData(MinYRole, b.extent.minY);
    item->setData(MaxXRole, b.extent.maxX);
    item->setData(MaxYRole, b.extent.maxY);
    {
        const QSignalBlocker block(m_list);
        m_list->addItem(item);
    }
    if (edit) {
        m_list->setCurrentItem(item);
        m_list->editItem(item);
        emit changed();
    }
}

std::vector<Bookmark> BookmarkPanel::bookmarks() const
{
    std::vector<Bookmark> out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        out.push_back({item->text(), item->data(CrsRole).toString(),
                       geo::Envelope(item->data(MinXRole).toDouble(), item->data(MinYRole).toDouble(), item->data(MaxXRole).toDouble(),
                                     item->data(MaxYRole).toDouble())});
    }
    return out;
}

void BookmarkPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace corridor::ui
