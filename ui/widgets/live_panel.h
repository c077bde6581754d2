#pragma once
// The Live tab: live mode on and off, one run in the engine, the controller's status, the engine's
// sequence diagram and its console and server log. A view over ui/live_controller; the verdict
// panel shows the engine's result beside the model's (MainWindow connects it).
#include "core/verdict.h"
#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace corslab {

class LiveController;
class SequenceDiagram;

class LivePanel : public QWidget {
    Q_OBJECT
public:
    explicit LivePanel(LiveController *live, QWidget *parent = nullptr);

    SequenceDiagram *diagram() const { return m_diagram; }
    QPlainTextEdit *log() const { return m_log; }
    QLabel *status() const { return m_status; }
    // The diagram above the log (the main window keeps its sizes in QSettings).
    QSplitter *splitter() const { return m_splitter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    LiveController *m_live = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_runOnce = nullptr;
    QLabel *m_status = nullptr;
    bool m_statusReported = false;   // the controller has said something: keep its words
    SequenceDiagram *m_diagram = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace corslab
