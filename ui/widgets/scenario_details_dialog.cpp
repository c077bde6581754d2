#include "ui/widgets/scenario_details_dialog.h"

#include "ui/interface_language.h"
#include "ui/localized_text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

ScenarioDetailsDialog::ScenarioDetailsDialog(const Scenario &scenario, QWidget *parent)
    : QDialog(parent), m_scenario(scenario)
{
    setWindowTitle(tr("Title and Notes"));
    auto *intro = new QLabel(tr("The title and notes appear above the page, in the interface language when the "
                                "scenario has them in it, otherwise in English."),
                             this);
    intro->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    for (const auto &[language, languageName] : interfaceLanguages()) {
        auto *page = new QWidget(m_tabs);
        LanguageFields fields{language, new QLineEdit(page), new QPlainTextEdit(page)};
        fields.title->setText(localizedText(scenario, ScenarioText::Title, language));
        fields.notes->setPlainText(localizedText(scenario, ScenarioText::Notes, language));
        fields.notes->setTabChangesFocus(true);
        const bool english = language == "en"_L1;
        // A translation the scenario does not have yet starts empty, not as a copy of the English.
        if (!english) {
            if (fields.title->text() == scenario.title)
                fields.title->clear();
            if (fields.notes->toPlainText() == scenario.notes)
                fields.notes->clear();
            fields.title->setPlaceholderText(scenario.title);
            fields.notes->setPlaceholderText(scenario.notes.isEmpty() ? tr("(the English notes)") : scenario.notes);
        } else {
            fields.title->setPlaceholderText(tr("e.g. A preflight the server does not answer"));
            fields.notes->setPlaceholderText(tr("What the scenario shows, and what to try"));
        }
        auto *form = new QFormLayout(page);
        form->addRow(tr("&Title:"), fields.title);
        form->addRow(tr("&Notes:"), fields.notes);
        if (!english)
            form->addRow(new QLabel(tr("Left empty, the English text is shown."), page));
        m_tabs->addTab(page, languageName);
        m_fields.append(fields);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(560, 380);

    // Open on the interface language's tab (English when the interface speaks another).
    for (qsizetype tab = 0; tab < m_fields.size(); ++tab) {
        if (m_fields.at(tab).language == uiLanguage())
            m_tabs->setCurrentIndex(int(tab));
    }
    m_fields.at(m_tabs->currentIndex()).title->setFocus();
}

Scenario ScenarioDetailsDialog::scenario() const
{
    Scenario edited = m_scenario;
    for (const LanguageFields &fields : m_fields) {
        setLocalizedText(edited, ScenarioText::Title, fields.language, fields.title->text());
        setLocalizedText(edited, ScenarioText::Notes, fields.language, fields.notes->toPlainText());
    }
    return edited;
}

QLineEdit *ScenarioDetailsDialog::titleEdit(const QString &language) const
{
    for (const LanguageFields &fields : m_fields) {
        if (fields.language == language)
            return fields.title;
    }
    return nullptr;
}

QPlainTextEdit *ScenarioDetailsDialog::notesEdit(const QString &language) const
{
    for (const LanguageFields &fields : m_fields) {
        if (fields.language == language)
            return fields.notes;
    }
    return nullptr;
}

} // namespace corslab
