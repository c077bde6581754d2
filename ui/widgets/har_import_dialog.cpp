#include "ui/widgets/har_import_dialog.h"

#include "ui/har/har_import_job.h"
#include "ui/models/har_requests_model.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

const auto kBlockedOnlyKey = "harImport/blockedOnly"_L1;
const auto kGeometryKey = "harImport/geometry"_L1;

// Keeps the rows that are blocked (when asked) and whose URL holds the filter text.
class HarRequestFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setBlockedOnly(bool blockedOnly)
    {
        m_blockedOnly = blockedOnly;
        invalidateFilter();
    }
    void setUrlText(const QString &text)
    {
        m_urlText = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QModelIndex url = sourceModel()->index(sourceRow, HarRequestsModel::UrlColumn, sourceParent);
        if (m_blockedOnly && !url.data(HarRequestsModel::BlockedRole).toBool())
            return false;
        return m_urlText.isEmpty() || url.data().toString().contains(m_urlText, Qt::CaseInsensitive);
    }

private:
    bool m_blockedOnly = false;
    QString m_urlText;
};

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

} // namespace

HarImportDialog::~HarImportDialog()
{
    QSettings().setValue(kGeometryKey, saveGeometry());
}

HarImportDialog::HarImportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import HAR"));
    setSizeGripEnabled(true);
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"harSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *controls = new QHBoxLayout;
    m_blockedOnly = new QCheckBox(tr("&Blocked only"), this);
    m_blockedOnly->setObjectName(u"harBlockedOnly"_s);
    m_blockedOnly->setToolTip(tr("Only the requests the HAR recorded as failed or the model blocks"));
    m_blockedOnly->setChecked(QSettings().value(kBlockedOnlyKey, false).toBool());
    controls->addWidget(m_blockedOnly);
    m_urlFilter = new QLineEdit(this);
    m_urlFilter->setObjectName(u"harUrlFilter"_s);
    m_urlFilter->setPlaceholderText(tr("Filter URLs"));
    m_urlFilter->setClearButtonEnabled(true);
    controls->addWidget(m_urlFilter, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    controls->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"harCancel"_s);
    m_cancel->hide();
    controls->addWidget(m_cancel);
    layout->addLayout(controls);

    m_model = new HarRequestsModel(this);
    auto *filter = new HarRequestFilter(this);
    filter->setSourceModel(m_model);
    filter->setSortRole(HarRequestsModel::SortRole);
    filter->setBlockedOnly(m_blockedOnly->isChecked());
    m_filter = filter;

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(u"harRequests"_s);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);   // the HAR's order until a header is clicked
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(HarRequestsModel::UrlColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(HarRequestsModel::MethodColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(HarRequestsModel::StatusColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(HarRequestsModel::PageColumn, 160);
    m_view->setColumnWidth(HarRequestsModel::VerdictColumn, 250);
    m_view->setColumnWidth(HarRequestsModel::ErrorColumn, 330);
    m_tabs = new QTabWidget(splitter);
    m_details = new QTextBrowser(m_tabs);
    m_details->setObjectName(u"harDetails"_s);
    m_details->setOpenExternalLinks(true);
    m_tabs->addTab(m_details, tr("Details"));
    m_problems = new QPlainTextEdit(m_tabs);
    m_problems->setObjectName(u"harProblems"_s);
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_problems, tr("Problems"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open as Scenario"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(u"harOpen"_s);
    m_open->setEnabled(false);
    layout->addWidget(buttons);

    m_job = new HarImportJob(this);
    connect(m_job, &HarImportJob::rowsRead, m_model, &HarRequestsModel::appendRows);
    connect(m_job, &HarImportJob::progressed, m_progress, &QProgressBar::setValue);
    connect(m_job, &HarImportJob::finished, this, &HarImportDialog::finishImport);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_summary->setText(tr("Reading %1: %n request(s) so far…", nullptr, m_model->rowCount()).arg(QFileInfo(m_path).fileName()));
    });
    connect(m_cancel, &QPushButton::clicked, m_job, &HarImportJob::cancel);
    connect(m_blockedOnly, &QCheckBox::toggled, this, &HarImportDialog::updateFilter);
    connect(m_urlFilter, &QLineEdit::textChanged, this, &HarImportDialog::updateFilter);
    connect(m_view, &QAbstractItemView::activated, this, &HarImportDialog::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HarImportDialog::showCurrent);
    connect(m_open, &QPushButton::clicked, this, &HarImportDialog::openSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &HarImportDialog::reject);

    resize(1100, 640);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
}

bool HarImportDialog::isReading() const
{
    return m_reading;
}

void HarImportDialog::importFile(const QString &path, EngineProfile profile)
{
    m_path = path;
    setWindowTitle(tr("Import HAR — %1").arg(QFileInfo(path).fileName()));
    m_model->clear();
    m_problems->clear();
    m_details->clear();
    m_tabs->setTabText(1, tr("Problems"));
    m_summary->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    setReading(true);
    m_job->start(path, profile);
}

void HarImportDialog::setReading(bool reading)
{
    m_reading = reading;
    m_progress->setValue(0);
    m_progress->setVisible(reading);
    m_cancel->setVisible(reading);
}

void HarImportDialog::finishImport(const HarSummary &summary)
{
    setReading(false);
    QStringList problems;
    for (const HarError &error : summary.errors)
        problems << error.toString();
    m_problems->setPlainText(problems.join(u'\n'));
    m_tabs->setTabText(1, problems.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(problems.size()));
    const QString name = QFileInfo(m_path).fileName();
    QString text;
    if (!summary.isHar && !summary.cancelled) {
        text = tr("%1 is not a HAR file: %2").arg(name, problems.value(0));
        m_tabs->setCurrentIndex(1);
    } else {
        text = tr("%1: %n request(s) from %2 entries; %3 blocked (recorded or by the model).", nullptr, m_model->rowCount())
                   .arg(name)
                   .arg(summary.entryCount)
                   .arg(m_model->blockedCount());
        if (!problems.isEmpty())
            text += u' ' + tr("%n entry(ies) could not be read (see Problems); the others are judged.", nullptr, int(problems.size()));
        if (summary.cancelled)
            text += u' ' + tr("Reading was cancelled: the table holds the requests read until then.");
        else if (m_model->rowCount() > 0)
            text += u' ' + tr("Double-click a request to open it as the current scenario.");
    }
    m_summary->setText(text);
    if (m_view->selectionModel()->selectedRows().isEmpty() && m_filter->rowCount() > 0)
        m_view->selectRow(0);
    emit importFinished();
}

void HarImportDialog::updateFilter()
{
    auto *filter = static_cast<HarRequestFilter *>(m_filter);
    filter->setBlockedOnly(m_blockedOnly->isChecked());
    filter->setUrlText(m_urlFilter->text().trimmed());
    QSettings().setValue(kBlockedOnlyKey, m_blockedOnly->isChecked());
}

int HarImportDialog::currentSourceRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void HarImportDialog::showCurrent()
{
    const int row = currentSourceRow();
    m_open->setEnabled(row >= 0);
    m_details->setHtml(row >= 0 ? detailsHtml(m_model->row(row)) : QString());
    if (row >= 0)
        m_tabs->setCurrentIndex(0);
}

QString HarImportDialog::detailsHtml(const HarImportRow &row) const
{
    QStringList entries;
    for (qsizetype index : row.entries)
        entries << QString::number(index);
    QString html = u"<h3>"_s + escaped(QString::fromLatin1(row.method)) + u' ' + escaped(row.url) + u"</h3><p>"_s;
    html += tr("Page: %1").arg(escaped(row.scenario.page)) + u"<br>"_s;
    html += tr("HAR entries: %1").arg(entries.join(u", "_s)) + u"<br>"_s;
    if (row.recorded.status <= 0)
        html += tr("Recorded: failed, no response");
    else
        html += (row.recorded.blocked ? tr("Recorded: failed (status %1)") : tr("Recorded: answered (status %1)")).arg(row.recorded.status);
    if (!row.recorded.error.isEmpty())
        html += u", "_s + escaped(row.recorded.error);
    html += u"<br>"_s + (row.recorded.preflight ? tr("A preflight is recorded.") : tr("No preflight is recorded."));
    html += u"</p><p><b>"_s + tr("The model: %1").arg(escaped(HarRequestsModel::verdictText(row))) + u"</b>"_s;
    if (row.error)
        html += u"<br>"_s + escaped(HarRequestsModel::errorText(row));
    html += u"</p>"_s;
    if (!row.message.isEmpty())
        html += u"<pre style=\"white-space: pre-wrap\">"_s + escaped(row.message) + u"</pre>"_s;
    if (!row.note.isEmpty())
        html += u"<p>"_s + escaped(row.note) + u"</p>"_s;
    if (row.assumedPreflight)
        html += u"<p>"_s + tr("The HAR holds no preflight, but the request was sent and answered: its preflight passed, "
                              "so a preflight answer allowing exactly this request is assumed.") + u"</p>"_s;
    if (row.assumedNoCors)
        html += u"<p>"_s + tr("The HAR does not say the fetch's mode (http:// requests carry no Sec-Fetch-Mode), and it was "
                              "answered although CORS would refuse it: it was a no-cors fetch.") + u"</p>"_s;
    if (row.assumedCredentials)
        html += u"<p>"_s + tr("No cookie went with it, so the HAR does not show the credentials mode; it failed although "
                              "it would pass without credentials: it was credentialed.") + u"</p>"_s;
    return html;
}

void HarImportDialog::openSelected()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const HarImportRow &request = m_model->row(row);
    emit openRequested(request.scenario, tr("%1 %2 from %3").arg(QString::fromLatin1(request.method), request.url,
                                                                  QFileInfo(m_path).fileName()));
}

void HarImportDialog::reject()
{
    m_job->cancel();
    QDialog::reject();
}

} // namespace corslab
