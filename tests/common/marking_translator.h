#pragma once
// MarkingTranslator: a QTranslator for tests that "translates" every text of one context into «text»
// (placeholders kept, so .arg() still works) and records what it was asked — to prove that a message
// goes through tr() in the context translators see, without a .qm file.

#include <QString>
#include <QTranslator>

#include <vector>

namespace corridor::test {

class MarkingTranslator : public QTranslator {
public:
    explicit MarkingTranslator(QString context) : m_context(std::move(context)) {}

    struct Request {
        QString context;
        QString source;
        int n;
    };
    mutable std::vector<Request> requests;

    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* /*disambiguation*/, int n) const override
    {
        const QString ctx = QString::fromUtf8(context);
        requests.push_back({ctx, QString::fromUtf8(sourceText), n});
        if (ctx != m_context)
            return {};
        return QStringLiteral("«%1»").arg(QString::fromUtf8(sourceText));
    }
    /// True when the translator was asked for `source` (with plural count `n`) in its context.
    bool asked(const QString& source, int n = -1) const
    {
        for (const Request& r : requests)
            if (r.context == m_context && r.source == source && r.n == n)
                return true;
        return false;
    }

private:
    QString m_context;
};

} // namespace corridor::test
