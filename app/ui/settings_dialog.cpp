#include "app/ui/settings_dialog.h"

#include "translations/i18n.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace corridor::ui {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto* lay = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_units = new QComboBox(this);
    m_units->addItem(tr("bcm/yr (billion cubic metres per year)"), QStringLiteral("bcm/yr"));
    m_units->addItem(tr("mcm/d (million cubic metres per day)"), QStringLiteral("mcm/d"));
    m_units->addItem(tr("GWh/d (energy per day, 10.55 kWh/m³)"), QStringLiteral("GWh/d"));
    m_units->setCurrentIndex(std::max(0, m_units->findData(model::gasUnitSymbol(AppSettings::gasUnits()))));
    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QString());
    // Each language in its own name and script, as users look for it.
    for (const i18n::Language& l : i18n::languages())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("System"), static_cast<int>(Theme::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Theme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(static_cast<int>(AppSettings::theme()))));
    form->addRow(tr("Gas &volumes in:"), m_units);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    lay->addLayout(form);
    auto* note = new QLabel(tr("The language applies at once; the command line's --lang overrides it for one run."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    lay->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    lay->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::apply() const
{
    AppSettings::setGasUnits(model::gasUnitFromSymbol(m_units->currentData().toString()).value_or(model::GasUnit::BcmPerYear));
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setTheme(static_cast<Theme>(m_theme->currentData().toInt()));
}

} // namespace corridor::ui
