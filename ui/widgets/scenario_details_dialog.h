#pragma once
// Edit › Title and Notes: a scenario's title and notes in English and, optionally, in Russian
// (i18n.ru, ui/localized_text.h), which the header above the page shows in the UI language.
#include "core/scenario.h"
#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace corslab {

class ScenarioDetailsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ScenarioDetailsDialog(const Scenario &scenario, QWidget *parent = nullptr);

    // The scenario with the texts as edited.
    Scenario scenario() const;

    // The fields of one language (ui/interface_language.h: "en", "ru"), nullptr for another.
    QLineEdit *titleEdit(const QString &language) const;
    QPlainTextEdit *notesEdit(const QString &language) const;
    QTabWidget *tabs() const { return m_tabs; }

private:
    struct LanguageFields {
        QString language;
        QLineEdit *title;
        QPlainTextEdit *notes;
    };

    Scenario m_scenario;
    QTabWidget *m_tabs = nullptr;
    QList<LanguageFields> m_fields;
};

} // namespace corslab
