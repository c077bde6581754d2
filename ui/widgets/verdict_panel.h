#pragma once
// The verdict in full: a banner (Allowed / Blocked / Opaque and the kind of access), Chromium's
// console text and Firefox's reason, the steps with links to the standard, the response headers
// script can read, the fix with a button to apply it, and "Block this": the changes that would make the
// browser refuse the request, one of them applied on request. Optionally the real engine's result
// beside the model's, and Chromium's verdict beside Firefox's, the fields where they differ highlighted.
#include "core/block.h"
#include "core/engine_comparison.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <QWidget>
#include <optional>

class QFrame;
class QGridLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTableView;
class QTreeView;
class QUrl;

namespace corslab {

class OriginComparisonModel;
class ServerConfigView;
class VerdictBanner;
class VerdictComparisonView;
class VerdictModel;

class VerdictPanel : public QWidget {
    Q_OBJECT
public:
    explicit VerdictPanel(QWidget *parent = nullptr);

    // Shows the model's verdict for `scenario` (the scenario words the fixes). A live result stays
    // while the scenario is the same one; for another scenario it is dropped as out of date.
    void setVerdict(const Verdict &verdict, const Scenario &scenario);
    // The verified blocks for the same scenario (core/evaluation's blocksFor); none hides "Block this".
    void setBlocks(const BlockSuggestion &blocks);
    // Shows the list of blocks to choose from (the "Block this" button, Edit › Block This).
    void showBlocks();
    const BlockSuggestion &blocks() const { return m_blocks; }
    QListWidget *blockList() const { return m_blockList; }
    // The real engine's result for the same scenario beside the model's; nullopt hides it.
    void setLiveVerdict(const std::optional<Verdict> &live);
    // Chromium's and Firefox's verdicts for the same scenario, side by side with why they differ;
    // nullopt hides them.
    void setEngineComparison(const std::optional<EngineComparison> &comparison);

    const Verdict &verdict() const { return m_verdict; }
    const std::optional<Verdict> &liveVerdict() const { return m_live; }
    VerdictModel *model() const { return m_model; }
    // The same-origin triple of the page against the request URL and every redirect target.
    OriginComparisonModel *originModel() const { return m_origins; }
    QTableView *originView() const { return m_originView; }
    QTreeView *stepsView() const { return m_steps; }
    // The banner's headline: verdictSummary() of the verdict ("Allowed", "Blocked", "Opaque").
    QString bannerText() const;
    // How many of the compared fields differ between the live result and the model (0 without one).
    int liveDifferenceCount() const { return m_liveDifferences; }
    VerdictComparisonView *engineComparisonView() const { return m_engines; }

signals:
    // The user asked to apply every fix of the verdict (Fix list: verdict().fixes).
    void applyFixRequested();
    // The user chose a block to apply (an index into blocks().blocks).
    void applyBlockRequested(int index);
    // A step's link to the standard was clicked (the panel opens it with QDesktopServices too).
    void specLinkActivated(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The triple's table as high as its rows (four at most, then it scrolls).
    void fitOriginView();

    void retranslate();
    void updateTexts();
    void updateComparison();
    void updateEngineComparison();
    void openSpecLink(const QModelIndex &index);
    void updateServerConfig();
    void updateBlocks();
    void applyChosenBlock();

    Verdict m_verdict;
    Scenario m_scenario;
    std::optional<Verdict> m_live;
    std::optional<EngineComparison> m_engineComparison;
    bool m_hasVerdict = false;
    int m_liveDifferences = 0;

    VerdictModel *m_model = nullptr;
    OriginComparisonModel *m_origins = nullptr;
    QTableView *m_originView = nullptr;
    VerdictBanner *m_banner = nullptr;
    VerdictComparisonView *m_comparison = nullptr;
    VerdictComparisonView *m_engines = nullptr;
    QLabel *m_consoleHeading = nullptr;
    QPlainTextEdit *m_console = nullptr;
    QLabel *m_firefoxHeading = nullptr;
    QLabel *m_firefox = nullptr;
    QTreeView *m_steps = nullptr;
    QLabel *m_headersHeading = nullptr;
    QLabel *m_headers = nullptr;
    QGroupBox *m_fixBox = nullptr;
    QLabel *m_fixes = nullptr;
    QPushButton *m_applyFix = nullptr;
    BlockSuggestion m_blocks;
    QPushButton *m_blockThis = nullptr;
    QWidget *m_blockBox = nullptr;
    QLabel *m_blockHeading = nullptr;
    QListWidget *m_blockList = nullptr;
    QPushButton *m_applyBlock = nullptr;
    QToolButton *m_showConfig = nullptr;
    ServerConfigView *m_serverConfig = nullptr;
};

} // namespace corslab
