#pragma once
// TextBinder: the texts a widget sets from tr(), kept so that they follow a language switch without a
// restart. A widget registers each group of text setters once (they run at once) and calls
// retranslate() from changeEvent(QEvent::LanguageChange), which Qt sends to every widget when
// corridor::i18n::setLanguage() installs other translators. The setters capture child widgets by
// pointer: register only setters for children the widget owns (they live as long as it does).
//
// GUI thread.

#include <functional>
#include <utility>
#include <vector>

namespace corridor::ui {

class TextBinder {
public:
    void operator()(std::function<void()> setTexts)
    {
        setTexts();
        m_setters.push_back(std::move(setTexts));
    }
    void retranslate() const
    {
        for (const auto& set : m_setters)
            set();
    }

private:
    std::vector<std::function<void()>> m_setters;
};

} // namespace corridor::ui
