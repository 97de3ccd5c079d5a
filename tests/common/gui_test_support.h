#pragma once
// Helpers for GUI tests driving real widgets on the offscreen platform: waiting without blocking the
// event loop, and editing a table cell the way a user does.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <functional>

namespace corridor::test {

/// Spins the event loop until `done` holds; false after `timeoutMs`.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(5);
    }
    return true;
}

/// Edits a cell through the view as a user does: F2, select all, type, Enter. Returns the GUI-thread
/// time of the Enter (commit and whatever the model does with it) in ms, or -1 when no editor opened.
inline double editCell(QTableView* view, const QModelIndex& index, const QString& text)
{
    view->setFocus();
    view->scrollTo(index);
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    QLineEdit* editor = nullptr;
    for (QLineEdit* e : view->viewport()->findChildren<QLineEdit*>())
        if (e->isVisible())
            editor = e;
    if (!editor)
        return -1;
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QElapsedTimer t;
    t.start();
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits through a queued call: deliver it (and only it) now.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace corridor::test
