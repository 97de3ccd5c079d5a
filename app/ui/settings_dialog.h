#pragma once
// SettingsDialog: preferences stored with AppSettings — gas units, language (takes effect with the
// translations work, at the next start), theme.

#include "app/ui/app_settings.h"

#include <QDialog>

class QComboBox;

namespace corridor::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    /// Writes the choices to AppSettings.
    void apply() const;

private:
    QComboBox* m_units;
    QComboBox* m_language;
    QComboBox* m_theme;
};

} // namespace corridor::ui
