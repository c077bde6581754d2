#include "ui/main_window.h"

#include "core/request_export.h"
#include "core/request_import.h"
#include "ui/widgets/audit_dialog.h"
#include "ui/widgets/har_import_dialog.h"
#include "ui/widgets/probe_dialog.h"
#include "core/origin.h"
#include "core/url.h"

#include "core/explanation.h"
#include "core/evaluation.h"
#include "core/fix.h"
#include "ui/commands/edit_scenario_command.h"
#include "ui/commands/scenario_document.h"
#include "ui/live_controller.h"
#include "ui/localized_text.h"
#include "ui/interface_language.h"
#include "ui/models/lesson_model.h"
#include "ui/widgets/lesson_library.h"
#include "ui/widgets/browser_state_editor.h"
#include "ui/widgets/page_editor.h"
#include "ui/widgets/request_composer.h"
#include "ui/widgets/scenario_details_dialog.h"
#include "ui/widgets/sequence_diagram.h"
#include "ui/widgets/sop_contrast_view.h"
#include "ui/widgets/server_editor.h"
#include "ui/widgets/verdict_panel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

constexpr int kMaxRecentFiles = 10;
constexpr int kAutosaveIntervalMs = 5000;

bool isScenarioFile(const QString &path)
{
    return path.endsWith(u".json"_s, Qt::CaseInsensitive);
}

bool isHarFile(const QString &path)
{
    return path.endsWith(u".har"_s, Qt::CaseInsensitive);
}

// Ctrl+Z in a line edit would undo the line edit's own text history; the window's undo stack
// undoes every edit instead, the line edits' typing included.
class UndoShortcutFilter : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
                return true;   // not accepted: the window's Undo/Redo shortcut fires
        }
        return QObject::eventFilter(watched, event);
    }
};

// A titled box around `content`; MainWindow::retranslate() sets the title.
QGroupBox *group(QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(content);
    return box;
}

