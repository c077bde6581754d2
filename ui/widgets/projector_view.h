#pragma once
// Projector mode (View › Projector Mode, F11): only what a lesson needs, in large type and high
// contrast, readable from the back of a room at 1280×720 — the lesson's title, the verdict banner,
// the origin triple (the verdict panel's OriginComparisonModel), the sequence diagram and the key
// headers (what the request sent and the last answer said that CORS looks at). S shows the same-origin
// policy against CORS (ui/widgets/sop_contrast_view) in place of the banner, diagram and headers, and S
// again brings them back. Right/PageDown/N ask for the next lesson, Left/PageUp/P for the previous one,
// Esc to leave; the main window does it.
#include "core/engine_profile.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QStackedWidget;
class QTableView;

namespace corslab {

class SequenceDiagram;
class SopContrastView;
class VerdictBanner;

class ProjectorView : public QWidget {
    Q_OBJECT
public:
    explicit ProjectorView(QWidget *parent = nullptr);

    // What fills the view under the triple: the verdict's banner, diagram and key headers, or the
    // same-origin policy against CORS.
    enum class Body { Diagram, SopAgainstCors };
    void setBody(Body body);
    Body body() const { return m_body; }

    // The triple's table shows `model` (shared with the verdict panel, not copied).
    void setOriginModel(QAbstractItemModel *model);
    void setVerdict(const Verdict &verdict);
    // No verdict (the scenario is not valid).
    void clearVerdict();
    // The scenario the SOP-against-CORS body contrasts.
    void setScenario(const Scenario &scenario, EngineProfile profile);
    // The heading: the lesson's (or scenario's) title and where it stands ("Lesson 3 of 39"; may be empty).
    void setHeading(const QString &title, const QString &position);

    VerdictBanner *banner() const { return m_banner; }
    QTableView *originView() const { return m_originView; }
    SequenceDiagram *diagram() const { return m_diagram; }
    QLabel *keyHeaders() const { return m_keyHeaders; }
    QLabel *heading() const { return m_title; }
    SopContrastView *sopContrast() const { return m_sopContrast; }

signals:
    void nextRequested();
    void previousRequested();
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateKeyHeaders();
    void fitOriginView();

    Verdict m_verdict;
    bool m_hasVerdict = false;
    Body m_body = Body::Diagram;
    QStackedWidget *m_bodies = nullptr;
    SopContrastView *m_sopContrast = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_keys = nullptr;
    VerdictBanner *m_banner = nullptr;
    QTableView *m_originView = nullptr;
    SequenceDiagram *m_diagram = nullptr;
    QLabel *m_keyHeadersHeading = nullptr;
    QLabel *m_keyHeaders = nullptr;
};

} // namespace corslab
