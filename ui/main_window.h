#pragma once
#include "core/scenario.h"
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace corslab {

// The main window. For now: the page and target URLs with their origins, and the
// same-origin verdict with scheme, host and port compared part by part.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // Opens a scenario file; false with a message box when it is not valid.
    bool openScenario(const QString &path);
    void setScenario(const Scenario &scenario);

private:
    void openFileDialog();
    void reevaluate();

    Scenario m_scenario;
    QLineEdit *m_pageEdit = nullptr;
    QLineEdit *m_targetEdit = nullptr;
    QLabel *m_pageOrigin = nullptr;
    QLabel *m_targetOrigin = nullptr;
    QLabel *m_banner = nullptr;
    QTableWidget *m_parts = nullptr;
};

} // namespace corslab