// `content` at its own height, scrolling when the window is too small for it (rows never squeeze
// onto each other on a 1280×720 screen).
QScrollArea *scrolling(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

// The default window: 1480×920, or what the screen has room for.
QSize defaultWindowSize(const QWidget *window)
{
    const QSize wanted(1480, 920);
    const QScreen *screen = window->screen();
    return screen ? wanted.boundedTo(screen->availableSize()) : wanted;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new ScenarioDocument(this)), m_live(new LiveController(this))
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(u":/icons/corslab.svg"_s));

    // Left: what the scenario says — the page, its request, the server.
    m_page = new PageEditor(this);
    m_browserState = new BrowserStateEditor(this);
    m_request = new RequestComposer(this);
    m_server = new ServerEditor(this);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextFormat(Qt::RichText);
    m_titleLabel->setContentsMargins(4, 2, 4, 4);
    connect(m_titleLabel, &QLabel::linkActivated, this, &MainWindow::editDetails);

    m_pageBox = group(m_page, this);
    m_pageBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_requestBox = group(m_request, this);
    m_serverBox = group(m_server, this);
    m_browserBox = group(m_browserState, this);
    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(u"leftSplitter"_s);
    m_leftSplitter->setChildrenCollapsible(false);
    m_leftSplitter->addWidget(scrolling(m_requestBox, this));
    m_leftSplitter->addWidget(scrolling(m_serverBox, this));
    m_leftSplitter->addWidget(scrolling(m_browserBox, this));
    m_leftSplitter->setStretchFactor(0, 5);
    m_leftSplitter->setStretchFactor(1, 4);
    m_leftSplitter->setStretchFactor(2, 2);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_titleLabel);
    leftLayout->addWidget(m_pageBox);
    leftLayout->addWidget(m_leftSplitter, 1);

    // Right: what the browser does with it.
    m_verdictPanel = new VerdictPanel(this);
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setStyleSheet(u"QLabel { background: #fff4e5; color: #7a3e00; border: 1px solid #f0c36d;"
                                   " border-radius: 4px; padding: 6px; }"_s);
    m_problemsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemsLabel->hide();
    auto *verdictPane = new QWidget(this);
    auto *verdictLayout = new QVBoxLayout(verdictPane);
    verdictLayout->setContentsMargins(0, 0, 0, 0);
    verdictLayout->addWidget(m_problemsLabel);
    verdictLayout->addWidget(m_verdictPanel, 1);

    m_diagram = new SequenceDiagram(this);
    auto *diagramScroll = new QScrollArea(this);
    diagramScroll->setWidget(m_diagram);
    diagramScroll->setWidgetResizable(true);
    diagramScroll->setFrameShape(QFrame::NoFrame);
    diagramScroll->setBackgroundRole(QPalette::Base);

    // Live mode: the engine's run, its console and the loopback server's log.
    auto *livePane = new QWidget(this);
    m_liveToggle = new QPushButton(livePane);
    m_liveToggle->setCheckable(true);
    m_runOnce = new QPushButton(livePane);
    m_liveStatus = new QLabel(livePane);
    m_liveStatus->setWordWrap(true);
    m_liveDiagram = new SequenceDiagram(livePane);
    auto *liveDiagramScroll = new QScrollArea(livePane);
    liveDiagramScroll->setWidget(m_liveDiagram);
    liveDiagramScroll->setWidgetResizable(true);
    liveDiagramScroll->setFrameShape(QFrame::NoFrame);
    m_liveLog = new QPlainTextEdit(livePane);
    m_liveLog->setReadOnly(true);
    m_liveLog->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_liveLog->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *liveButtons = new QHBoxLayout;
    liveButtons->addWidget(m_liveToggle);
    liveButtons->addWidget(m_runOnce);
    liveButtons->addWidget(m_liveStatus, 1);
    auto *liveSplitter = new QSplitter(Qt::Vertical, livePane);
    liveSplitter->addWidget(liveDiagramScroll);
    liveSplitter->addWidget(m_liveLog);
    liveSplitter->setStretchFactor(0, 3);
    liveSplitter->setStretchFactor(1, 1);
    auto *liveLayout = new QVBoxLayout(livePane);
    liveLayout->addLayout(liveButtons);
    liveLayout->addWidget(liveSplitter, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(diagramScroll, QString());
    m_tabs->addTab(livePane, QString());
    m_sopContrast = new SopContrastView(this);
    m_tabs->addTab(m_sopContrast, QString());

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->setObjectName(u"rightSplitter"_s);
    m_rightSplitter->setChildrenCollapsible(false);
    m_rightSplitter->addWidget(scrolling(verdictPane, this));
    m_rightSplitter->addWidget(m_tabs);
    m_rightSplitter->setStretchFactor(0, 1);
    m_rightSplitter->setStretchFactor(1, 1);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 5);
    m_mainSplitter->setStretchFactor(1, 6);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 6);
    centralLayout->addWidget(m_mainSplitter);
    setCentralWidget(central);

    // Left dock: the lessons library; a lesson opens through the usual prompt.
    m_lessons = new LessonLibrary(this);
    m_lessonDock = new QDockWidget(this);
    m_lessonDock->setObjectName(u"lessonsDock"_s);   // saveState()/restoreState() key
    m_lessonDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_lessonDock->setWidget(m_lessons);
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonDock);
    connect(m_lessons, &LessonLibrary::lessonActivated, this, &MainWindow::openLesson);

    retranslate();

    auto *undoFilter = new UndoShortcutFilter(this);
    for (QLineEdit *edit : {m_page->urlEdit(), m_request->urlEdit(), m_request->bodyEdit(), m_request->methodBox()->lineEdit()})
        edit->installEventFilter(undoFilter);
    // The header takes the focus when its link is clicked; Ctrl+Z there undoes too.
    m_titleLabel->installEventFilter(undoFilter);

    // Edits become undo commands; the document re-evaluates and every view follows.
    connect(m_page, &PageEditor::pageUrlEdited, this, [this](const QString &url) {
        Scenario after = scenario();
        after.page = url;
        m_document->edit(after, tr("Edit page URL"), u"page"_s);
    });
    connect(m_page, &PageEditor::sandboxedEdited, this, [this](bool sandboxed) {
        Scenario after = scenario();
        after.pageSandboxed = sandboxed;
        m_document->edit(after, sandboxed ? tr("Sandbox the page") : tr("Unsandbox the page"));
    });
    connect(m_browserState, &BrowserStateEditor::thirdPartyCookiesEdited, this, [this](ThirdPartyCookies setting) {
        Scenario after = scenario();
        after.browser.thirdPartyCookies = setting;
        m_document->edit(after, setting == ThirdPartyCookies::Block ? tr("Block third-party cookies") : tr("Allow third-party cookies"));
    });
    connect(m_browserState, &BrowserStateEditor::cookiesEdited, this, [this](const QList<JarCookie> &cookies) {
        Scenario after = scenario();
        after.cookies = cookies;
        m_document->edit(after, tr("Edit cookie jar"), u"cookies"_s);
    });
    connect(m_browserState, &BrowserStateEditor::pageHeadersEdited, this, [this](const HeaderList &headers) {
        Scenario after = scenario();
        after.pageHeaders = headers;
        m_document->edit(after, tr("Edit page headers"), u"pageHeaders"_s);
    });
    connect(m_request, &RequestComposer::requestEdited, this,
            [this](const ScenarioRequest &request, const QString &undoText, const QString &mergeKey) {
                Scenario after = scenario();
                after.request = request;
                m_document->edit(after, undoText, mergeKey);
            });
    connect(m_server, &ServerEditor::routesEdited, this,
            [this](const QList<ServerRoute> &routes, const QString &undoText, const QString &mergeKey) {
                Scenario after = scenario();
                after.server = routes;
                m_document->edit(after, undoText, mergeKey);
            });
    for (auto signal : {&PageEditor::typingFinished})
        connect(m_page, signal, m_document, &ScenarioDocument::closeMerging);
    connect(m_request, &RequestComposer::typingFinished, m_document, &ScenarioDocument::closeMerging);
    connect(m_document, &ScenarioDocument::scenarioChanged, this, &MainWindow::reevaluate);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_verdictPanel, &VerdictPanel::applyFixRequested, this, &MainWindow::applyFix);
    connect(m_verdictPanel, &VerdictPanel::applyBlockRequested, this, &MainWindow::applyBlock);

    connect(m_liveToggle, &QPushButton::toggled, m_live, &LiveController::setLive);
    connect(m_runOnce, &QPushButton::clicked, m_live, &LiveController::runNow);
    connect(m_live, &LiveController::liveChanged, this, [this](bool live) {
        m_liveToggle->setChecked(live);
        m_liveAction->setChecked(live);
        if (live)
            m_tabs->setCurrentIndex(1);
    });
    connect(m_live, &LiveController::runningChanged, this, [this](bool running) { m_runOnce->setEnabled(!running); });
    connect(m_live, &LiveController::statusChanged, this, [this](const QString &status) {
        m_liveStatusReported = true;
        m_liveStatus->setText(status);
    });
    connect(m_live, &LiveController::logChanged, m_liveLog, &QPlainTextEdit::setPlainText);
    connect(m_live, &LiveController::resultChanged, this, [this](const std::optional<Verdict> &verdict) {
        m_verdictPanel->setLiveVerdict(verdict);
        m_liveDiagram->setVerdict(verdict ? *verdict : Verdict{});
    });

    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setInterval(kAutosaveIntervalMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);

    resize(defaultWindowSize(this));
    resizeDocks({m_lessonDock}, {265}, Qt::Horizontal);
    const QSettings settings;
    restoreGeometry(settings.value("window/geometry"_L1).toByteArray());
    restoreState(settings.value("window/state"_L1).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value("window/mainSplitter"_L1).toByteArray()))
        m_mainSplitter->setSizes({640, 840});
    if (!m_leftSplitter->restoreState(settings.value("window/leftSplitter"_L1).toByteArray()))
        m_leftSplitter->setSizes({420, 380});
    if (!m_rightSplitter->restoreState(settings.value("window/rightSplitter"_L1).toByteArray()))
        m_rightSplitter->setSizes({600, 270});

    reevaluate();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reevaluate();   // the verdict's words, the scenario's title and notes in the new language
    }
    QMainWindow::changeEvent(event);
}

