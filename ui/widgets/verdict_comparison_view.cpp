#include "ui/widgets/verdict_comparison_view.h"

#include "core/cors_error.h"
#include "core/explanation.h"
#include "ui/models/result_icons.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

#include <array>

using namespace Qt::StringLiterals;

namespace corslab {

QLabel *headingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

VerdictComparisonView::VerdictComparisonView(QWidget *parent) : QGroupBox(parent)
{
    auto *grid = new QGridLayout(this);
    m_fieldHeading = headingLabel(this);
    m_leftHeading = headingLabel(this);
    m_rightHeading = headingLabel(this);
    m_leftHeading->setWordWrap(true);
    m_rightHeading->setWordWrap(true);
    grid->addWidget(m_fieldHeading, 0, 0);
    grid->addWidget(m_leftHeading, 0, 1);
    grid->addWidget(m_rightHeading, 0, 2);
    for (qsizetype i = 0; i < qsizetype(std::size(kFields)); ++i) {
        std::array<QLabel *, 3> row{new QLabel(this), new QLabel(this), new QLabel(this)};
        for (int column = 0; column < 3; ++column) {
            row[column]->setTextInteractionFlags(Qt::TextSelectableByMouse);
            if (column > 0)   // a long error name is cut, not widening the panel (the tooltip has it whole)
                row[column]->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            grid->addWidget(row[column], int(i) + 1, column);
        }
        m_rows.append(row);
    }
    const int below = int(std::size(kFields)) + 1;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    grid->addWidget(m_summary, below, 0, 1, 3);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->hide();
    grid->addWidget(m_notes, below + 1, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    retranslate();
}

void VerdictComparisonView::setHeadings(const QString &left, const QString &right)
{
    m_leftHeading->setText(left);
    m_rightHeading->setText(right);
}

QString VerdictComparisonView::fieldText(Field field, const Verdict &verdict) const
{
    const auto yesNo = [this](bool value) { return value ? tr("yes") : tr("no"); };
    switch (field) {
    case Field::Preflight: return yesNo(verdict.preflight);
    case Field::Sent: return yesNo(verdict.sent);
    case Field::Blocked: return yesNo(verdict.blocked);
    case Field::Readable: return yesNo(verdict.readable);
    case Field::Error: return verdict.error ? QString(corsErrorName(verdict.error->error)) : tr("none");
    }
    return {};
}

int VerdictComparisonView::showVerdicts(const Verdict &left, const Verdict &right, const QList<bool> &differs)
{
    m_left = left;
    m_right = right;
    m_differs = differs;
    int count = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const std::array<QLabel *, 3> &row = m_rows.at(i);
        row[1]->setText(fieldText(kFields[i], left));
        row[2]->setText(fieldText(kFields[i], right));
        row[1]->setToolTip(row[1]->text());
        const bool differ = differs.value(i);
        count += differ ? 1 : 0;
        for (QLabel *label : row)
            label->setVisible(!m_hidesAgreeingRows || differ);
        // Amber behind dark text: visible on a projector and in a high-contrast theme.
        const QString style = differ ? u"background-color:%1;color:#000;font-weight:bold;padding:1px 4px;"_s.arg(ui::kDifferFill.name()) : QString();
        for (QLabel *label : row)
            label->setStyleSheet(style);
        row[2]->setToolTip(differ ? row[2]->text() + u"\n"_s + tr("The two differ here.") : row[2]->text());
    }
    for (QLabel *heading : {m_fieldHeading, m_leftHeading, m_rightHeading})
        heading->setVisible(!m_hidesAgreeingRows || count > 0);
    return count;
}

void VerdictComparisonView::setSummary(const QString &text, bool agree)
{
    m_summary->setText(text);
    QPalette palette = m_summary->palette();
    palette.setColor(QPalette::WindowText, agree ? ui::kPassColor : ui::kWarnColor);
    m_summary->setPalette(palette);
}

void VerdictComparisonView::setNotes(const QStringList &notes)
{
    m_notes->setText(notes.isEmpty() ? QString() : u"• "_s + notes.join(u"\n• "_s));
    m_notes->setVisible(!notes.isEmpty());
}

VerdictField VerdictComparisonView::verdictField(Field field)
{
    switch (field) {
    case Field::Preflight: return VerdictField::Preflight;
    case Field::Sent: return VerdictField::Sent;
    case Field::Blocked: return VerdictField::Blocked;
    case Field::Readable: return VerdictField::Readable;
    case Field::Error: return VerdictField::Error;
    }
    return VerdictField::Error;
}

QLabel *VerdictComparisonView::cell(Field field, int column) const
{
    return m_rows.at(qsizetype(field)).at(column);
}

void VerdictComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_differs.isEmpty())
            showVerdicts(m_left, m_right, m_differs);
    }
    QGroupBox::changeEvent(event);
}

void VerdictComparisonView::retranslate()
{
    m_fieldHeading->setText(tr("Field"));
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows.at(i)[0]->setText(verdictFieldLabel(verdictField(kFields[i])));
}

} // namespace corslab
