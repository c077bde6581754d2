#pragma once
// Two verdicts side by side, field by field, the fields that differ highlighted, a summary line and
// (optionally) why they differ: the real engine against the model, and Chromium against Firefox.
#include "core/engine_comparison.h"
#include "core/verdict.h"
#include <QGroupBox>
#include <QList>
#include <array>

class QGridLayout;
class QLabel;

namespace corslab {

// A bold label: the headings of the verdict panel and of its comparison boxes.
QLabel *headingLabel(QWidget *parent);

class VerdictComparisonView : public QGroupBox {
    Q_OBJECT
public:
    // The compared fields, in their rows: preflight, sent, blocked, readable, error.
    enum class Field { Preflight, Sent, Blocked, Readable, Error };
    static VerdictField verdictField(Field field);

    explicit VerdictComparisonView(QWidget *parent = nullptr);

    void setHeadings(const QString &left, const QString &right);
    // Both verdicts, the rows `differs` names highlighted; returns how many differ.
    template <typename Differs>
    int setVerdicts(const Verdict &left, const Verdict &right, Differs &&differs)
    {
        QList<bool> rowDiffers;
        for (const Field field : kFields)
            rowDiffers.append(differs(field));
        return showVerdicts(left, right, rowDiffers);
    }
    void setSummary(const QString &text, bool agree);
    // Shows only the rows that differ (the headings too only when one does): the compact form.
    void setHidesAgreeingRows(bool hides) { m_hidesAgreeingRows = hides; }
    // Why the verdicts differ, a line each (hidden when empty).
    void setNotes(const QStringList &notes);

    QLabel *cell(Field field, int column) const;   // 0: the field's name, 1: left, 2: right
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *notesLabel() const { return m_notes; }

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr Field kFields[] = {Field::Preflight, Field::Sent, Field::Blocked, Field::Readable, Field::Error};
    int showVerdicts(const Verdict &left, const Verdict &right, const QList<bool> &differs);
    QString fieldText(Field field, const Verdict &verdict) const;
    void retranslate();

    QLabel *m_fieldHeading = nullptr;
    QLabel *m_leftHeading = nullptr;
    QLabel *m_rightHeading = nullptr;
    QList<std::array<QLabel *, 3>> m_rows;
    QLabel *m_summary = nullptr;
    QLabel *m_notes = nullptr;
    Verdict m_left;
    Verdict m_right;
    QList<bool> m_differs;
    bool m_hidesAgreeingRows = false;
};

} // namespace corslab