// Every text the window itself shows; the widgets inside retranslate themselves.
void MainWindow::retranslate()
{
    m_pageBox->setTitle(tr("Page"));
    m_requestBox->setTitle(tr("Request"));
    m_serverBox->setTitle(tr("Server"));
    m_browserBox->setTitle(tr("Browser: cookies and the page's headers"));
    m_liveToggle->setText(tr("&Live"));
    m_liveToggle->setToolTip(tr("Run the scenario in the real engine (Qt WebEngine) after every edit"));
    m_runOnce->setText(tr("Run in &engine"));
    m_runOnce->setToolTip(tr("Run the current scenario once in Qt WebEngine against loopback servers"));
    if (!m_liveStatusReported)
        m_liveStatus->setText(tr("Live mode runs the scenario in Qt WebEngine (Chromium) against loopback "
                                 "servers and compares the result with the model. The engine starts on first use."));
    m_liveLog->setPlaceholderText(tr("The engine's console and the server log appear here."));
    m_tabs->setTabText(0, tr("Sequence diagram"));
    m_tabs->setTabText(1, tr("Live"));
    m_tabs->setTabText(2, tr("SOP against CORS"));
    m_lessonDock->setWindowTitle(tr("Lessons"));
    createMenus();
    updateTitle();
}

// A new menu bar (the old one goes with its menus and actions).
void MainWindow::createMenus()
{
    setMenuBar(new QMenuBar(this));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newScenario);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openFileDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QMenu *lessons = file->addMenu(tr("Open &Lesson"));
    connect(lessons, &QMenu::aboutToShow, this, [this, lessons] {
        lessons->clear();
        for (const Lesson &lesson : m_lessons->model()->lessons()) {
            QAction *action = lessons->addAction(LessonModel::numberText(lesson) + u"  —  "_s + lesson.title);
            action->setCheckable(lesson.path == m_lessonPath);
            action->setChecked(lesson.path == m_lessonPath);
            const QString path = lesson.path;
            connect(action, &QAction::triggered, this, [this, path] { openLesson(path); });
        }
    });
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAsDialog);
    file->addSeparator();
    QAction *importHarAction = file->addAction(tr("&Import HAR…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), this,
                                               &MainWindow::importHarDialog);
    importHarAction->setToolTip(tr("Every request of a HAR saved in DevTools (Chrome, Firefox) or by Playwright, judged"));
    QMenu *copyAs = file->addMenu(tr("&Copy Request As"));
    copyAs->setToolTip(tr("The request as the browser sends it (Origin, the preflight first), to replay against your server"));
    copyAs->addAction(tr("&fetch() (Node.js)"), this, [this] { copyRequestAs(RequestExportStyle::Fetch); });
    copyAs->addAction(tr("&cURL"), this, [this] { copyRequestAs(RequestExportStyle::Curl); });
    copyAs->addAction(tr("&HTTPie"), this, [this] { copyRequestAs(RequestExportStyle::Httpie); });
    file->addSeparator();
    file->addAction(tr("Export Diagram as &PNG…"), this, [this] { exportDiagram(false); });
    file->addAction(tr("Export Diagram as S&VG…"), this, [this] { exportDiagram(true); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(edit, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_applyFixAction = edit->addAction(tr("Apply &Fix"), this, &MainWindow::applyFix);
    m_applyFixAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_blockThisAction = edit->addAction(tr("&Block This…"), m_verdictPanel, &VerdictPanel::showBlocks);
    m_blockThisAction->setToolTip(tr("The server changes that make the browser refuse the request"));
    edit->addAction(tr("&Title and Notes…"), this, &MainWindow::editDetails);
    QAction *paste = edit->addAction(tr("&Paste Request"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this,
                                     [this] { pasteRequest(QGuiApplication::clipboard()->text()); });
    paste->setToolTip(tr("A request copied in DevTools (Copy as fetch, cURL or PowerShell) or a raw HTTP request"));
    edit->addSeparator();
    edit->addAction(tr("Add &Preflight Answer"), this, [this] {
        m_server->addRoute(ServerEditor::preflightAnswer(scenario()), tr("Add preflight answer"));
    });
    edit->addAction(tr("Add R&esponse"), this, [this] {
        m_server->addRoute(ServerEditor::response(scenario()), tr("Add response"));
    });
    edit->addAction(tr("Add Re&direct"), this, [this] {
        m_server->addRoute(ServerEditor::redirect(scenario()), tr("Add redirect"));
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *lessonsAction = m_lessonDock->toggleViewAction();
    lessonsAction->setText(tr("L&essons"));
    lessonsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    lessonsAction->setToolTip(tr("Show or hide the lessons library"));
    view->addAction(lessonsAction);
    view->addSeparator();
    m_liveAction = view->addAction(tr("&Live Mode"));
    m_liveAction->setCheckable(true);
    m_liveAction->setChecked(m_live->isLive());
    m_liveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_liveAction, &QAction::toggled, m_live, &LiveController::setLive);
    view->addAction(tr("&Run in Engine Once"), QKeySequence(Qt::Key_F5), m_live, &LiveController::runNow);
    view->addSeparator();

    QMenu *profile = view->addMenu(tr("Model &Answers For"));
    auto *profiles = new QActionGroup(profile);
    const QByteArray currentProfile = QSettings().value("engineProfile"_L1, u"current"_s).toString().toLatin1();
    m_profile = engineProfileFromName(QLatin1StringView(currentProfile)).value_or(EngineProfile::Current);
    const std::pair<EngineProfile, QString> profileNames[] = {
        {EngineProfile::Current, tr("Current Chromium")},
        {EngineProfile::Chromium102, tr("Chromium 102 (Qt WebEngine 6.4, as live mode runs)")},
    };
    for (const auto &[value, label] : profileNames) {
        QAction *action = profile->addAction(label);
        action->setCheckable(true);
        action->setChecked(value == m_profile);
        profiles->addAction(action);
        connect(action, &QAction::triggered, this, [this, value] {
            QSettings().setValue("engineProfile"_L1, QString(engineProfileName(value)));
            m_profile = value;
            reevaluate();
        });
    }

    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString currentLanguage = chosenLanguage();
    QList<InterfaceLanguage> languageNames = interfaceLanguages();
    languageNames.prepend({QString(), tr("System Default")});
    for (const auto &[code, label] : std::as_const(languageNames)) {
        QAction *action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == currentLanguage);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [code] { chooseLanguage(code); });
    }

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Probe Server…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this, &MainWindow::probeServer);
    tools->addAction(tr("&Audit Server…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, &MainWindow::auditServer);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About corslab"), this, [this] {
        QMessageBox::about(this, tr("About corslab"),
                           tr("<h3>corslab %1</h3><p>What a browser does with a cross-origin request: the "
                              "same-origin policy, CORS, preflights, redirects and what script may read, "
                              "step by step with links to the Fetch and HTML standards.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

const Scenario &MainWindow::scenario() const
{
    return m_document->scenario();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_document->undoStack();
}

void MainWindow::reevaluate()
{
    const Scenario &current = scenario();
    m_page->setScenario(current);
    m_browserState->setScenario(current);
    m_request->setRequest(current.request);
    m_server->setScenario(current);
    const QString title = localizedText(current, ScenarioText::Title);
    const QString notes = localizedText(current, ScenarioText::Notes);
    QString header = title.isEmpty() ? u"<i>%1</i>"_s.arg(tr("Untitled scenario").toHtmlEscaped())
                                     : u"<b>%1</b>"_s.arg(title.toHtmlEscaped());
    header += u" &nbsp;<a href='#details'>%1</a>"_s.arg(
        (title.isEmpty() && notes.isEmpty() ? tr("add a title and notes") : tr("edit")).toHtmlEscaped());
    if (!notes.isEmpty())
        header += u"<br><span style='color:#555'>%1</span>"_s.arg(notes.toHtmlEscaped());
    m_titleLabel->setText(header);

    m_problems.clear();
    for (const ScenarioError &error : validateScenario(current))
        m_problems.append(error.toString());

    m_verdict = evaluate(current, m_profile);
    m_sopContrast->setScenario(current, m_profile);
    if (m_verdict) {
        m_verdictPanel->setEnabled(true);
        m_verdictPanel->setVerdict(*m_verdict, current);
        m_verdictPanel->setBlocks(blocksFor(current, m_profile).value_or(BlockSuggestion{}));
        m_diagram->setVerdict(*m_verdict);
    } else {
        m_verdictPanel->setEnabled(false);
        m_diagram->setVerdict(Verdict{});
    }
    if (m_problems.isEmpty()) {
        m_problemsLabel->hide();
    } else {
        const QString heading = m_verdict ? tr("The scenario has problems; the verdict may not match a browser:")
                                          : tr("No verdict until the scenario is fixed:");
        m_problemsLabel->setText(heading + u"\n• "_s + m_problems.join(u"\n• "_s));
        m_problemsLabel->show();
    }
    m_applyFixAction->setEnabled(m_verdict && !m_verdict->fixes.isEmpty());
    m_blockThisAction->setEnabled(m_verdict && !m_verdictPanel->blocks().blocks.isEmpty());
    m_live->setScenario(current);
    emit verdictChanged();
}

void MainWindow::editDetails()
{
    ScenarioDetailsDialog dialog(scenario(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->edit(dialog.scenario(), tr("Edit title and notes"));
}

void MainWindow::applyFix()
{
    if (!m_verdict || m_verdict->fixes.isEmpty())
        return;
    m_document->undoStack()->push(new ApplyFixesCommand(m_document, scenario(), m_verdict->fixes));
}

void MainWindow::applyBlock(int index)
{
    const QList<Block> &blocks = m_verdictPanel->blocks().blocks;
    if (!m_verdict || index < 0 || index >= blocks.size())
        return;
    m_document->undoStack()->push(new ApplyBlockCommand(m_document, scenario(), blocks.at(index)));
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    QString name = tr("Untitled");
    if (!path.isEmpty()) {
        name = QFileInfo(path).fileName();
    } else if (const int lesson = m_lessons->model()->rowOfPath(m_lessonPath); lesson >= 0) {
        const Scenario &scenario = m_lessons->model()->lessons().at(lesson).scenario;
        name = tr("Lesson: %1").arg(localizedText(scenario, ScenarioText::Title));
    }
    setWindowTitle(tr("%1[*] — corslab").arg(name));
    setWindowModified(m_document->isModified());
}

bool MainWindow::loadScenario(const QString &path, QString *error)
{
    const ScenarioLoad load = loadScenarioFile(path);
    if (!load.scenario) {
        QStringList problems;
        for (const ScenarioError &problem : load.errors)
            problems << problem.toString();
        if (error)
            *error = problems.join(u'\n');
        return false;
    }
    const bool resource = path.startsWith(u':');
    setScenario(*load.scenario, resource ? QString() : QFileInfo(path).absoluteFilePath());
    // The sidebar marks the lesson open now, also when its file was opened from disk.
    const LessonModel *lessons = m_lessons->model();
    int lesson = lessons->rowOfPath(path);
    if (lesson < 0)
        lesson = lessons->rowOfScenario(*load.scenario);
    setCurrentLesson(lesson >= 0 ? lessons->lessons().at(lesson).path : QString());
    if (!resource)
        addRecentFile(QFileInfo(path).absoluteFilePath());
    return true;
}

bool MainWindow::openScenario(const QString &path)
{
    QString error;
    if (loadScenario(path, &error))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                    tr("%1 is not a valid scenario file. The scenario you are editing is unchanged.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    box.setInformativeText(error);
    box.exec();
    return false;
}

void MainWindow::setScenario(const Scenario &scenario, const QString &path)
{
    setCurrentLesson({});
    m_document->reset(scenario, path);
}

void MainWindow::setCurrentLesson(const QString &path)
{
    m_lessonPath = path;
    m_lessons->setCurrentLesson(path);
    updateTitle();
}

void MainWindow::openLesson(const QString &path)
{
    if (path == m_lessonPath && !m_document->isModified())
        return;   // open already, unchanged
    if (maybeSave())
        openScenario(path);
}

bool MainWindow::saveScenarioAs(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serializeScenario(scenario())) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->markSaved();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    updateTitle();
    statusBar()->showMessage(m_problems.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(path))
                                                  : tr("Saved %1 (with %2 problems to fix before it loads again)")
                                                        .arg(QDir::toNativeSeparators(path))
                                                        .arg(m_problems.size()),
                             5000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAsDialog();
    QString error;
    if (saveScenarioAs(m_document->filePath(), &error))
        return true;
    QMessageBox::warning(this, tr("Cannot save"), tr("Cannot write %1: %2").arg(m_document->filePath(), error));
    return false;
}

bool MainWindow::saveAsDialog()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty())
        suggestion = QDir::home().filePath(u"scenario.cors.json"_s);
    QString path = QFileDialog::getSaveFileName(this, tr("Save Scenario"), suggestion,
                                                tr("corslab scenarios (*.cors.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".json"_s, Qt::CaseInsensitive))
        path += u".cors.json"_s;
    QString error;
    if (saveScenarioAs(path, &error))
        return true;
    QMessageBox::warning(this, tr("Cannot save"), tr("Cannot write %1: %2").arg(path, error));
    return false;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name =
        m_document->filePath().isEmpty() ? tr("the untitled scenario") : QFileInfo(m_document->filePath()).fileName();
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("Save the changes to %1?").arg(name),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::pasteRequest(const QString &text)
{
    const auto imported = importRequest(text.toUtf8());
    if (const auto *error = std::get_if<ImportError>(&imported)) {
        QMessageBox::warning(this, tr("Cannot paste the request"),
                             tr("The clipboard does not hold a request corslab can read (%1). Nothing was changed.")
                                 .arg(error->toString()));
        return false;
    }
    const ImportedRequest &request = std::get<ImportedRequest>(imported);
    Scenario after = scenario();
    after.page = request.scenario.page;
    after.pageSandboxed = request.scenario.pageSandboxed;
    after.request = request.scenario.request;
    m_document->undoStack()->push(new EditScenarioCommand(m_document, scenario(), after, tr("Paste request")));
    QStringList dropped;
    for (const QByteArray &name : request.droppedHeaders)
        dropped.append(QString::fromLatin1(name));
    statusBar()->showMessage(dropped.isEmpty()
                                 ? tr("Pasted a %1 copy.").arg(pastedFormatName(request.format))
                                 : tr("Pasted a %1 copy; left out the headers the browser sets itself: %2")
                                       .arg(pastedFormatName(request.format), dropped.join(u", "_s)),
                             15000);
    return true;
}

void MainWindow::copyRequestAs(RequestExportStyle style)
{
    if (!m_verdict || m_verdict->exchanges.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to copy: the browser sends no request for this scenario."), 8000);
        return;
    }
    QGuiApplication::clipboard()->setText(QString::fromUtf8(exportRequests(scenario(), *m_verdict, style)));
    statusBar()->showMessage(tr("Copied %n request(s) as %1.", nullptr, static_cast<int>(m_verdict->exchanges.size()))
                                 .arg(requestExportStyleName(style)),
                             5000);
}

void MainWindow::probeServer()
{
    ProbeDialog dialog(scenario(), m_profile, this);
    if (dialog.exec() != QDialog::Accepted || !maybeSave())
        return;
    setScenario(dialog.result());
    statusBar()->showMessage(tr("Opened the probe of %1: the routes are the server's real answers.").arg(dialog.result().request.url), 8000);
}

void MainWindow::auditServer()
{
    const std::optional<Url> page = parseUrlOrNull(scenario().page);
    const QStringList trusted = page && !scenario().pageSandboxed ? QStringList{Origin::fromUrl(*page).serialize()} : QStringList{};
    AuditDialog dialog(scenario().request.url, trusted, this);
    dialog.exec();
}

void MainWindow::importHarDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import HAR"), QSettings().value("harImport/folder"_L1).toString(),
                                                      tr("HAR files (*.har);;JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue("harImport/folder"_L1, QFileInfo(path).path());
    importHar(path);
}

HarImportDialog *MainWindow::importHar(const QString &path)
{
    if (!m_harImport) {
        m_harImport = new HarImportDialog(this);
        m_harImport->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_harImport, &HarImportDialog::openRequested, this, &MainWindow::openHarRequest);
    }
    m_harImport->importFile(path, m_profile);
    m_harImport->show();
    m_harImport->raise();
    m_harImport->activateWindow();
    return m_harImport;
}

void MainWindow::openHarRequest(const Scenario &scenario, const QString &description)
{
    if (!maybeSave())
        return;
    setScenario(scenario);
    statusBar()->showMessage(tr("Opened %1: the routes are the responses the HAR recorded.").arg(description), 8000);
}

void MainWindow::newScenario()
{
    if (!maybeSave())
        return;
    Scenario scenario;
    scenario.page = u"https://app.example.com/"_s;
    scenario.request.url = u"https://api.example.com/items"_s;
    ServerRoute route;
    route.url = scenario.request.url;
    route.headers.append("Content-Type", "application/json");
    scenario.server.append(route);
    setScenario(scenario);
}

void MainWindow::openFileDialog()
{
    if (!maybeSave())
        return;
    const QString dir = m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), dir,
                                                      tr("corslab scenarios (*.cors.json);;JSON files (*.json)"));
    if (!path.isEmpty())
        openScenario(path);
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value("recentFiles"_L1).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue("recentFiles"_L1, files);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    int number = 1;
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(u"&%1  %2"_s.arg(number++ % 10).arg(QDir::toNativeSeparators(path)));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openScenario(path);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(no recent files)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [] { QSettings().remove("recentFiles"_L1); })
        ->setEnabled(!files.isEmpty());
}

void MainWindow::exportDiagram(bool svg)
{
    if (!m_verdict) {
        QMessageBox::information(this, tr("Export Diagram"), tr("There is no diagram until the scenario is valid."));
        return;
    }
    const QString base = m_document->filePath().isEmpty() ? u"scenario"_s
                                                          : QFileInfo(m_document->filePath()).completeBaseName().remove(u".cors"_s);
    const QString suffix = svg ? u".svg"_s : u".png"_s;
    QString path = QFileDialog::getSaveFileName(this, svg ? tr("Export Diagram as SVG") : tr("Export Diagram as PNG"),
                                                QDir::home().filePath(base + u"-diagram"_s + suffix),
                                                svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const bool ok = svg ? m_diagram->exportSvg(path) : m_diagram->exportPng(path);
    if (ok)
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Export Diagram"), tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
}

QString MainWindow::autosavePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/autosave.cors.json"_s;
}

void MainWindow::beginSession()
{
    QSettings settings;
    const bool crashed = settings.value("session/running"_L1, false).toBool();
    const QString autosaved = autosavePath();
    if (crashed && QFileInfo::exists(autosaved)) {
        const QString source = settings.value("session/autosaveSource"_L1).toString();
        const QDateTime when = QFileInfo(autosaved).lastModified();
        const auto answer = QMessageBox::question(
            this, tr("Recover unsaved scenario?"),
            tr("corslab did not close normally last time. Recover the scenario you were editing "
               "(%1, autosaved %2)?")
                .arg(source.isEmpty() ? tr("untitled") : QFileInfo(source).fileName(),
                     QLocale().toString(when, QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            const ScenarioLoad load = loadScenarioFile(autosaved);
            if (load.scenario) {
                setCurrentLesson({});
                m_document->reset(*load.scenario, source, /*modified=*/true);
            } else {
                QStringList problems;
                for (const ScenarioError &error : load.errors)
                    problems << error.toString();
                QMessageBox::warning(this, tr("Cannot recover"),
                                     tr("The autosaved scenario cannot be read; it stays at %1.\n\n%2")
                                         .arg(QDir::toNativeSeparators(autosaved), problems.join(u'\n')));
            }
        } else {
            QFile::remove(autosaved);
        }
    }
    settings.setValue("session/running"_L1, true);
    m_sessionRunning = true;
    m_autosavedRevision = m_document->isModified() ? 0 : m_document->revision();
    m_autosaveTimer->start();
}

void MainWindow::autosave()
{
    if (!m_sessionRunning || m_document->revision() == m_autosavedRevision)
        return;
    m_autosavedRevision = m_document->revision();
    const QString path = autosavePath();
    if (!m_document->isModified()) {
        QFile::remove(path);
        return;
    }
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(serializeScenario(scenario())) >= 0 && file.commit())
        QSettings().setValue("session/autosaveSource"_L1, m_document->filePath());
}

void MainWindow::endSession()
{
    if (!m_sessionRunning)
        return;
    m_sessionRunning = false;
    m_autosaveTimer->stop();
    QFile::remove(autosavePath());
    QSettings settings;
    settings.setValue("session/running"_L1, false);
    settings.remove("session/autosaveSource"_L1);
}

bool MainWindow::saveScreenshot(const QString &path)
{
    return grab().save(path, "PNG");
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue("window/geometry"_L1, saveGeometry());
    settings.setValue("window/state"_L1, saveState());
    settings.setValue("window/mainSplitter"_L1, m_mainSplitter->saveState());
    settings.setValue("window/leftSplitter"_L1, m_leftSplitter->saveState());
    settings.setValue("window/rightSplitter"_L1, m_rightSplitter->saveState());
    endSession();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && (isScenarioFile(urls.first().toLocalFile()) || isHarFile(urls.first().toLocalFile())))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Not inside the drop: a modal dialog during a drag-and-drop upsets some platforms.
    QTimer::singleShot(0, this, [this, path] {
        if (isHarFile(path))
            importHar(path);
        else if (maybeSave())
            openScenario(path);
    });
}

} // namespace corslab
