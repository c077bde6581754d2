#pragma once
// A verdict in one word, big, on its colour (Allowed green, Blocked red, Opaque amber), and below it the
// kind of access, same origin or not, and the error with its failed parameter. The verdict panel's
// headline, and each side's in the SOP-against-CORS view.
#include "core/verdict.h"
#include <QFrame>

class QLabel;

namespace corslab {

class VerdictBanner : public QFrame {
    Q_OBJECT
public:
    explicit VerdictBanner(QWidget *parent = nullptr);

    void setVerdict(const Verdict &verdict);
    // Back to "No verdict yet" (a scenario whose URLs do not parse).
    void clear();
    // The headline: verdictSummary() of the verdict ("Allowed", "Blocked", "Opaque"), or "No verdict yet".
    QString title() const;
    QString subtitle() const;
    // Compact: a smaller headline, and below it only the error (where two banners of one request stand
    // side by side, the kind of access and the origins are the same on both).
    void setCompact(bool compact);
    // The headline's and the line below's text size in pixels, for projector mode.
    void setTextSizes(int titlePixels, int subtitlePixels);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Verdict m_verdict;
    bool m_hasVerdict = false;
    bool m_compact = false;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
};

} // namespace corslab
