#pragma once
// Internal to corridor_model (not included by public headers): the one translation context of the
// library. Every user-visible text model/ makes (error messages, validation messages naming the
// offending node, link or scenario, solver failures) is written ModelText::tr("…"), so lupdate collects
// it under "ModelText" and QCoreApplication::translate turns it into the user's language when the
// message is made. What SQLite says stays in its own words; only our wording around it is translated.
// SQL, table and column names, JSON keys and field names (capacity, unit_factor, ...) are not.

#include <QCoreApplication>

namespace corridor::model {

struct ModelText {
    Q_DECLARE_TR_FUNCTIONS(ModelText)
};

} // namespace corridor::model
