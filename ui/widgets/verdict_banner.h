#pragma once
// The verdict in one word, big, on its colour (green allowed, red blocked, amber opaque), and below
// it the kind of access, same origin or not, same site or not, and the error with its failed
// parameter. The verdict panel shows it at the top; projector mode larger.
#include "core/verdict.h"
#include <QFrame>

class QLabel;

namespace corslab {

class VerdictBanner : public QFrame {
    Q_OBJECT
public:
    explicit VerdictBanner(QWidget *parent = nullptr);

    void setVerdict(const Verdict &verdict);
    // "No verdict yet", on the window's colours.
    void clear();
    // The headline's and the line below's text size in pixels (0: the sizes relative to the UI font).
    void setTextSizes(int titlePixels, int subtitlePixels);

    // verdictSummary() of the verdict ("Allowed", "Blocked", "Opaque").
    QString title() const;
    QString subtitle() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Verdict m_verdict;
    bool m_hasVerdict = false;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
};

} // namespace corslab
