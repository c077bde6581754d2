#pragma once
// File › Import HAR…: every request a saved HAR holds (Chrome DevTools, Firefox, Playwright), judged
// while the file is read (progress, Cancel): method, URL, page origin, status, verdict, error; a
// "Blocked only" filter and a URL filter; the selected request's details and the file's problems;
// double-click (or Open as Scenario) opens the request as the current scenario.
#include "core/engine_profile.h"
#include "core/scenario.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace corslab {

class HarImportJob;
class HarRequestsModel;
struct HarImportRow;
struct HarSummary;

class HarImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit HarImportDialog(QWidget *parent = nullptr);
    ~HarImportDialog() override;

    // Reads `path` (replacing what the table shows).
    void importFile(const QString &path, EngineProfile profile);
    bool isReading() const;

    HarRequestsModel *model() const { return m_model; }
    QSortFilterProxyModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QCheckBox *blockedOnlyBox() const { return m_blockedOnly; }
    QLabel *summaryLabel() const { return m_summary; }
    QPlainTextEdit *problemsView() const { return m_problems; }

signals:
    // The request of a row, to open as the current scenario; `description` names it for the status bar.
    void openRequested(const corslab::Scenario &scenario, const QString &description);
    // The file was read to its end, or as far as it could be, or the reading was cancelled.
    void importFinished();

public slots:
    void openSelected();
    void reject() override;

private:
    void setReading(bool reading);
    void finishImport(const HarSummary &summary);
    void updateFilter();
    void showCurrent();
    QString detailsHtml(const HarImportRow &row) const;
    int currentSourceRow() const;

    HarImportJob *m_job = nullptr;
    HarRequestsModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QString m_path;
    bool m_reading = false;
    QLabel *m_summary = nullptr;
    QCheckBox *m_blockedOnly = nullptr;
    QLineEdit *m_urlFilter = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_open = nullptr;
    QTableView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_details = nullptr;
    QPlainTextEdit *m_problems = nullptr;
};

} // namespace corslab
